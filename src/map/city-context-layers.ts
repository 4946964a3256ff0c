/**
 * The city-zoom context: rivers, lakes, towns and the schematic railways, so
 * that a reader zoomed in on Harbin or Yanji can tell where a city sits. Pure
 * style functions of the palette and the language; the data arrives lazily
 * (features/map-view/city-context.ts). Everything here is drawn under the
 * policy: the lines and lakes under its washes, the names under the base map's
 * and the policy's names, so that where two collide the policy's name stays.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.ts';
import { CITY_CONTEXT_LAYER, CITY_CONTEXT_MIN_ZOOM, CITY_CONTEXT_SOURCE, COAST_SOURCE } from './city-context-ids.ts';
import { labelSize } from './label-scale.ts';
import type { Palette } from './palette.ts';

/** The small dot a town is drawn with, as the image MapLibre is given. */
export const TOWN_DOT_IMAGE = 'city-context-town-dot';

const layerIs = (layer: string): ExpressionSpecification => ['==', ['get', 'layer'], layer];
const named: ExpressionSpecification = ['has', 'name_en'];
/** Towns thin by zoom: each is drawn from its own `minzoom` (by population), then by rank where names collide. */
const atItsZoom: ExpressionSpecification = ['>=', ['zoom'], ['get', 'minzoom']];

/**
 * One language per label, unlike the policy's two-line names: the context is
 * there to orient, and a second line under every town would crowd the map.
 * The Chinese map shows the English name where no Chinese one is sourced.
 */
export function contextLabel(lang: Lang): ExpressionSpecification {
  return lang === 'zh' ? ['coalesce', ['get', 'name_zh'], ['get', 'name_en']] : ['get', 'name_en'];
}

export interface CityContextLayers {
  /** Under the base map's areas: the detailed land, which shows only where the base map's coarser land leaves a gap. */
  ground: LayerSpecification[];
  /** Under the policy's washes: lakes, rivers and railways. */
  under: LayerSpecification[];
  /**
   * Over the base map's areas and lines and the policy's washes, under every
   * name: the detailed sea, which trims them all to the true coast, and the coastline.
   */
  coast: LayerSpecification[];
  /** Under the base map's names (and so under the policy's): the names. */
  labels: LayerSpecification[];
}

export function cityContextLayers(palette: Palette, lang: Lang): CityContextLayers {
  const { colors, fonts, widths } = palette;
  const text = contextLabel(lang);
  const halo = { 'text-halo-color': colors.halo, 'text-halo-width': 1.3, 'text-halo-blur': 0.3 };
  const coastPart = (part: string): FilterSpecification => ['==', ['get', 'part'], part];
  const ground: LayerSpecification[] = [
    {
      id: CITY_CONTEXT_LAYER.land,
      type: 'fill',
      source: COAST_SOURCE,
      minzoom: CITY_CONTEXT_MIN_ZOOM,
      filter: coastPart('land'),
      paint: { 'fill-color': colors.region, 'fill-antialias': false },
    },
  ];
  const coast: LayerSpecification[] = [
    {
      id: CITY_CONTEXT_LAYER.sea,
      type: 'fill',
      source: COAST_SOURCE,
      minzoom: CITY_CONTEXT_MIN_ZOOM,
      filter: coastPart('sea'),
      paint: { 'fill-color': colors.water, 'fill-antialias': false },
    },
    {
      id: CITY_CONTEXT_LAYER.coastline,
      type: 'line',
      source: COAST_SOURCE,
      minzoom: CITY_CONTEXT_MIN_ZOOM,
      filter: coastPart('coastline'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': colors.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], CITY_CONTEXT_MIN_ZOOM, widths.coast * 1.3, 10, widths.coast * 2] },
    },
  ];
  const under: LayerSpecification[] = [
    {
      id: CITY_CONTEXT_LAYER.lakes,
      type: 'fill',
      source: CITY_CONTEXT_SOURCE,
      minzoom: CITY_CONTEXT_MIN_ZOOM,
      filter: layerIs('lake') as FilterSpecification,
      paint: { 'fill-color': colors.water, 'fill-outline-color': colors.river },
    },
    {
      id: CITY_CONTEXT_LAYER.rivers,
      type: 'line',
      source: CITY_CONTEXT_SOURCE,
      minzoom: CITY_CONTEXT_MIN_ZOOM,
      filter: layerIs('river') as FilterSpecification,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': colors.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 5.5, 0.7, 8, 1.5, 10, 2.4] },
    },
    {
      id: CITY_CONTEXT_LAYER.railways,
      type: 'line',
      source: CITY_CONTEXT_SOURCE,
      minzoom: 6,
      filter: layerIs('railway') as FilterSpecification,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': colors.railway, 'line-width': 1.2, 'line-dasharray': [5, 3] },
    },
  ];
  const lineLabel = (id: string, layer: string, color: string, minzoom: number): LayerSpecification => ({
    id,
    type: 'symbol',
    source: CITY_CONTEXT_SOURCE,
    minzoom,
    filter: ['all', layerIs(layer), named] as FilterSpecification,
    layout: {
      'symbol-placement': 'line',
      'symbol-spacing': 320,
      'text-field': text,
      'text-font': fonts,
      'text-size': labelSize(11),
      'text-letter-spacing': 0.06,
      'text-max-angle': 30,
      'text-padding': 4,
    },
    paint: { 'text-color': color, ...halo },
  });
  const labels: LayerSpecification[] = [
    {
      // Seas and bays: spaced out like the rivers' names, in the water's colour; first in the
      // stack, so placed last, since a sea's name can sit anywhere in it and a town's cannot.
      id: CITY_CONTEXT_LAYER.waterLabels,
      type: 'symbol',
      source: CITY_CONTEXT_SOURCE,
      minzoom: CITY_CONTEXT_MIN_ZOOM,
      filter: ['all', layerIs('water'), atItsZoom] as FilterSpecification,
      layout: {
        'text-field': text,
        'text-font': fonts,
        'text-size': labelSize([
          [5.5, 11],
          [9, 13],
        ]),
        'text-letter-spacing': 0.18,
        'text-max-width': 6,
        'text-padding': 6,
      },
      paint: { 'text-color': colors.labelWater, ...halo },
    },
    lineLabel(CITY_CONTEXT_LAYER.railwayLabels, 'railway', colors.railway, 7.5),
    lineLabel(CITY_CONTEXT_LAYER.riverLabels, 'river', colors.labelWater, 6.5),
    {
      id: CITY_CONTEXT_LAYER.lakeLabels,
      type: 'symbol',
      source: CITY_CONTEXT_SOURCE,
      minzoom: 6,
      filter: ['all', layerIs('lake'), named] as FilterSpecification,
      layout: { 'text-field': text, 'text-font': fonts, 'text-size': labelSize(11), 'text-letter-spacing': 0.06, 'text-max-width': 8 },
      paint: { 'text-color': colors.labelWater, ...halo },
    },
    {
      // Last of the context's names, so placed before the others: a town's name wins over a river's.
      id: CITY_CONTEXT_LAYER.towns,
      type: 'symbol',
      source: CITY_CONTEXT_SOURCE,
      minzoom: 6,
      filter: ['all', layerIs('town'), atItsZoom] as FilterSpecification,
      layout: {
        'icon-image': TOWN_DOT_IMAGE,
        'text-field': text,
        'text-font': fonts,
        'text-size': labelSize([
          [6, 10],
          [9, 11.5],
        ]),
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.55,
        'text-justify': 'auto',
        'text-max-width': 8,
        'text-padding': 3,
        // Bigger towns first: where names collide, the smaller town's goes.
        'symbol-sort-key': ['-', 0, ['get', 'population']],
        'text-optional': false,
      },
      paint: { 'text-color': colors.labelTown, 'icon-opacity': 0.9, ...halo },
    },
  ];
  return { ground, under, coast, labels };
}

/** A town's dot: a filled disc with a halo-coloured rim, as raw pixels (no canvas to read back). */
export function townDot(palette: Palette, pixelRatio: number): { width: number; height: number; data: Uint8Array } {
  const size = Math.ceil(7 * pixelRatio);
  const data = new Uint8Array(size * size * 4);
  const fill = rgb(palette.colors.town);
  const rim = rgb(palette.colors.region);
  const centre = (size - 1) / 2;
  const outer = size / 2;
  const inner = outer - 1.2 * pixelRatio;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const distance = Math.hypot(x - centre, y - centre);
      const colour = distance <= inner ? fill : distance <= outer ? rim : null;
      if (!colour) continue;
      data.set([...colour, 255], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

/** A `#rrggbb` colour's channels. */
function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1, 7), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
