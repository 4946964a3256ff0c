/**
 * The presentation tour, wired to the atlas: its launcher for the panel's
 * header, and the tour itself, which needs the map and so comes with it.
 */
import { CATEGORIES } from '../../content/categories.ts';
import { STRINGS } from '../../i18n/index.ts';
import type { FeatureContext } from '../../ui/feature-context.ts';
import type { LocatorInset } from '../map-view/locator-inset.ts';
import { TourLauncher } from './tour-launcher.ts';
import { TourMode } from './tour-mode.ts';

export function mountTourLauncher(ctx: FeatureContext): { element: HTMLElement; remove(): void } {
  const launcher = new TourLauncher({ onPresent: () => ctx.liveMap()?.startTour() }, STRINGS[ctx.state.get().lang]);
  const unsubscribe = ctx.state.subscribe((state, previous) => {
    if (state.lang !== previous.lang) launcher.setLanguage(STRINGS[state.lang]);
  });
  return {
    element: launcher.element,
    remove() {
      unsubscribe();
      launcher.element.remove();
    },
  };
}

export interface TourOnMap {
  /** What the camera frames for a step that names nothing specific: [west, south, east, north]. */
  regionBounds: [number, number, number, number];
  preview(placeIds: string[] | null): void;
  locator: LocatorInset;
  /** Frames the step again, for a layout the tour changed in place (fullscreen). */
  reframe(): void;
  /** Draws the map's names at this scale (1: their own size). */
  scaleLabels(scale: number): void;
}

export function mountTour(ctx: FeatureContext, onMap: TourOnMap): TourMode {
  return new TourMode({
    container: ctx.container,
    data: ctx.index.data,
    categories: CATEGORIES,
    steps: ctx.index.tourSteps,
    state: ctx.state,
    actions: ctx.actions,
    regionBounds: onMap.regionBounds,
    preview: onMap.preview,
    contextFor: ctx.panelContext,
    locator: onMap.locator,
    reframe: onMap.reframe,
    scaleLabels: onMap.scaleLabels,
  });
}
