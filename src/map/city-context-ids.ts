/**
 * The names of the city-zoom context's source and layers, and the zoom it is
 * wanted from: apart from the layers' styles (city-context-layers.ts), which
 * load with the data, so that the first load carries only these few strings.
 */
export const CITY_CONTEXT_SOURCE = 'city-context';

/** The zoom at which the context is first wanted: below it, nothing is fetched. */
export const CITY_CONTEXT_MIN_ZOOM = 5.5;

/** The detailed coast's source (geodata/site/coast.topo.json), loaded with the context. */
export const COAST_SOURCE = 'city-context-coast';

/**
 * The global-state property that says the detailed coast is on the map: the
 * base map's coarse coastline gives way to it from CITY_CONTEXT_MIN_ZOOM, and
 * only then. The coast is drawn from the context's own zoom, so that wherever a
 * wash is carried past the coarse coast (the policy map's fringes) the detailed
 * sea is drawn over it to trim it.
 */
export const DETAILED_COAST = 'detailedCoast';

export const CITY_CONTEXT_LAYER = {
  land: 'city-context-land',
  sea: 'city-context-sea',
  coastline: 'city-context-coastline',
  lakes: 'city-context-lakes',
  rivers: 'city-context-rivers',
  railways: 'city-context-railways',
  riverLabels: 'city-context-river-labels',
  lakeLabels: 'city-context-lake-labels',
  railwayLabels: 'city-context-railway-labels',
  towns: 'city-context-towns',
  waterLabels: 'city-context-water-labels',
} as const;

/** The layers that carry names, for the list of names in view. */
export const CITY_CONTEXT_LABEL_LAYER_IDS: readonly string[] = [
  CITY_CONTEXT_LAYER.towns,
  CITY_CONTEXT_LAYER.waterLabels,
  CITY_CONTEXT_LAYER.riverLabels,
  CITY_CONTEXT_LAYER.lakeLabels,
  CITY_CONTEXT_LAYER.railwayLabels,
];
