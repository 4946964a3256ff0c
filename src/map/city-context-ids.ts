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
 * The zoom from which the detailed coast replaces the base map's: below it the
 * base map's 1:10m coast is as fine as a pixel, and the base map is drawn alone.
 */
export const COAST_MIN_ZOOM = 7;

/**
 * The global-state property that says the detailed coast is on the map: the
 * base map's coarse coastline gives way to it from COAST_MIN_ZOOM, and only then.
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
