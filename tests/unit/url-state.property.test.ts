/**
 * The URL is user input: whatever it holds, reading it must neither throw nor
 * produce a state the interface cannot render. Properties over arbitrary
 * strings and over arbitrary mixes of our own parameters, checked against the
 * real ids of the built data.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { BASEMAP_PATH } from '../../scripts/geodata/output.ts';
import { atlasData, type PlaceProperties } from '../../src/content/atlas-data.ts';
import type { PolicyDocument } from '../../src/content/types.ts';
import { basemapSources } from '../../src/data/basemap-data.ts';
import { CATEGORIES } from '../../src/content/categories.ts';
import { THEMES } from '../../src/content/designations.ts';
import { FIRST_AS_OF_YEAR, LATEST_DATA_YEAR } from '../../src/content/data-years.ts';
import { type AppState, CONTEXT_KINDS, type Selection } from '../../src/state/app-state.ts';
import { AtlasIndex } from '../../src/state/atlas-index.ts';
import { type KnownIds, stateToUrl, urlToState } from '../../src/state/url-state.ts';

const json = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as unknown;
const known: KnownIds = new AtlasIndex(
  atlasData(
    json('geodata/document.json') as PolicyDocument,
    json('geodata/places.geojson') as FeatureCollection<Geometry, PlaceProperties>,
  ),
  { type: 'FeatureCollection', features: [] },
  basemapSources(JSON.parse(readFileSync(BASEMAP_PATH, 'utf8')) as Topology),
).known;

const THEME_IDS: string[] = THEMES.map((theme) => theme.id);

const SETS: Record<Selection['kind'], ReadonlySet<string>> = {
  place: known.places,
  division: known.divisions,
  clause: known.clauses,
  sentence: known.sentences,
};

/** Every way a state read from a URL could be one the interface cannot show. */
function problems(state: AppState): string[] {
  const found: string[] = [];
  if (Object.keys(state).sort().join() !== 'asOf,at,camera,colorScheme,compare,context,hidden,lang,later,selection,tour,view') found.push(`keys ${Object.keys(state).join()}`);
  if (state.selection !== null) {
    const set = SETS[state.selection.kind] as ReadonlySet<string> | undefined;
    if (!set?.has(state.selection.id)) found.push(`unknown ${state.selection.kind} ${state.selection.id}`);
  }
  if (state.camera !== null) {
    const { zoom, lat, lng } = state.camera;
    if (![zoom, lat, lng].every(Number.isFinite)) found.push('camera not finite');
    if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lng) > 180) found.push(`camera out of range ${zoom}/${lat}/${lng}`);
  }
  const order = state.hidden.map((id) => THEME_IDS.indexOf(id));
  if (order.some((i) => i < 0)) found.push(`unknown theme in ${state.hidden.join()}`);
  if (order.some((i, n) => n > 0 && i <= order[n - 1])) found.push(`hidden not in the key's order or repeated: ${state.hidden.join()}`);
  if (!['auto', 'light', 'dark'].includes(state.colorScheme)) found.push(`colour scheme ${String(state.colorScheme)}`);
  if (state.view !== 'details' && state.view !== 'reader') found.push(`view ${String(state.view)}`);
  if (state.lang !== 'en' && state.lang !== 'zh') found.push(`lang ${String(state.lang)}`);
  if (state.at !== null) {
    const [lng, lat] = state.at;
    if (!Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lat) > 90 || Math.abs(lng) > 180) found.push(`at ${state.at.join()}`);
    if (state.selection !== null) found.push('at beside a selection');
  }
  if (state.compare.length > 4 || new Set(state.compare).size !== state.compare.length || state.compare.some((id) => !known.places.has(id))) {
    found.push(`compare ${state.compare.join()}`);
  }
  if (!Number.isInteger(state.asOf) || state.asOf < FIRST_AS_OF_YEAR || state.asOf > LATEST_DATA_YEAR) found.push(`asOf ${state.asOf}`);
  const contextOrder = state.context.map((kind) => CONTEXT_KINDS.indexOf(kind));
  if (contextOrder.some((i, n) => i < 0 || (n > 0 && i <= contextOrder[n - 1]))) found.push(`context ${state.context.join()}`);
  if (typeof state.later !== 'boolean') found.push(`later ${String(state.later)}`);
  return found;
}

const pick = <T>(values: Iterable<T>) => fc.constantFrom(...values);

/** Values a hostile or careless URL might give one of our parameters. */
const anyValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  pick(known.places),
  pick(known.divisions),
  pick(known.clauses),
  pick(known.sentences),
  pick(['reader', 'details', 'READER', '', 'javascript:alert(1)', '<script>alert(1)</script>', '__proto__', 'constructor', 'zh', 'en', 'ZH']),
  pick(['41.8,123.4', '91,0', '0,181', 'NaN,1', '1e3,2', '-0,-0', ',', '41.8;123.4']),
  fc.array(pick([...known.places, 'atlantis', '']), { maxLength: 7 }).map((ids) => ids.join(',')),
  fc.array(pick([...CONTEXT_KINDS, 'x']), { maxLength: 6 }).map((kinds) => kinds.join(',')),
  fc.array(pick([...THEME_IDS, ...CATEGORIES.map((c) => c.id), 'x', '', ' city']), { maxLength: 12 }).map((ids) => ids.join(',')),
  pick(['dark', 'light', 'auto', 'DARK', 'sepia']),
  pick(['2009', '2003', '2002', '2025', '2026', '9999', '0000', '-2009', '2009.0', '2e3', '0x7d9', 'NaN', 'Infinity']),
  fc.integer({ min: -100000, max: 100000 }).map(String),
  fc
    .tuple(fc.double(), fc.double(), fc.double())
    .map(([z, lat, lng]) => `${z}/${lat}/${lng}`),
  fc
    .tuple(fc.integer({ min: -30, max: 30 }), fc.integer({ min: -200, max: 200 }), fc.integer({ min: -400, max: 400 }))
    .map(([z, lat, lng]) => `${z}/${lat}.5/${lng}.25`),
  fc
    .tuple(fc.double({ min: -1, max: 25, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }), fc.double({ min: -190, max: 190, noNaN: true }))
    .map(([z, lat, lng]) => `${z.toFixed(5)}/${lat.toFixed(8)}/${lng.toFixed(3)}`),
  fc.string({ maxLength: 5000 }),
);

const key = pick(['place', 'division', 'clause', 'sentence', 'view', 'hide', 'map', 'lang', 'at', 'compare', 'ctx', 'later', 'scheme', 'theme', 'tour', 'asof', 'Place', 'map ', '__proto__', 'x']);

/** A query string of our own keys, repeated, in any order, any of them percent-encoded or not. */
const anyQuery = fc
  .tuple(fc.array(fc.tuple(key, anyValue, fc.boolean()), { maxLength: 10 }), fc.boolean())
  .map(([pairs, mark]) => {
    const body = pairs.map(([k, v, encode]) => `${k}=${encode ? encodeURIComponent(v) : v}`).join('&');
    return mark ? `?${body}` : body;
  });

describe('urlToState on hostile input', () => {
  it('never throws and always returns a state the interface can show, for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.webQueryParameters().map((q) => `?${q}`)), (search) => {
        expect(problems(urlToState(search, known))).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws and always returns a state the interface can show, for any mix of our own parameters', () => {
    fc.assert(
      fc.property(anyQuery, (search) => {
        expect(problems(urlToState(search, known))).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back the state it writes, whatever state the URL produced, up to the camera’s rounding', () => {
    fc.assert(
      fc.property(anyQuery, (search) => {
        const state = urlToState(search, known);
        const again = urlToState(stateToUrl(state), known);
        expect({ ...again, camera: null }).toEqual({ ...state, camera: null });
        // The camera is written rounded (and -0 as 0): the URL written back is then stable.
        expect(stateToUrl(again)).toBe(stateToUrl(state));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a valid selection that comes first even when junk and other keys follow it', () => {
    fc.assert(
      fc.property(pick(known.places), fc.array(fc.tuple(key, anyValue), { maxLength: 6 }), (id, rest) => {
        const junk = rest.filter(([k]) => k !== 'place').map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
        expect(urlToState(`?${['place=' + id, ...junk].join('&')}`, known).selection).toEqual({ kind: 'place', id });
      }),
      { numRuns: 500 },
    );
  });

  it('has real ids to check against, so the properties above are not vacuous', () => {
    expect([known.places.size, known.divisions.size, known.clauses.size, known.sentences.size].every((n) => n > 5)).toBe(true);
    expect(
      problems({
        selection: { kind: 'place', id: 'nowhere' },
        camera: { zoom: 30, lat: 0, lng: 0 },
        hidden: ['logistics', 'logistics'],
        view: 'details',
        lang: 'en',
        at: null,
        compare: ['atlantis'],
        context: [],
        later: false,
        colorScheme: 'auto',
        asOf: 1999,
        tour: null,
      }),
    ).toHaveLength(5);
  });
});
