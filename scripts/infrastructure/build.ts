/**
 * Turns the infrastructure gazetteer (content/infrastructure.ts) into the open
 * `geodata/infrastructure.geojson`, with the same provenance fields as
 * places.geojson. Pure: the command line and the staleness test share it.
 */
import {
  type InfrastructureCollection,
  type InfrastructureFeature,
  type InfrastructureRecord,
  POLICY_YEAR,
} from '../../src/content/infrastructure-types.ts';
import { serializeJson } from '../geodata/output.ts';

export function infrastructureFeature(record: InfrastructureRecord): InfrastructureFeature {
  const spec = record.geometry;
  return {
    type: 'Feature',
    id: record.id,
    properties: {
      id: record.id,
      name_en: record.nameEn,
      name_zh: record.nameZh,
      kind: record.kind,
      provenance: 'context',
      opened: record.opened,
      closed: record.closed ?? null,
      opened_approximate: record.openedApproximate,
      post_dates_policy: record.opened > POLICY_YEAR,
      coordinates_approximate: record.coordinatesApproximate,
      precision_km: record.precisionKm,
      unverified: record.unverified ?? null,
      iata: record.codes?.iata || null,
      icao: record.codes?.icao || null,
      crossing_kinds: record.crossingKinds ?? [],
      schematic: spec.kind === 'stations',
      stops: spec.kind === 'stations' ? spec.stops.map((stop) => stop.name) : [],
      neighbour: record.neighbour ?? null,
      note: record.note,
      source: record.sources,
    },
    geometry:
      spec.kind === 'point'
        ? { type: 'Point', coordinates: spec.lonLat }
        : { type: 'LineString', coordinates: spec.stops.map((stop) => stop.lonLat) },
  };
}

export function buildInfrastructure(records: readonly InfrastructureRecord[]): InfrastructureCollection {
  return { type: 'FeatureCollection', features: records.map(infrastructureFeature) };
}

/** The file's bytes, as the command line writes them. */
export function infrastructureFile(records: readonly InfrastructureRecord[]): string {
  return serializeJson(buildInfrastructure(records));
}
