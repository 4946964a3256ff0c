/**
 * What's here: the panel's view of a spot, as the panel shows it when the
 * state holds a spot and no selection.
 */
import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { Panel } from '../../../src/features/reader/panel.ts';
import { STRINGS } from '../../../src/i18n/index.ts';
import type { AppState } from '../../../src/state/app-state.ts';
import type { LngLat } from '../../../src/spatial/spatial-context.ts';
import { whatsHere } from '../../../src/spatial/whats-here.ts';
import { data, fakeAtlas, spatial } from './fake-atlas.ts';
import { allByRole, byRole, byText, click, hasRole, textOf } from './queries.ts';

const { en: EN, zh: ZH } = STRINGS;

const pointOf = (id: string) => (data.placeById.get(id)?.geometry as Point).coordinates as LngLat;

function openSpot(at: LngLat, initial: Partial<AppState> = {}) {
  const atlas = fakeAtlas({ at, ...initial });
  const panel = new Panel({ state: atlas.store, actions: atlas.actions, contextFor: atlas.contextFor, header: [], id: 'panel' });
  document.body.append(panel.element);
  const view = byRole(document.body, 'article', { name: STRINGS[atlas.state().lang].whatsHereTitle });
  return { ...atlas, view };
}

const sectionTitled = (scope: HTMLElement, name: string) => byRole(scope, 'heading', { name }).closest('section') as HTMLElement;
/** The value a description list gives for a term. */
const definition = (scope: HTMLElement, term: string) => textOf(byText(scope, term).nextElementSibling as HTMLElement);

describe('what’s here at a spot', () => {
  it('names the spot’s prefecture and province in both languages, with its coordinates', () => {
    const { view } = openSpot(pointOf('dalian'));
    const [lng, lat] = pointOf('dalian');
    expect(textOf(byRole(view, 'heading', { name: new RegExp(`^${EN.whatsHereTitle}`) }))).toBe(`${EN.whatsHereTitle} ${EN.spotCoordinates(lat, lng)}`);
    expect(definition(view, EN.spotDivision)).toBe('Dalian 大连市');
    expect(definition(view, EN.spotProvince)).toBe('Liaoning 辽宁省');
  });

  it('quotes, under each zone covering the spot, the sentences naming the zone', () => {
    const { view } = openSpot(pointOf('dalian'));
    const zones = sectionTitled(view, EN.spotZones);
    const here = whatsHere(pointOf('dalian'), spatial);
    if (here.kind !== 'inside') throw new Error('Dalian lies in the region');
    expect(here.zones.length).toBeGreaterThan(0);
    for (const hit of here.zones) {
      const zone = byRole(zones, 'heading', { name: new RegExp(`^${hit.place.properties.name_en}`) }).closest('li') as HTMLElement;
      expect([...zone.querySelectorAll('blockquote')].map((quote) => textOf(quote))).toEqual(hit.sentences.map((entry) => entry.sentence.text));
    }
  });

  it('names the city the policy names in the prefecture, what it makes of it, and the nearest places with their distances', () => {
    const { view } = openSpot(pointOf('dalian'));
    const city = sectionTitled(view, EN.spotCity);
    expect(hasRole(city, 'link', { name: 'Dalian' })).toBe(true);
    expect(byRole(city, 'heading', { name: EN.spotCityDesignations })).toBeTruthy();
    expect(allByRole(city, 'listitem').length).toBeGreaterThan(0);
    const near = sectionTitled(view, EN.nearestPlaces);
    const first = allByRole(near, 'listitem')[0];
    expect(textOf(first as HTMLElement)).toMatch(/ km$/);
    expect(byRole(view, 'heading', { name: EN.distancesTitle(2025) })).toBeTruthy();
  });

  it('the prefecture is a link that selects it, and a place link selects the place', () => {
    const { view, state, actions } = openSpot(pointOf('harbin'));
    click(byRole(sectionTitled(view, EN.spotCity), 'link', { name: 'Harbin' }));
    expect(state()).toMatchObject({ selection: { kind: 'place', id: 'harbin' }, at: null });
    actions.showSpot(pointOf('harbin'));
    const again = byRole(document.body, 'article', { name: EN.whatsHereTitle });
    const division = byText(again, EN.spotDivision).nextElementSibling as HTMLElement;
    click(byRole(division, 'link'));
    expect(state().selection?.kind).toBe('division');
  });

  it('a spot outside the region says so, and still gives the nearest places and distances', () => {
    const { view } = openSpot([116.4, 39.9]);
    expect(byText(view, EN.spotOutside)).toBeTruthy();
    expect(hasRole(view, 'heading', { name: EN.spotZones })).toBe(false);
    expect(allByRole(sectionTitled(view, EN.nearestPlaces), 'listitem').length).toBeGreaterThan(0);
    expect(byRole(view, 'heading', { name: EN.distancesTitle(2025) })).toBeTruthy();
  });

  it('Back to the overview clears the spot', () => {
    const { view, state } = openSpot(pointOf('yanji'));
    click(byRole(view, 'button', { name: EN.backToOverview }));
    expect(state()).toMatchObject({ at: null, selection: null });
  });

  it('in Chinese, the names lead in Chinese, the labels are Chinese and the quotes are said to be English', () => {
    const { view } = openSpot(pointOf('dalian'), { lang: 'zh' });
    expect(definition(view, ZH.spotDivision)).toBe('大连市 Dalian');
    expect(byText(view, ZH.quotedInEnglish)).toBeTruthy();
    expect(byRole(view, 'heading', { name: ZH.nearestPlaces })).toBeTruthy();
    expect(hasRole(view, 'link', { name: data.placeById.get('dalian')?.properties.name_zh ?? '' })).toBe(true);
  });
});

describe('distances from a place', () => {
  it('names the nearest seaport, land border crossing and airport, each with its distance, and the land border', () => {
    const atlas = fakeAtlas({ selection: { kind: 'place', id: 'suifenhe' } });
    const panel = new Panel({ state: atlas.store, actions: atlas.actions, contextFor: atlas.contextFor, header: [], id: 'panel' });
    document.body.append(panel.element);
    const distances = sectionTitled(panel.element, EN.distancesTitle(2025));
    for (const term of [EN.nearestSeaport, EN.nearestBorderCrossing, EN.nearestAirport]) {
      expect(definition(distances, term)).toMatch(/^\S.*\D\d[\d,]* km$/);
    }
    // Suifenhe is a border town: its crossing is its own, a few kilometres away, and the border closer than its line can tell.
    expect(definition(distances, EN.nearestBorderCrossing)).toMatch(/Suifenhe/);
    expect(definition(distances, EN.landBorder)).toBe(EN.underLandBorderPrecision(5));
  });
});
