/** The ids a URL may name, gathered from the loaded data. */
import type { AtlasData } from '../content/atlas-data.ts';
import { CATEGORIES } from '../content/categories.ts';
import type { BasemapSources } from '../map/basemap-data.ts';
import { type TourStep, buildTourSteps } from '../content/tour-steps.ts';
import type { KnownIds } from './url-state.ts';

/** The known ids, with the tour's whole steps: the camera frames each step's places. */
export function knownIds(data: AtlasData, sources: BasemapSources): KnownIds & { tourSteps: readonly TourStep[] } {
  return {
    places: new Set(data.places.map((p) => p.properties.id)),
    divisions: new Set(sources.divisions.features.map((f) => String(f.properties?.id))),
    clauses: new Set(data.clauseById.keys()),
    sentences: new Set(data.sentenceById.keys()),
    // With sentence steps, so that a link to a sentence step opens it.
    tourSteps: buildTourSteps(data, CATEGORIES, { sentences: true }),
  };
}
