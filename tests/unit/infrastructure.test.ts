import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { polygonToLine } from '@turf/polygon-to-line';
import type { Feature, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { infrastructure } from '../../content/infrastructure.ts';
import { places } from '../../content/places.ts';
import { buildInfrastructure, infrastructureFile } from '../../scripts/infrastructure/build.ts';
import { INFRASTRUCTURE_PATH } from '../../scripts/infrastructure/output.ts';
import { distanceToLandBorderKm } from '../../src/spatial/nearest.ts';
import type { LngLat } from '../../src/spatial/spatial-context.ts';
import { ctx, data } from './spatial-fixture.ts';

const built = buildInfrastructure(infrastructure);
const byId = new Map(built.features.map((f) => [f.properties.id, f]));
const region = data.placeById.get('northeast-china') as Feature<Polygon | MultiPolygon>;
const pointOf = (f: { geometry: unknown }) => (f.geometry as Point).coordinates as LngLat;
/** A ring's outline as simple lines, which the distance function takes. */
const lines = (edge: Feature<LineString | MultiLineString>): LineString[] =>
  edge.geometry.type === 'LineString'
    ? [edge.geometry]
    : edge.geometry.coordinates.map((coordinates) => ({ type: 'LineString', coordinates }));

describe('geodata/infrastructure.geojson', () => {
  it('is what `npm run infrastructure` writes from content/infrastructure.ts', () => {
    expect(infrastructureFile(infrastructure) === readFileSync(INFRASTRUCTURE_PATH, 'utf8')).toBe(true);
  });

  it('gives every item the provenance fields of places.geojson, and marks all as context', () => {
    for (const f of built.features) {
      expect(Object.keys(f.properties)).toEqual(
        expect.arrayContaining(['id', 'name_en', 'name_zh', 'kind', 'provenance', 'opened', 'post_dates_policy', 'note', 'source']),
      );
      expect(f.properties.provenance, f.properties.id).toBe('context');
    }
  });

  it('flags exactly the items that opened after 2009 as post-dating the policy', () => {
    for (const f of built.features) expect(f.properties.post_dates_policy, f.properties.id).toBe(f.properties.opened > 2009);
  });
});

describe('the infrastructure gazetteer', () => {
  it('gives every item a kebab-case id unique across it and the places gazetteer', () => {
    const ids = [...infrastructure.map((r) => r.id), ...places.map((p) => p.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const record of infrastructure) expect(record.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('names every item in English and in Chinese characters', () => {
    for (const record of infrastructure) {
      expect(record.nameEn.trim(), record.id).not.toBe('');
      expect(record.nameZh, record.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('cites at least one checkable source and an opening year for every item', () => {
    for (const record of infrastructure) {
      expect(record.sources.length, record.id).toBeGreaterThan(0);
      for (const source of record.sources) {
        expect(source.label.trim(), record.id).not.toBe('');
        expect(new URL(source.url).protocol, `${record.id}: ${source.url}`).toMatch(/^https?:$/);
      }
      expect(Number.isInteger(record.opened) && record.opened >= 1850 && record.opened <= 2030, record.id).toBe(true);
    }
  });

  it('says in the note of every item opened after the policy that it came after', () => {
    for (const record of infrastructure.filter((r) => r.opened > 2009)) {
      expect(record.note, record.id).toMatch(/after the policy/i);
    }
  });

  it('has the ports, crossings, airports and railways the issue asks for', () => {
    const required = [
      ...['dalian', 'yingkou', 'yingkou-old-port', 'dandong', 'jinzhou', 'huludao', 'panjin'].map((p) => `port-${p}`),
      ...['suifenhe', 'hunchun', 'manzhouli', 'heihe', 'dongning', 'tongjiang', 'tongjiang-rail-bridge', 'dandong', 'erenhot', 'tumen', 'jian'].map(
        (c) => `crossing-${c}`,
      ),
      'airport-daqing-sartu', 'airport-qiqihar-sanjiazi', 'airport-suifenhe-dongning', 'airport-mudanjiang-hailang',
      'airport-shenyang-taoxian', 'airport-dalian-zhoushuizi', 'airport-harbin-taiping', 'airport-changchun-longjia',
      'rail-harbin-dalian-high-speed', 'rail-binzhou', 'rail-binsui', 'rail-shenyang-shanhaiguan', 'rail-changchun-hunchun',
    ];
    for (const id of required) expect(byId.has(id), id).toBe(true);
  });

  it.each([
    ['crossing-tongjiang-rail-bridge', true],
    ['crossing-tongjiang', false],
    ['rail-harbin-dalian-high-speed', true],
    ['port-panjin', true],
    ['rail-changchun-hunchun', true],
    ['port-dalian', false],
    ['crossing-suifenhe', false],
  ])('dates %s as post-dating the policy: %s', (id, postDates) => {
    expect(byId.get(id)?.properties.post_dates_policy).toBe(postDates);
  });

  it('puts every point inside the region, in WGS84 longitude–latitude order; a seaport or crossing at most 5 km (or its stated precision) outside it', () => {
    // The region is clipped to Natural Earth's land, whose coast and border are
    // coarser than a harbour or a river crossing: a port's quays or a crossing
    // on a border river may fall just outside it, never far.
    const outline = polygonToLine(region);
    const edges = outline.type === 'FeatureCollection' ? outline.features : [outline];
    for (const f of built.features.filter((f) => f.geometry.type === 'Point')) {
      if (f.properties.kind === 'seaport' || f.properties.kind === 'border-crossing') {
        const inside = booleanPointInPolygon(pointOf(f), region);
        const offshoreKm = inside ? 0 : Math.min(...edges.flatMap((edge) => lines(edge).map((line) => pointToLineDistance(pointOf(f), line))));
        expect(offshoreKm, f.properties.id).toBeLessThan(Math.max(5, f.properties.precision_km));
      } else {
        expect(booleanPointInPolygon(pointOf(f), region), f.properties.id).toBe(true);
      }
    }
  });

  it('draws every railway schematically through its stops, each in the region but Shanhaiguan, just outside', () => {
    for (const f of built.features.filter((f) => f.properties.kind === 'railway')) {
      const line = f.geometry as LineString;
      expect(f.properties.schematic, f.properties.id).toBe(true);
      expect(line.coordinates.length, f.properties.id).toBe(f.properties.stops.length);
      expect(line.coordinates.length, f.properties.id).toBeGreaterThanOrEqual(2);
      line.coordinates.forEach((vertex, i) => {
        // Shanhaiguan, the Shenyang–Shanhaiguan line's end, is just over the border in Hebei.
        const expected = f.properties.stops[i] !== 'Shanhaiguan';
        expect(booleanPointInPolygon(vertex, region), `${f.properties.id}: ${f.properties.stops[i]}`).toBe(expected);
      });
    }
  });

  it('puts every land border crossing within 5 km of China’s land border on the base map, or within its stated precision', () => {
    for (const f of built.features.filter((f) => f.properties.kind === 'border-crossing')) {
      expect(distanceToLandBorderKm(ctx, pointOf(f)), f.properties.id).toBeLessThan(Math.max(5, f.properties.precision_km));
      expect(['Russia', 'North Korea', 'Mongolia'], f.properties.id).toContain(f.properties.neighbour);
    }
  });

  it('puts no seaport or airport on the land border: they are at least 20 km from it, or a border town’s', () => {
    for (const f of built.features.filter((f) => f.properties.kind === 'seaport' || f.properties.kind === 'airport')) {
      const km = distanceToLandBorderKm(ctx, pointOf(f)) ?? 0;
      // Dandong's port sits at the Yalu's mouth; these airports serve border towns.
      const borderTown = [
        'port-dandong',
        'airport-manzhouli-xijiao',
        'airport-dandong-langtou',
        'airport-heihe-aihui',
        'airport-fuyuan-dongji',
      ].includes(f.properties.id);
      expect(km >= 20 || borderTown, `${f.properties.id}: ${km.toFixed(1)} km`).toBe(true);
    }
  });
});
