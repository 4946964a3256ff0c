/**
 * Everything the interface derives from the loaded data, built once when the
 * data arrives and read by every feature: the prefectures and their names,
 * the zones and points indexed for spatial questions, the tour's steps and
 * the ids a URL may name. Nothing else derives these again.
 *
 * The base map may arrive after the text (on a retry): `setBasemap` rebuilds
 * what depends on it, so readers always ask the index, never keep a copy.
 */
import type { FeatureCollection } from 'geojson';
import type { AtlasData } from '../content/atlas-data.ts';
import { CATEGORIES } from '../content/categories.ts';
import { type TourStep, buildEpilogueSteps, buildTourSteps } from '../content/tour-steps.ts';
import type { BasemapSources } from '../data/basemap-data.ts';
import type { InfrastructureCollection } from '../content/infrastructure-types.ts';
import type { LaterDesignationFeature } from '../content/later-designation-types.ts';
import { LATER_DESIGNATIONS } from '../content/later-designations-data.ts';
import { type LngLat, type SpatialContext, divisionsAt, spatialContextFromBasemap } from '../spatial/spatial-context.ts';
import type { KnownIds } from './url-state.ts';

/** A prefecture-level division's names and its province's, in both languages. */
export interface DivisionName {
  nameEn: string;
  nameZh: string;
  provinceEn: string;
  provinceZh: string;
}

export interface TourSteps {
  /** A title step, the preamble and each clause. */
  readonly clauses: readonly TourStep[];
  /** The same with a step for each sentence that names a place. */
  readonly sentences: readonly TourStep[];
  /** The optional epilogue after the clauses: a step per year of later designations, every year's (the tour keeps those up to the year shown). */
  readonly epilogue: readonly TourStep[];
}

interface BasemapDerived {
  basemap: BasemapSources;
  spatial: SpatialContext;
  divisionNames: Map<string, DivisionName>;
  known: KnownIds;
}

export class AtlasIndex {
  readonly data: AtlasData;
  readonly infrastructure: InfrastructureCollection;
  readonly tourSteps: TourSteps;
  /** What was designated after the policy, every year's: ask `laterDesignationsIn` for a year's. */
  readonly laterDesignations: readonly LaterDesignationFeature[] = LATER_DESIGNATIONS.features;
  private derived: BasemapDerived;

  constructor(data: AtlasData, infrastructure: InfrastructureCollection, basemap: BasemapSources) {
    this.data = data;
    this.infrastructure = infrastructure;
    this.tourSteps = {
      clauses: buildTourSteps(data, CATEGORIES, { sentences: false }),
      sentences: buildTourSteps(data, CATEGORIES, { sentences: true }),
      epilogue: buildEpilogueSteps(data, CATEGORIES, this.laterDesignations),
    };
    this.derived = this.derive(basemap);
  }

  /** A base map that arrived after the text: the prefectures are now known to every reader of the index. */
  setBasemap(basemap: BasemapSources): void {
    if (basemap !== this.derived.basemap) this.derived = this.derive(basemap);
  }

  get basemap(): BasemapSources {
    return this.derived.basemap;
  }

  /** The base map's prefecture-level divisions, as drawn. */
  get divisions(): FeatureCollection {
    return this.derived.basemap.divisions;
  }

  get spatial(): SpatialContext {
    return this.derived.spatial;
  }

  /** Names of each division and of its province, by division code. */
  get divisionNames(): ReadonlyMap<string, DivisionName> {
    return this.derived.divisionNames;
  }

  /** The ids a URL may name. */
  get known(): KnownIds {
    return this.derived.known;
  }

  /** The code of the division a point lies in; on a border between two, the first by code. */
  divisionAt(point: LngLat): string | undefined {
    return divisionsAt(this.derived.spatial, point)[0]?.id;
  }

  private derive(basemap: BasemapSources): BasemapDerived {
    const spatial = spatialContextFromBasemap(this.data, basemap, this.infrastructure);
    const divisionNames = new Map(
      spatial.divisions.map((d) => [
        d.id,
        { nameEn: d.nameEn, nameZh: d.nameZh, provinceEn: d.province.nameEn, provinceZh: d.province.nameZh },
      ]),
    );
    const known: KnownIds = {
      places: new Set(this.data.places.map((p) => p.properties.id)),
      divisions: new Set(divisionNames.keys()),
      clauses: new Set(this.data.clauseById.keys()),
      sentences: new Set(this.data.sentenceById.keys()),
      // With sentence and epilogue steps, so that a link to either opens it.
      tourSteps: [...this.tourSteps.sentences, ...this.tourSteps.epilogue],
    };
    return { basemap, spatial, divisionNames, known };
  }
}
