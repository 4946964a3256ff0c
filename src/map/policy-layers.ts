/**
 * The policy's layers: pure functions of the palette. One layer per geometry
 * role (area fill, area outline, marker halo, marker, names), styled per
 * feature by match expressions on the properties policy-map.ts gives each
 * place (`theme`, `rendering`, `dashed`, `wash`, `marker_*`). The key hides
 * places by setting these layers' filters; the source is never reloaded.
 *
 * Feature state drives emphasis: `hover` (pointer over it), `selected` (the
 * selection), `lit` (named by the sentence or clause in focus) and `dim`
 * (something else is in focus).
 *
 * Region-wide and country-wide places (rendering `outline`) are drawn only in
 * focus, from a source that holds only those in focus (see policy-map.ts):
 * their long borders, tessellated as lines in every tile, would otherwise be
 * most of what the map uploads, for lines nobody sees.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { THEMES, type ThemeId } from '../content/designations.ts';
import type { Lang } from '../i18n/lang.ts';
import { BASE_LAYER, policyLabel } from './base-layers.ts';
import { labelSize } from './label-scale.ts';
import type { Palette, ThemeInk } from './palette.ts';

/** The GeoJSON source of every place's geometry. */
export const PLACES_SOURCE = 'places';
/** Label points of the places drawn as areas, bands or outlines. */
export const AREA_LABELS_SOURCE = 'place-labels';
/** The outline-rendered places in focus, and only those; empty at rest. */
export const FOCUSED_OUTLINES_SOURCE = 'place-outlines-in-focus';

/** The base layer the policy's fills are slipped under, so borders and names stay on top. */
export const FILLS_BEFORE = BASE_LAYER.lines;

/** The layer ids, one per geometry role. */
export const POLICY_LAYER = {
  areaFill: 'policy-area-fill',
  areaLine: 'policy-area-line',
  focusedOutline: 'policy-focused-outline',
  areaLabel: 'policy-area-label',
  markerHalo: 'policy-marker-halo',
  marker: 'policy-marker',
  markerLabel: 'policy-marker-label',
  satelliteLabel: 'policy-satellite-label',
  markerObstacle: 'policy-marker-obstacle',
} as const;

/** The image of the ring drawn behind a marker in focus; see markers.ts. */
export const HALO_IMAGE = 'marker-halo';

/**
 * An empty square of side 2 × MARKER_IMAGE_RADIUS px (see markers.ts): at a
 * marker's icon-size it covers exactly the marker's disc, no more.
 */
export const OBSTACLE_IMAGE = 'label-obstacle';

/**
 * Where a point symbol is, for labels to keep clear of: an invisible icon of
 * the symbol's own size, in a layer above every name. MapLibre places the
 * topmost layer first, so the obstacles are in place before any name is;
 * they always show and every name placed after them (the policy's, the
 * context's, the base map's) goes round them or is left out. The symbols
 * themselves ignore placement, and their images are larger than the disc
 * drawn (a rim, room for the shapes), so they cannot be the obstacles.
 * Below OBSTACLE_MINZOOM, the whole region in view, the markers crowd one
 * another and the cities' names matter more than a clear marker: there the
 * names are placed as before, among themselves only.
 */
export const OBSTACLE_MINZOOM = 6;

export function obstacleLayer(spec: { id: string; source: string; filter: FilterSpecification; size: number | ExpressionSpecification; offset?: ExpressionSpecification }): LayerSpecification {
  return {
    id: spec.id,
    type: 'symbol',
    source: spec.source,
    filter: spec.filter,
    minzoom: OBSTACLE_MINZOOM,
    layout: {
      'icon-image': OBSTACLE_IMAGE,
      'icon-size': spec.size,
      ...(spec.offset ? { 'icon-offset': spec.offset } : {}),
      'icon-padding': 0,
      'icon-allow-overlap': true,
      'icon-ignore-placement': false,
    },
    paint: { 'icon-opacity': 0 },
  };
}

export interface PolicyLayers {
  /** Inserted below the base map's lines and labels. */
  under: LayerSpecification[];
  /** Drawn on top of everything. */
  over: LayerSpecification[];
}

/** The layers a pointer or a tap can pick a place from. */
export const INTERACTIVE_LAYERS: readonly string[] = [POLICY_LAYER.areaFill, POLICY_LAYER.marker];

/** The layers that draw places' names, for the list of names in view. */
export const NAME_LAYERS: readonly string[] = [POLICY_LAYER.markerLabel, POLICY_LAYER.satelliteLabel];

/** Each layer's filter by geometry role; the key adds the places it shows (see shownFilter). */
export const ROLE_FILTERS: Readonly<Record<string, FilterSpecification>> = {
  [POLICY_LAYER.areaFill]: ['in', ['get', 'rendering'], ['literal', ['area', 'band']]],
  // A wash's fringe past the coarse coast (PolicyMap.carryWashesToCoast) is washed but never outlined.
  [POLICY_LAYER.areaLine]: ['all', ['in', ['get', 'rendering'], ['literal', ['area', 'band']]], ['!', ['has', 'fringe']]],
  [POLICY_LAYER.focusedOutline]: ['==', ['get', 'rendering'], 'outline'],
  [POLICY_LAYER.areaLabel]: ['in', ['get', 'rendering'], ['literal', ['area', 'band']]],
  [POLICY_LAYER.markerHalo]: ['==', ['get', 'rendering'], 'point'],
  [POLICY_LAYER.marker]: ['==', ['get', 'rendering'], 'point'],
  // A marker the key hides is no obstacle either.
  [POLICY_LAYER.markerObstacle]: ['==', ['get', 'rendering'], 'point'],
  [POLICY_LAYER.markerLabel]: ['all', ['==', ['get', 'rendering'], 'point'], ['==', ['get', 'label_role'], 'city']],
  [POLICY_LAYER.satelliteLabel]: ['all', ['==', ['get', 'rendering'], 'point'], ['==', ['get', 'label_role'], 'satellite']],
};

/** A layer's filter when only the given places show; `null` shows every place. */
export function shownFilter(layerId: string, shownIds: readonly string[] | null): FilterSpecification {
  const role = ROLE_FILTERS[layerId];
  if (shownIds === null) return role;
  return ['all', role, ['in', ['get', 'id'], ['literal', [...shownIds]]]] as FilterSpecification;
}

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

type Value = number | ExpressionSpecification;

/** Picks a value by emphasis, most specific first. */
function byEmphasis(values: { selected: Value; lit: Value; hover: Value; dim: Value; rest: Value }): ExpressionSpecification {
  return [
    'case',
    state('selected'),
    values.selected,
    state('lit'),
    values.lit,
    state('hover'),
    values.hover,
    state('dim'),
    values.dim,
    values.rest,
  ] as ExpressionSpecification;
}

/** A colour per theme of the key, from the palette: keyed by id, never by row order. */
function inkByTheme(palette: Palette, key: keyof ThemeInk): ExpressionSpecification {
  const pairs = THEMES.flatMap((t) => [t.id, palette.inks[t.id as ThemeId][key]]);
  return ['match', ['get', 'theme'], ...pairs, palette.inks.context[key]] as unknown as ExpressionSpecification;
}

/** A colour with its alpha multiplied by `alpha` (0–1). */
export function withAlpha(colour: ExpressionSpecification, alpha: ExpressionSpecification): ExpressionSpecification {
  const channel = (i: number): ExpressionSpecification => ['at', i, ['var', 'ink']];
  return ['let', 'ink', ['to-rgba', colour], ['rgba', channel(0), channel(1), channel(2), ['*', channel(3), alpha]]];
}

const WASH: ExpressionSpecification = ['get', 'wash'];
const plus = (n: number): ExpressionSpecification => ['+', WASH, n];
const RADIUS: ExpressionSpecification = ['get', 'marker_radius'];
const isBand: ExpressionSpecification = ['==', ['get', 'rendering'], 'band'];
/** Dashed outlines tell overlapping areas of two themes apart without colour. */
const DASHES: ExpressionSpecification = ['case', ['get', 'dashed'], ['literal', [3, 2]], ['literal', [1, 0]]];

export function policyLayers(palette: Palette, lang: Lang = 'en'): PolicyLayers {
  // The policy's places are named in Chinese alone on the Chinese map: many are phrases
  // ("Tumen River area"), and a city's romanised name is on the base map's division label.
  const label = policyLabel(lang, 0.9);
  const under: LayerSpecification[] = [
    {
      id: POLICY_LAYER.areaFill,
      type: 'fill',
      source: PLACES_SOURCE,
      filter: ROLE_FILTERS[POLICY_LAYER.areaFill],
      // Bands over areas, so the corridor reads against the zones.
      layout: { 'fill-sort-key': ['case', isBand, 1, 0] },
      paint: {
        // The outline layer draws every wash's edge, so the fill needs no
        // antialiased outline of its own (a second shader and draw per tile).
        'fill-antialias': false,
        // The wash's strength is its colour's alpha rather than fill-opacity, so
        // that this layer and the base map's areas share one shader program
        // (each mix of per-feature and constant paint is its own program,
        // compiled before first draw: about 0.2 s each in software WebGL).
        'fill-color': withAlpha(
          inkByTheme(palette, 'fill'),
          byEmphasis({ selected: plus(0.2), lit: plus(0.16), hover: plus(0.1), dim: ['*', WASH, 0.3], rest: WASH }),
        ),
      },
    },
  ];
  const over: LayerSpecification[] = [
    {
      // Region-wide and country-wide places would outline the whole map;
      // they are drawn only when they are in focus. Under the zones' own
      // lines, as the regions come before the zones in the places file.
      id: POLICY_LAYER.focusedOutline,
      type: 'line',
      source: FOCUSED_OUTLINES_SOURCE,
      filter: ROLE_FILTERS[POLICY_LAYER.focusedOutline],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': inkByTheme(palette, 'marker'),
        'line-width': byEmphasis({ selected: 3, lit: 2.4, hover: 2, dim: 0, rest: 0 }),
        'line-opacity': byEmphasis({ selected: 0.9, lit: 0.8, hover: 0.7, dim: 0, rest: 0 }),
        'line-dasharray': DASHES,
      },
    },
    {
      id: POLICY_LAYER.areaLine,
      type: 'line',
      source: PLACES_SOURCE,
      filter: ROLE_FILTERS[POLICY_LAYER.areaLine],
      layout: { 'line-join': 'round', 'line-sort-key': ['case', isBand, 1, 0] },
      paint: {
        'line-color': inkByTheme(palette, 'marker'),
        'line-width': byEmphasis({ selected: 3.2, lit: 2.6, hover: 2.4, dim: 0.8, rest: 1.4 }),
        'line-opacity': byEmphasis({ selected: 1, lit: 1, hover: 1, dim: 0.35, rest: 0.9 }),
        'line-dasharray': DASHES,
      },
    },
    {
      id: POLICY_LAYER.markerHalo,
      type: 'symbol',
      source: PLACES_SOURCE,
      filter: ROLE_FILTERS[POLICY_LAYER.markerHalo],
      layout: {
        'icon-image': HALO_IMAGE,
        'icon-size': ['get', 'halo_size'],
        'icon-offset': ['get', 'halo_offset'],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': byEmphasis({ selected: 1, lit: 0.8, hover: 0.6, dim: 0, rest: 0 }) },
    },
    {
      id: POLICY_LAYER.marker,
      type: 'symbol',
      source: PLACES_SOURCE,
      filter: ROLE_FILTERS[POLICY_LAYER.marker],
      layout: {
        'icon-image': ['get', 'marker_image'],
        'icon-size': ['get', 'marker_size'],
        'icon-offset': ['get', 'marker_offset'],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        // Smaller markers over larger ones, so none is hidden under a city.
        'symbol-sort-key': ['-', 0, RADIUS],
      },
      paint: { 'icon-opacity': byEmphasis({ selected: 1, lit: 1, hover: 1, dim: 0.3, rest: 1 }) },
    },
    {
      id: POLICY_LAYER.areaLabel,
      type: 'symbol',
      source: AREA_LABELS_SOURCE,
      filter: ROLE_FILTERS[POLICY_LAYER.areaLabel],
      minzoom: 4.5,
      layout: {
        'text-field': label,
        'text-font': palette.fonts,
        'text-size': labelSize([[4.5, 10], [8, 13]]),
        'text-max-width': 10,
        'text-line-height': 1.15,
        'text-optional': true,
        'text-padding': 6,
      },
      paint: {
        'text-color': inkByTheme(palette, 'text'),
        'text-halo-color': palette.colors.halo,
        'text-halo-width': 1.6,
        'text-opacity': byEmphasis({ selected: 1, lit: 1, hover: 1, dim: 0.35, rest: 0.95 }),
      },
    },
    {
      // Sites, institutions and context around a city: named once the map is close enough
      // to tell them apart. Below the cities' names, which are placed first and win a collision.
      id: POLICY_LAYER.satelliteLabel,
      type: 'symbol',
      source: PLACES_SOURCE,
      filter: ROLE_FILTERS[POLICY_LAYER.satelliteLabel],
      minzoom: 6.5,
      layout: {
        'text-field': label,
        'text-font': palette.fonts,
        'text-size': labelSize(11),
        'text-line-height': 1.1,
        'text-max-width': 9,
        'text-anchor': 'top',
        'text-offset': ['get', 'label_offset'],
        'text-optional': true,
        'text-padding': 2,
      },
      paint: {
        'text-color': palette.colors.labelArea,
        'text-halo-color': palette.colors.halo,
        'text-halo-width': 1.6,
        'text-opacity': byEmphasis({ selected: 1, lit: 1, hover: 1, dim: 0.4, rest: 1 }),
      },
    },
    {
      id: POLICY_LAYER.markerLabel,
      type: 'symbol',
      source: PLACES_SOURCE,
      filter: ROLE_FILTERS[POLICY_LAYER.markerLabel],
      layout: {
        'text-field': label,
        'text-font': palette.fonts,
        'text-size': labelSize([[4, 11], [8, 13.5]]),
        'text-line-height': 1.1,
        'text-max-width': 9,
        // Names take whichever side of their marker is free; offsets in ems (about 12 px).
        'text-variable-anchor': ['right', 'left', 'top', 'bottom'],
        'text-radial-offset': ['/', ['+', RADIUS, 4], 12],
        'text-justify': 'auto',
        'text-optional': true,
        'text-padding': 2,
        'symbol-sort-key': ['-', 0, RADIUS],
      },
      paint: {
        'text-color': palette.colors.labelDivision,
        'text-halo-color': palette.colors.halo,
        'text-halo-width': 1.6,
        'text-opacity': byEmphasis({ selected: 1, lit: 1, hover: 1, dim: 0.4, rest: 1 }),
      },
    },
    obstacleLayer({
      id: POLICY_LAYER.markerObstacle,
      source: PLACES_SOURCE,
      filter: ROLE_FILTERS[POLICY_LAYER.markerObstacle],
      size: ['get', 'marker_size'],
      offset: ['get', 'marker_offset'],
    }),
  ];
  return { under, over };
}
