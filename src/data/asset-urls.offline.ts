/**
 * The one-file build's stand-in for `asset-urls.ts`. A page opened from disk
 * cannot fetch files or start a worker from one, so the data comes from the
 * page's inline blocks (no URLs here) and the map's worker from a Blob URL
 * made of its source, which the build inlines as a string.
 */
import workerSource from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';
import type { AtlasSourceUrls } from './source-urls.ts';

export const SOURCE_URLS: AtlasSourceUrls | null = null;

let blobUrl: string | null = null;

/** A Blob URL of the worker's source, made once; its source-map comment is dropped, as no map file travels with it. */
export function mapWorkerUrl(): string {
  blobUrl ??= URL.createObjectURL(
    new Blob([workerSource.replace(/^\/\/# sourceMappingURL=.*$/m, '')], { type: 'text/javascript' }),
  );
  return blobUrl;
}
