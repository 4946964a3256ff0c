/**
 * The policy's layers: pure functions of the category table and the theme.
 * Every category gets its own layers, so the legend can switch a category
 * off by hiding them, and every colour comes from the category table.
 *
 * Feature state drives emphasis: `hover` (pointer over it), `selected` (the
 * selection), `lit` (named by the sentence or clause in focus) and `dim`
 * (something else is in focus).
 */
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
} from 'maplibre-gl';
import type { Category } from '../content/categories.ts';
import type { CategoryId } from '../content/types.ts';
import type { Lang } from '../i18n/lang.ts';
import { bilingualLabel } from './base-layers.ts';
import { MARKER_IMAGE_RADIUS, MARKER_RADIUS_RANGE } from './marker-scale.ts';
import type { Theme } from './theme.ts';

/** The GeoJSON source of every place's geometry. */
export const PLACES_SOURCE = 'places';
/** Label points of the places drawn as areas, bands or outlines. */
export const AREA_LABELS_SOURCE = 'place-labels';

/** The base layer the policy's fills are slipped under, so borders and names stay on top. */
export const FILLS_BEFORE = 'coast';

export interface PolicyLayers {
  /** Inserted below the base map's lines and labels. */
  under: LayerSpecification[];
  /** Drawn on top of everything. */
  over: LayerSpecification[];
}

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/** Picks a value by emphasis, most specific first. */
function byEmphasis(values: { selected: number; lit: number; hover: number; dim: number; rest: number }) {
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

const inCategory = (id: CategoryId): FilterSpecification => ['==', ['get', 'category'], id];

/** Layer ids of one category, for the legend to show and hide. */
export function categoryLayerIds(category: Category): string[] {
  switch (category.rendering) {
    case 'area':
    case 'band':
      return [`policy-${category.id}-fill`, `policy-${category.id}-line`, `policy-${category.id}-label`];
    case 'outline':
      return [`policy-${category.id}-line`];
    case 'point':
      return [`policy-${category.id}-halo`, `policy-${category.id}-marker`, `policy-${category.id}-label`];
  }
}

/** The layers a pointer or a tap can pick a place from. */
export function interactiveLayerIds(categories: readonly Category[]): string[] {
  return categories.flatMap((category) => {
    switch (category.rendering) {
      case 'area':
      case 'band':
        return [`policy-${category.id}-fill`];
      case 'point':
        return [`policy-${category.id}-marker`];
      case 'outline':
        return [];
    }
  });
}

/** The image name of a category's marker; see markers.ts. */
export function markerImage(category: Category): string {
  return `marker-${category.id}`;
}

function areaLayers(category: Category, theme: Theme, lang: Lang): PolicyLayers {
  const filter = inCategory(category.id);
  const { wash } = category;
  return {
    under: [
      {
        id: `policy-${category.id}-fill`,
        type: 'fill',
        source: PLACES_SOURCE,
        filter,
        paint: {
          'fill-color': category.color,
          'fill-opacity': byEmphasis({
            selected: wash + 0.2,
            lit: wash + 0.16,
            hover: wash + 0.1,
            dim: wash * 0.3,
            rest: wash,
          }),
        },
      },
    ],
    over: [
      {
        id: `policy-${category.id}-line`,
        type: 'line',
        source: PLACES_SOURCE,
        filter,
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': category.color,
          'line-width': byEmphasis({ selected: 3.2, lit: 2.6, hover: 2.4, dim: 0.8, rest: 1.4 }),
          'line-opacity': byEmphasis({ selected: 1, lit: 1, hover: 1, dim: 0.35, rest: 0.85 }),
          ...(category.dashed ? { 'line-dasharray': [3, 2] } : {}),
        },
      },
      {
        id: `policy-${category.id}-label`,
        type: 'symbol',
        source: AREA_LABELS_SOURCE,
        filter,
        minzoom: category.labelMinZoom,
        layout: {
          'text-field': bilingualLabel(lang, 0.9),
          'text-font': theme.fonts,
          'text-size': ['interpolate', ['linear'], ['zoom'], 4.5, 10, 8, 13],
          'text-max-width': 10,
          'text-line-height': 1.15,
          'text-optional': true,
          'text-padding': 6,
        },
        paint: {
          'text-color': category.textColor,
          'text-halo-color': theme.colors.halo,
          'text-halo-width': 1.6,
          'text-opacity': byEmphasis({ selected: 1, lit: 1, hover: 1, dim: 0.35, rest: 0.9 }),
        },
      },
    ],
  };
}

function outlineLayers(category: Category): PolicyLayers {
  return {
    under: [],
    over: [
      {
        id: `policy-${category.id}-line`,
        type: 'line',
        source: PLACES_SOURCE,
        filter: inCategory(category.id),
        layout: { 'line-join': 'round' },
        paint: {
          // Region-wide and country-wide places would outline the whole map;
          // they are drawn only when they are in focus.
          'line-color': category.textColor,
          'line-width': byEmphasis({ selected: 3, lit: 2.4, hover: 2, dim: 0, rest: 0 }),
          'line-opacity': byEmphasis({ selected: 0.9, lit: 0.8, hover: 0.7, dim: 0, rest: 0 }),
        },
      },
    ],
  };
}

/** Marker radius in pixels, precomputed per place from how often the text names it. */
const RADIUS: DataDrivenPropertyValueSpecification<number> = ['get', 'marker_radius'];

function pointLayers(category: Category, theme: Theme, lang: Lang): PolicyLayers {
  const filter = inCategory(category.id);
  const { context } = category;
  return {
    under: [],
    over: [
      {
        id: `policy-${category.id}-halo`,
        type: 'circle',
        source: PLACES_SOURCE,
        filter,
        paint: {
          'circle-radius': ['+', ['get', 'marker_radius'], 5],
          'circle-color': theme.colors.selectionHalo,
          'circle-stroke-color': theme.colors.selectionRing,
          'circle-stroke-width': 2,
          'circle-opacity': byEmphasis({ selected: 0.9, lit: 0.75, hover: 0.6, dim: 0, rest: 0 }),
          'circle-stroke-opacity': byEmphasis({ selected: 1, lit: 0.7, hover: 0.4, dim: 0, rest: 0 }),
          ...(context ? { 'circle-translate': [0, CONTEXT_OFFSET_PX] } : {}),
        },
      },
      {
        id: `policy-${category.id}-marker`,
        type: 'symbol',
        source: PLACES_SOURCE,
        filter,
        layout: {
          'icon-image': markerImage(category),
          // Images are drawn at MARKER_IMAGE_RADIUS; scale them to each place's radius.
          'icon-size': ['/', RADIUS, MARKER_IMAGE_RADIUS] as ExpressionSpecification,
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
          'symbol-sort-key': ['-', 0, ['get', 'marker_radius']],
          // icon-offset is in image pixels, scaled by icon-size; context markers all have the smallest radius.
          ...(context ? { 'icon-offset': [0, (CONTEXT_OFFSET_PX * MARKER_IMAGE_RADIUS) / MARKER_RADIUS_RANGE[0]] } : {}),
        },
        paint: {
          'icon-opacity': byEmphasis({ selected: 1, lit: 1, hover: 1, dim: 0.3, rest: 1 }),
        },
      },
      {
        id: `policy-${category.id}-label`,
        type: 'symbol',
        source: PLACES_SOURCE,
        filter,
        minzoom: category.labelMinZoom,
        layout: {
          'text-field': bilingualLabel(lang, 0.9),
          'text-font': theme.fonts,
          'text-size': ['interpolate', ['linear'], ['zoom'], 4, 10.5, 8, 13],
          'text-line-height': 1.1,
          'text-max-width': 9,
          // A displaced context marker keeps its name under it; other names
          // take whichever side of their marker is free. Offsets are in ems
          // of the label's size (11 px at the zooms where they show).
          ...(context
            ? { 'text-anchor': 'top' as const, 'text-offset': [0, (CONTEXT_OFFSET_PX + 8) / 11] }
            : {
                'text-variable-anchor': ['left', 'right', 'top', 'bottom'] as ('left' | 'right' | 'top' | 'bottom')[],
                'text-radial-offset': ['/', ['+', RADIUS, 4], 11] as ExpressionSpecification,
                'text-justify': 'auto' as const,
              }),
          'text-optional': true,
          'text-padding': 2,
          'symbol-sort-key': ['-', 0, ['get', 'marker_radius']],
        },
        paint: {
          'text-color': theme.colors.labelDivision,
          'text-halo-color': theme.colors.halo,
          'text-halo-width': 1.6,
          'text-opacity': byEmphasis({ selected: 1, lit: 1, hover: 1, dim: 0.4, rest: 1 }),
        },
      },
    ],
  };
}

/**
 * Context markers share their city's point; they are drawn displaced below
 * it, as cartographers displace co-located symbols, so both stay visible.
 */
export const CONTEXT_OFFSET_PX = 11;

export function policyLayers(categories: readonly Category[], theme: Theme, lang: Lang = 'en'): PolicyLayers {
  const parts = categories.map((category) => {
    switch (category.rendering) {
      case 'area':
      case 'band':
        return areaLayers(category, theme, lang);
      case 'outline':
        return outlineLayers(category);
      case 'point':
        return pointLayers(category, theme, lang);
    }
  });
  // Draw order: bands over areas, so the corridor reads against the zones;
  // point layers by their category's stack, cities on top; all names last.
  const rank = (layer: LayerSpecification) => {
    const category = categories.find((c) => layer.id.startsWith(`policy-${c.id}-`));
    const band = category?.rendering === 'band' ? 1 : 0;
    const label = layer.type === 'symbol' && layer.id.endsWith('-label') ? 100 : 0;
    return label + band + (category?.stack ?? 0) * 2;
  };
  const byRank = (a: LayerSpecification, b: LayerSpecification) => rank(a) - rank(b);
  return {
    under: parts.flatMap((part) => part.under).sort(byRank),
    over: parts.flatMap((part) => part.over).sort(byRank),
  };
}
