/**
 * "Since 2009" in the panel: a place's later designations with their years,
 * each opening into its sourced entry, and the line under each clause of the
 * reader that names what followed in its places; in both languages.
 */
import { describe, expect, it } from 'vitest';
import { Panel } from '../../../src/features/reader/panel.ts';
import { STRINGS } from '../../../src/i18n/index.ts';
import type { AppState } from '../../../src/state/app-state.ts';
import { fakeAtlas, nextFrame } from './fake-atlas.ts';
import { allByRole, byRole, byText, click, hasRole, textOf } from './queries.ts';

const { en: EN, zh: ZH } = STRINGS;

function openPanel(initial: Partial<AppState> = {}) {
  const atlas = fakeAtlas(initial);
  const panel = new Panel({ state: atlas.store, actions: atlas.actions, contextFor: atlas.contextFor, header: [], id: 'panel' });
  document.body.append(panel.element);
  return { ...atlas, region: byRole(document.body, 'complementary', { name: STRINGS[atlas.state().lang].panelLabel }) };
}

describe('the panel’s Since 2009', () => {
  it('lists for Harbin its new area (2015) and the Harbin area of the Heilongjiang free trade zone (2019), in order', () => {
    const { region } = openPanel({ selection: { kind: 'place', id: 'harbin' } });
    const section = byRole(region, 'region', { name: EN.sinceHeading });
    const entries = allByRole(section, 'button').map((summary) => textOf(summary));
    expect(entries).toEqual([
      'Harbin New Area 哈尔滨新区 · 2015',
      'Harbin Area, China (Heilongjiang) Pilot Free Trade Zone 中国（黑龙江）自由贸易试验区哈尔滨片区 · 2019',
    ]);
  });

  it('opens an entry in place, with its date, issuer, area, how the map shows it and its sources', () => {
    const { region } = openPanel({ selection: { kind: 'place', id: 'harbin' } });
    const summary = byRole(region, 'button', { name: /^Harbin New Area/ });
    expect(hasRole(region, 'link', { name: /szenge|工程建设网/ })).toBe(false);
    click(summary);
    const entry = summary.closest('details') as HTMLDetailsElement;
    expect(entry.open).toBe(true);
    expect(byText(entry, EN.sinceDate('2015-12-22', 'State Council approved its establishment'))).toBeTruthy();
    expect(textOf(entry)).toContain('22 December 2015');
    expect(byText(entry, EN.sinceArea(493))).toBeTruthy();
    expect(byText(entry, EN.sincePrecision('host-city', 'Harbin'))).toBeTruthy();
    const sources = allByRole(entry, 'link');
    expect(sources.length).toBeGreaterThanOrEqual(2);
    for (const source of sources) expect(source.getAttribute('href')).toMatch(/^https?:\/\//);
  });

  it('is left out of a place where nothing was designated after the policy', () => {
    const { region } = openPanel({ selection: { kind: 'place', id: 'daqing' } });
    expect(hasRole(region, 'region', { name: EN.sinceHeading })).toBe(false);
  });

  it('lists a zone’s plan approved just before the policy, and says it came before', () => {
    const { region } = openPanel({ selection: { kind: 'place', id: 'changchun-jilin-tumen' } });
    const section = byRole(region, 'region', { name: EN.sinceHeading });
    const summary = byRole(section, 'button', { name: /Tumen River Area Cooperation/ });
    click(summary);
    expect(byText(summary.closest('details') as HTMLElement, EN.sinceBeforePolicy)).toBeTruthy();
    expect(hasRole(section, 'button', { name: /^Changchun New Area/ })).toBe(true);
  });

  it('speaks Chinese in Chinese, with the Chinese name first and the date as Chinese writes it', () => {
    const { region } = openPanel({ selection: { kind: 'place', id: 'harbin' }, lang: 'zh' });
    const section = byRole(region, 'region', { name: ZH.sinceHeading });
    const summary = byRole(section, 'button', { name: /^哈尔滨新区 Harbin New Area · 2015年$/ });
    click(summary);
    expect(textOf(summary.closest('details') as HTMLElement)).toContain('2015年12月22日');
  });

  it('says under each clause of the reader which designations followed in the places it names', async () => {
    openPanel({ view: 'reader' });
    await nextFrame();
    const clause6 = document.querySelector('[data-clause="I.6"]') as HTMLElement;
    const line = textOf(clause6.querySelector('.since__followed') as HTMLElement);
    expect(line).toMatch(/^Since 2009, in the places it names: /);
    expect(line).toContain('Harbin New Area, 2015');
    expect(line).toContain('Harbin Area, China (Heilongjiang) Pilot Free Trade Zone, 2019');
    // A region-wide document is not particular to a clause.
    expect(line).not.toContain('Opinions');
  });
});
