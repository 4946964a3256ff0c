import { describe, expect, it, vi } from 'vitest';
import { escapeMeansOverview } from '../../src/app/overview-shortcuts.ts';
import { isPlainClick } from '../../src/ui/in-app-link.ts';
import { chooseSearchResult } from '../../src/features/search/search-choice.ts';
import { Watched } from '../../src/ui/watched.ts';

const actions = () => ({ select: vi.fn(), setContextShown: vi.fn(), showSpot: vi.fn() });

describe('choosing a search result', () => {
  it('selects a place or a prefecture, keeping the panel view', () => {
    const a = actions();
    chooseSearchResult(a, { kind: 'place', id: 'dalian', nameEn: 'Dalian', nameZh: '大连', category: 'city' });
    chooseSearchResult(a, { kind: 'division', id: '230100', nameEn: 'Harbin', nameZh: '哈尔滨市' });
    expect(a.select.mock.calls).toEqual([[{ kind: 'place', id: 'dalian' }], [{ kind: 'division', id: '230100' }]]);
    expect(a.showSpot).not.toHaveBeenCalled();
  });

  it('opens a sentence in the text', () => {
    const a = actions();
    chooseSearchResult(a, { kind: 'sentence', id: 'I.5.s12', clauseLabel: 'Clause 5', text: '…' });
    expect(a.select).toHaveBeenCalledWith({ kind: 'sentence', id: 'I.5.s12' }, { view: 'reader' });
  });

  it('turns an infrastructure item’s layer on and describes its spot', () => {
    const a = actions();
    chooseSearchResult(a, {
      kind: 'infrastructure',
      id: 'dalian-port',
      nameEn: 'Port of Dalian',
      nameZh: '大连港',
      infrastructureKind: 'seaport',
      at: [121.65, 38.93],
    });
    expect(a.setContextShown).toHaveBeenCalledWith('seaport', true);
    expect(a.showSpot).toHaveBeenCalledWith([121.65, 38.93]);
    expect(a.select).not.toHaveBeenCalled();
  });
});

describe('the way back to the overview', () => {
  const inside = (selector: string | null) => ({ closest: (s: string) => (selector && s.includes(selector) ? {} : null) }) as unknown as Element;

  it('is Esc on the map or the panel', () => {
    expect(escapeMeansOverview({ key: 'Escape', defaultPrevented: false }, inside(null))).toBe(true);
  });

  it('is not Esc taken by something open, nor Esc in a field or a dialog, nor another key', () => {
    expect(escapeMeansOverview({ key: 'Escape', defaultPrevented: true }, inside(null))).toBe(false);
    expect(escapeMeansOverview({ key: 'Escape', defaultPrevented: false }, inside('input'))).toBe(false);
    expect(escapeMeansOverview({ key: 'Escape', defaultPrevented: false }, inside('[role="dialog"]'))).toBe(false);
    expect(escapeMeansOverview({ key: 'Enter', defaultPrevented: false }, inside(null))).toBe(false);
  });

  it('leaves a modified or middle click on the title to the browser, so it opens a new tab', () => {
    const plain = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false };
    expect(isPlainClick(plain)).toBe(true);
    for (const modified of [{ metaKey: true }, { ctrlKey: true }, { shiftKey: true }, { altKey: true }, { button: 1 }]) {
      expect(isPlainClick({ ...plain, ...modified })).toBe(false);
    }
  });
});

describe('a watched value', () => {
  it('tells a watcher the value now and each change, once, until it stops watching', () => {
    const cover = new Watched(0);
    const seen: number[] = [];
    const stop = cover.watch((pixels) => seen.push(pixels));
    cover.set(270);
    cover.set(270);
    cover.set(120);
    stop();
    cover.set(0);
    expect(seen).toEqual([0, 270, 120]);
    expect(cover.get()).toBe(0);
  });
});
