/**
 * Every string the interface shows, in one table, so that a translation is
 * one more table and no component carries text of its own.
 */
export const STRINGS = {
  title: 'Northeast China Revitalization Atlas',
  subtitle:
    'Where the State Council’s 2009 Opinions on revitalizing the old industrial bases of Northeast China apply (Guo Fa [2009] No. 33)',
  mapLabel: 'Map of Northeast China',
  namesInView: 'Names shown on the map',
  attribution:
    'Boundaries: Natural Earth (public domain) · Chinese divisions: china-geojson (MIT) · Rendering: MapLibre',
  loadFailed: 'The map could not be loaded.',
} as const;
