/** Where the content pipeline reads and writes. */
export const SOURCE_TEXT_PATH = new URL(
  '../../content/source/state-council-opinions-northeast-revitalization-part1.txt',
  import.meta.url,
);
export const DOCUMENT_PATH = new URL('../../geodata/document.json', import.meta.url);
export const PLACES_PATH = new URL('../../geodata/places.geojson', import.meta.url);
