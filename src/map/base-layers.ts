/**
 * The base map's style: layer specifications as pure functions of the palette.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { Lang } from '../i18n/lang.ts';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { BasemapSources } from '../data/basemap-data.ts';
import type { Palette } from './palette.ts';
import { CITY_CONTEXT_MIN_ZOOM, DETAILED_COAST } from './city-context-ids.ts';
import { LABEL_SCALE_STATE, labelSize } from './label-scale.ts';

/** The provinces whose prefecture-level divisions make up the region in focus. */
const REGION_PROVINCES = ['210000', '220000', '230000'];

/**
 * The one source every base layer reads: land, countries, provinces and
 * divisions as areas, the borders between them as lines and the names as
 * points, each tagged with its `role`. One source rather than one per kind
 * is one tiling of the base map, not nine: the map is drawn from its first
 * tiles in fewer passes, and layers pick their features by role.
 */
export const BASE_SOURCE = 'base';

/** What a feature of the base source is; layers filter and style by it. */
export type BaseRole = 'land' | 'country' | 'province' | 'division' | 'division-line' | 'province-line' | 'country-line' | 'china-border' | 'label';

/** Areas in drawing order: each later role is painted over the earlier ones. */
const AREA_ROLES: readonly BaseRole[] = ['land', 'country', 'province', 'division'];
/** Lines in drawing order: the coast (the land's outline) first, China's border on top. */
const LINE_ROLES: readonly BaseRole[] = ['land', 'division-line', 'province-line', 'country-line', 'china-border'];

function tagged(role: BaseRole, geometry: Geometry, properties: Record<string, unknown> | null = {}): Feature {
  return { type: 'Feature', properties: { ...properties, role }, geometry };
}

/** The base map's features, each tagged with its role, as one collection. */
export function baseFeatures(data: BasemapSources): FeatureCollection {
  const areas = (collection: FeatureCollection, role: BaseRole) =>
    collection.features.map((f) => tagged(role, f.geometry, f.properties));
  return {
    type: 'FeatureCollection',
    features: [
      ...areas(data.land, 'land'),
      ...areas(data.countries, 'country'),
      ...areas(data.provinces, 'province'),
      ...areas(data.divisions, 'division'),
      tagged('division-line', data.divisionLines),
      tagged('province-line', data.provinceLines),
      tagged('country-line', data.countryLines),
      ...areas(data.chinaBorder, 'china-border'),
      ...areas(data.labels, 'label'),
    ],
  };
}

export function baseSources(data: BasemapSources): Record<typeof BASE_SOURCE, GeoJSONSourceSpecification> {
  return { [BASE_SOURCE]: { type: 'geojson', data: baseFeatures(data), tolerance: 0.3 } };
}

const role = (): ExpressionSpecification => ['get', 'role'];

/** A filter for the features of the given roles. */
export function roleFilter(roles: readonly BaseRole[]): FilterSpecification {
  return ['in', role(), ['literal', [...roles]]];
}

/** The base layer features of a prefecture-level division are drawn with, filtered to one division. */
export function divisionFilter(divisionId: string): FilterSpecification {
  return ['all', ['==', role(), 'division'], ['==', ['get', 'id'], divisionId]];
}

/**
 * The reader's language above, the other beneath in a slightly smaller size:
 * the name a reader of either language looks for first is always on the
 * label, and leads in the language of the interface (as protomaps' styles
 * take a language).
 */
export function bilingualLabel(lang: Lang, scaleSecondary = 0.92): ExpressionSpecification {
  const [lead, other] = lang === 'zh' ? ['name_zh', 'name_en'] : ['name_en', 'name_zh'];
  return ['format', ['get', lead], {}, '\n', {}, ['get', other], { 'font-scale': scaleSecondary }];
}

/**
 * A label for what the atlas adds over the base map: the policy's places and
 * the context facilities. The Chinese map names them in Chinese alone, since
 * the English beneath would mostly be a translated phrase ("East Heilongjiang
 * coal, power and chemical base", "Tumen River area"), not a romanised name,
 * and a city's romanised name is already on the base map's division label.
 * The English map keeps the Chinese name beneath, as {@link bilingualLabel} does.
 */
export function policyLabel(lang: Lang, scaleSecondary = 0.92): ExpressionSpecification {
  return lang === 'zh' ? ['get', 'name_zh'] : bilingualLabel(lang, scaleSecondary);
}

function labelLayer(
  palette: Palette,
  lang: Lang,
  id: string,
  filter: FilterSpecification,
  options: {
    color: string;
    /** Pixels, or `[zoom, pixels]` stops; scaled by the map's label scale. */
    size: Parameters<typeof labelSize>[0];
    minzoom?: number;
    maxzoom?: number;
    spacing?: number;
    transform?: 'uppercase' | 'none';
  },
): SymbolLayerSpecification {
  return {
    id,
    type: 'symbol',
    source: BASE_SOURCE,
    filter: ['all', ['==', role(), 'label'], filter] as FilterSpecification,
    ...(options.minzoom === undefined ? {} : { minzoom: options.minzoom }),
    ...(options.maxzoom === undefined ? {} : { maxzoom: options.maxzoom }),
    layout: {
      'text-field': bilingualLabel(lang),
      'text-font': palette.fonts,
      'text-size': labelSize(options.size),
      'text-letter-spacing': options.spacing ?? 0,
      'text-transform': options.transform ?? 'none',
      'text-line-height': 1.15,
      'text-max-width': 12,
      'text-padding': 1,
      // A label may step aside from its point rather than vanish when a
      // more important name already holds the spot.
      'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
      'text-radial-offset': 0.6,
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: {
      'text-color': options.color,
      'text-halo-color': palette.colors.halo,
      'text-halo-width': 1.4,
      'text-halo-blur': 0.4,
    },
  };
}

/** The base layers that draw areas and lines; the policy's washes go between them. */
export const BASE_LAYER = { areas: 'base-areas', lines: 'base-lines' } as const;

/** The base map's layers, bottom to top: water, areas, lines, labels. */
export function baseLayers(palette: Palette, lang: Lang = 'en'): LayerSpecification[] {
  const { colors, widths } = palette;
  const inRegion: ExpressionSpecification = ['in', ['get', 'id'], ['literal', REGION_PROVINCES]];
  const byRole = (values: Partial<Record<BaseRole, string | number | ExpressionSpecification>>, fallback: string | number) =>
    ['match', role(), ...Object.entries(values).flat(), fallback] as ExpressionSpecification;
  /** Each role's place in a drawing order, as a sort key. */
  const drawingOrder = (roles: readonly BaseRole[]) => byRole(Object.fromEntries(roles.map((r, i) => [r, i])), 0);
  const lineWidth = byRole(
    {
      land: widths.coast,
      'division-line': widths.divisionLine,
      'province-line': widths.provinceLine,
      'country-line': widths.countryLine,
      'china-border': widths.chinaBorder,
    },
    0,
  );
  return [
    { id: 'water', type: 'background', paint: { 'background-color': colors.water } },
    {
      // Every area in one layer, in drawing order; no antialiased outline,
      // since the borders layer draws every edge that shows.
      id: BASE_LAYER.areas,
      type: 'fill',
      source: BASE_SOURCE,
      filter: roleFilter(AREA_ROLES),
      layout: { 'fill-sort-key': drawingOrder(AREA_ROLES) },
      paint: {
        'fill-antialias': false,
        'fill-color': byRole(
          {
            land: colors.land,
            country: colors.neighbour,
            province: ['case', inRegion, colors.region, colors.province],
            division: colors.region,
          },
          colors.land,
        ),
      },
    },
    {
      // The coast (the land's outline) and the borders, China's on top.
      id: BASE_LAYER.lines,
      type: 'line',
      source: BASE_SOURCE,
      filter: roleFilter(LINE_ROLES),
      layout: {
        'line-join': 'round',
        'line-cap': 'round',
        'line-sort-key': drawingOrder(LINE_ROLES),
      },
      paint: {
        'line-color': byRole(
          {
            land: colors.coast,
            'division-line': colors.divisionLine,
            'province-line': colors.provinceLine,
            'country-line': colors.countryLine,
            'china-border': colors.chinaBorder,
          },
          colors.coast,
        ),
        'line-width': ['interpolate', ['exponential', 1.4], ['zoom'], 3, ['*', 0.6, lineWidth], 6, lineWidth, 9, ['*', 1.8, lineWidth]],
        // The coarse coast gives way to the detailed one once that is loaded (city-context-layers.ts);
        // drawn both, the two would run side by side a kilometre apart.
        'line-opacity': [
          'step',
          ['zoom'],
          1,
          CITY_CONTEXT_MIN_ZOOM,
          ['case', ['all', ['boolean', ['global-state', DETAILED_COAST], false], ['==', role(), 'land']], 0, 1],
        ],
      },
    },
    // Symbol layers higher in the stack claim their space first: the four
    // sub-provincial cities, then provinces, then the other divisions.
    // Divisions are named as areas: muted, spaced capitals, so that a city
    // marker's name beside them reads as the city and this as its territory.
    labelLayer(palette, lang, 'division-labels', ['==', ['get', 'rank'], 4], {
      color: colors.labelArea,
      size: [[5, 9], [7, 11], [9, 13]],
      spacing: 0.08,
      transform: 'uppercase',
      minzoom: 5.2,
    }),
    labelLayer(palette, lang, 'province-labels', ['==', ['get', 'kind'], 'province'], {
      color: colors.labelProvince,
      size: [[3, 8.5], [5, 11], [7, 15]],
      spacing: 0.14,
      transform: 'uppercase',
      maxzoom: 7.5,
    }),
    labelLayer(palette, lang, 'major-division-labels', ['==', ['get', 'rank'], 3], {
      color: colors.labelDivision,
      size: [[3, 9.5], [6, 11.5], [9, 13.5]],
    }),
    labelLayer(palette, lang, 'country-labels', ['==', ['get', 'kind'], 'country'], {
      color: colors.labelCountry,
      size: [[3, 11], [7, 16]],
      spacing: 0.2,
      transform: 'uppercase',
    }),
  ];
}

/** The ids of the layers that carry names, for the list of names in view. */
export const LABEL_LAYER_IDS = ['country-labels', 'province-labels', 'major-division-labels', 'division-labels'];

/** A complete style for the base map alone. */
export function baseStyle(palette: Palette, data: BasemapSources, lang: Lang = 'en'): StyleSpecification {
  return {
    version: 8,
    name: 'Northeast China policy atlas',
    // No `glyphs`: labels are drawn with the page's own fonts, so nothing is fetched.
    sources: baseSources(data),
    layers: baseLayers(palette, lang),
    state: { ...LABEL_SCALE_STATE, [DETAILED_COAST]: { default: false } },
  };
}
