/**
 * The ids of the inline JSON blocks of the one-file build, one per data
 * source. Apart from the loader so that the build, which writes the blocks,
 * can import them without the site's asset imports.
 */
export const INLINE_SOURCE_IDS = {
  basemap: 'atlas-data-basemap',
  document: 'atlas-data-document',
  places: 'atlas-data-places',
  infrastructure: 'atlas-data-infrastructure',
} as const;
