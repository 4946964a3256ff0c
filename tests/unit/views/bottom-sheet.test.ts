/**
 * The phone's sheet: the panel under the map at three heights, changed by
 * its handle (a tap, the arrow keys), by a choice on the map, and by
 * typing a search. On a wide screen it does nothing.
 */
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { BottomSheet } from '../../../src/features/sheet/bottom-sheet.ts';
import { STRINGS } from '../../../src/i18n/index.ts';
import type { AppState } from '../../../src/state/app-state.ts';
import { fakeAtlas } from './fake-atlas.ts';
import { byRole, click, hasRole, press } from './queries.ts';

const { en: EN, zh: ZH } = STRINGS;

interface HappyDomWindow {
  happyDOM: { setViewport(viewport: { width: number; height: number }): void };
}
const setViewport = (width: number, height: number) => (window as unknown as HappyDomWindow).happyDOM.setViewport({ width, height });

afterEach(() => setViewport(1024, 768));

function openSheet(width: number, initial: Partial<AppState> = {}) {
  setViewport(width, 844);
  const atlas = fakeAtlas(initial);
  const panel = document.createElement('aside');
  const search = Object.assign(document.createElement('input'), { type: 'search' });
  panel.append(search);
  document.body.append(panel);
  const covered: number[] = [];
  const sheet = new BottomSheet({ panel, state: atlas.store, onCover: (pixels) => covered.push(pixels) });
  // It listens to the window's width, which outlives the test.
  onTestFinished(() => sheet.remove());
  const handle = (size: string, strings = EN) => byRole(document.body, 'button', { name: strings.sheetHandle(size) });
  return { ...atlas, sheet, panel, search, handle, covered };
}

describe('the bottom sheet on a phone', () => {
  it('starts small; a tap on its handle makes it larger in turn, then small again', () => {
    const { handle, panel } = openSheet(390);
    expect(panel.classList.contains('sheet')).toBe(true);
    click(handle(EN.sheetPeek));
    click(handle(EN.sheetHalf));
    expect(handle(EN.sheetFull).getAttribute('aria-expanded')).toBe('true');
    click(handle(EN.sheetFull));
    expect(handle(EN.sheetPeek).getAttribute('aria-expanded')).toBe('false');
  });

  it('the arrow keys step it up and down, End and Home to full and small', () => {
    const { handle } = openSheet(390);
    press(handle(EN.sheetPeek), 'ArrowUp');
    press(handle(EN.sheetHalf), 'ArrowDown');
    press(handle(EN.sheetPeek), 'End');
    expect(press(handle(EN.sheetFull), 'Home')).toBe(true);
    expect(handle(EN.sheetPeek)).toBeTruthy();
  });

  it('opens at half for a link that opens on a selection, and rises to half for a choice on the map', () => {
    expect(openSheet(390, { selection: { kind: 'place', id: 'dalian' } }).handle(EN.sheetHalf)).toBeTruthy();
    document.body.replaceChildren();
    const { actions, handle } = openSheet(390);
    actions.select({ kind: 'place', id: 'harbin' });
    expect(handle(EN.sheetHalf)).toBeTruthy();
  });

  it('opens full when the search field takes focus, so results sit above the keyboard', () => {
    const { search, handle } = openSheet(390);
    search.focus();
    expect(handle(EN.sheetFull)).toBeTruthy();
  });

  it('names its handle in Chinese', () => {
    const { actions, handle } = openSheet(390);
    actions.setLang('zh');
    expect(handle(ZH.sheetPeek, ZH)).toBeTruthy();
  });
});

describe('the panel on a wide screen', () => {
  it('is no sheet: no handle, nothing covered, and search focus leaves it as it is', () => {
    const { panel, search, covered } = openSheet(1280);
    expect(hasRole(document.body, 'button')).toBe(false);
    expect(panel.classList.contains('sheet')).toBe(false);
    expect(covered.every((pixels) => pixels === 0)).toBe(true);
    search.focus();
    expect(panel.dataset.sheet).toBe('peek');
  });
});
