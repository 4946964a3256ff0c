/**
 * Turns the later designations (content/later-designations.ts) into the open
 * `geodata/later-designations.geojson`. A `host-city` item takes the point of
 * the gazetteer place or inventory item it names, so the file holds no
 * coordinate the gazetteer or the inventories do not; everything else has no
 * geometry. Pure: the command line and the staleness test share it.
 */
import type {
  LaterDesignationCollection,
  LaterDesignationFeature,
  LaterDesignationRecord,
} from '../../src/content/later-designation-types.ts';
import { POLICY_YEAR } from '../../src/content/infrastructure-types.ts';
import { serializeJson } from '../geodata/output.ts';

/** The Opinions were issued in September 2009: a date before this month came before them. */
const POLICY_MONTH = `${POLICY_YEAR}-09`;

/** The year of an ISO date or year-month. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function laterDesignationFeature(
  record: LaterDesignationRecord,
  pointOf: (id: string) => [number, number] | undefined,
): LaterDesignationFeature {
  let geometry: LaterDesignationFeature['geometry'] = null;
  if (record.precision === 'host-city') {
    const at = record.markerAt === undefined ? undefined : pointOf(record.markerAt);
    if (!at) throw new Error(`${record.id}: no point for its marker (${record.markerAt ?? 'markerAt missing'})`);
    geometry = { type: 'Point', coordinates: at };
  }
  return {
    type: 'Feature',
    id: record.id,
    properties: {
      id: record.id,
      name_en: record.nameEn,
      name_zh: record.nameZh,
      kind: record.kind,
      date: record.date,
      opened: yearOf(record.date),
      before_policy: record.date.slice(0, 7) < POLICY_MONTH,
      date_meaning_en: record.dateMeaningEn,
      date_meaning_zh: record.dateMeaningZh,
      issued_by_en: record.issuedByEn,
      issued_by_zh: record.issuedByZh,
      document_number: record.documentNumber ?? null,
      description_en: record.descriptionEn,
      description_zh: record.descriptionZh,
      area_km2: record.areaKm2 ?? null,
      part_of: record.partOf ?? null,
      precision: record.precision,
      marker_at: record.markerAt ?? null,
      host_city_en: record.hostCityEn ?? null,
      host_city_zh: record.hostCityZh ?? null,
      hosts: record.hosts,
      unverified: record.unverified ?? null,
      source: record.sources,
    },
    geometry,
  };
}

export function buildLaterDesignations(
  records: readonly LaterDesignationRecord[],
  pointOf: (id: string) => [number, number] | undefined,
): LaterDesignationCollection {
  return { type: 'FeatureCollection', features: records.map((record) => laterDesignationFeature(record, pointOf)) };
}

/** The file's bytes, as the command line writes them. */
export function laterDesignationsFile(
  records: readonly LaterDesignationRecord[],
  pointOf: (id: string) => [number, number] | undefined,
): string {
  return serializeJson(buildLaterDesignations(records, pointOf));
}
