/** Where the pipeline writes, and how, so that a rebuild can be compared byte for byte. */
export const BASEMAP_PATH = new URL('../../geodata/basemap.topo.json', import.meta.url);

/** Compact JSON with a final newline: small to serve, stable to diff. */
export function serializeJson(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}
