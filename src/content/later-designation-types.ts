/**
 * Types of the later designations: what the State Council, the Party centre
 * and the NDRC designated in the region after the 2009 Opinions (and the two
 * plans approved just before them that the text relies on). Shared by the
 * gazetteer (content/later-designations.ts), the pipeline that writes
 * geodata/later-designations.geojson and the site.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Source } from './types.ts';

export type LaterDesignationKind =
  | 'regional-plan'
  | 'reform-pilot'
  | 'new-area'
  | 'border-pilot-zone'
  | 'policy-document'
  | 'free-trade-zone'
  | 'free-trade-zone-area'
  | 'demonstration-zone';

/**
 * How precisely the map can show it, from what its sources give:
 * - `host-city`: no source gives its boundary, so a marker stands at the city
 *   that hosts it, and says so; the marker is not the area.
 * - `zone`: its sources name the prefectures it covers, which the policy's own
 *   zone already draws (`hosts`); it is listed there, not drawn again.
 * - `in-parts`: it is made of areas listed apart (a free trade zone's areas),
 *   each with its own marker.
 * - `region-wide`: a document for the whole region; listed, never drawn.
 *
 * There is no `area` precision: no source read gives any of these an extent
 * the map could draw (a boundary), only its size in km².
 */
export type LaterDesignationPrecision = 'host-city' | 'zone' | 'in-parts' | 'region-wide';

/** A source as read for this list: the address and the day it was read. */
export interface ReadSource extends Source {
  /** ISO date the page was read. */
  read: string;
}

/** One item of content/later-designations.ts. */
export interface LaterDesignationRecord {
  /** Kebab-case, unique across the gazetteer, the inventories and this list. */
  id: string;
  nameEn: string;
  nameZh: string;
  kind: LaterDesignationKind;
  /** As precise as the sources give it: `YYYY-MM-DD`, or `YYYY-MM` where only the month is given. */
  date: string;
  /** What the date is the date of (approved, issued, announced), in both languages. */
  dateMeaningEn: string;
  dateMeaningZh: string;
  issuedByEn: string;
  issuedByZh: string;
  /** The official document number, where a source gives it. */
  documentNumber?: string;
  descriptionEn: string;
  descriptionZh: string;
  /** Planned area in km², where a source gives it. A size, not an extent: nothing is drawn from it. */
  areaKm2?: number;
  /** For an area of a free trade zone: the zone's id. */
  partOf?: string;
  precision: LaterDesignationPrecision;
  /**
   * `host-city` only: the id of the gazetteer place or inventory item whose
   * point stands for the host city (Heihe and Yingkou are not in the
   * gazetteer; their ports are in the inventories).
   */
  markerAt?: string;
  /** The host city's name, for the marker's label ("marker at Harbin, the host city"). */
  hostCityEn?: string;
  hostCityZh?: string;
  /** Ids of the gazetteer's places (content/places.ts) it lies in or covers: their panels list it. */
  hosts: string[];
  /** What the sources did not confirm, in words; absent only where every fact was read in a cited source. */
  unverified?: string;
  sources: ReadSource[];
}

/** Properties of a feature of geodata/later-designations.geojson. */
export interface LaterDesignationProperties {
  id: string;
  name_en: string;
  name_zh: string;
  kind: LaterDesignationKind;
  date: string;
  /** The year of `date`: what "as of a year" filters on. */
  opened: number;
  /** Whether it came before the Opinions of September 2009 (the two plans the text relies on). */
  before_policy: boolean;
  date_meaning_en: string;
  date_meaning_zh: string;
  issued_by_en: string;
  issued_by_zh: string;
  document_number: string | null;
  description_en: string;
  description_zh: string;
  area_km2: number | null;
  part_of: string | null;
  precision: LaterDesignationPrecision;
  /** `host-city` only: the item whose point the marker takes. */
  marker_at: string | null;
  host_city_en: string | null;
  host_city_zh: string | null;
  hosts: string[];
  unverified: string | null;
  source: ReadSource[];
}

/** A designation: a point at its host city, or no geometry (listed, not drawn). */
export type LaterDesignationFeature = Feature<Point | null, LaterDesignationProperties>;
export type LaterDesignationCollection = FeatureCollection<Point | null, LaterDesignationProperties>;
