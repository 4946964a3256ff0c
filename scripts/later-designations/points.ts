/** The points a marker may take: the gazetteer's places and the inventories' point items, by id. */
import { places } from '../../content/places.ts';
import { infrastructure } from '../../content/infrastructure.ts';

export function gazetteerPoint(id: string): [number, number] | undefined {
  const place = places.find((p) => p.id === id);
  if (place?.geometry.kind === 'point') return place.geometry.lonLat;
  const item = infrastructure.find((r) => r.id === id);
  if (item?.geometry.kind === 'point') return item.geometry.lonLat;
  return undefined;
}
