/**
 * A minimal observable store for the one AppState. Each change carries how
 * it should enter the browser history, so that selections can be stepped
 * back through while camera moves do not flood the history.
 */
import type { AppState } from './app-state.ts';

export interface ChangeMeta {
  /** `push` for a new selection or view, `replace` for camera moves and toggles, `none` when restoring from the URL. */
  history: 'push' | 'replace' | 'none';
}

export type Listener = (state: AppState, previous: AppState, meta: ChangeMeta) => void;

export class Store {
  private state: AppState;
  private readonly listeners = new Set<Listener>();

  constructor(initial: AppState) {
    this.state = initial;
  }

  get(): AppState {
    return this.state;
  }

  update(patch: Partial<AppState>, meta: ChangeMeta): void {
    const previous = this.state;
    this.state = { ...previous, ...patch };
    for (const listener of this.listeners) listener(this.state, previous, meta);
  }

  /** Calls `listener` on every change until the returned function is called. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
