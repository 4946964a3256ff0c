/**
 * What each point place's marker shows, decided once from the data: the
 * themes in its compound symbol, its radius, and where it sits when it
 * shares a city with others.
 *
 * A city's marker is a disc divided into one segment per theme it holds
 * (its own designations, and the economic zone it lies in), so Dalian's
 * roles read at a glance. The sites, institutions and logistics nodes of a
 * city are drawn around it as satellites, displaced as cartographers
 * displace co-located symbols, so no marker hides another.
 */
import { bbox } from '@turf/bbox';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { PlaceFeature } from '../content/atlas-data.ts';
import { type MarkerShape, categoryById } from '../content/categories.ts';
import { type ThemeId, THEMES, designationById } from '../content/designations.ts';
import { nearestIn } from '../spatial/nearest.ts';
import { type LngLat, areaHolds, pointIndex } from '../spatial/spatial-context.ts';
import { UNSIZED_MARKER_RADIUS, markerRadiusScale } from './marker-scale.ts';

export interface PointSymbol {
  id: string;
  shape: MarkerShape;
  /** The segments of its symbol, in the key's order. */
  themes: ThemeId[];
  /** Marker radius in CSS pixels: area in proportion to the sentences naming it. */
  radius: number;
  /** Named in no sentence of its own and not context: drawn hollow, at a fixed size. */
  hollow: boolean;
  /** Displacement from its point, in CSS pixels (x right, y down); [0, 0] for a city itself. */
  offset: [number, number];
  /** The id of the city it is drawn around, if it is a satellite. */
  host: string | null;
  /** A city: named on the map from the start. */
  city: boolean;
}

/** Places within this distance of a city are drawn around it. */
const SATELLITE_KM = 25;

/** Directions of satellites around their city, as angles clockwise from east: context first, lower right. */
const CONTEXT_ANGLE = 45;
const SATELLITE_ANGLES = [-45, 135, -135, 90, -90];

function themesOf(place: PlaceFeature): ThemeId[] {
  const held = new Set(place.properties.designations.map((d) => designationById(d.id).theme));
  // Being named in a zone's name is context; it shows only when nothing else does.
  if (held.size > 1) held.delete('context');
  return THEMES.map((t) => t.id).filter((id) => held.has(id));
}


/** The key an image is drawn and looked up by; one image per distinct symbol. */
export function symbolImage(symbol: Pick<PointSymbol, 'shape' | 'themes' | 'hollow'>): string {
  return `marker:${symbol.shape}:${symbol.hollow ? 'hollow' : 'solid'}:${symbol.themes.join('+')}`;
}

/** The point places' symbols, from the places (any geometry; only points get one). */
export function pointSymbols(places: readonly PlaceFeature[]): PointSymbol[] {
  const points = places.filter((p) => p.geometry.type === 'Point');
  // Each zone with its bounding box, which rules out most zones for a point at once.
  const zones = places
    .filter((p) => p.properties.designations.some((d) => designationById(d.id).theme === 'economic-zones'))
    .map((zone) => ({ feature: zone as Feature<Polygon | MultiPolygon>, bbox: bbox(zone) }));
  const inZone = (place: PlaceFeature) => zones.some((zone) => areaHolds(zone, lngLatOf(place)));
  const radius = markerRadiusScale(Math.max(0, ...points.map((p) => p.properties.sentences.length)));
  const sizeOf = (place: PlaceFeature) => {
    const count = place.properties.sentences.length;
    return count === 0 ? UNSIZED_MARKER_RADIUS : radius(count);
  };
  // A KD-tree of the cities: each place asks for its nearest city, not every city's distance.
  const cities = pointIndex(
    points.filter((p) => p.properties.category === 'city'),
    lngLatOf,
  );
  const symbols = new Map<string, PointSymbol>();
  for (const place of points) {
    const category = categoryById(place.properties.category);
    const themes = themesOf(place);
    if (category.id === 'city' && inZone(place) && !themes.includes('economic-zones')) {
      themes.unshift('economic-zones');
    }
    symbols.set(place.properties.id, {
      id: place.properties.id,
      shape: category.shape,
      themes,
      radius: sizeOf(place),
      hollow: place.properties.sentences.length === 0 && !category.context,
      offset: [0, 0],
      host: null,
      city: category.id === 'city',
    });
  }
  const satellitesOf = new Map<string, number>();
  for (const place of points) {
    if (place.properties.category === 'city') continue;
    const [nearest] = nearestIn(cities, lngLatOf(place), 1);
    if (!nearest || nearest.km > SATELLITE_KM) continue;
    const host = nearest.item;
    const symbol = symbols.get(place.properties.id);
    const hostSymbol = symbols.get(host.properties.id);
    if (!symbol || !hostSymbol) continue;
    let angle = CONTEXT_ANGLE;
    if (!categoryById(place.properties.category).context) {
      const n = satellitesOf.get(host.properties.id) ?? 0;
      satellitesOf.set(host.properties.id, n + 1);
      angle = SATELLITE_ANGLES[n % SATELLITE_ANGLES.length];
    }
    const reach = hostSymbol.radius + symbol.radius * 0.85;
    const radians = (angle * Math.PI) / 180;
    symbol.offset = [round(Math.cos(radians) * reach), round(Math.sin(radians) * reach)];
    symbol.host = host.properties.id;
  }
  return [...symbols.values()];
}

function lngLatOf(point: PlaceFeature): LngLat {
  return (point.geometry as Point).coordinates as LngLat;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
