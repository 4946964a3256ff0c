/** Where the content pipeline reads and writes. */
export const SOURCE_TEXT_PATH = new URL(
  '../../content/source/state-council-opinions-northeast-revitalization-part1.txt',
  import.meta.url,
);
export const DOCUMENT_PATH = new URL('../../geodata/document.json', import.meta.url);
export const PLACES_PATH = new URL('../../geodata/places.geojson', import.meta.url);
/** The site's compact copies of the places and the base map, sharing their outlines; see src/data/shared-arcs.ts. */
export const SITE_PLACES_PATH = new URL('../../geodata/site/places.topo.json', import.meta.url);
export const SITE_BASEMAP_PATH = new URL('../../geodata/site/basemap.topo.json', import.meta.url);
