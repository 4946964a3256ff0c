/**
 * Which of the policy's areas a place lies in: the question an investor
 * asks of a city, answered from the places' own geometry and member lists.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { AtlasData, PlaceFeature } from './atlas-data.ts';
import { categoryById } from './categories.ts';

/** The zones, bases and corridors that contain a point, or that a division is a member of. */
export function zonesContaining(data: AtlasData, target: { point?: [number, number]; division?: string }): PlaceFeature[] {
  return data.places.filter((place) => {
    if (!categoryById(place.properties.category).containsPlaces) return false;
    if (target.division) return place.properties.members.some((m) => m.id === target.division);
    if (!target.point) return false;
    return booleanPointInPolygon(target.point, place as Feature<Polygon | MultiPolygon>);
  });
}

export function pointOf(place: PlaceFeature): [number, number] | undefined {
  return place.geometry.type === 'Point' ? ((place.geometry as Point).coordinates as [number, number]) : undefined;
}
