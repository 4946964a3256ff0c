/**
 * The data package as one ZIP archive, built in memory. The archive depends
 * only on its inputs: every entry carries the data date as its time stamp,
 * so two builds of the same data are byte for byte the same.
 */
import { strToU8, zipSync } from 'fflate';
import type { FeatureCollection, Geometry } from 'geojson';
import { type AtlasData, type PlaceProperties, atlasData } from '../../src/content/atlas-data.ts';
import type { PolicyDocument } from '../../src/content/types.ts';
import { placesCsv, sentencesCsv } from '../../src/export/data-tables.ts';
import type { InfrastructureCollection } from '../../src/content/infrastructure-types.ts';
import { type CompleteAsOf, infrastructureCsv, inventoryCounts } from './infrastructure-table.ts';
import type { LaterDesignationCollection } from '../../src/content/later-designation-types.ts';
import { laterDesignationsCsv } from './later-designations-table.ts';
import { dataReadme } from './readme.ts';

export interface DataZipInput {
  /** The committed geodata/document.json, as text: the archive holds it byte for byte. */
  documentJson: string;
  /** The committed geodata/places.geojson, as text. */
  placesJson: string;
  /** The committed geodata/infrastructure.geojson, as text: what every "nearest" distance is measured to. */
  infrastructureJson: string;
  /** The committed geodata/later-designations.geojson, as text: what was designated after the policy. */
  laterDesignationsJson: string;
  /** The committed geodata/site/city-context.json, as text: the rivers, lakes, towns and railways the map draws at city zoom. */
  cityContextJson: string;
  /** geodata/site/coast.topo.json: OpenStreetMap's coast, under the ODbL. */
  coastJson: string;
  /**
   * Per kind, the date its list is complete as of. Passed in rather than
   * imported, since the site imports this module and the content files read
   * from disk.
   */
  completeAsOf: CompleteAsOf;
  /** The text of LICENSE.md. */
  licence: string;
  version: string;
  /** ISO calendar date, YYYY-MM-DD. */
  dataDate: string;
}

const FILES = [
  { name: 'README.md', description: 'this file' },
  { name: 'LICENSE.md', description: 'the terms of each part of the data' },
  { name: 'places.geojson', description: 'the places, with their geometry (GeoJSON FeatureCollection)' },
  { name: 'places.csv', description: 'the places as a table, one row each' },
  { name: 'sentences.csv', description: 'the sentences of the policy, with the places each names' },
  { name: 'document.json', description: 'the policy text as structured data' },
  { name: 'infrastructure.geojson', description: 'the seaports, land border crossings, airports and railways that distances are measured to, dated and sourced' },
  { name: 'infrastructure.csv', description: 'the same items as a table, one row each' },
  { name: 'later-designations.geojson', description: 'what was designated in the region after the policy (and the two plans of mid-2009 it relies on), dated and sourced' },
  { name: 'later-designations.csv', description: 'the same designations as a table, one row each' },
  { name: 'city-context.geojson', description: 'the rivers, lakes, towns and schematic railways the map draws at city zoom (Natural Earth; towns © GeoNames, CC BY 4.0)' },
  { name: 'coast.topo.json', description: 'the sea and the land the map draws at city zoom, whose shared edges are its coast, and the fringes over which the zones’ washes reach it (© OpenStreetMap contributors, ODbL)' },
];

/** The archive's entries as text, by file name. */
export function dataPackageFiles(input: DataZipInput): Record<string, string> {
  const data: AtlasData = atlasData(
    JSON.parse(input.documentJson) as PolicyDocument,
    JSON.parse(input.placesJson) as FeatureCollection<Geometry, PlaceProperties>,
  );
  const infrastructure = JSON.parse(input.infrastructureJson) as InfrastructureCollection;
  return {
    'README.md': dataReadme({
      data,
      version: input.version,
      dataDate: input.dataDate,
      files: FILES,
      inventory: inventoryCounts(infrastructure, input.completeAsOf),
    }),
    'LICENSE.md': input.licence,
    'places.geojson': input.placesJson,
    'places.csv': placesCsv(data),
    'sentences.csv': sentencesCsv(data),
    'document.json': input.documentJson,
    'infrastructure.geojson': input.infrastructureJson,
    'infrastructure.csv': infrastructureCsv(infrastructure),
    'later-designations.geojson': input.laterDesignationsJson,
    'later-designations.csv': laterDesignationsCsv(JSON.parse(input.laterDesignationsJson) as LaterDesignationCollection),
    'city-context.geojson': input.cityContextJson,
    'coast.topo.json': input.coastJson,
  };
}

/**
 * The time stamp of every entry. ZIP stores local wall-clock fields, and
 * fflate reads them from a Date in the runtime's time zone; a local noon on
 * the data date gives the same fields in any zone.
 */
function entryTime(dataDate: string): Date {
  const [year, month, day] = dataDate.split('-').map(Number);
  return new Date(year, month - 1, day, 12, 0, 0);
}

export function buildDataZip(input: DataZipInput): Uint8Array {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.dataDate)) throw new Error(`data date is not YYYY-MM-DD: ${input.dataDate}`);
  const mtime = entryTime(input.dataDate);
  const files = dataPackageFiles(input);
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([name, text]) => [name, [strToU8(text), { mtime }]])),
    { level: 9 },
  );
}
