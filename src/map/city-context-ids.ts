/**
 * The names of the city-zoom context's source and layers, and the zoom it is
 * wanted from: apart from the layers' styles (city-context-layers.ts), which
 * load with the data, so that the first load carries only these few strings.
 */
export const CITY_CONTEXT_SOURCE = 'city-context';

/** The zoom at which the context is first wanted: below it, nothing is fetched. */
export const CITY_CONTEXT_MIN_ZOOM = 5.5;

export const CITY_CONTEXT_LAYER = {
  lakes: 'city-context-lakes',
  rivers: 'city-context-rivers',
  railways: 'city-context-railways',
  riverLabels: 'city-context-river-labels',
  lakeLabels: 'city-context-lake-labels',
  railwayLabels: 'city-context-railway-labels',
  towns: 'city-context-towns',
} as const;

/** The layers that carry names, for the list of names in view. */
export const CITY_CONTEXT_LABEL_LAYER_IDS: readonly string[] = [
  CITY_CONTEXT_LAYER.towns,
  CITY_CONTEXT_LAYER.riverLabels,
  CITY_CONTEXT_LAYER.lakeLabels,
  CITY_CONTEXT_LAYER.railwayLabels,
];
