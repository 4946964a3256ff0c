/**
 * Types of the infrastructure context layer: seaports, land border crossings,
 * airports and trunk railways. Shared by the gazetteer (content/), the
 * pipeline that writes geodata/infrastructure.geojson and the site.
 *
 * The policy text names none of these; they help a reader judge a place.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Source } from './types.ts';

export type InfrastructureKind = 'seaport' | 'border-crossing' | 'airport' | 'railway';

/** The kinds that are points, and so have a "nearest" one. */
export type PointInfrastructureKind = Exclude<InfrastructureKind, 'railway'>;

export const POINT_INFRASTRUCTURE_KINDS: readonly PointInfrastructureKind[] = ['seaport', 'border-crossing', 'airport'];

/** The Opinions (Guo Fa [2009] No. 33) were issued on 9 September 2009. */
export const POLICY_YEAR = 2009;

/** A named stop on a schematic railway line. */
export interface RailwayStop {
  name: string;
  lonLat: [number, number];
}

export type InfrastructureGeometrySpec =
  /** WGS84 longitude/latitude in degrees. */
  | { kind: 'point'; lonLat: [number, number] }
  /** A schematic line through the main stations, in order. Not the track's course. */
  | { kind: 'stations'; stops: RailwayStop[] };

/** How a land port of entry crosses the border; a port can gain or lose kinds over time. */
export type CrossingKind = 'road' | 'rail' | 'river' | 'bridge';

/**
 * One way a land port crosses, and since when: Heihe was a river port (ferry,
 * ice road) from the 1980s and gained a road bridge in 2022.
 */
export interface CrossingKindSpan {
  kind: CrossingKind;
  opened: number;
  /** The year it stopped, if it has. */
  closed?: number;
}

/** One item of content/infrastructure.ts. */
export interface InfrastructureRecord {
  /** Kebab-case, unique across the gazetteer and this file. */
  id: string;
  nameEn: string;
  nameZh: string;
  kind: InfrastructureKind;
  geometry: InfrastructureGeometrySpec;
  /** Year it opened to traffic, as defined in `note` (first ship, first train, first scheduled flight). */
  opened: number;
  /** Year it closed to that traffic (an airport replaced or shut), if it has. */
  closed?: number;
  /** Whether the opening year is the best reading of uncertain sources rather than a firm date. */
  openedApproximate: boolean;
  /** Whether the coordinates are approximate (rounded, or placed from a description). */
  coordinatesApproximate: boolean;
  /** How far, in km, the point may be from the facility itself (the crossing, the terminal, the harbour). */
  precisionKm: number;
  /**
   * What the sources did not confirm (a year, a Chinese name, the point), in
   * words; absent only where every fact was read in a cited source.
   */
  unverified?: string;
  /** Airports: IATA and ICAO codes, as OurAirports gives them. */
  codes?: { iata: string; icao: string };
  /** Border crossings: how it crosses, each kind with its years. */
  crossingKinds?: CrossingKindSpan[];
  /** For border crossings: the country across the border. */
  neighbour?: 'Russia' | 'North Korea' | 'Mongolia';
  /** What the item is, what its date means, and where the point sits. */
  note: string;
  /** Sources for the location and the date. At least one. */
  sources: Source[];
}

/** Properties of a feature of geodata/infrastructure.geojson. */
export interface InfrastructureProperties {
  id: string;
  name_en: string;
  name_zh: string;
  kind: InfrastructureKind;
  /** Always 'context': the policy names none of them. */
  provenance: 'context';
  opened: number;
  /** Year it closed, or null if it is open. */
  closed: number | null;
  opened_approximate: boolean;
  /** Whether it opened after the policy's year, 2009: context the policy could not have known. */
  post_dates_policy: boolean;
  coordinates_approximate: boolean;
  /** How far, in km, the point may be from the facility itself. */
  precision_km: number;
  /** What the sources did not confirm, or null. */
  unverified: string | null;
  /** Airports only: IATA and ICAO codes. */
  iata: string | null;
  icao: string | null;
  /** Border crossings only: road, rail, river, bridge, each with its years. */
  crossing_kinds: CrossingKindSpan[];
  /** Railways only: the line is drawn through its main stations, not along the track. */
  schematic: boolean;
  /** Railways only: the stations the line is drawn through. */
  stops: string[];
  neighbour: string | null;
  note: string;
  source: Source[];
}

export type InfrastructureFeature = Feature<Point | LineString, InfrastructureProperties>;
export type InfrastructureCollection = FeatureCollection<Point | LineString, InfrastructureProperties>;
