/**
 * The shape of the data files' URLs, apart from the loader and from the two
 * modules that provide them (`asset-urls.ts`, `asset-urls.offline.ts`), so
 * that neither side imports the other.
 */

/** Where each source is fetched from when the page does not carry it. */
export interface AtlasSourceUrls {
  basemap: string;
  document: string;
  places: string;
  infrastructure: string;
}
