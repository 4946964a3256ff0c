/**
 * The inventories behind "nearest seaport, crossing, airport": complete per
 * kind for a stated date (README), dated, sourced, and not doubled; and the
 * answers they give for every point place, each expectation with its source.
 */
import { readFileSync } from 'node:fs';
import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { AIRPORTS_COMPLETE_AS_OF, AIRPORT_FACTS, EXCLUDED } from '../../content/airports.ts';
import { CROSSINGS_COMPLETE_AS_OF } from '../../content/crossings.ts';
import { infrastructure } from '../../content/infrastructure.ts';
import { AIRPORTS_VENDOR_PATH, vendoredAirports } from '../../scripts/ourairports/csv.ts';
import { asOf, isOpenIn } from '../../src/spatial/as-of.ts';
import { distancesFrom, straightLineKm } from '../../src/spatial/nearest.ts';
import type { LngLat } from '../../src/spatial/spatial-context.ts';
import { ctx, placesCollection } from './spatial-fixture.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const vendored = vendoredAirports(readFileSync(AIRPORTS_VENDOR_PATH, 'utf8'));

/** The README's inventory table: kind → open count, closed count, as-of date. */
function readmeCounts(): Map<string, { open: number; closed: number; asOf: string }> {
  const start = readme.indexOf('<!-- inventory-counts -->');
  const end = readme.indexOf('<!-- /inventory-counts -->');
  expect(start, 'README has the inventory table').toBeGreaterThan(0);
  const rows = readme
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('| `'));
  return new Map(
    rows.map((line) => {
      const [, kind, open, closed, asOfDate] = line.split('|').map((cell) => cell.trim());
      return [(kind ?? '').replaceAll('`', ''), { open: Number(open), closed: Number(closed), asOf: asOfDate ?? '' }];
    }),
  );
}

describe('the inventories', () => {
  it('state in the README, per kind, the count the data holds and a date as of which it is complete', () => {
    const counts = readmeCounts();
    expect([...counts.keys()].sort()).toEqual(['airport', 'border-crossing', 'railway', 'seaport']);
    for (const [kind, stated] of counts) {
      const items = infrastructure.filter((r) => r.kind === kind);
      expect(stated.open, kind).toBe(items.filter((r) => r.closed === undefined).length);
      expect(stated.closed, kind).toBe(items.filter((r) => r.closed !== undefined).length);
      if (kind !== 'railway') expect(stated.asOf, kind).toMatch(/^\d{4}(-\d{2}-\d{2})?$/);
    }
    // The data's own dates, which the README must repeat.
    expect(counts.get('airport')?.asOf).toBe(AIRPORTS_COMPLETE_AS_OF);
    expect(counts.get('border-crossing')?.asOf).toBe(CROSSINGS_COMPLETE_AS_OF);
  });

  it('give every item a source, an opening year, a closing year after it if closed, and a precision', () => {
    for (const r of infrastructure) {
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      expect(Number.isInteger(r.opened), r.id).toBe(true);
      if (r.closed !== undefined) expect(r.closed, r.id).toBeGreaterThan(r.opened);
      expect(r.precisionKm, r.id).toBeGreaterThan(0);
      if (r.unverified !== undefined) expect(r.unverified.trim(), r.id).not.toBe('');
    }
  });

  it('say what is unverified wherever the only source is the airport list, and mark such years approximate', () => {
    for (const [ident, facts] of Object.entries(AIRPORT_FACTS)) {
      if (facts.sources.length > 0) continue;
      expect(facts.unverified, ident).toMatch(/opening year/);
      expect(facts.openedApproximate, ident).toBe(true);
    }
  });

  it('date every crossing’s kinds, and open it in the year of its first kind', () => {
    for (const r of infrastructure.filter((r) => r.kind === 'border-crossing')) {
      const kinds = r.crossingKinds ?? [];
      expect(kinds.length, r.id).toBeGreaterThan(0);
      expect(r.opened, r.id).toBe(Math.min(...kinds.map((k) => k.opened)));
    }
    const heihe = infrastructure.find((r) => r.id === 'crossing-heihe');
    expect(heihe?.crossingKinds?.filter((k) => isOpenIn(k, 2009)).map((k) => k.kind)).toEqual(['river']);
    expect(heihe?.crossingKinds?.filter((k) => isOpenIn(k, 2023)).map((k) => k.kind)).toEqual(['river', 'road', 'bridge']);
  });

  it('list every airport OurAirports gives scheduled service, and leave out only rows it does not, each with a reason', () => {
    for (const row of vendored) {
      const listed = row.ident in AIRPORT_FACTS;
      if (row.scheduled_service === 'yes') expect(listed, row.ident).toBe(true);
      else expect(listed || row.ident in EXCLUDED, `${row.ident} is listed or excluded with a reason`).toBe(true);
    }
    for (const ident of Object.keys(EXCLUDED)) expect(ident in AIRPORT_FACTS, ident).toBe(false);
  });

  it('never puts two items of a kind within 1 km of each other', () => {
    const points = infrastructure.flatMap((r) => (r.geometry.kind === 'point' ? [{ r, at: r.geometry.lonLat }] : []));
    for (const [i, a] of points.entries()) {
      for (const b of points.slice(i + 1)) {
        if (a.r.kind !== b.r.kind) continue;
        expect(straightLineKm(a.at, b.at), `${a.r.id} and ${b.r.id}`).toBeGreaterThan(1);
      }
    }
  });
});

describe('asOf', () => {
  const items = [
    { id: 'old', opened: 1903 },
    { id: 'replaced', opened: 1985, closed: 2025 },
    { id: 'new', opened: 2025 },
  ];

  it('keeps what was open in a year: opened by then, and not yet closed', () => {
    expect(asOf(items, 1902).map((i) => i.id)).toEqual([]);
    expect(asOf(items, 1985).map((i) => i.id)).toEqual(['old', 'replaced']);
    expect(asOf(items, 2024).map((i) => i.id)).toEqual(['old', 'replaced']);
    expect(asOf(items, 2025).map((i) => i.id)).toEqual(['old', 'new']);
  });

  it('filters the real inventory: Panjin’s port is not there in 2009, the Tongjiang bridge is in 2022', () => {
    const ids = (year: number) => asOf(infrastructure, year).map((r) => r.id);
    expect(ids(2009)).not.toContain('port-panjin');
    expect(ids(2010)).toContain('port-panjin');
    expect(ids(2021)).not.toContain('crossing-tongjiang-rail-bridge');
    expect(ids(2022)).toContain('crossing-tongjiang-rail-bridge');
    expect(ids(2004)).toContain('airport-changchun-dafangshen');
    expect(ids(2005)).not.toContain('airport-changchun-dafangshen');
  });
});

/**
 * The expected nearest facilities, today, from every point place. Each row
 * says where its expectation comes from; `km` bounds are given where a source
 * states a distance.
 */
type Expect = { id: string | string[]; km?: [number, number] };
const EXPECTED: Record<string, { seaport: Expect; crossing: Expect; airport: Expect; source: string }> = {
  dalian: {
    seaport: { id: 'port-dalian' }, crossing: { id: 'crossing-dandong' }, airport: { id: 'airport-dalian-zhoushuizi', km: [8, 12] },
    source: 'fact-check 2 (shared/research): Zhoushuizi 10.0 km; Dandong the only crossing in Liaoning',
  },
  harbin: {
    seaport: { id: 'port-yingkou-old-port' }, crossing: { id: 'crossing-suifenhe' }, airport: { id: 'airport-harbin-taiping', km: [30, 37] },
    source: 'fact-check 2: Taiping 33.8 km; Yingkou’s old port the nearest working since 1861 (China Daily, 19 Sep 2005)',
  },
  daqing: {
    seaport: { id: 'port-yingkou-old-port' }, crossing: { id: 'crossing-sunwu' }, airport: { id: 'airport-daqing-sartu', km: [15, 21] },
    source: 'issue 18 and fact-check 2: Daqing Sartu (opened 1 Sep 2009) about 18 km from the city',
  },
  yanji: {
    seaport: { id: 'port-dandong' }, crossing: { id: ['crossing-tumen', 'crossing-kaishantun'], km: [25, 35] }, airport: { id: 'airport-yanji-chaoyangchuan', km: [2, 7] },
    source: 'issue 18: the Tumen road and rail port about 30 km from Yanji (239364.com); Kaishantun, as near, is placed approximately',
  },
  suifenhe: {
    seaport: { id: 'port-dandong' }, crossing: { id: 'crossing-suifenhe', km: [0, 5] }, airport: { id: 'airport-suifenhe-dongning' },
    source: 'biang.ru, March 2025: Mudanjiang closed and Suifenhe Dongning opened on 30 March 2025',
  },
  shenyang: {
    seaport: { id: 'port-yingkou-old-port', km: [150, 170] }, crossing: { id: 'crossing-dandong' }, airport: { id: 'airport-shenyang-taoxian', km: [15, 22] },
    source: 'fact-check 2: Yingkou old port ~160 km, Taoxian 18.8 km',
  },
  changchun: {
    seaport: { id: 'port-yingkou-old-port', km: [430, 450] }, crossing: { id: 'crossing-linjiang' }, airport: { id: 'airport-changchun-longjia', km: [28, 34] },
    source: 'fact-check 2: Yingkou old port ~439 km, Longjia 30.8 km; Linjiang on the Yalu is the nearest listed crossing (its status unverified)',
  },
  tonghua: {
    seaport: { id: 'port-dandong' }, crossing: { id: 'crossing-jian', km: [60, 80] }, airport: { id: 'airport-tonghua-sanyuanpu' },
    source: 'issue 18: the Ji’an crossing about 70 km from Tonghua (searchnavi.com, 9 Apr 2019); Tonghua’s own airport at Sanyuanpu',
  },
  qiqihar: {
    seaport: { id: 'port-yingkou-old-port' }, crossing: { id: 'crossing-arxan' }, airport: { id: 'airport-qiqihar-sanjiazi', km: [8, 16] },
    source: 'issue 18: Qiqihar Sanjiazi about 10 km north of the city (anyonetrip.com)',
  },
  'jilin-city': {
    seaport: { id: 'port-dandong' }, crossing: { id: 'crossing-linjiang' }, airport: { id: 'airport-changchun-longjia' },
    source: 'Longjia serves Changchun and Jilin City (Wikipedia); Jilin Ertaizi has no scheduled service (OurAirports)',
  },
  tumen: {
    seaport: { id: 'port-dandong' }, crossing: { id: 'crossing-hunchun', km: [15, 30] }, airport: { id: 'airport-yanji-chaoyangchuan' },
    source: 'the atlas places the Tumen River area at Hunchun; the Changlingzi road port is east of the city',
  },
};
// Sites inside a city answer as the city does.
for (const [site, city] of [
  ['shenyang-tiexi', 'shenyang'], ['logistics-shenyang', 'shenyang'], ['dalian-equipment-manufacturing-clusters', 'dalian'],
  ['dalian-commodity-exchange', 'dalian'], ['logistics-dalian', 'dalian'], ['logistics-harbin', 'harbin'],
  ['changchun-automobile-zone', 'changchun'], ['changchun-railway-equipment-park', 'changchun'], ['logistics-changchun', 'changchun'],
] as const) {
  const { km: _a, ...airport } = EXPECTED[city]!.airport;
  const { km: _s, ...seaport } = EXPECTED[city]!.seaport;
  const { km: _c, ...crossing } = EXPECTED[city]!.crossing;
  EXPECTED[site] = { seaport, crossing, airport, source: `inside ${city}: as ${city}` };
}
EXPECTED['dalian-eco-industrial-demonstration-zone'] = {
  seaport: { id: 'port-yingkou' }, crossing: { id: 'crossing-dandong' }, airport: { id: 'airport-changhai-dachangshandao' },
  source: 'the park’s point is at Zhuanghe, north-east of Dalian: Bayuquan and the Changhai island airport are nearer than Dalian’s',
};

describe('the nearest facilities from every point place, today', () => {
  const pointPlaces = placesCollection.features.filter((f) => f.geometry?.type === 'Point');

  it('has an expectation for every point place', () => {
    expect(pointPlaces.map((f) => f.properties.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (id, expected) => {
    const place = pointPlaces.find((f) => f.properties.id === id);
    const d = distancesFrom(ctx, (place?.geometry as Point).coordinates as LngLat);
    const check = (label: string, near: typeof d.airport, want: Expect) => {
      const ids = Array.isArray(want.id) ? want.id : [want.id];
      expect(ids, `${id} → ${label} (${expected.source})`).toContain(near?.item.properties.id);
      if (want.km) {
        expect(near?.km, `${id} → ${label} km`).toBeGreaterThanOrEqual(want.km[0]);
        expect(near?.km, `${id} → ${label} km`).toBeLessThanOrEqual(want.km[1]);
      }
    };
    check('seaport', d.seaport, expected.seaport);
    check('crossing', d.borderCrossing, expected.crossing);
    check('airport', d.airport, expected.airport);
  });
});
