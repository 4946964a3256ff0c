/** Where the infrastructure pipeline writes. */
export const INFRASTRUCTURE_PATH = new URL('../../geodata/infrastructure.geojson', import.meta.url);
