/**
 * The site's URLs for what it loads besides its script: the data files and
 * the map's worker, emitted by Vite as hashed files beside the page. The
 * one-file build swaps this module for `asset-urls.offline.ts`
 * (see scripts/offline/vite.config.ts).
 */
import documentUrl from '../../geodata/document.json?url';
import infrastructureUrl from '../../geodata/infrastructure.geojson?url';
import basemapUrl from '../../geodata/site/basemap.topo.json?url';
import placesUrl from '../../geodata/site/places.topo.json?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { AtlasSourceUrls } from './source-urls.ts';

export const SOURCE_URLS: AtlasSourceUrls | null = { basemap: basemapUrl, document: documentUrl, places: placesUrl, infrastructure: infrastructureUrl };

/** The URL MapLibre starts its worker from. */
export function mapWorkerUrl(): string {
  return workerUrl;
}
