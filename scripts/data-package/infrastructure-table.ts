/**
 * The infrastructure inventory in the data package: the CSV of
 * geodata/infrastructure.geojson, and the counts and completeness dates its
 * README states, so that a reader can reproduce every "nearest" distance.
 */
import { type Column, csvTable } from '../../src/export/csv.ts';
import { isOpenNow } from '../../src/spatial/as-of.ts';
import type { InfrastructureCollection, InfrastructureFeature, InfrastructureKind } from '../../src/content/infrastructure-types.ts';

const point = (feature: InfrastructureFeature) => (feature.geometry.type === 'Point' ? feature.geometry.coordinates : null);

/** The columns of infrastructure.csv, one row per feature of infrastructure.geojson, in its order. */
export const INFRASTRUCTURE_COLUMNS: readonly Column<InfrastructureFeature>[] = [
  { name: 'id', description: 'stable id, as in infrastructure.geojson', value: (f) => f.properties.id },
  { name: 'kind', description: '`seaport`, `border-crossing`, `airport` or `railway`', value: (f) => f.properties.kind },
  { name: 'name_en', description: 'English name', value: (f) => f.properties.name_en },
  { name: 'name_zh', description: 'Chinese name (Simplified)', value: (f) => f.properties.name_zh },
  { name: 'opened', description: 'year it opened to traffic, as its `note` defines it', value: (f) => f.properties.opened },
  { name: 'closed', description: 'year it stopped, or empty if it is open', value: (f) => f.properties.closed },
  { name: 'opened_approximate', description: '`true` when the opening year is a best reading, not a firm date', value: (f) => String(f.properties.opened_approximate) },
  { name: 'post_dates_policy', description: '`true` when it opened after 2009, the policy’s year', value: (f) => String(f.properties.post_dates_policy) },
  { name: 'lon', description: 'longitude of the point (WGS84 degrees); empty for a railway', value: (f) => point(f)?.[0] ?? null },
  { name: 'lat', description: 'latitude of the point (WGS84 degrees); empty for a railway', value: (f) => point(f)?.[1] ?? null },
  { name: 'precision_km', description: 'how far, in km, the point may be from the facility', value: (f) => f.properties.precision_km },
  { name: 'neighbour', description: 'crossings: the country across the border', value: (f) => f.properties.neighbour },
  { name: 'iata', description: 'airports: IATA code', value: (f) => f.properties.iata },
  { name: 'icao', description: 'airports: ICAO code', value: (f) => f.properties.icao },
  {
    name: 'crossing_kinds',
    description: 'crossings: how it crosses and since when, e.g. `river 1982; road 2022; bridge 2022`',
    value: (f) => f.properties.crossing_kinds.map((k) => `${k.kind} ${k.opened}${k.closed ? `–${k.closed}` : ''}`).join('; '),
  },
  { name: 'stops', description: 'railways: the stations the schematic line is drawn through', value: (f) => f.properties.stops.join('; ') },
  { name: 'unverified', description: 'what the sources did not confirm, or empty', value: (f) => f.properties.unverified },
  { name: 'note', description: 'what it is, and where its point is', value: (f) => f.properties.note },
  { name: 'sources', description: 'each source as `label <url>`, separated by `;`', value: (f) => f.properties.source.map((s) => `${s.label} <${s.url}>`).join('; ') },
];

/** The CSV, by the one CSV writer: names, notes and sources come from the web, so every cell is formula-guarded. */
export function infrastructureCsv(collection: InfrastructureCollection): string {
  return csvTable(INFRASTRUCTURE_COLUMNS, collection.features);
}

/** One line of the README's inventory table. */
export interface InventoryCount {
  kind: InfrastructureKind;
  open: number;
  closed: number;
  /** The date as of which the kind is complete; null for the railways, which are not complete. */
  completeAsOf: string | null;
}

/** Per kind, the date as of which its list is complete; null for a kind that is not complete. */
export type CompleteAsOf = Record<InfrastructureKind, string | null>;

export function inventoryCounts(collection: InfrastructureCollection, completeAsOf: CompleteAsOf): InventoryCount[] {
  return (Object.keys(completeAsOf) as InfrastructureKind[]).map((kind) => {
    const items = collection.features.filter((f) => f.properties.kind === kind);
    const open = items.filter((f) => isOpenNow(f.properties)).length;
    return { kind, open, closed: items.length - open, completeAsOf: completeAsOf[kind] };
  });
}
