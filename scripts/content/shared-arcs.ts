/**
 * Builds the site's compact copies of the base map and the places, in which
 * each outline is stored once (see src/data/shared-arcs.ts for how the site
 * reads them). The open files stay as they are: `places.geojson` is the
 * published data, `basemap.topo.json` the pipeline's base map.
 */
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { Arc, GeometryCollection, GeometryObject, Properties, Topology, Transform } from 'topojson-specification';
import {
  type BasemapOnPlaceArcs,
  PLACES_OBJECT,
  type PlaceCollection,
} from '../../src/data/shared-arcs.ts';

export interface SiteTopologies {
  places: Topology;
  basemap: BasemapOnPlaceArcs;
}

/** The topology with absolute arcs in grid units, as `topojson-client`'s `feature` reads an unquantized one. */
function onGrid(basemap: Topology): Topology {
  const { transform, ...rest } = basemap;
  if (!transform) throw new Error('the base map is not quantized, so it has no grid to share');
  const arcs = basemap.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => [(x += dx), (y += dy)]);
  });
  return { ...rest, arcs };
}

/**
 * A position moved to the nearest grid point, in grid units. Vertices that
 * came from the base map return to the very point they came from (the open
 * file rounded them to 5 decimals, far below the grid's step of about
 * 0.0004°), so their coordinates coincide and their arcs can be shared.
 * Vertices made by clipping or buffering move by at most half a step.
 */
function gridPoint({ scale: [kx, ky], translate: [tx, ty] }: Transform): (p: Position) => [number, number] {
  return ([x, y]) => [Math.round((x - tx) / kx), Math.round((y - ty) / ky)];
}

/**
 * A closed ring started from its least point (west-most, then south-most).
 * A ring that meets no other line stays one arc from where it starts; so
 * that the same island in the base map and in a place is the same arc,
 * every ring starts from the same point wherever it comes from.
 */
function fromLeastPoint(ring: Position[]): Position[] {
  const open = ring.slice(0, -1);
  let least = 0;
  open.forEach(([x, y], i) => {
    const [lx, ly] = open[least];
    if (x < lx || (x === lx && y < ly)) least = i;
  });
  return [...open.slice(least), ...open.slice(0, least), open[least]];
}

function ringOnGrid(ring: Position[], snap: (p: Position) => [number, number]): Position[] | null {
  const out: Position[] = [];
  for (const point of ring.map(snap)) {
    const last = out.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out.length >= 4 ? fromLeastPoint(out) : null;
}

/** The features' polygon rings, each started from its least point. */
function ringsFromLeastPoint(collection: FeatureCollection): FeatureCollection {
  return {
    ...collection,
    features: collection.features.map((f) => {
      const g = f.geometry;
      if (g.type === 'Polygon') return { ...f, geometry: { ...g, coordinates: g.coordinates.map(fromLeastPoint) } };
      if (g.type === 'MultiPolygon') {
        return { ...f, geometry: { ...g, coordinates: g.coordinates.map((rings) => rings.map(fromLeastPoint)) } };
      }
      return f;
    }),
  };
}

function polygonOnGrid(rings: Position[][], snap: (p: Position) => [number, number]): Position[][] | null {
  const [outer, ...holes] = rings.map((ring) => ringOnGrid(ring, snap));
  if (!outer) return null;
  return [outer, ...holes.filter((hole): hole is Position[] => hole !== null)];
}

/** A place's geometry as the places topology stores it; see `placesFromTopology`. */
function storedGeometry(place: PlaceCollection['features'][number], snap: (p: Position) => [number, number]): Geometry | null {
  const { geometry, properties } = place;
  const labelPoint = properties.label_point;
  if (geometry === null) {
    if (labelPoint !== null) throw new Error(`${properties.id}: a place without geometry has a label point`);
    return null;
  }
  switch (geometry.type) {
    case 'Point':
      if (labelPoint?.[0] !== geometry.coordinates[0] || labelPoint[1] !== geometry.coordinates[1]) {
        throw new Error(`${properties.id}: a point place's label point is not the point`);
      }
      return null;
    case 'Polygon': {
      const rings = polygonOnGrid(geometry.coordinates, snap);
      if (!rings) throw new Error(`${properties.id}: the polygon vanishes on the grid`);
      return { type: 'Polygon', coordinates: rings };
    }
    case 'MultiPolygon': {
      const polygons = geometry.coordinates.flatMap((rings) => {
        const polygon = polygonOnGrid(rings, snap);
        return polygon ? [polygon] : [];
      });
      if (polygons.length === 0) throw new Error(`${properties.id}: the polygons vanish on the grid`);
      return { type: 'MultiPolygon', coordinates: polygons };
    }
    default:
      throw new Error(`${properties.id}: no way to store a ${geometry.type}`);
  }
}

/** Calls `visit` on every arc index of a geometry object, replacing it with what `visit` returns. */
function mapArcIndices(object: GeometryObject<Properties>, visit: (index: number) => number): void {
  const walk = (value: unknown): unknown =>
    typeof value === 'number' ? (value < 0 ? ~visit(~value) : visit(value)) : (value as unknown[]).map(walk);
  if (object.type === 'GeometryCollection') {
    for (const child of object.geometries) mapArcIndices(child, visit);
  } else if ('arcs' in object) {
    (object as { arcs: unknown }).arcs = walk(object.arcs);
  }
}

/** Arcs as TopoJSON stores them when quantized: the first position absolute, the rest differences. */
function deltaEncoded(arc: Arc): Arc {
  return arc.map(([x, y], i) => (i === 0 ? [x, y] : [x - arc[i - 1][0], y - arc[i - 1][1]]));
}

/**
 * Numbers the arcs of two topologies into one list as they are first met,
 * each stretch of outline once. An arc may return reversed (`~n`): the
 * places drawn as divisions and those of their own are separate topologies,
 * and even within one, topojson-server keeps a ring twice when the base map
 * draws it as a loop pinched off a larger ring (as Yanbian's outline does).
 */
class ArcNumbering {
  readonly arcs: Arc[] = [];
  private readonly byPoints = new Map<string, number>();

  /** The new index for each index of `from`, reversed (`~n`) where the arc is stored the other way. */
  of(from: Arc[]): (index: number) => number {
    const numbers = new Map<number, number>();
    return (index) => {
      let number = numbers.get(index);
      if (number === undefined) {
        number = this.add(from[index]);
        numbers.set(index, number);
      }
      return number;
    };
  }

  private add(arc: Arc): number {
    const key = (points: Arc) => points.map(String).join(' ');
    const known = this.byPoints.get(key(arc)) ?? this.byPoints.get(key([...arc].reverse()));
    if (known !== undefined) return this.byPoints.has(key(arc)) ? known : ~known;
    const number = this.arcs.push(deltaEncoded(arc)) - 1;
    this.byPoints.set(key(arc), number);
    return number;
  }
}

/**
 * One topology of the base map and the places drawn as its divisions, so
 * that every stretch of outline they share is one arc, split in two files:
 * the arcs any place uses, with the places, and the base map with the rest.
 *
 * Places of another making (whole countries simplified, the corridor's
 * buffered band) get a topology of their own: their outlines share scattered
 * vertices with the base map, not stretches, and each shared vertex would
 * cut the base map's arcs in two for nothing.
 */
export function shareArcs(basemap: Topology, places: PlaceCollection): SiteTopologies {
  const transform = basemap.transform as Transform;
  const grid = onGrid(basemap);
  const snap = gridPoint(transform);
  const baseObjects = Object.fromEntries(
    Object.entries(basemap.objects).map(([name, object]) => [name, ringsFromLeastPoint(feature(grid, object) as FeatureCollection)]),
  );
  const stored = places.features.map((place) => ({ ...place, geometry: storedGeometry(place, snap) }));
  const drawnAsDivisions = stored.map((place) => place.geometry !== null && place.properties.members.length > 0);
  // Each topology gets every place, in order, the other kind without geometry, so that they line up by index.
  const placesWhere = (keep: boolean): FeatureCollection<Geometry | null> => ({
    type: 'FeatureCollection',
    features: stored.map((place, i) => (drawnAsDivisions[i] === keep ? place : { ...place, geometry: null })),
  });
  const joint = topology({ [PLACES_OBJECT]: placesWhere(true), ...baseObjects } as never);
  const own = topology({ [PLACES_OBJECT]: placesWhere(false) } as never);
  const geometriesOf = (t: Topology) => (t.objects[PLACES_OBJECT] as GeometryCollection<Properties>).geometries;

  // The places' arcs first, in the order the places use them, then the base map's own.
  const numbering = new ArcNumbering();
  const fromJoint = numbering.of(joint.arcs);
  const fromOwn = numbering.of(own.arcs);
  const { arcs } = numbering;
  const [jointPlaces, ownPlaces] = [geometriesOf(joint), geometriesOf(own)];
  const geometries = stored.map((_, i) => {
    const geometry = drawnAsDivisions[i] ? jointPlaces[i] : ownPlaces[i];
    mapArcIndices(geometry, drawnAsDivisions[i] ? fromJoint : fromOwn);
    return geometry;
  });
  const placeArcCount = arcs.length;
  const names = Object.keys(basemap.objects);
  for (const name of names) mapArcIndices(joint.objects[name], fromJoint);

  return {
    places: {
      type: 'Topology',
      transform,
      objects: { [PLACES_OBJECT]: { type: 'GeometryCollection', geometries } },
      arcs: arcs.slice(0, placeArcCount),
    },
    basemap: {
      type: 'Topology',
      bbox: basemap.bbox,
      transform,
      placeArcCount,
      objects: Object.fromEntries(names.map((name) => [name, joint.objects[name]])),
      arcs: arcs.slice(placeArcCount),
    },
  };
}
