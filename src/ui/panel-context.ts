/**
 * What the panel's views need from the rest of the page, passed in rather
 * than imported, so each view is a function of its inputs.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { AtlasData, PlaceFeature, SentenceEntry } from '../content/atlas-data.ts';
import { type Category, categoryById } from '../content/categories.ts';
import type { PanelView, Selection } from '../state/app-state.ts';
import type { Strings } from './strings.ts';

export interface PanelContext {
  data: AtlasData;
  strings: Strings;
  categories: readonly Category[];
  /** Names of the base map's divisions and provinces, by code. */
  divisionNames: Map<string, { nameEn: string; nameZh: string; province: string }>;
  /** The division a point lies in, by its code. */
  divisionAt(point: [number, number]): string | undefined;
  select(selection: Selection, view?: PanelView): void;
  /** Lights places on the map while a sentence is pointed at; `null` ends it. */
  preview(placeIds: string[] | null): void;
  /** The URL that opens a selection, for links that also work when opened in a new tab. */
  hrefFor(selection: Selection, view?: PanelView): string;
}

const ZONE_CATEGORIES = new Set(['economic-zone', 'resource-base', 'corridor']);

/** The zones, bases and corridor that contain a point place, or that a division is a member of. */
export function zonesContaining(data: AtlasData, target: { point?: [number, number]; division?: string }): PlaceFeature[] {
  return data.places.filter((place) => {
    if (!ZONE_CATEGORIES.has(place.properties.category)) return false;
    if (target.division) return place.properties.members.some((m) => m.id === target.division);
    if (!target.point) return false;
    return booleanPointInPolygon(target.point, place as Feature<Polygon | MultiPolygon>);
  });
}

export function pointOf(place: PlaceFeature): [number, number] | undefined {
  return place.geometry.type === 'Point' ? ((place.geometry as Point).coordinates as [number, number]) : undefined;
}

/** "Clause 5 · Speed up the development of modern service industry", or "Preamble". */
export function clauseTitle(strings: Strings, entry: SentenceEntry): string {
  if (!entry.clause) return entry.sentence.id.startsWith('opening') ? strings.openingLabel : strings.preambleLabel;
  return `${strings.clauseLabel(entry.clause.number)} · ${entry.clause.heading}`;
}

export function categoryOf(place: PlaceFeature): Category {
  return categoryById(place.properties.category);
}
