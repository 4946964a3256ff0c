import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { area } from '@turf/area';
import { booleanValid } from '@turf/boolean-valid';
import { difference } from '@turf/difference';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { places } from '../../content/places.ts';
import { buildContentFiles } from '../../scripts/content/build.ts';
import { DOCUMENT_PATH, PLACES_PATH, SITE_BASEMAP_PATH, SITE_PLACES_PATH } from '../../scripts/content/output.ts';
import { areaKm2, clipToLand, corridorBand } from '../../scripts/content/places.ts';
import { mentions } from '../../content/mentions.ts';
import { withoutSlivers } from '../../scripts/geodata/geometry.ts';
import { BASEMAP_PATH } from '../../scripts/geodata/output.ts';
import { CATEGORIES } from '../../src/content/categories.ts';
import type { PlaceProperties } from '../../src/content/atlas-data.ts';

type Area = Polygon | MultiPolygon;

const built = buildContentFiles();
const openData = JSON.parse(built.places) as FeatureCollection<Geometry | null, PlaceProperties>;
// Places with a geometry; the one without (a region-wide platform) is checked on its own.
const collection = {
  ...openData,
  features: openData.features.filter((f): f is Feature<Geometry, PlaceProperties> => f.geometry !== null),
};
const byId = new Map(collection.features.map((f) => [f.properties.id, f]));
const topology = JSON.parse(readFileSync(BASEMAP_PATH, 'utf8')) as Topology;
const divisions = (feature(topology, topology.objects.divisions) as FeatureCollection<Area, Record<string, string>>)
  .features;
const region = byId.get('northeast-china') as Feature<Area, PlaceProperties>;

const pointOf = (f: Feature<Geometry, PlaceProperties>) => (f.geometry as Point).coordinates as [number, number];
const divisionOf = (point: [number, number]) => divisions.find((d) => booleanPointInPolygon(point, d))?.properties.id;
const cities = collection.features.filter((f) => f.properties.category === 'city');
const zones = collection.features.filter((f) => places.find((p) => p.id === f.properties.id)?.geometry.kind === 'divisions');

describe('the open data files', () => {
  it('are what is committed in geodata/, with the site’s copies (run `npm run content` after changing content)', () => {
    expect(built.places === readFileSync(PLACES_PATH, 'utf8')).toBe(true);
    expect(built.document === readFileSync(DOCUMENT_PATH, 'utf8')).toBe(true);
    expect(built.sitePlaces === readFileSync(SITE_PLACES_PATH, 'utf8')).toBe(true);
    expect(built.siteBasemap === readFileSync(SITE_BASEMAP_PATH, 'utf8')).toBe(true);
  });

  it('give every place the documented properties', () => {
    for (const place of openData.features) {
      expect(Object.keys(place.properties)).toEqual(
        expect.arrayContaining([
          'id',
          'name_en',
          'name_zh',
          'category',
          'sentences',
          'region_sentences',
          'designations',
          'approximation',
          'region_wide',
          'source',
        ]),
      );
    }
  });

  it('split the region’s sentences into explicit namings and links by default', () => {
    const props = byId.get('northeast-china')?.properties;
    const explicit = mentions.filter((m) => m.place === 'northeast-china' && m.words !== null).map((m) => m.sentence);
    const byDefault = mentions.filter((m) => m.place === 'northeast-china' && m.words === null).map((m) => m.sentence);
    expect(props?.sentences).toEqual(explicit);
    expect(props?.region_sentences).toEqual(byDefault);
    expect(explicit.length).toBe(22);
    expect(byDefault.length).toBe(37);
  });

  it('give no place but the region sentences linked by default', () => {
    const others = openData.features.filter((f) => f.properties.id !== 'northeast-china' && f.properties.region_sentences.length > 0);
    expect(others.map((f) => f.properties.id)).toEqual([]);
  });

  it('show the property transaction platform without a point, as serving the whole region', () => {
    const platform = openData.features.find((f) => f.properties.id === 'northeast-property-rights-exchange-platform');
    expect(platform?.geometry).toBeNull();
    expect(platform?.properties.label_point).toBeNull();
    expect(platform?.properties.region_wide).toBe('northeast-china');
    expect(platform?.properties.sentences).toEqual(['I.5.s6']);
  });
});

describe('clipToLand', () => {
  const square = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
    type: 'Polygon',
    coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]],
  });

  it('keeps the part of an area on land and drops the sea', () => {
    const clipped = clipToLand(square(0, 0, 2, 1), square(0, 0, 1, 1));
    expect(area({ type: 'Feature', properties: {}, geometry: clipped })).toBeCloseTo(
      area({ type: 'Feature', properties: {}, geometry: square(0, 0, 1, 1) }),
      -3,
    );
  });

  it('leaves an area wholly on land as it is', () => {
    const inland = square(0.2, 0.2, 0.8, 0.8);
    expect(clipToLand(inland, square(0, 0, 1, 1))).toEqual(inland);
  });
});

describe('the gazetteer', () => {
  it('cites, in each note, only clauses where the place is quoted, or says why not', () => {
    const quotedClauses = (id: string) =>
      new Set(mentions.filter((m) => m.place === id).map((m) => Number(/^I\.(\d+)\./.exec(m.sentence)?.[1])));
    const unexplained = places.flatMap((place) =>
      [...place.note.matchAll(/\bclauses? (\d+)/gi)]
        .map((match) => Number(match[1]))
        .filter(
          (clause) =>
            !quotedClauses(place.id).has(clause) &&
            !(place.unquotedClauses ?? []).some((u) => u.clause === clause && u.reason.length > 0),
        )
        .map((clause) => `${place.id}: clause ${clause}`),
    );
    expect(unexplained).toEqual([]);
  });

  it('gives Daqing a quote or a reason for each clause its note cites', () => {
    const daqing = places.find((p) => p.id === 'daqing');
    expect(daqing?.note).toMatch(/clause 5/);
    expect(daqing?.note).toMatch(/clause 6/);
    expect(daqing?.unquotedClauses?.map((u) => u.clause)).toEqual([6]);
  });

  it('does not put the Tumen of Changchun–Jilin–Tumen on Tumen city, but in the Tumen River area (Yanbian)', () => {
    const tumen = byId.get('tumen') as Feature<Point, PlaceProperties>;
    expect(tumen.properties.name_en).toBe('Tumen River area');
    expect(divisionOf(pointOf(tumen))).toBe('222400');
    // Tumen city's own coordinate (42°58′N 129°51′E) is more than 30 km away.
    expect(Math.hypot(pointOf(tumen)[0] - 129.85, pointOf(tumen)[1] - 42.9667)).toBeGreaterThan(0.3);
  });

  it('gives every place a unique kebab-case id', () => {
    const ids = places.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('writes every place’s note in Chinese as well, citing the same clauses', () => {
    for (const place of places) {
      // Chinese throughout: only English words quoted (the translation's, or a name) stay English.
      expect(place.noteZh.replace(/“[^”]*”/g, ''), place.id).not.toMatch(/[A-Za-z]{2,}/);
      expect(place.noteZh, place.id).toMatch(/[\u4e00-\u9fff]{6,}/);
      const clauses = (text: RegExp, note: string) => [...note.matchAll(text)].map((m) => m[1]).sort();
      expect(clauses(/第(\d+)条/g, place.noteZh), place.id).toEqual(clauses(/clause (\d+)/gi, place.note));
    }
  });

  it('names every place in English and in Chinese characters', () => {
    for (const place of places) {
      expect(place.nameEn.trim(), place.id).not.toBe('');
      expect(place.nameZh, place.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('cites at least one checkable source for every place', () => {
    for (const place of places) {
      expect(place.sources.length, place.id).toBeGreaterThan(0);
      for (const source of place.sources) {
        expect(source.label.trim(), place.id).not.toBe('');
        expect(new URL(source.url).protocol, `${place.id}: ${source.url}`).toMatch(/^https?:$/);
      }
    }
  });

  it('uses only categories of the category table', () => {
    const known = new Set(CATEGORIES.map((c) => c.id));
    for (const place of places) expect(known, place.id).toContain(place.category);
  });

  it('puts every point inside the region’s divisions, in WGS84 longitude–latitude order', () => {
    for (const place of collection.features.filter((f) => f.geometry.type === 'Point')) {
      const [lon, lat] = pointOf(place);
      expect(lon, place.properties.id).toBeGreaterThan(lat);
      expect(divisionOf([lon, lat]), place.properties.id).toBeDefined();
    }
  });

  it('places each city in the division that bears its name or contains it', () => {
    const expected: Record<string, string> = {
      dalian: '210200',
      shenyang: '210100',
      changchun: '220100',
      harbin: '230100',
      daqing: '230600',
      qiqihar: '230200',
      tonghua: '220500',
      'jilin-city': '220200',
      yanji: '222400',
      tumen: '222400',
      suifenhe: '231000',
    };
    for (const [id, division] of Object.entries(expected)) {
      const place = byId.get(id);
      expect(place, id).toBeDefined();
      expect(divisionOf(pointOf(place as Feature<Geometry, PlaceProperties>)), id).toBe(division);
    }
  });
});

describe('zone polygons', () => {
  // OGC allows the polygons of a multipolygon to touch at a point (the
  // Fangchuan tip of Yanbian does); turf's validator does not, so each
  // polygon is validated alone and the parts are checked not to overlap.
  it('are valid polygons whose parts do not overlap', () => {
    for (const zone of [...zones, byId.get('harbin-daqing-qiqihar-corridor') as Feature<Area, PlaceProperties>]) {
      const parts = zone.geometry.type === 'Polygon' ? [zone.geometry.coordinates] : (zone.geometry as MultiPolygon).coordinates;
      const asFeature = (coordinates: Polygon['coordinates']): Feature<Polygon> => ({
        type: 'Feature',
        properties: {},
        geometry: { type: 'Polygon', coordinates },
      });
      for (const part of parts) expect(booleanValid(asFeature(part)), zone.properties.id).toBe(true);
      const summed = parts.reduce((sum, part) => sum + area(asFeature(part)), 0);
      expect(area(zone as Feature<Area>) / summed, zone.properties.id).toBeCloseTo(1, 6);
    }
  });

  it('lie inside the region', () => {
    for (const zone of zones) {
      const outside = difference({ type: 'FeatureCollection', features: [zone as Feature<Area>, region] });
      const share = outside ? area(outside) / area(zone as Feature<Area>) : 0;
      expect(share, zone.properties.id).toBeLessThan(1e-6);
    }
  });

  it('contain each member division’s label point and no other division’s', () => {
    const labels = (feature(topology, topology.objects.labels) as FeatureCollection<Point, Record<string, string>>)
      .features.filter((l) => l.properties.kind === 'division');
    for (const zone of zones) {
      const members = new Set(zone.properties.members.map((m) => m.id));
      for (const label of labels) {
        const inside = booleanPointInPolygon(label.geometry.coordinates, zone as Feature<Area>);
        expect(inside, `${zone.properties.id} / ${label.properties.name_en}`).toBe(members.has(label.properties.id));
      }
    }
  });

  it('contain each member city and no other city', () => {
    for (const zone of zones) {
      const members = new Set(zone.properties.members.map((m) => m.id));
      for (const city of cities) {
        const inside = booleanPointInPolygon(pointOf(city), zone as Feature<Area>);
        const division = divisionOf(pointOf(city)) ?? '';
        expect(inside, `${zone.properties.id} / ${city.properties.id}`).toBe(members.has(division));
      }
    }
  });

  it('put the corridor’s band over Harbin, Daqing and Qiqihar and no other city', () => {
    const corridor = byId.get('harbin-daqing-qiqihar-corridor') as Feature<Area, PlaceProperties>;
    for (const city of cities) {
      const inside = booleanPointInPolygon(pointOf(city), corridor);
      expect(inside, city.properties.id).toBe(['harbin', 'daqing', 'qiqihar'].includes(city.properties.id));
    }
  });

  it('have at most 1 % of their area off the base map’s land', () => {
    const land = (feature(topology, topology.objects.land) as FeatureCollection<Area>).features[0];
    for (const zone of zones) {
      const offLand = difference({ type: 'FeatureCollection', features: [zone as Feature<Area>, land] });
      const share = offLand ? area(offLand) / area(zone as Feature<Area>) : 0;
      expect(share, zone.properties.id).toBeLessThan(0.01);
    }
  });

  it('leave the Changshan waters out of the Liaoning coastal zone (about 56,400 km² of land)', () => {
    const coastal = byId.get('liaoning-coastal-economic-zone') as Feature<Area, PlaceProperties>;
    expect(areaKm2(coastal.geometry)).toBeGreaterThan(54000);
    expect(areaKm2(coastal.geometry)).toBeLessThan(58000);
  });

  it('give the drawn area, the actual one where known, and a source where the zone is drawn larger than meant', () => {
    const approximated = openData.features.filter((f) => f.properties.approximation !== null);
    expect(approximated.map((f) => f.properties.id).sort()).toEqual(
      ['changchun-jilin-tumen', 'east-inner-mongolia-energy-base', 'liaoning-coastal-economic-zone'].sort(),
    );
    for (const place of approximated) {
      const a = place.properties.approximation;
      expect(a?.drawn_km2, place.properties.id).toBe(areaKm2(place.geometry as Area));
      if (a?.actual_km2 != null) expect(a.actual_km2, place.properties.id).toBeLessThan(a.drawn_km2);
      expect(a?.source.url, place.properties.id).toMatch(/^https?:\/\//);
      expect(a?.note_zh, place.properties.id).toMatch(/[\u4e00-\u9fff]/);
    }
    const changjitu = byId.get('changchun-jilin-tumen')?.properties.approximation;
    expect(changjitu?.actual_km2).toBe(73000);
    expect(changjitu?.drawn_km2).toBeGreaterThan(85000);
  });

  it('have no sliver holes left by uniting divisions', () => {
    for (const zone of zones) {
      const rings = zone.geometry.type === 'Polygon' ? [zone.geometry.coordinates] : (zone.geometry as MultiPolygon).coordinates;
      expect(rings.every((polygon) => polygon.length === 1), zone.properties.id).toBe(true);
    }
  });
});

describe('corridorBand', () => {
  it('is a band of the given half-width around the line', () => {
    const band = corridorBand(
      [
        [126, 45],
        [127, 45],
      ],
      10,
    );
    const inside = (lon: number, lat: number) => booleanPointInPolygon([lon, lat], band);
    expect(inside(126.5, 45.05)).toBe(true); // about 5.6 km off the line
    expect(inside(126.5, 45.12)).toBe(false); // about 13 km off the line
  });
});

describe('withoutSlivers', () => {
  const ring = (x0: number, y0: number, size: number) => [
    [x0, y0],
    [x0 + size, y0],
    [x0 + size, y0 + size],
    [x0, y0 + size],
    [x0, y0],
  ];

  it('drops small holes and keeps large ones', () => {
    const result = withoutSlivers({ type: 'Polygon', coordinates: [ring(0, 0, 10), ring(1, 1, 0.01), ring(5, 5, 2)] }, 0.1);
    expect(result.coordinates).toEqual([ring(0, 0, 10), ring(5, 5, 2)]);
  });
});

describe('the category table', () => {
  it('labels every category in English and Chinese', () => {
    for (const category of CATEGORIES) {
      expect(category.labelEn).not.toBe('');
      expect(category.labelZh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('gives a marker shape to exactly the categories drawn as points', () => {
    for (const category of CATEGORIES) {
      expect(category.shape === 'none', category.id).toBe(category.rendering !== 'point');
    }
  });
});
