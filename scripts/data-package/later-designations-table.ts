/**
 * The later designations in the data package: the CSV of
 * geodata/later-designations.geojson, one row per designation, with its
 * date, issuer, number, area, precision and sources.
 */
import { type Column, csvTable } from '../../src/export/csv.ts';
import type { LaterDesignationCollection, LaterDesignationFeature } from '../../src/content/later-designation-types.ts';

/** The columns of later-designations.csv, in the order of later-designations.geojson. */
export const LATER_DESIGNATION_COLUMNS: readonly Column<LaterDesignationFeature>[] = [
  { name: 'id', description: 'stable id, as in later-designations.geojson', value: (f) => f.properties.id },
  { name: 'kind', description: 'what it is: `regional-plan`, `reform-pilot`, `new-area`, `border-pilot-zone`, `policy-document`, `free-trade-zone`, `free-trade-zone-area` or `demonstration-zone`', value: (f) => f.properties.kind },
  { name: 'name_en', description: 'English name', value: (f) => f.properties.name_en },
  { name: 'name_zh', description: 'Chinese name (Simplified), as the cited Chinese sources print it', value: (f) => f.properties.name_zh },
  { name: 'date', description: 'as precise as the sources give it: `YYYY-MM-DD`, or `YYYY-MM`', value: (f) => f.properties.date },
  { name: 'opened', description: 'the year of `date`: what "as of a year" filters on', value: (f) => f.properties.opened },
  { name: 'before_policy', description: '`true` for the two plans approved in 2009 before the Opinions (September 2009)', value: (f) => String(f.properties.before_policy) },
  { name: 'date_meaning_en', description: 'what the date is the date of (approved, issued, announced)', value: (f) => f.properties.date_meaning_en },
  { name: 'issued_by_en', description: 'the issuing body', value: (f) => f.properties.issued_by_en },
  { name: 'document_number', description: 'the official document number where a source prints it, else empty', value: (f) => f.properties.document_number },
  { name: 'area_km2', description: 'planned area in km² where a source gives it: a size, not a boundary', value: (f) => f.properties.area_km2 },
  { name: 'part_of', description: 'for an area of a free trade zone: the zone’s id', value: (f) => f.properties.part_of },
  { name: 'precision', description: 'how it is drawn: `host-city` (a marker at the host city, not its extent), `zone` (the policy’s zone over the same prefectures), `in-parts` (through its areas) or `region-wide` (not drawn)', value: (f) => f.properties.precision },
  { name: 'lon', description: '`host-city` only: longitude of the host city’s marker (WGS84 degrees)', value: (f) => f.geometry?.coordinates[0] ?? null },
  { name: 'lat', description: '`host-city` only: latitude of the host city’s marker', value: (f) => f.geometry?.coordinates[1] ?? null },
  { name: 'marker_at', description: '`host-city` only: the place or inventory item whose point the marker takes', value: (f) => f.properties.marker_at },
  { name: 'hosts', description: 'ids of the places of places.geojson it lies in or covers, separated by `;`', value: (f) => f.properties.hosts.join('; ') },
  { name: 'description_en', description: 'one line on what it is', value: (f) => f.properties.description_en },
  { name: 'unverified', description: 'what the sources did not confirm, or empty', value: (f) => f.properties.unverified },
  { name: 'sources', description: 'each source as `label <url> (read YYYY-MM-DD)`, separated by `;`', value: (f) => f.properties.source.map((s) => `${s.label} <${s.url}> (read ${s.read})`).join('; ') },
];

/** The CSV, by the one CSV writer: names and sources come from the web, so every cell is formula-guarded. */
export function laterDesignationsCsv(collection: LaterDesignationCollection): string {
  return csvTable(LATER_DESIGNATION_COLUMNS, collection.features);
}
