/**
 * Every change the interface can make to the state, in one place. The map,
 * the chooser, search, the reader, the key, the keyboard and Back/Forward
 * all call these; none of them writes the store. So a place chosen by a map
 * click, by a search result or by a link in the text is one and the same
 * change, with one rule for the panel view and one for the history.
 */
import type { CategoryId } from '../content/types.ts';
import type { Lang } from '../i18n/lang.ts';
import { type AppState, type Camera, type PanelView, type Selection, sameSelection } from './app-state.ts';
import type { Listener, Store } from './store.ts';

/** The state as components see it: read and watched, never written. */
export interface StateSource {
  get(): AppState;
  subscribe(listener: Listener): () => void;
}

export interface Actions {
  /**
   * Selects a place, division, clause or sentence, and frames it on the map.
   * Without `view`, the panel keeps its view, unless the reader has nothing
   * to show for the selection: then it opens the details.
   */
  select(selection: Selection, options?: { view?: PanelView }): void;
  /** Back to the overview: nothing selected, the details view. */
  clear(): void;
  setView(view: PanelView): void;
  /** The reader moved the map, or the map framed a selection: the camera the URL keeps. */
  moveCamera(camera: Camera): void;
  /** Shows or hides a category of the key. */
  setShown(category: CategoryId, shown: boolean): void;
  setLang(lang: Lang): void;
  /** Back or Forward: the state a history entry holds, as it was. */
  restore(state: AppState): void;
  /** Opens the presentation tour at a step. */
  startTour(stepId: string): void;
  /** Moves the open tour to another step; each step is a history entry, so Back steps back. */
  goToStep(stepId: string): void;
  /** Leaves the tour; with a selection (the clause presented), the atlas opens on it, framed. */
  endTour(selection: Selection | null): void;
}

export interface ActionRules {
  /** Whether the reader can show something for a selection: the text names it. */
  readerShows(selection: Selection): boolean;
  /** Categories in table order, so that `hidden` is always written in one order. */
  categories: readonly CategoryId[];
}

export function createActions(store: Store, rules: ActionRules): Actions {
  const state = () => store.get();
  return {
    select(selection, options = {}) {
      const current = state();
      const view = options.view ?? (current.view === 'reader' && !rules.readerShows(selection) ? 'details' : current.view);
      if (sameSelection(current.selection, selection) && current.view === view) return;
      store.update({ selection, view }, { history: 'push', frame: true });
    },
    clear() {
      const current = state();
      if (current.selection === null && current.view === 'details') return;
      store.update({ selection: null, view: 'details' }, { history: 'push', frame: false });
    },
    setView(view) {
      if (state().view === view) return;
      store.update({ view }, { history: 'push', frame: false });
    },
    moveCamera(camera) {
      const current = state().camera;
      if (current && current.lng === camera.lng && current.lat === camera.lat && current.zoom === camera.zoom) return;
      store.update({ camera }, { history: 'replace', frame: false });
    },
    setShown(category, shown) {
      const hidden = new Set(state().hidden);
      if (shown) hidden.delete(category);
      else hidden.add(category);
      const next = rules.categories.filter((id) => hidden.has(id));
      if (next.join() === state().hidden.join()) return;
      store.update({ hidden: next }, { history: 'replace', frame: false });
    },
    setLang(lang) {
      if (state().lang === lang) return;
      store.update({ lang }, { history: 'replace', frame: false });
    },
    restore(next) {
      store.update(next, { history: 'none', frame: false });
    },
    startTour(stepId) {
      if (state().tour === stepId) return;
      store.update({ tour: stepId }, { history: 'push', frame: false });
    },
    goToStep(stepId) {
      if (state().tour === null || state().tour === stepId) return;
      store.update({ tour: stepId }, { history: 'push', frame: false });
    },
    endTour(selection) {
      const current = state();
      if (current.tour === null) return;
      if (selection === null) {
        store.update({ tour: null }, { history: 'push', frame: false });
        return;
      }
      const view = current.view === 'reader' && !rules.readerShows(selection) ? 'details' : current.view;
      store.update({ tour: null, selection, view }, { history: 'push', frame: true });
    },
  };
}
