import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import fc from 'fast-check';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { sentencesNaming } from '../../src/content/atlas-data.ts';
import { BYTE_ORDER_MARK, type Column, csvTable } from '../../src/export/csv.ts';
import { PLACE_COLUMNS, SENTENCE_COLUMNS } from '../../src/export/data-tables.ts';
import { type DataZipInput, buildDataZip } from '../../scripts/data-package/data-zip.ts';
import { DATA_ZIP_PATH } from '../../src/data/data-zip-path.ts';
import { dataDate, readDataZipInput } from '../../scripts/data-package/inputs.ts';
import { PLACE_PROPERTY_NOTES } from '../../scripts/data-package/readme.ts';
import { INFRASTRUCTURE_COLUMNS, infrastructureCsv } from '../../scripts/data-package/infrastructure-table.ts';
import { LATER_DESIGNATION_COLUMNS } from '../../scripts/data-package/later-designations-table.ts';
import type { LaterDesignationCollection } from '../../src/content/later-designation-types.ts';
import { AIRPORTS_COMPLETE_AS_OF } from '../../content/airports.ts';
import { CROSSINGS_COMPLETE_AS_OF } from '../../content/crossings.ts';
import type { InfrastructureCollection } from '../../src/content/infrastructure-types.ts';
import { dataPackagePlugin } from '../../scripts/data-package/vite-plugin.ts';
import { parseCsv } from './csv-parse.ts';
import { loadAtlasData } from './atlas-fixture.ts';

const data = loadAtlasData();
const committed = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

const input: DataZipInput = { ...readDataZipInput(), version: '9.8.7', dataDate: '2024-02-29' };
const files = unzipSync(buildDataZip(input));
// A plain TextDecoder (and fflate's strFromU8) would drop the byte order mark this test looks for.
const text = (name: string) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(files[name]);

/** A CSV file's rows as records keyed by the header, after checking the BOM and the shape. */
function records(name: string): Record<string, string>[] {
  expect([...files[name].slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const raw = text(name);
  expect(raw.startsWith(BYTE_ORDER_MARK)).toBe(true);
  const [header, ...rows] = parseCsv(raw.slice(1));
  for (const row of rows) expect(row).toHaveLength(header.length);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']);

function isPosition(p: Position): boolean {
  return p.length >= 2 && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90 && p.every(Number.isFinite);
}

/** Problems with a geometry as RFC 7946 defines it: types, positions in WGS84 range, closed rings of four or more. */
function geometryProblems(geometry: Geometry | null): string[] {
  if (!geometry || !GEOMETRY_TYPES.has(geometry.type)) return [`type ${geometry?.type}`];
  const ring = (r: Position[]) => r.length >= 4 && r.every(isPosition) && r[0].join() === r.at(-1)!.join();
  const line = (l: Position[]) => l.length >= 2 && l.every(isPosition);
  const ok = (() => {
    switch (geometry.type) {
      case 'Point':
        return isPosition(geometry.coordinates);
      case 'MultiPoint':
        return geometry.coordinates.every(isPosition);
      case 'LineString':
        return line(geometry.coordinates);
      case 'MultiLineString':
        return geometry.coordinates.every(line);
      case 'Polygon':
        return geometry.coordinates.length > 0 && geometry.coordinates.every(ring);
      case 'MultiPolygon':
        return geometry.coordinates.length > 0 && geometry.coordinates.every((p) => p.length > 0 && p.every(ring));
      default:
        return false;
    }
  })();
  return ok ? [] : [`coordinates of ${geometry.type}`];
}

describe('the data package', () => {
  it('holds the README, the licence, the places, the sentences, the document, the infrastructure, the later designations and the city context, and nothing else', () => {
    expect(Object.keys(files).sort()).toEqual(
      [
        'LICENSE.md',
        'README.md',
        'document.json',
        'places.csv',
        'places.geojson',
        'sentences.csv',
        'infrastructure.geojson',
        'infrastructure.csv',
        'later-designations.geojson',
        'later-designations.csv',
        'city-context.geojson',
        'coast.topo.json',
      ].sort(),
    );
  });

  it('later-designations.geojson is the committed file, and its CSV has a row per designation with its date, precision and every source with the day read', () => {
    expect(text('later-designations.geojson')).toBe(committed('geodata/later-designations.geojson'));
    const later = JSON.parse(committed('geodata/later-designations.geojson')) as LaterDesignationCollection;
    const rows = records('later-designations.csv');
    expect(rows.map((r) => r.id)).toEqual(later.features.map((f) => f.properties.id));
    for (const [i, feature] of later.features.entries()) {
      const row = rows[i]!;
      const p = feature.properties;
      expect(row.date, p.id).toBe(p.date);
      expect(row.precision, p.id).toBe(p.precision);
      expect(row.lon === '', p.id).toBe(feature.geometry === null);
      for (const source of p.source) expect(row.sources, p.id).toContain(`<${source.url}> (read ${source.read})`);
    }
    expect(rows.find((r) => r.id === 'northeast-important-measures-2016')?.document_number).toBe('国发〔2016〕62号');
    const readme = text('README.md');
    expect(readme).toContain('## later-designations.geojson and later-designations.csv');
    for (const column of LATER_DESIGNATION_COLUMNS) expect(readme).toContain(`\`${column.name}\``);
  });

  it('city-context.geojson is the file the map draws, credited to GeoNames under CC BY 4.0 in the README and the licence', () => {
    expect(text('city-context.geojson')).toBe(committed('geodata/site/city-context.json'));
    for (const name of ['README.md', 'LICENSE.md']) {
      expect(text(name), name).toContain('GeoNames');
      expect(text(name), name).toContain('CC BY 4.0');
    }
    expect(text('README.md')).toContain('Natural Earth 1:10m');
  });

  it('coast.topo.json is the coast the map draws, credited to OpenStreetMap under the ODbL in the README and the licence', () => {
    expect(text('coast.topo.json')).toBe(committed('geodata/site/coast.topo.json'));
    for (const name of ['README.md', 'LICENSE.md']) {
      expect(text(name), name).toContain('© OpenStreetMap contributors');
      expect(text(name), name).toContain('ODbL');
    }
    expect(text('README.md')).toContain('## coast.topo.json');
  });

  const infrastructure = JSON.parse(committed('geodata/infrastructure.geojson')) as InfrastructureCollection;

  it('infrastructure.geojson is the committed file, so every distance can be measured again', () => {
    expect(text('infrastructure.geojson')).toBe(committed('geodata/infrastructure.geojson'));
  });

  it('infrastructure.csv has one row per item, in order, with its years, point, precision and sources', () => {
    const rows = records('infrastructure.csv');
    expect(rows.map((r) => r.id)).toEqual(infrastructure.features.map((f) => f.properties.id));
    for (const [i, feature] of infrastructure.features.entries()) {
      const row = rows[i]!;
      const p = feature.properties;
      expect(row.opened, p.id).toBe(String(p.opened));
      expect(row.closed, p.id).toBe(p.closed === null ? '' : String(p.closed));
      expect(row.precision_km, p.id).toBe(String(p.precision_km));
      if (feature.geometry.type === 'Point') expect([Number(row.lon), Number(row.lat)], p.id).toEqual(feature.geometry.coordinates);
      for (const source of p.source) expect(row.sources, p.id).toContain(source.url);
    }
    const heihe = rows.find((r) => r.id === 'crossing-heihe')!;
    expect(heihe.crossing_kinds).toBe('river 1982; road 2022; bridge 2022');
  });

  it('infrastructure.csv keeps a cell from running as a spreadsheet formula', () => {
    const [feature] = infrastructure.features;
    const hostile: InfrastructureCollection = {
      type: 'FeatureCollection',
      features: [{ ...feature!, properties: { ...feature!.properties, name_en: '=HYPERLINK("http://example.com")', note: '+1', unverified: '@x' } }],
    };
    const [, row] = parseCsv(infrastructureCsv(hostile).slice(1));
    expect(row![2]).toBe('\'=HYPERLINK("http://example.com")');
    expect(row).toContain("'+1");
    expect(row).toContain("'@x");
  });

  it('the README states each kind’s counts, open and closed, and the date as of which it is complete', () => {
    const readme = text('README.md');
    const count = (kind: string, open: boolean) =>
      infrastructure.features.filter((f) => f.properties.kind === kind && (f.properties.closed === null) === open).length;
    expect(readme).toContain(`| \`airport\` | ${count('airport', true)} | ${count('airport', false)} | ${AIRPORTS_COMPLETE_AS_OF} |`);
    expect(readme).toContain(`| \`border-crossing\` | ${count('border-crossing', true)} | ${count('border-crossing', false)} | ${CROSSINGS_COMPLETE_AS_OF} |`);
    expect(readme).toContain(`| \`seaport\` | ${count('seaport', true)} | 0 | 2025 |`);
    expect(readme).toContain('under 5 km');
    for (const column of INFRASTRUCTURE_COLUMNS) expect(readme).toContain(`\`${column.name}\``);
  });

  it('places.geojson is the committed file: a FeatureCollection of valid WGS84 geometries with unique ids', () => {
    expect(text('places.geojson')).toBe(committed('geodata/places.geojson'));
    const collection = JSON.parse(text('places.geojson')) as FeatureCollection;
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(data.places.length + data.regionWidePlaces.length);
    for (const feature of collection.features) {
      expect(feature.type).toBe('Feature');
      // A region-wide institution has no point of its own: GeoJSON's null geometry.
      if (feature.geometry === null && feature.properties?.region_wide) continue;
      expect(geometryProblems(feature.geometry), String(feature.properties?.id)).toEqual([]);
    }
    const ids = collection.features.map((f: Feature) => f.properties?.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the geometry check itself rejects an open ring and a point off the globe', () => {
    expect(geometryProblems({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] })).not.toEqual([]);
    expect(geometryProblems({ type: 'Point', coordinates: [200, 10] })).not.toEqual([]);
  });

  it('document.json is the committed file', () => {
    expect(text('document.json')).toBe(committed('geodata/document.json'));
  });

  it('places.csv has one row per place, in order, with its label point and the sentences naming it', () => {
    const rows = records('places.csv');
    expect(Object.keys(rows[0])).toEqual(PLACE_COLUMNS.map((c) => c.name));
    expect(rows.map((r) => r.id)).toEqual([...data.places, ...data.regionWidePlaces].map((p) => p.properties.id));
    const unlocated = rows.slice(data.places.length);
    expect(unlocated.length).toBeGreaterThan(0);
    for (const row of unlocated) expect([row.label_lon, row.label_lat]).toEqual(['', '']);
    for (const [i, place] of data.places.entries()) {
      const row = rows[i];
      const naming = sentencesNaming(data, place.properties.id).map((e) => e.sentence.id);
      expect(row.name_zh).toBe(place.properties.name_zh);
      expect([Number(row.label_lon), Number(row.label_lat)]).toEqual(place.properties.label_point);
      expect(Number(row.sentence_count)).toBe(naming.length);
      expect(row.sentence_ids === '' ? [] : row.sentence_ids.split(';')).toEqual(naming);
      expect(row.note).toBe(place.properties.note);
    }
  });

  it('sentences.csv has every sentence verbatim, in reading order, with its clause and the places it names', () => {
    const rows = records('sentences.csv');
    expect(Object.keys(rows[0])).toEqual(SENTENCE_COLUMNS.map((c) => c.name));
    expect(rows).toHaveLength(data.sentences.length);
    for (const [i, entry] of data.sentences.entries()) {
      expect(rows[i].id).toBe(entry.sentence.id);
      expect(rows[i].text).toBe(entry.sentence.text);
      expect(rows[i].clause).toBe(entry.clause ? String(entry.clause.number) : '');
    }
    // Quoting is exercised by the data itself: sentences with commas and with quotation marks.
    expect(rows.some((r) => r.text.includes(','))).toBe(true);
    const suifenhe = rows.filter((r) => r.place_ids.split(';').includes('suifenhe')).map((r) => r.id);
    expect(suifenhe).toEqual(sentencesNaming(data, 'suifenhe').map((e) => e.sentence.id));
  });

  it('the README gives the version, the data date, the CRS, every field, the sources, the licences and how to cite', () => {
    const readme = text('README.md');
    for (const part of ['9.8.7', '2024-02-29', 'WGS84', 'EPSG:4326', 'LICENSE.md', 'Natural Earth', 'china-geojson', 'How to cite',
      data.document.meta.documentNumber, data.document.meta.documentNumberZh, data.document.meta.translationSource.url]) {
      expect(readme).toContain(part);
    }
    for (const column of [...PLACE_COLUMNS, ...SENTENCE_COLUMNS]) expect(readme).toContain(`\`${column.name}\``);
  });

  it('the README counts the places and sentences the archive’s own files hold', () => {
    const features = (JSON.parse(text('places.geojson')) as FeatureCollection).features;
    // A place without a geometry of its own (a region-wide institution) is a place of the file too.
    expect(features.some((feature) => feature.geometry === null)).toBe(true);
    const counts = /\((\d+) sentences, (\d+) places\)/.exec(text('README.md'));
    expect(counts?.slice(1).map(Number)).toEqual([records('sentences.csv').length, features.length]);
    expect(records('places.csv')).toHaveLength(features.length);
  });

  it('the README dates the translation from its first publication, calls the copy’s date a republication, and sources the Chinese title', () => {
    const readme = text('README.md');
    const { meta } = data.document;
    expect(readme).toContain(`The translation’s date, ${meta.translationFirstPublished.date}`);
    expect(readme).toContain(meta.translationFirstPublished.source.url);
    expect(readme).toContain(`${meta.dateRepublished} (the republication’s date, not the translation’s)`);
    expect(readme).toContain(`Chinese title (${meta.titleZh})`);
    expect(readme).toContain(meta.titleZhSource.url);
  });

  it('every property of every place is described in the README', () => {
    const properties = new Set(data.places.flatMap((p) => Object.keys(p.properties)));
    expect([...properties].filter((name) => !(name in PLACE_PROPERTY_NOTES))).toEqual([]);
  });

  it('the licence covers the policy text, the compilation, Natural Earth, china-geojson and OurAirports', () => {
    const licence = text('LICENSE.md');
    expect(licence).toBe(committed('scripts/data-package/DATA-LICENSE.md'));
    for (const part of ['government document', 'reused freely', 'Natural Earth', 'public domain', 'china-geojson', 'MIT', 'OurAirports']) {
      expect(licence).toContain(part);
    }
  });

  it('is the same byte for byte when built again, in another time zone', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const east = buildDataZip(input);
      process.env.TZ = 'Pacific/Pago_Pago';
      const west = buildDataZip(input);
      expect(Buffer.from(east).equals(Buffer.from(west))).toBe(true);
    } finally {
      process.env.TZ = zone;
      if (zone === undefined) delete process.env.TZ;
    }
  });

  it('refuses a data date that is not a calendar date', () => {
    expect(() => buildDataZip({ ...input, dataDate: 'yesterday' })).toThrow(/YYYY-MM-DD/);
  });

  it('takes its date from SOURCE_DATE_EPOCH when a reproducible build sets it', () => {
    expect(dataDate({ SOURCE_DATE_EPOCH: String(Date.UTC(2023, 6, 14) / 1000) })).toBe('2023-07-14');
    expect(dataDate({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('the Vite plugin emits the archive into the build', () => {
    const emitted: { fileName?: string; source?: unknown }[] = [];
    const plugin = dataPackagePlugin();
    const generate = plugin.generateBundle as (this: unknown, ...args: unknown[]) => void;
    generate.call({ emitFile: (file: { fileName: string; source: unknown }) => emitted.push(file) });
    expect(emitted.map((f) => f.fileName)).toEqual([DATA_ZIP_PATH]);
    expect(Object.keys(unzipSync(emitted[0].source as Uint8Array))).toContain('places.geojson');
  });
});

describe('csvTable', () => {
  const columns: Column<string[]>[] = [0, 1, 2].map((i) => ({ name: `c${i}`, description: '', value: (row) => row[i] }));

  it.each([
    ['a comma', 'Harbin, Daqing'],
    ['a quote', 'the “so-called” "old" bases'],
    ['a line break', 'one\r\ntwo\nthree'],
    ['Chinese', '哈大齐工业走廊'],
    ['nothing', ''],
  ])('a field with %s reads back unchanged', (_, value) => {
    expect(parseCsv(csvTable(columns, [[value, 'x', value]]).slice(1))).toEqual([['c0', 'c1', 'c2'], [value, 'x', value]]);
  });

  it('any table of strings reads back unchanged, but for an apostrophe before what a spreadsheet would take for a formula', () => {
    const guarded = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 3, maxLength: 3 })), (rows) => {
        const parsed = parseCsv(csvTable(columns, rows).slice(1));
        expect(parsed.slice(1)).toEqual(rows.map((row) => row.map(guarded)));
      }),
    );
  });
});
