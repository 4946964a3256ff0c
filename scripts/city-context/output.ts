/** Where the city context pipeline writes: beside the site's other data, fetched only when the map first zooms in. */
export const CITY_CONTEXT_PATH = new URL('../../geodata/site/city-context.json', import.meta.url);
