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
import { dataReadme } from './readme.ts';

export interface DataZipInput {
  /** The committed geodata/document.json, as text: the archive holds it byte for byte. */
  documentJson: string;
  /** The committed geodata/places.geojson, as text. */
  placesJson: string;
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
];

/** The archive's entries as text, by file name. */
export function dataPackageFiles(input: DataZipInput): Record<string, string> {
  const data: AtlasData = atlasData(
    JSON.parse(input.documentJson) as PolicyDocument,
    JSON.parse(input.placesJson) as FeatureCollection<Geometry, PlaceProperties>,
  );
  return {
    'README.md': dataReadme({ data, version: input.version, dataDate: input.dataDate, files: FILES }),
    'LICENSE.md': input.licence,
    'places.geojson': input.placesJson,
    'places.csv': placesCsv(data),
    'sentences.csv': sentencesCsv(data),
    'document.json': input.documentJson,
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
