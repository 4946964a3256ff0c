/**
 * Small geometric steps of the base-map pipeline, each a pure function of
 * GeoJSON so that it can be tested on hand-made shapes.
 */
import { bboxClip } from '@turf/bbox-clip';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import polylabel from 'polylabel';
import type { BBox, Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';

export type Area = Polygon | MultiPolygon;

/** The polygons of an area as a list of rings-lists, whatever its type. */
export function polygonsOf(geometry: Area): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * The area without holes smaller than `maxHoleArea` and without parts
 * smaller than `minPartArea` (square degrees). Uniting neighbouring
 * divisions from a source whose borders do not quite meet leaves slivers
 * of nothing between them; they are data gaps, not enclaves.
 */
export function withoutSlivers(geometry: Area, maxHoleArea: number, minPartArea = 0): Area {
  const polygons = polygonsOf(geometry)
    .filter((rings) => Math.abs(ringArea(rings[0])) >= minPartArea)
    .map(([outer, ...holes]) => [outer, ...holes.filter((hole) => Math.abs(ringArea(hole)) >= maxHoleArea)]);
  if (polygons.length === 0) return geometry;
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/** The planar area of a ring in square degrees, signed: positive when counter-clockwise. */
export function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return sum / 2;
}

/**
 * Clips an area to a bounding box. Clipping a polygon with lineclip can leave
 * rings that collapsed onto the box edge; those are dropped, and an area that
 * lies wholly outside the box yields `null`.
 */
export function clipArea(geometry: Area, bbox: BBox): Area | null {
  const clipped = bboxClip(geometry, bbox).geometry as Area;
  const polygons = polygonsOf(clipped)
    .map((rings) => rings.filter((ring) => ring.length >= 4 && Math.abs(ringArea(ring)) > 1e-9))
    .filter((rings) => rings.length > 0);
  if (polygons.length === 0) return null;
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * A point inside the area, far from its edges, for its label: the pole of
 * inaccessibility of its largest polygon. A centroid can fall outside a
 * crescent-shaped division such as Hulunbuir; this cannot.
 */
export function labelPoint(geometry: Area): [number, number] {
  const largest = polygonsOf(geometry).reduce((best, rings) =>
    Math.abs(ringArea(rings[0])) > Math.abs(ringArea(best[0])) ? rings : best,
  );
  const [x, y] = polylabel(largest as [number, number][][], 0.005);
  return [round(x, 3), round(y, 3)];
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Whether a point lies in, or within `tolerance` degrees of, any of the areas. */
export function isNearAreas(point: Position, areas: Feature<Area>[], tolerance: number): boolean {
  const probes: Position[] = [point];
  for (let k = 0; k < 8; k++) {
    const angle = (k * Math.PI) / 4;
    probes.push([point[0] + tolerance * Math.cos(angle), point[1] + tolerance * Math.sin(angle)]);
  }
  return probes.some((probe) => areas.some((area) => booleanPointInPolygon(probe, area)));
}

/**
 * Splits lines into the runs of consecutive vertices that satisfy `keep`.
 * Used to tell a country's land border from its coast: the same outline, cut
 * where it leaves the neighbour's side.
 */
export function runsWhere(lines: Position[][], keep: (point: Position) => boolean): LineString[] {
  const runs: LineString[] = [];
  for (const line of lines) {
    let run: Position[] = [];
    for (const point of line) {
      if (keep(point)) {
        run.push(point);
      } else {
        if (run.length >= 2) runs.push({ type: 'LineString', coordinates: run });
        run = [];
      }
    }
    if (run.length >= 2) runs.push({ type: 'LineString', coordinates: run });
  }
  return runs;
}
