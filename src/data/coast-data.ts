/**
 * Turns the detailed coast's TopoJSON (geodata/site/coast.topo.json) into the
 * GeoJSON the map draws at city zoom: the sea, the land, and the coastline as
 * the arcs the two share, so that the extent's own edges are never drawn as coast.
 */
import { feature, mesh } from 'topojson-client';
import type { BBox, Feature, FeatureCollection, Geometry, MultiLineString, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** What a feature of the coast source is; each of the coast's layers draws one. */
export type CoastPart = 'sea' | 'land' | 'coastline';

/**
 * The coastline without the stretches that run along the map's edge: where a
 * coast meets the edge, clipping can leave sea and land sharing a few metres of
 * it, and a coast drawn there would be the map's frame, not a shore.
 */
function offTheEdge(lines: MultiLineString, [west, south, east, north]: BBox): MultiLineString {
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  const onOneEdge = (points: Position[]) =>
    [(p: Position) => near(p[0], west), (p: Position) => near(p[0], east), (p: Position) => near(p[1], south), (p: Position) => near(p[1], north)].some(
      (onIt) => points.every(onIt),
    );
  return { type: 'MultiLineString', coordinates: lines.coordinates.filter((line) => !onOneEdge(line)) };
}

export function coastFeatures(topology: Topology): FeatureCollection<Geometry, { part: CoastPart }> {
  const { sea, land } = topology.objects;
  if (!sea || !land || !topology.bbox) throw new Error('the coast has no sea, no land or no extent');
  const both: GeometryCollection = { type: 'GeometryCollection', geometries: [sea, land] as GeometryCollection['geometries'] };
  const part = (name: CoastPart, geometry: Geometry): Feature<Geometry, { part: CoastPart }> => ({
    type: 'Feature',
    properties: { part: name },
    geometry,
  });
  return {
    type: 'FeatureCollection',
    features: [
      part('sea', (feature(topology, sea) as Feature).geometry),
      part('land', (feature(topology, land) as Feature).geometry),
      part('coastline', offTheEdge(mesh(topology, both, (a, b) => a !== b), topology.bbox as BBox)),
    ],
  };
}

/** The fringes past the base map's coast over which each policy area's wash is carried (scripts/coast/build.ts `washFringes`). */
export function washFringes(topology: Topology): Feature<Geometry, { id: string }>[] {
  const { fringes } = topology.objects;
  if (!fringes) return [];
  return (feature(topology, fringes) as FeatureCollection<Geometry, { id: string }>).features;
}
