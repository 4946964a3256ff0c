import { describe, expect, it } from 'vitest';
import { BYTE_ORDER_MARK as BOM } from '../../src/export/csv.ts';
import { type CompareCsvLabels, compareCsv } from '../../src/spatial/compare-csv.ts';
import { compareRows } from '../../src/spatial/compare.ts';
import { LAND_BORDER_PRECISION_KM, distancesFrom, underLandBorderPrecision } from '../../src/spatial/nearest.ts';
import { STRINGS } from '../../src/i18n/index.ts';
import { parseCsv } from './csv-parse.ts';
import { whatsHere } from '../../src/spatial/whats-here.ts';
import { ctx, data } from './spatial-fixture.ts';

const EN: CompareCsvLabels = {
  lang: 'en',
  place: 'Place',
  designations: 'Designations',
  zones: 'Lies in',
  sentenceCount: 'Sentences',
  clauses: 'Clauses',
  seaport: 'Nearest seaport',
  borderCrossing: 'Nearest border crossing',
  airport: 'Nearest airport',
  kmOf: '{what}, straight-line km',
  landBorderKm: 'Land border, straight-line km',
  landBorderUnderPrecision: 'under 5 km (border accurate to about 5 km)',
  openedOf: '{what}, opened',
  searchedHeading: 'Chosen from',
  searched: 'Nearest of the 7 seaports listed as open as of 2025.',
  asOfHeading: 'As of',
  asOf: 2025,
  clause: 'clause {n}',
  opening: 'opening',
  preamble: 'preamble',
};
const ZH: CompareCsvLabels = { ...EN, lang: 'zh', place: '地点', clause: '第{n}条' };

describe('compare rows', () => {
  it('keep known ids in the order given, each once, dropping unknown ones', () => {
    const rows = compareRows(['dalian', 'atlantis', 'harbin', 'dalian', '', 'yanji'], ctx);
    expect(rows.map((r) => r.place.properties.id)).toEqual(['dalian', 'harbin', 'yanji']);
  });

  it('hold at most four places', () => {
    expect(compareRows(['dalian', 'harbin', 'yanji', 'shenyang', 'changchun'], ctx)).toHaveLength(4);
  });

  it('count the sentences naming each place and list their clauses once each, in reading order', () => {
    for (const row of compareRows(['dalian', 'harbin', 'liaoning-coastal-economic-zone', 'northeast-china'], ctx)) {
      const ids = row.place.properties.sentences;
      expect(row.sentenceCount, row.place.properties.id).toBe(ids.length);
      const expected = [...new Set(ids.map((id) => data.sentenceById.get(id)!.clause?.id ?? data.sentenceById.get(id)!.part))];
      expect(row.clauses.map((c) => c.id), row.place.properties.id).toEqual(expected);
    }
  });

  it('give each city the zones that “what’s here” finds at its point, and the same distances', () => {
    for (const row of compareRows(['dalian', 'harbin', 'yanji'], ctx)) {
      const here = whatsHere(row.point, ctx);
      if (here.kind !== 'inside') throw new Error('expected inside');
      expect(row.zones.map((z) => z.properties.id)).toEqual(here.zones.map((z) => z.place.properties.id));
      expect(row.distances).toEqual(here.distances);
    }
  });

  it('never list a zone as lying in itself', () => {
    const [row] = compareRows(['liaoning-coastal-economic-zone'], ctx);
    expect(row?.zones.map((z) => z.properties.id)).not.toContain('liaoning-coastal-economic-zone');
  });

  it('answer for the year asked: Daqing’s nearest airport as of 2008 is not Sartu (2009), as of 2025 it is', () => {
    const airport = (year: number) => compareRows(['daqing'], ctx, undefined, { openedBy: year })[0]?.distances.airport?.item.properties.id;
    expect(airport(2008)).not.toBe('airport-daqing-sartu');
    expect(airport(2025)).toBe('airport-daqing-sartu');
  });

  it('take designations from the callback, place by place', () => {
    const rows = compareRows(['dalian', 'yanji'], ctx, (place) => [`designation of ${place.properties.id}`]);
    expect(rows.map((r) => r.designations)).toEqual([['designation of dalian'], ['designation of yanji']]);
  });
});

describe('the compare CSV', () => {
  const rows = compareRows(['dalian', 'harbin', 'yanji'], ctx, (place) =>
    place.properties.id === 'dalian' ? ['Service outsourcing, demonstration city', 'Hi-tech base'] : [],
  );
  const csv = compareCsv(rows, EN);
  const lines = csv.slice(BOM.length).split('\r\n');

  it('starts with a UTF-8 byte-order mark and ends every line with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(BOM.length).replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('has a header and one line per place, in the reader’s language', () => {
    expect(lines.slice(0, -1)).toHaveLength(4);
    expect(lines[0]).toBe(
      'Place,Designations,Lies in,Sentences,Clauses,' +
        'Nearest seaport,"Nearest seaport, opened","Nearest seaport, straight-line km",' +
        'Nearest border crossing,"Nearest border crossing, opened","Nearest border crossing, straight-line km",' +
        'Nearest airport,"Nearest airport, opened","Nearest airport, straight-line km",' +
        '"Land border, straight-line km",Chosen from,As of',
    );
    const zone = data.placeById.get('liaoning-coastal-economic-zone')!.properties.name_en;
    expect(lines[1]?.startsWith(`Dalian,"Service outsourcing, demonstration city; Hi-tech base",${zone},`)).toBe(true);
    expect(compareCsv(rows, ZH).split('\r\n')[1]?.startsWith('大连市,')).toBe(true);
  });

  it('writes distances in whole straight-line km and clauses by number', () => {
    const [dalian] = rows;
    const cells = lines[1]!.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
    expect(cells[4]).toBe('clause 5; clause 6');
    expect(cells[5]).toBe(dalian!.distances.seaport!.item.properties.name_en);
    expect(cells[7]).toBe(String(Math.round(dalian!.distances.seaport!.km)));
    expect(cells[14]).toBe(String(Math.round(dalian!.distances.landBorderKm!)));
  });

  it('gives each nearest facility’s opening year, and on every row what the answers were chosen from', () => {
    const table = parseCsv(csv.slice(BOM.length));
    for (const [i, row] of rows.entries()) {
      const cells = table[i + 1]!;
      const { seaport, borderCrossing, airport } = row.distances;
      expect(cells.slice(5, 14), row.place.properties.id).toEqual(
        [seaport, borderCrossing, airport].flatMap((near) => [near!.item.properties.name_en, String(near!.item.properties.opened), String(Math.round(near!.km))]),
      );
      expect(cells[15]).toBe(EN.searched);
      expect(cells[16]).toBe('2025');
    }
  });

  it('writes “under 5 km” with the reason, not a number, for a place nearer the land border than its precision', () => {
    // No place's label point is that near (Tumen's is about 10 km), so a row is moved to 3.2 km.
    const near = { ...rows[0]!, distances: { ...rows[0]!.distances, landBorderKm: LAND_BORDER_PRECISION_KM - 1.8 } };
    const cells = parseCsv(compareCsv([near, rows[1]!], EN).slice(BOM.length));
    expect(cells[1]![14]).toBe(EN.landBorderUnderPrecision);
    expect(cells[2]![14]).toBe(String(Math.round(rows[1]!.distances.landBorderKm!)));
  });

});

describe('distances to the land border below its precision', () => {
  it('are under the precision only below 5 km', () => {
    expect(underLandBorderPrecision(4.9)).toBe(true);
    expect(underLandBorderPrecision(5)).toBe(false);
    expect(underLandBorderPrecision(120)).toBe(false);
  });

  it('are worded as “under 5 km” with the reason in both languages', () => {
    expect(STRINGS.en.underLandBorderPrecision(5)).toMatch(/^under 5 km \(the border line is accurate to about 5 km/);
    expect(STRINGS.zh.underLandBorderPrecision(5)).toMatch(/^小于5公里（边界线的位置可能与实际相距约5公里/);
  });

  it('apply to a spot on the Yalu but not to Shenyang', () => {
    expect(underLandBorderPrecision(distancesFrom(ctx, [124.39, 40.12]).landBorderKm!)).toBe(true);
    expect(underLandBorderPrecision(distancesFrom(ctx, data.placeById.get('shenyang')!.properties.label_point!).landBorderKm!)).toBe(false);
  });
});
