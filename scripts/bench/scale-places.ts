/**
 * Synthetic places for the scaling runs: each real place copied `factor - 1`
 * more times, shifted by a small seeded offset and given a new id and name.
 * The originals stay first and unchanged, so a place the benchmark clicks is
 * still there and still wins label placement.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { seededRandom } from '../seeded-random.ts';

function shiftPositions(coordinates: unknown, dx: number, dy: number): unknown {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') {
    const [x, y, ...rest] = coordinates as Position;
    return [x + dx, y + dy, ...rest];
  }
  return (coordinates as unknown[]).map((c) => shiftPositions(c, dx, dy));
}

function shift(geometry: Geometry | null, dx: number, dy: number): Geometry | null {
  // A region-wide institution has no geometry to move.
  if (geometry === null) return null;
  if (geometry.type === 'GeometryCollection') {
    return { ...geometry, geometries: geometry.geometries.map((g) => shift(g, dx, dy) as Geometry) };
  }
  return { ...geometry, coordinates: shiftPositions(geometry.coordinates, dx, dy) } as Geometry;
}

type Properties = Record<string, unknown> & { id: string; name_en?: string; label_point?: Position | null };

/** The collection with `factor` times as many features; offsets are up to `spread` degrees. */
export function scalePlaces<G extends Geometry, P extends Properties>(
  places: FeatureCollection<G, P>,
  factor: number,
  seed = 33,
  spread = 0.6,
): FeatureCollection<G, P> {
  const random = seededRandom(seed);
  const copies: Feature<G, P>[] = [];
  for (let copy = 1; copy < factor; copy += 1) {
    for (const feature of places.features) {
      const dx = (random() * 2 - 1) * spread;
      const dy = (random() * 2 - 1) * spread;
      copies.push({
        ...feature,
        geometry: shift(feature.geometry, dx, dy) as G,
        properties: {
          ...feature.properties,
          id: `${feature.properties.id}-copy-${copy}`,
          ...(feature.properties.name_en !== undefined ? { name_en: `${feature.properties.name_en} ${copy}` } : {}),
          // A copy's label goes with its shape; a point place's label point is its point.
          ...(feature.properties.label_point ? { label_point: shiftPositions(feature.properties.label_point, dx, dy) } : {}),
        },
      });
    }
  }
  return { ...places, features: [...places.features, ...copies] };
}
