/**
 * The later designations as the site reads them: the open file
 * geodata/later-designations.geojson, built by `npm run later-designations`,
 * bundled with the page (it is small and needed by the panel, the key and
 * the tour alike), so the site and the data download show the same list.
 */
import text from '../../geodata/later-designations.geojson?raw';
import type { LaterDesignationCollection } from './later-designation-types.ts';

export const LATER_DESIGNATIONS: LaterDesignationCollection = JSON.parse(text) as LaterDesignationCollection;
