/** Where the later designations pipeline writes. */
export const LATER_DESIGNATIONS_PATH = new URL('../../geodata/later-designations.geojson', import.meta.url);
