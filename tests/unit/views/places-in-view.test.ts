/**
 * Places in view: the map's button that counts the places in view and opens
 * the list of them by category, each a button that selects the place. The
 * map is a stand-in with bounds the test sets and a moveend it fires.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/content/categories.ts';
import { type Extent, PlacesInView } from '../../../src/features/map-view/places-in-view.ts';
import { STRINGS } from '../../../src/i18n/index.ts';
import type { AppState } from '../../../src/state/app-state.ts';
import { data, fakeAtlas } from './fake-atlas.ts';
import { allByRole, byRole, byText, click, hasRole, press, textOf } from './queries.ts';

const { en: EN, zh: ZH } = STRINGS;

/** Around Dalian and the Liaodong peninsula. */
const DALIAN: Extent = [120.5, 38.5, 123.5, 40.2];
/** Out at sea, east of Japan. */
const PACIFIC: Extent = [150, 30, 155, 35];

function fakeMap(extent: Extent) {
  const listeners = new Set<() => void>();
  const map = {
    extent,
    getBounds: () => ({ toArray: () => [map.extent.slice(0, 2), map.extent.slice(2)] }),
    on: (_type: string, listener: () => void) => listeners.add(listener),
    off: (_type: string, listener: () => void) => listeners.delete(listener),
    /** The reader pans the map to another extent. */
    moveTo(next: Extent) {
      map.extent = next;
      for (const listener of listeners) listener();
    },
  };
  return map;
}

function openPlacesInView(extent: Extent, initial: Partial<AppState> = {}) {
  const atlas = fakeAtlas(initial);
  const map = fakeMap(extent);
  const control = new PlacesInView({
    places: data.places,
    categories: CATEGORIES,
    state: atlas.store,
    onChoose: (id) => atlas.actions.select({ kind: 'place', id }),
  });
  document.body.append(control.onAdd(map as unknown as MapLibreMap));
  return { ...atlas, map, control };
}

/** The places whose label point lies in an extent, counted from the data. */
const countIn = ([west, south, east, north]: Extent) =>
  data.places.filter(({ properties: { label_point: [lng, lat] } }) => lng >= west && lng <= east && lat >= south && lat <= north).length;

describe('places in view', () => {
  it('a button counts the places in view; it opens a list of them by category, each a button', () => {
    openPlacesInView(DALIAN);
    const count = countIn(DALIAN);
    expect(count).toBeGreaterThan(1);
    const toggle = byRole(document.body, 'button', { name: EN.placesInViewButton(count) });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const list = byRole(document.body, 'region', { name: EN.placesInViewTitle });
    expect(hasRole(list, 'button', { name: 'Dalian 大连市' })).toBe(true);
    const groups = allByRole(list, 'list').filter((group) => group.hasAttribute('aria-labelledby'));
    expect(groups.map((group) => allByRole(group, 'button').length).reduce((a, b) => a + b, 0)).toBe(count);
  });

  it('choosing a place selects it and closes the list', () => {
    const { state } = openPlacesInView(DALIAN);
    click(byRole(document.body, 'button', { name: EN.placesInViewButton(countIn(DALIAN)) }));
    click(byRole(document.body, 'button', { name: 'Dalian 大连市' }));
    expect(state().selection).toEqual({ kind: 'place', id: 'dalian' });
    expect(hasRole(document.body, 'region', { name: EN.placesInViewTitle })).toBe(false);
  });

  it('follows the map: a move redraws the count and the list, and an empty view says to zoom out', () => {
    const { map } = openPlacesInView(DALIAN);
    click(byRole(document.body, 'button', { name: EN.placesInViewButton(countIn(DALIAN)) }));
    map.moveTo(PACIFIC);
    expect(byRole(document.body, 'button', { name: EN.placesInViewButton(0) })).toBeTruthy();
    expect(byText(document.body, EN.placesInViewNone)).toBeTruthy();
  });

  it('a place whose only theme is switched off in the key leaves the count', () => {
    const { actions } = openPlacesInView(DALIAN);
    // The Dalian Commodity Exchange, the one institution in view.
    expect(data.placeById.get('dalian-commodity-exchange')?.properties.category).toBe('institution');
    actions.setShown('institutions', false);
    expect(byRole(document.body, 'button', { name: EN.placesInViewButton(countIn(DALIAN) - 1) })).toBeTruthy();
  });

  it('Esc in the list closes it and returns to the button, without reaching the atlas', () => {
    openPlacesInView(DALIAN);
    const toggle = byRole(document.body, 'button', { name: EN.placesInViewButton(countIn(DALIAN)) });
    click(toggle);
    const place = byRole(document.body, 'button', { name: 'Dalian 大连市' });
    place.focus();
    expect(press(place, 'Escape')).toBe(true);
    expect(document.activeElement).toBe(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('in Chinese, the count, the title and the names are Chinese', () => {
    const { actions } = openPlacesInView(DALIAN);
    actions.setLang('zh');
    const toggle = byRole(document.body, 'button', { name: ZH.placesInViewButton(countIn(DALIAN)) });
    click(toggle);
    const list = byRole(document.body, 'region', { name: ZH.placesInViewTitle });
    expect(hasRole(list, 'button', { name: '大连市 Dalian' })).toBe(true);
    expect(textOf(toggle)).not.toBe(EN.placesInViewButton(countIn(DALIAN)));
  });
});
