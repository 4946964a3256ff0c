/**
 * Which of the policy's areas a division belongs to, from the places' member
 * lists, and where a point place lies.
 */
import type { Point } from 'geojson';
import type { AtlasData, PlaceFeature } from './atlas-data.ts';
import { categoryById } from './categories.ts';

/**
 * The zones, bases and corridors a division is a member of. (Which of them
 * hold a point is a spatial question: `zonesAt` in spatial-context.ts.)
 */
export function zonesWithMember(data: AtlasData, division: string): PlaceFeature[] {
  return data.places.filter(
    (place) => categoryById(place.properties.category).containsPlaces && place.properties.members.some((m) => m.id === division),
  );
}

export function pointOf(place: PlaceFeature): [number, number] | undefined {
  return place.geometry.type === 'Point' ? ((place.geometry as Point).coordinates as [number, number]) : undefined;
}
