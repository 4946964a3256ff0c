/**
 * Every change the interface can make to the state, in one place. The map,
 * the chooser, search, the reader, the key, the keyboard and Back/Forward
 * all call these; none of them writes the store. So a place chosen by a map
 * click, by a search result or by a link in the text is one and the same
 * change, with one rule for the panel view and one for the history.
 */
import { THEMES, type ThemeId } from '../content/designations.ts';
import type { Lang } from '../i18n/lang.ts';
import type { InfrastructureKind } from '../content/infrastructure-types.ts';
import { MAX_COMPARED, roundAt } from '../spatial/url-params.ts';
import { type AppState, type Camera, type ColorScheme, CONTEXT_KINDS, type PanelView, type Selection, sameAt, sameSelection } from './app-state.ts';
import type { Listener, Store } from './store.ts';
import { clampYear } from './year-shown.ts';

/** The state as components see it: read and watched, never written. */
export interface StateSource {
  get(): AppState;
  subscribe(listener: Listener): () => void;
}

export interface Actions {
  /**
   * Selects a place, division, clause or sentence; the map frames it, since the selection comes without a camera of the reader's.
   * Without `view`, the panel keeps its view, unless the reader has nothing
   * to show for the selection: then it opens the details.
   */
  select(selection: Selection, options?: { view?: PanelView }): void;
  /** Back to the overview: nothing selected, the details view. */
  clear(): void;
  setView(view: PanelView): void;
  /** The reader moved the map: the camera the URL keeps. */
  moveCamera(camera: Camera): void;
  /** Shows or hides a theme of the key. */
  setShown(theme: ThemeId, shown: boolean): void;
  setLang(lang: Lang): void;
  /** Light, dark, or the system's preference. */
  setColorScheme(scheme: ColorScheme): void;
  /** Back or Forward: the state a history entry holds, as it was. */
  restore(state: AppState): void;
  /** Investor tools: describes a spot ([lng, lat]) in the panel in place of any selection. */
  showSpot(at: [number, number]): void;
  /** Investor tools: adds a place to the comparison (at most four; a fifth is refused). */
  addToCompare(placeId: string): void;
  removeFromCompare(placeId: string): void;
  /** Investor tools: shows or hides a context layer. */
  setContextShown(kind: InfrastructureKind, shown: boolean): void;
  /** Shows or hides the later designations (the key's "Since 2009" group). */
  setLaterShown(shown: boolean): void;
  /** Shows the atlas as of a year (kept within the years the data covers). */
  setAsOf(year: number): void;
  /** Opens the presentation tour at a step, from its own steps: what was selected is let go (Back returns to it). */
  startTour(stepId: string): void;
  /** Moves the open tour to another step; each step is a history entry, so Back steps back. */
  goToStep(stepId: string): void;
  /** Leaves the tour; with a selection (the clause presented), the atlas opens on it, framed. */
  endTour(selection: Selection | null): void;
}

export interface ActionRules {
  /** Whether the reader can show something for a selection: the text names it. */
  readerShows(selection: Selection): boolean;
}

export function createActions(store: Store, rules: ActionRules): Actions {
  const state = () => store.get();
  return {
    select(selection, options = {}) {
      const current = state();
      const view = options.view ?? (current.view === 'reader' && !rules.readerShows(selection) ? 'details' : current.view);
      if (sameSelection(current.selection, selection) && current.view === view && current.at === null) return;
      // The selection is framed afresh: a camera the reader had chosen for the last one no longer applies.
      store.update({ selection, view, at: null, camera: null }, { history: 'push' });
    },
    clear() {
      const current = state();
      if (current.selection === null && current.view === 'details' && current.at === null) return;
      // The overview has no camera of its own: the map frames the region, and the URL keeps no map=.
      store.update({ selection: null, view: 'details', at: null, camera: null }, { history: 'push' });
    },
    setView(view) {
      if (state().view === view) return;
      store.update({ view }, { history: 'push' });
    },
    moveCamera(camera) {
      const current = state().camera;
      if (current && current.lng === camera.lng && current.lat === camera.lat && current.zoom === camera.zoom) return;
      store.update({ camera }, { history: 'replace' });
    },
    setShown(theme, shown) {
      const hidden = new Set(state().hidden);
      if (shown) hidden.delete(theme);
      else hidden.add(theme);
      // In the key's order, so that `hidden` is always written in one order.
      const next = THEMES.map((t) => t.id).filter((id) => hidden.has(id));
      if (next.join() === state().hidden.join()) return;
      store.update({ hidden: next }, { history: 'replace' });
    },
    setLang(lang) {
      if (state().lang === lang) return;
      store.update({ lang }, { history: 'replace' });
    },
    setColorScheme(colorScheme) {
      if (state().colorScheme === colorScheme) return;
      store.update({ colorScheme }, { history: 'replace' });
    },
    restore(next) {
      store.update(next, { history: 'none' });
    },
    showSpot(at) {
      const current = state();
      const spot = roundAt(at);
      if (sameAt(current.at, spot) && current.selection === null && current.view === 'details') return;
      store.update({ at: spot, selection: null, view: 'details' }, { history: 'push' });
    },
    addToCompare(placeId) {
      const { compare } = state();
      if (compare.includes(placeId) || compare.length >= MAX_COMPARED) return;
      store.update({ compare: [...compare, placeId] }, { history: 'replace' });
    },
    removeFromCompare(placeId) {
      const { compare } = state();
      if (!compare.includes(placeId)) return;
      store.update({ compare: compare.filter((id) => id !== placeId) }, { history: 'replace' });
    },
    setContextShown(kind, shown) {
      const on = new Set(state().context);
      if (shown) on.add(kind);
      else on.delete(kind);
      const next = CONTEXT_KINDS.filter((k) => on.has(k));
      if (next.join() === state().context.join()) return;
      store.update({ context: next }, { history: 'replace' });
    },
    setLaterShown(shown) {
      if (state().later === shown) return;
      store.update({ later: shown }, { history: 'replace' });
    },
    setAsOf(year) {
      const asOf = clampYear(year);
      if (state().asOf === asOf) return;
      // Replaced, not pushed: playing through the years would otherwise fill the history.
      store.update({ asOf }, { history: 'replace' });
    },
    startTour(stepId) {
      if (state().tour === stepId) return;
      // The step, not an earlier choice, is what the map lights and frames.
      store.update({ tour: stepId, selection: null, at: null, camera: null }, { history: 'push' });
    },
    goToStep(stepId) {
      if (state().tour === null || state().tour === stepId) return;
      store.update({ tour: stepId, camera: null }, { history: 'push' });
    },
    endTour(selection) {
      const current = state();
      if (current.tour === null) return;
      if (selection === null) {
        store.update({ tour: null }, { history: 'push' });
        return;
      }
      const view = current.view === 'reader' && !rules.readerShows(selection) ? 'details' : current.view;
      store.update({ tour: null, selection, view, camera: null }, { history: 'push' });
    },
  };
}
