/**
 * The map key: a switch per theme with its count of places, the folded
 * other themes, and the Context group's switches; each switch calls its
 * action, and the state's changes set the switches.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { THEMES, designationById } from '../../../src/content/designations.ts';
import { YearControl } from '../../../src/features/as-of/year-control.ts';
import { ContextKey } from '../../../src/features/map-view/context-key.ts';
import { LaterKey } from '../../../src/features/map-view/later-key.ts';
import { Legend } from '../../../src/features/map-view/legend.ts';
import { STRINGS } from '../../../src/i18n/index.ts';
import { LIGHT_PALETTE } from '../../../src/map/palette.ts';
import { type AppState, CONTEXT_KINDS } from '../../../src/state/app-state.ts';
import { data, fakeAtlas, spyOn } from './fake-atlas.ts';
import { allByRole, byRole, byText, check, click, hasRole, textOf } from './queries.ts';

const { en: EN, zh: ZH } = STRINGS;

/** The key is a map control, but adds nothing to the map it is given. */
const NO_MAP = {} as MapLibreMap;

const COUNTS = { seaport: 7, 'border-crossing': 11, airport: 13, railway: 3 };

function openKey(initial: Partial<AppState> = {}, collapsed = false) {
  const atlas = fakeAtlas(initial);
  // Counts by year as the map's key takes them: here, the airports of 2009 are fewer than today's.
  const contextKey = new ContextKey({ state: atlas.store, actions: atlas.actions, counts: (year) => (year < 2010 ? { ...COUNTS, airport: 9 } : COUNTS) });
  const laterKey = new LaterKey({ state: atlas.store, actions: atlas.actions, since: atlas.since });
  const yearControl = new YearControl({ state: atlas.store, actions: atlas.actions });
  const legend = new Legend({
    data,
    state: atlas.store,
    palette: LIGHT_PALETTE,
    onToggle: (theme, shown) => atlas.actions.setShown(theme, shown),
    collapsed,
    groups: [yearControl.element, contextKey.element, laterKey.element],
    caption: yearControl.caption,
  });
  const key = legend.onAdd(NO_MAP);
  document.body.append(key);
  return { ...atlas, key, legend };
}

/** How many places hold a theme, counted from each place's designations. */
const placesHolding = (themeId: string) =>
  data.places.filter((place) => place.properties.designations.some((d) => designationById(d.id).theme === themeId)).length;

/** The count a key row shows beside a theme's switch. */
const countOf = (toggle: HTMLElement) => textOf(toggle.closest('label')?.querySelector('.legend__count') as HTMLElement);

describe('the map key', () => {
  it('lists the four main themes first, each switched on, with the number of places holding it, by standing where the text ranks them', () => {
    const { key } = openKey();
    byRole(key, 'button', { name: `${EN.legendTitle} ${EN.asOfCaption(2025)}` });
    const main = THEMES.filter((theme) => theme.primary);
    for (const theme of main) {
      const toggle = byRole(key, 'checkbox', { name: EN.legendToggle(theme.label_en) }) as HTMLInputElement;
      expect(toggle.checked).toBe(true);
      // The text designates three service-outsourcing cities and encourages two more.
      expect(countOf(toggle)).toBe(theme.id === 'service-outsourcing' ? '3 designated · 2 encouraged' : EN.legendCount(placesHolding(theme.id)));
    }
    expect(placesHolding('service-outsourcing')).toBe(5);
    expect(placesHolding('economic-zones')).toBeGreaterThan(0);
  });

  it('lists first, in this order, economic zones (3), hi-tech industrial bases (5), service-outsourcing cities (3 designated, 2 encouraged) and logistics, context the text names none of', () => {
    const { key } = openKey();
    const toggles = allByRole(key, 'checkbox');
    expect(toggles.slice(0, 4).map((toggle) => toggle.getAttribute('aria-label'))).toEqual([
      'Show Economic zones',
      'Show Hi-tech industrial bases',
      'Show Service-outsourcing cities',
      'Show Logistics',
    ]);
    expect(toggles.slice(0, 3).map(countOf)).toEqual(['3', '5', '3 designated · 2 encouraged']);
    const logistics = textOf(toggles[3]?.closest('li') as HTMLElement);
    expect(logistics).toContain('names none');
    expect(logistics).toMatch(/context/i);
  });

  it('in Chinese, lists the same four themes first, and counts the service-outsourcing cities by standing', () => {
    const { key } = openKey({ lang: 'zh' });
    const toggles = allByRole(key, 'checkbox');
    expect(toggles.slice(0, 4).map((toggle) => toggle.getAttribute('aria-label'))).toEqual(['显示经济区', '显示高技术产业基地', '显示服务外包城市', '显示物流']);
    expect(textOf(key)).toContain('未列名');
    expect(countOf(byRole(key, 'checkbox', { name: '显示服务外包城市' }))).toBe('示范3 · 鼓励2');
  });

  it('folds the other themes away under a summary that counts them', () => {
    const { key } = openKey();
    const others = THEMES.filter((theme) => !theme.primary && placesHolding(theme.id) > 0);
    const summary = byRole(key, 'button', { name: EN.legendOtherThemes(others.length) });
    expect(hasRole(key, 'checkbox', { name: EN.legendToggle(others[0]?.label_en ?? '') })).toBe(false);
    click(summary);
    expect(hasRole(key, 'checkbox', { name: EN.legendToggle(others[0]?.label_en ?? '') })).toBe(true);
  });

  it('unticking a theme hides it through the action, and ticking it again shows it', () => {
    const atlas = openKey();
    const { key, state } = atlas;
    const setShown = spyOn(atlas, 'setShown');
    const toggle = byRole(key, 'checkbox', { name: EN.legendToggle('Service-outsourcing cities') }) as HTMLInputElement;
    check(toggle, false);
    expect(setShown).toHaveBeenLastCalledWith('service-outsourcing', false);
    expect(state().hidden).toEqual(['service-outsourcing']);
    check(toggle, true);
    expect(state().hidden).toEqual([]);
  });

  it('a theme hidden elsewhere (a link, Back) is unticked, and its folded group opens to show it', () => {
    const { key, actions } = openKey({ hidden: ['institutions'] });
    expect((byRole(key, 'checkbox', { name: EN.legendToggle('Institutions') }) as HTMLInputElement).checked).toBe(false);
    actions.setShown('logistics', false);
    expect((byRole(key, 'checkbox', { name: EN.legendToggle('Logistics') }) as HTMLInputElement).checked).toBe(false);
  });

  it('says that the logistics cities are context the text does not name', () => {
    const { key } = openKey();
    const row = byRole(key, 'checkbox', { name: EN.legendToggle('Logistics') }).closest('li') as HTMLElement;
    expect(byText(row, EN.legendLogisticsNote)).toBeTruthy();
  });

  it('starts folded on a phone, the title still there to unfold it', () => {
    const { key } = openKey({}, true);
    expect(hasRole(key, 'checkbox')).toBe(false);
    expect(byRole(key, 'button', { name: `${EN.legendTitle} ${EN.asOfCaption(2025)}` })).toBeTruthy();
  });

  it('in Chinese, the key’s title, themes and notes are Chinese', () => {
    const { key, actions } = openKey();
    actions.setLang('zh');
    expect(byRole(key, 'button', { name: `${ZH.legendTitle} ${ZH.asOfCaption(2025)}` })).toBeTruthy();
    expect(byRole(key, 'checkbox', { name: ZH.legendToggle('经济区') })).toBeTruthy();
    expect(byText(key, ZH.legendLogisticsNote)).toBeTruthy();
  });
});

describe('the key’s Context group', () => {
  it('has a switch per context layer, all off by default, with the number of items in each', () => {
    const { key } = openKey();
    const group = byRole(key, 'list', { name: EN.contextGroupTitle });
    expect(byText(key, EN.contextGroupNote)).toBeTruthy();
    const toggles = allByRole(group, 'checkbox') as HTMLInputElement[];
    expect(toggles.map((toggle) => toggle.getAttribute('aria-label'))).toEqual(CONTEXT_KINDS.map((kind) => EN.legendToggle(EN.contextLayer(kind))));
    expect(toggles.map((toggle) => toggle.checked)).toEqual([false, false, false, false]);
    expect(toggles.map(countOf)).toEqual(CONTEXT_KINDS.map((kind) => EN.legendCount(COUNTS[kind])));
  });

  it('ticking a layer shows it through the action; the state’s change ticks it back elsewhere', () => {
    const { key, state, actions } = openKey();
    const airports = byRole(key, 'checkbox', { name: EN.legendToggle(EN.contextLayer('airport')) }) as HTMLInputElement;
    check(airports);
    expect(state().context).toEqual(['airport']);
    actions.setContextShown('seaport', true);
    const seaports = byRole(key, 'checkbox', { name: EN.legendToggle(EN.contextLayer('seaport')) }) as HTMLInputElement;
    expect(seaports.checked).toBe(true);
    check(airports, false);
    expect(state().context).toEqual(['seaport']);
  });

  it('counts the items open in the year shown, and counts again when the year changes', () => {
    const { key, actions } = openKey({ asOf: 2009 });
    const airports = byRole(key, 'checkbox', { name: EN.legendToggle(EN.contextLayer('airport')) });
    expect(countOf(airports)).toBe(EN.legendCount(9));
    actions.setAsOf(2025);
    expect(countOf(byRole(key, 'checkbox', { name: EN.legendToggle(EN.contextLayer('airport')) }))).toBe(EN.legendCount(COUNTS.airport));
  });

  it('in Chinese, names its layers in Chinese', () => {
    const { key } = openKey({ lang: 'zh', context: ['railway'] });
    const railways = byRole(key, 'checkbox', { name: ZH.legendToggle(ZH.contextLayer('railway')) }) as HTMLInputElement;
    expect(railways.checked).toBe(true);
    expect(byRole(key, 'list', { name: ZH.contextGroupTitle })).toBeTruthy();
  });
});

describe('the key’s Since 2009 group', () => {
  it('has one switch, off by default, after the Context group, counting the designations drawn as markers', () => {
    const { key, since } = openKey();
    const group = byRole(key, 'list', { name: EN.sinceHeading });
    expect(byText(key, EN.sinceKeyNote)).toBeTruthy();
    const toggle = byRole(group, 'checkbox', { name: EN.legendToggle(EN.sinceKeyLayer) }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    const drawn = since().items.filter((item) => item.geometry !== null);
    // Region-wide documents and plans over a zone are listed, not drawn.
    expect(drawn.length).toBeLessThan(since().items.length);
    expect(countOf(toggle)).toBe(EN.legendCount(drawn.length));
    const groups = [...key.querySelectorAll('.context-key, .later-key')].map((element) => element.className);
    expect(groups).toEqual(['context-key', 'later-key']);
  });

  it('ticking it draws the designations through the action; the state’s change ticks it back', () => {
    const { key, state, actions } = openKey();
    const toggle = byRole(key, 'checkbox', { name: EN.legendToggle(EN.sinceKeyLayer) }) as HTMLInputElement;
    check(toggle);
    expect(state().later).toBe(true);
    actions.setLaterShown(false);
    expect(toggle.checked).toBe(false);
  });

  it('in Chinese, names the group and its switch in Chinese, on from a link', () => {
    const { key } = openKey({ lang: 'zh', later: true });
    const toggle = byRole(byRole(key, 'list', { name: ZH.sinceHeading }), 'checkbox', { name: ZH.legendToggle(ZH.sinceKeyLayer) }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    expect(byText(key, ZH.sinceKeyNote)).toBeTruthy();
  });
});
