/**
 * What the key counts beside a theme: how many places hold it, or, where the
 * theme's designations carry a standing (designated, encouraged), how many
 * hold each, so that a count never lumps together places the text treats
 * differently. The on-screen key and the exported image's key both read it.
 */
import type { AtlasData, PlaceFeature } from './atlas-data.ts';
import { type Designation, type Theme, designationById } from './designations.ts';

/** The places that hold any of a theme's designations. */
export function placesOfTheme(places: readonly PlaceFeature[], theme: Theme): PlaceFeature[] {
  return places.filter((place) => place.properties.designations.some((d) => theme.designations.includes(d.id)));
}

/** One number of the key: places of a standing, or of the whole theme when `role` is `null`. */
export interface KeyCount {
  role: Pick<Designation, 'role_en' | 'role_zh'> | null;
  count: number;
}

/**
 * The counts for a theme: one per standing, in the key's order, when every
 * designation of the theme that a place holds has one; otherwise the places
 * of the theme, once.
 */
export function keyCounts(places: AtlasData['places'], theme: Theme): KeyCount[] {
  const held = theme.designations
    .map((id) => ({ designation: designationById(id), count: places.filter((p) => p.properties.designations.some((d) => d.id === id)).length }))
    .filter((entry) => entry.count > 0);
  const byRole = held.length > 1 && held.every((entry) => entry.designation.role_en && entry.designation.role_zh);
  if (!byRole) return [{ role: null, count: placesOfTheme(places, theme).length }];
  return held.map(({ designation, count }) => ({ role: { role_en: designation.role_en, role_zh: designation.role_zh }, count }));
}
