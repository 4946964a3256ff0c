/** Where the coast pipeline writes: beside the city context, loaded with it when the map first zooms in. */
export const COAST_PATH = new URL('../../geodata/site/coast.topo.json', import.meta.url);
