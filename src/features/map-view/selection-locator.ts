/**
 * The locator inset outside the tour: shown when the selected clause,
 * sentence or place is or names a broad place beyond the region (China,
 * Asia, Northeast Asia, the neighbours), which the map does not zoom out to.
 * While the tour is open, the tour drives the inset instead.
 */
import { type AtlasData, type PlaceFeature, placesOfSelection } from '../../content/atlas-data.ts';
import { categoryById } from '../../content/categories.ts';
import { STRINGS } from '../../i18n/index.ts';
import type { StateSource } from '../../state/actions.ts';
import type { AppState } from '../../state/app-state.ts';
import type { Bounds } from '../../map/camera.ts';
import { type LocatorInset, placesBeyond } from './locator-inset.ts';

/** Keeps the inset in step with the selection; returns the function that stops it. */
export function followSelection(locator: LocatorInset, state: StateSource, data: AtlasData, regionBounds: Bounds): () => void {
  const update = (current: AppState) => {
    if (current.tour !== null) return;
    const broad = (place: PlaceFeature) => categoryById(place.properties.category).broad;
    const beyond = placesBeyond(placesOfSelection(data, current.selection), regionBounds, broad);
    locator.show(beyond.length > 0 ? beyond : null, current.lang, STRINGS[current.lang]);
  };
  update(state.get());
  return state.subscribe((current, previous) => {
    if (current.selection !== previous.selection || current.lang !== previous.lang || current.tour !== previous.tour) update(current);
  });
}
