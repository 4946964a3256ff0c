/**
 * The base map's style: layer specifications as pure functions of the theme.
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
import type { BasemapSourceId, BasemapSources } from './basemap-data.ts';
import type { Theme } from './theme.ts';

/** The provinces whose prefecture-level divisions make up the region in focus. */
const REGION_PROVINCES = ['210000', '220000', '230000'];

/** Every base source the layers read; the style builder and the tests share it. */
export const BASE_SOURCE_IDS: BasemapSourceId[] = [
  'land',
  'countries',
  'provinces',
  'divisions',
  'countryLines',
  'provinceLines',
  'divisionLines',
  'chinaBorder',
  'labels',
];

export function baseSources(data: BasemapSources): Record<BasemapSourceId, GeoJSONSourceSpecification> {
  const sources = {} as Record<BasemapSourceId, GeoJSONSourceSpecification>;
  for (const id of BASE_SOURCE_IDS) {
    sources[id] = { type: 'geojson', data: data[id], tolerance: 0.3 };
  }
  return sources;
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

function labelLayer(
  theme: Theme,
  lang: Lang,
  id: string,
  filter: FilterSpecification,
  options: {
    color: string;
    size: ExpressionSpecification | number;
    minzoom?: number;
    maxzoom?: number;
    spacing?: number;
    transform?: 'uppercase' | 'none';
  },
): SymbolLayerSpecification {
  return {
    id,
    type: 'symbol',
    source: 'labels',
    filter,
    ...(options.minzoom === undefined ? {} : { minzoom: options.minzoom }),
    ...(options.maxzoom === undefined ? {} : { maxzoom: options.maxzoom }),
    layout: {
      'text-field': bilingualLabel(lang),
      'text-font': theme.fonts,
      'text-size': options.size,
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
      'text-halo-color': theme.colors.halo,
      'text-halo-width': 1.4,
      'text-halo-blur': 0.4,
    },
  };
}

/** The base map's layers, bottom to top: water, land, fills, lines, labels. */
export function baseLayers(theme: Theme, lang: Lang = 'en'): LayerSpecification[] {
  const { colors, widths } = theme;
  const inRegion: ExpressionSpecification = ['in', ['get', 'id'], ['literal', REGION_PROVINCES]];
  const zoomWidth = (base: number): ExpressionSpecification => [
    'interpolate',
    ['exponential', 1.4],
    ['zoom'],
    3,
    base * 0.6,
    6,
    base,
    9,
    base * 1.8,
  ];
  return [
    { id: 'water', type: 'background', paint: { 'background-color': colors.water } },
    { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': colors.land } },
    { id: 'countries', type: 'fill', source: 'countries', paint: { 'fill-color': colors.neighbour } },
    {
      id: 'provinces',
      type: 'fill',
      source: 'provinces',
      paint: { 'fill-color': ['case', inRegion, colors.region, colors.province] },
    },
    { id: 'divisions', type: 'fill', source: 'divisions', paint: { 'fill-color': colors.region } },
    {
      id: 'coast',
      type: 'line',
      source: 'land',
      paint: { 'line-color': colors.coast, 'line-width': zoomWidth(widths.coast) },
    },
    {
      id: 'division-lines',
      type: 'line',
      source: 'divisionLines',
      layout: { 'line-join': 'round' },
      paint: { 'line-color': colors.divisionLine, 'line-width': zoomWidth(widths.divisionLine) },
    },
    {
      id: 'province-lines',
      type: 'line',
      source: 'provinceLines',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': colors.provinceLine, 'line-width': zoomWidth(widths.provinceLine) },
    },
    {
      id: 'country-lines',
      type: 'line',
      source: 'countryLines',
      layout: { 'line-join': 'round' },
      paint: { 'line-color': colors.countryLine, 'line-width': zoomWidth(widths.countryLine) },
    },
    {
      id: 'china-border',
      type: 'line',
      source: 'chinaBorder',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': colors.chinaBorder, 'line-width': zoomWidth(widths.chinaBorder) },
    },
    // Symbol layers higher in the stack claim their space first: the four
    // sub-provincial cities, then provinces, then the other divisions.
    // Divisions are named as areas: muted, spaced capitals, so that a city
    // marker's name beside them reads as the city and this as its territory.
    labelLayer(theme, lang, 'division-labels', ['==', ['get', 'rank'], 4], {
      color: colors.labelArea,
      size: ['interpolate', ['linear'], ['zoom'], 5, 9, 7, 11, 9, 13],
      spacing: 0.08,
      transform: 'uppercase',
      minzoom: 5.2,
    }),
    labelLayer(theme, lang, 'province-labels', ['==', ['get', 'kind'], 'province'], {
      color: colors.labelProvince,
      size: ['interpolate', ['linear'], ['zoom'], 3, 8.5, 5, 11, 7, 15],
      spacing: 0.14,
      transform: 'uppercase',
      maxzoom: 7.5,
    }),
    labelLayer(theme, lang, 'major-division-labels', ['==', ['get', 'rank'], 3], {
      color: colors.labelDivision,
      size: ['interpolate', ['linear'], ['zoom'], 3, 9.5, 6, 11.5, 9, 13.5],
    }),
    labelLayer(theme, lang, 'country-labels', ['==', ['get', 'kind'], 'country'], {
      color: colors.labelCountry,
      size: ['interpolate', ['linear'], ['zoom'], 3, 11, 7, 16],
      spacing: 0.2,
      transform: 'uppercase',
    }),
  ];
}

/** The ids of the layers that carry names, for the list of names in view. */
export const LABEL_LAYER_IDS = ['country-labels', 'province-labels', 'major-division-labels', 'division-labels'];

/** A complete style for the base map alone. */
export function baseStyle(theme: Theme, data: BasemapSources, lang: Lang = 'en'): StyleSpecification {
  return {
    version: 8,
    name: 'Northeast China policy atlas',
    // No `glyphs`: labels are drawn with the page's own fonts, so nothing is fetched.
    sources: baseSources(data),
    layers: baseLayers(theme, lang),
  };
}
