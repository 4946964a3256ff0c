import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { scalePlaces } from '../../scripts/bench/scale-places.ts';
import { PLACES_PATH } from '../../scripts/content/output.ts';
import { type PlaceFeature, type PlaceProperties, atlasData } from '../../src/content/atlas-data.ts';
import { designationById } from '../../src/content/designations.ts';
import type { PolicyDocument } from '../../src/content/types.ts';
import { pointSymbols } from '../../src/map/point-symbols.ts';

// Read as the benchmark reads it; scalePlaces leaves the one place without geometry without one.
const geojson = JSON.parse(readFileSync(PLACES_PATH, 'utf8')) as FeatureCollection<Geometry, PlaceProperties & Record<string, unknown>>;
const noText = { opening: { sentences: [] }, preamble: { sentences: [] }, sections: [] } as unknown as PolicyDocument;

/** The places ten times over (the benchmark's copies), so that cities crowd and zones overlap. */
const places = atlasData(noText, scalePlaces(geojson, 10)).places;
const symbols = pointSymbols(places);
const points = places.filter((p) => p.geometry.type === 'Point');
const cities = points.filter((p) => p.properties.category === 'city');
const zones = places.filter((p) => p.properties.designations.some((d) => designationById(d.id).theme === 'economic-zones'));
const at = (place: PlaceFeature) => (place.geometry as Point).coordinates;

describe('point symbols, against asking every city and every zone', () => {
  it('draw a place around the nearest city within 25 km, and a place with none where it is', () => {
    let satellites = 0;
    for (const place of points.filter((p) => p.properties.category !== 'city')) {
      const nearest = cities
        .map((city) => ({ city, km: distance(at(place), at(city)) }))
        .filter(({ km }) => km <= 25)
        .sort((a, b) => a.km - b.km)[0];
      const symbol = symbols.find((s) => s.id === place.properties.id);
      expect(symbol?.host ?? null, place.properties.id).toBe(nearest?.city.properties.id ?? null);
      if (nearest) satellites += 1;
    }
    // The copies are near enough to each other that both cases are tested.
    expect(satellites).toBeGreaterThan(10);
    expect(satellites).toBeLessThan(points.length - cities.length);
  });

  it('give a city the economic zones’ segment exactly when a zone holds it', () => {
    let inZones = 0;
    for (const city of cities) {
      const held = zones.some((zone) => booleanPointInPolygon(at(city), zone as Feature<Polygon | MultiPolygon>));
      const symbol = symbols.find((s) => s.id === city.properties.id);
      expect(symbol?.themes.includes('economic-zones'), city.properties.id).toBe(
        held || city.properties.designations.some((d) => designationById(d.id).theme === 'economic-zones'),
      );
      if (held) inZones += 1;
    }
    expect(inZones).toBeGreaterThan(0);
    expect(inZones).toBeLessThan(cities.length);
  });
});
