/**
 * The site's two geometry files share their outlines. Zones and bases are
 * unions of the base map's prefectures, the region is all of them, so most
 * of each place's outline is already an arc of the base map; sent twice, as
 * GeoJSON and as TopoJSON, it would be downloaded twice.
 *
 * The places file is a TopoJSON topology of its own, readable without the
 * base map: the text needs the places, and must still work when the base
 * map fails to load. The base map file holds only the arcs no place uses;
 * its arc indices below `placeArcCount` refer to the places file's arcs.
 * The map needs the places anyway, so it loses nothing by the dependency.
 *
 * Both files are written by `npm run content` (scripts/content/shared-arcs.ts)
 * from the open `basemap.topo.json` and `places.geojson`, on the base map's
 * quantization grid.
 */
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry, Point } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { PlaceProperties } from '../content/atlas-data.ts';

/** The places file's one object: a geometry per place, with its properties, in the open file's order. */
export const PLACES_OBJECT = 'places';

/** Decimals the open `places.geojson` keeps, about a metre; the site's places are given back with as many. */
export const PLACE_COORDINATE_DIGITS = 5;

/** The base map as the site ships it: a topology whose first arcs are the places file's. */
export interface BasemapOnPlaceArcs extends Topology {
  /** How many arcs the places file holds: this file's indices below it are theirs. */
  placeArcCount: number;
}

export type PlaceCollection = FeatureCollection<Geometry | null, PlaceProperties>;

function rounded(value: number): number {
  const factor = 10 ** PLACE_COORDINATE_DIGITS;
  return Math.round(value * factor) / factor;
}

/** The geometry with its coordinates rounded as the open file rounds them. */
function roundedGeometry(geometry: Geometry): Geometry {
  const walk = (value: unknown): unknown => (typeof value === 'number' ? rounded(value) : (value as unknown[]).map(walk));
  return { ...geometry, coordinates: walk((geometry as Point).coordinates) } as Geometry;
}

/**
 * The places as `places.geojson` has them. A vertex the open file took from
 * the base map comes back exactly as it is there; one made by clipping or
 * buffering, within half a step of the base map's grid (under 30 m).
 *
 * A point place is stored without geometry: its point is its `label_point`,
 * which the properties carry exactly, whereas the grid would move it.
 */
export function placesFromTopology(topology: Topology): PlaceCollection {
  const object = topology.objects[PLACES_OBJECT] as GeometryCollection<PlaceProperties> | undefined;
  if (object?.type !== 'GeometryCollection') throw new Error(`the places topology has no "${PLACES_OBJECT}" collection`);
  const places = feature(topology, object) as PlaceCollection;
  return {
    type: 'FeatureCollection',
    features: places.features.map((place) => {
      const point = place.properties.label_point;
      if (place.geometry !== null) return { ...place, geometry: roundedGeometry(place.geometry) };
      return point === null ? place : { ...place, geometry: { type: 'Point', coordinates: [point[0], point[1]] } };
    }),
  };
}

/** The whole base map topology: the places' arcs, then its own. */
export function basemapWithPlaceArcs(basemap: BasemapOnPlaceArcs, places: Topology): Topology {
  const { placeArcCount, ...rest } = basemap;
  if (places.arcs.length !== placeArcCount) {
    throw new Error(`the base map expects ${placeArcCount} arcs from the places file, which has ${places.arcs.length}`);
  }
  const [a, b] = [basemap.transform, places.transform];
  if (!a || !b || a.scale.some((s, i) => s !== b.scale[i]) || a.translate.some((t, i) => t !== b.translate[i])) {
    throw new Error('the base map and the places file are not on the same grid');
  }
  return { ...rest, arcs: [...places.arcs, ...basemap.arcs] };
}
