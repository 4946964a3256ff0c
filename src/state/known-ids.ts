/** The ids a URL may name, gathered from the loaded data. */
import type { AtlasData } from '../content/atlas-data.ts';
import { CATEGORIES } from '../content/categories.ts';
import type { BasemapSources } from '../data/basemap-data.ts';
import { buildTourSteps } from '../content/tour-steps.ts';
import type { KnownIds } from './url-state.ts';

export function knownIds(data: AtlasData, sources: BasemapSources): KnownIds {
  return {
    places: new Set(data.places.map((p) => p.properties.id)),
    divisions: new Set(sources.divisions.features.map((f) => String(f.properties?.id))),
    clauses: new Set(data.clauseById.keys()),
    sentences: new Set(data.sentenceById.keys()),
    // With sentence steps, so that a link to a sentence step opens it.
    tourSteps: buildTourSteps(data, CATEGORIES, { sentences: true }),
  };
}
