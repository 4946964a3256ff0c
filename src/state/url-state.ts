/**
 * Converts the interface state to and from the URL's query string. Pure, and
 * defensive: the URL is user input, so anything malformed or unknown falls
 * back to the default instead of failing or reaching the page.
 *
 *     ?place=suifenhe&view=reader&map=6.2/44.4012/131.1502&hide=logistics&lang=zh
 *     ?tour=I.5  (the presentation tour, at clause 5)
 *     ?asof=2009  (the year shown; without it, the latest the data covers)
 *
 * Without `lang`, the reader's browser languages decide: the caller passes
 * that choice as `fallbackLang`, and `lang` is written only when it differs.
 */
import { type DesignationId, THEMES, type ThemeId, designationsForHideToken, isThemeId } from '../content/designations.ts';
import { type TourStep, parseTourParam } from '../content/tour-steps.ts';
import { type Lang, isLang } from '../i18n/lang.ts';
import { formatAt, formatCompare, parseAt, parseCompare } from '../spatial/url-params.ts';
import { LATEST_DATA_YEAR } from '../content/data-years.ts';
import { type AppState, type Camera, type ColorScheme, CONTEXT_KINDS, DEFAULT_STATE, type Selection } from './app-state.ts';
import { clampYear, showsLatestYear, yearShown } from './year-shown.ts';

/** The ids the URL may name; any other value is ignored. */
export interface KnownIds {
  places: ReadonlySet<string>;
  divisions: ReadonlySet<string>;
  clauses: ReadonlySet<string>;
  sentences: ReadonlySet<string>;
  /** The tour's steps, sentence steps included: what `tour=` may name. */
  tourSteps: readonly Pick<TourStep, 'id'>[];
}

const SELECTION_KEYS = ['place', 'division', 'clause', 'sentence'] as const;

/** Longer values are not ids of ours; they are dropped before any look-up. */
const MAX_VALUE_LENGTH = 64;

const ZOOM_RANGE = [0, 22] as const;

function value(params: URLSearchParams, key: string): string | null {
  const raw = params.get(key);
  return raw !== null && raw.length <= MAX_VALUE_LENGTH ? raw : null;
}

function knownSet(known: KnownIds, kind: Selection['kind']): ReadonlySet<string> {
  switch (kind) {
    case 'place':
      return known.places;
    case 'division':
      return known.divisions;
    case 'clause':
      return known.clauses;
    case 'sentence':
      return known.sentences;
  }
}

function parseSelection(params: URLSearchParams, known: KnownIds): Selection | null {
  for (const kind of SELECTION_KEYS) {
    const id = value(params, kind);
    if (id !== null && knownSet(known, kind).has(id)) return { kind, id };
  }
  return null;
}

/** `zoom/lat/lng`, as in OpenStreetMap's and MapLibre's hash. */
export function parseCamera(text: string | null): Camera | null {
  if (text === null) return null;
  const parts = text.split('/');
  if (parts.length !== 3 || parts.some((part) => !/^-?\d{1,3}(\.\d{1,8})?$/.test(part))) return null;
  const [zoom, lat, lng] = parts.map(Number);
  if (zoom < ZOOM_RANGE[0] || zoom > ZOOM_RANGE[1] || Math.abs(lat) > 85 || Math.abs(lng) > 180) return null;
  return { zoom, lat, lng };
}

export function formatCamera(camera: Camera): string {
  const fixed = (n: number, digits: number) => String(Number(n.toFixed(digits)));
  return `${fixed(camera.zoom, 2)}/${fixed(camera.lat, 4)}/${fixed(camera.lng, 4)}`;
}

/** The camera as the URL keeps it, so that a state and its round trip compare equal. */
export function roundCamera(camera: Camera): Camera {
  return parseCamera(formatCamera(camera)) ?? camera;
}

/**
 * `hide=` names themes. Older links named categories or designations: a
 * theme is hidden when they name every one of its designations, so an old
 * link opens as close as it can to what it showed, and anything unknown is
 * ignored.
 */
function parseHidden(text: string | null): ThemeId[] {
  if (text === null) return [];
  const tokens = text.split(',');
  const themes = new Set(tokens.filter(isThemeId));
  const designations = new Set<DesignationId>(tokens.flatMap((token) => (isThemeId(token) ? [] : designationsForHideToken(token))));
  return THEMES.filter((t) => themes.has(t.id) || t.designations.every((d) => designations.has(d))).map((t) => t.id);
}

/**
 * `scheme=dark|light`; without it, or with anything else, the system's
 * preference. Links made before the parameter was renamed say `theme=`, and
 * are read as if they said `scheme=`.
 */
function parseColorScheme(text: string | null): ColorScheme {
  return text === 'dark' || text === 'light' ? text : 'auto';
}

/**
 * `asof=YYYY`: four digits, and nothing else. A year before the first
 * revitalization strategy opens at its year, one after the data's latest at
 * the latest: the link still shows the nearest year the atlas can answer for.
 */
export function parseAsOf(text: string | null): number {
  return text !== null && /^\d{4}$/.test(text) ? clampYear(Number(text)) : LATEST_DATA_YEAR;
}

export function urlToState(search: string, known: KnownIds, fallbackLang: Lang = DEFAULT_STATE.lang): AppState {
  const params = new URLSearchParams(search.length > 4096 ? '' : search);
  const lang = value(params, 'lang');
  const selection = parseSelection(params, known);
  const contextNamed = new Set(params.get('ctx')?.slice(0, 256).split(',') ?? []);
  return {
    selection,
    camera: parseCamera(value(params, 'map')),
    hidden: parseHidden(params.get('hide')?.slice(0, 1024) ?? null),
    view: value(params, 'view') === 'reader' ? 'reader' : DEFAULT_STATE.view,
    lang: isLang(lang) ? lang : fallbackLang,
    // The panel shows one thing: a selection wins over a spot.
    at: selection ? null : parseAt(value(params, 'at')),
    compare: parseCompare(params.get('compare'), known.places),
    context: CONTEXT_KINDS.filter((kind) => contextNamed.has(kind)),
    later: value(params, 'later') === '1',
    colorScheme: parseColorScheme(value(params, 'scheme') ?? value(params, 'theme')),
    asOf: parseAsOf(value(params, 'asof')),
    tour: parseTourParam(value(params, 'tour'), known.tourSteps),
  };
}

/** The query string for a state, `''` for the default state; defaults are left out. */
export function stateToUrl(state: AppState, fallbackLang: Lang = DEFAULT_STATE.lang): string {
  const params = new URLSearchParams();
  if (state.tour) params.set('tour', state.tour);
  if (state.selection) params.set(state.selection.kind, state.selection.id);
  if (state.view !== DEFAULT_STATE.view) params.set('view', state.view);
  if (state.hidden.length > 0) params.set('hide', state.hidden.join(','));
  if (state.camera) params.set('map', formatCamera(state.camera));
  if (state.lang !== fallbackLang) params.set('lang', state.lang);
  if (state.at && !state.selection) params.set('at', formatAt(state.at));
  if (state.compare.length > 0) params.set('compare', formatCompare(state.compare));
  if (state.context.length > 0) params.set('ctx', state.context.join(','));
  if (state.later) params.set('later', '1');
  if (state.colorScheme !== DEFAULT_STATE.colorScheme) params.set('scheme', state.colorScheme);
  if (!showsLatestYear(state)) params.set('asof', String(yearShown(state)));
  const query = params.toString().replaceAll('%2F', '/').replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}
