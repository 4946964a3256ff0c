/**
 * The atlas's load machine: its status line, the `ready` promise, and the
 * messages about parts that failed, each with a Retry that fetches only
 * what failed. Nothing that already loaded is taken away meanwhile.
 */
import type { FeatureCollection, MultiLineString } from 'geojson';
import { type SourceId, type SourceLoader, type SourceTypes } from '../data/data-source.ts';
import { STRINGS } from '../i18n/index.ts';
import type { Strings } from '../i18n/strings.ts';
import type { BasemapSources } from '../data/basemap-data.ts';
import type { StateSource } from '../state/actions.ts';
import { LoadFailure, type LoadFailureText } from './load-failure.ts';

/** Parts of the page that could not be loaded, named for the message that says so. */
export type FailedPart = Parameters<Strings['failedPart']>[0];

export class PartsFailed extends Error {
  readonly parts: readonly FailedPart[];

  constructor(parts: readonly FailedPart[], detail: string) {
    super(`${parts.join(', ')}: ${detail}`);
    this.name = 'PartsFailed';
    this.parts = parts;
  }
}

/** Loads the given data files together; if any fails, the error names every one that did. */
export async function loadParts<const K extends readonly SourceId[]>(
  loader: SourceLoader,
  ids: K,
): Promise<{ -readonly [I in keyof K]: SourceTypes[K[I]] }> {
  const results = await Promise.allSettled(ids.map((id) => loader.load(id)));
  const failed = ids.filter((_, i) => results[i].status === 'rejected');
  if (failed.length > 0) {
    const reasons = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
    throw new PartsFailed(failed, reasons.join('; '));
  }
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as never;
}

/** What failed, as a message names it: the parts a `PartsFailed` lists, or the map as a whole. */
export function partsText(error: unknown, strings: Strings, hint: string): LoadFailureText {
  const parts: readonly FailedPart[] = error instanceof PartsFailed ? error.parts : ['basemap'];
  return { what: strings.partsFailed(parts.map((part) => strings.failedPart(part))), hint };
}

export interface UntilLoadedOptions<T> {
  /** Where the message goes. */
  where: HTMLElement;
  attempt(): Promise<T>;
  text(error: unknown, strings: Strings): LoadFailureText;
  /** Whether a retry could help. Default: always. */
  canRetry?(error: unknown): boolean;
  /**
   * Called once, on the first failure, for what the page can offer without
   * this part; its cleanup runs when a retry succeeds.
   */
  whileFailed?(): () => void;
}

export class Loading {
  /** Settles when the map has drawn its first frame with the policy on it; rejects on the first failure. */
  readonly ready: Promise<void>;
  private readonly status: HTMLElement;
  private readonly state: StateSource;
  private readonly focusAfter: () => HTMLElement | null;
  private readonly failures = new Set<LoadFailure>();
  private readonly unsubscribe: () => void;
  private settle: { resolve(): void; reject(error: unknown): void } = { resolve: () => undefined, reject: () => undefined };
  private stopped = false;

  constructor(options: { status: HTMLElement; state: StateSource; focusAfter(): HTMLElement | null }) {
    this.status = options.status;
    this.state = options.state;
    this.focusAfter = options.focusAfter;
    this.ready = new Promise<void>((resolve, reject) => {
      this.settle = { resolve, reject };
    });
    // The handle's promise is for callers that wait on it; an unobserved failure is reported on the page.
    this.ready.catch(() => undefined);
    this.status.dataset.state = 'loading';
    this.unsubscribe = options.state.subscribe((state, previous) => {
      if (state.lang === previous.lang) return;
      for (const failure of this.failures) failure.setLanguage(STRINGS[state.lang]);
      this.renderStatus();
    });
    this.renderStatus();
  }

  /** Everything is in: the status line is cleared and `ready` resolves. */
  done(): void {
    if (this.stopped) return;
    delete this.status.dataset.state;
    this.status.textContent = '';
    this.settle.resolve();
  }

  /** Something no retry of a file can mend (a build missing its data blocks, say). */
  failed(error: unknown): void {
    if (this.stopped) return;
    console.error(error);
    this.status.hidden = false;
    this.status.dataset.state = 'failed';
    this.renderStatus();
    this.settle.reject(error);
  }

  /** The atlas is destroyed: messages go, and nothing more is reported. */
  stop(): void {
    this.stopped = true;
    this.unsubscribe();
    for (const failure of this.failures) failure.remove();
    this.failures.clear();
  }

  /**
   * Runs `attempt`; while it fails, shows what failed, with a Retry that
   * runs it again (where retrying can help), and resolves with the first
   * success. The first failure rejects `ready`.
   */
  async untilLoaded<T>(options: UntilLoadedOptions<T>): Promise<T> {
    try {
      return await options.attempt();
    } catch (error) {
      if (this.stopped) throw error;
      console.warn(error);
      this.settle.reject(error);
      this.status.hidden = true;
      const undoFallback = options.whileFailed?.();
      let last = error;
      return await new Promise<T>((resolve) => {
        const failure: LoadFailure = new LoadFailure(STRINGS[this.state.get().lang], {
          text: (strings) => options.text(last, strings),
          retry: (options.canRetry ?? (() => true))(error)
            ? async () => {
                try {
                  const value = await options.attempt();
                  this.failures.delete(failure);
                  undoFallback?.();
                  failure.remove();
                  this.status.hidden = false;
                  resolve(value);
                } catch (again) {
                  console.warn(again);
                  last = again;
                  failure.refresh();
                }
              }
            : undefined,
          focusAfter: this.focusAfter,
        });
        this.failures.add(failure);
        options.where.append(failure.element);
      });
    }
  }

  private renderStatus(): void {
    const strings = STRINGS[this.state.get().lang];
    if (this.status.dataset.state === 'loading') this.status.textContent = strings.mapLoading;
    if (this.status.dataset.state === 'failed') this.status.textContent = strings.loadFailed;
  }
}

/** The base map's layers, empty: what the text works with when the base map could not be loaded. */
export const NO_BASEMAP: BasemapSources = (() => {
  const none = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });
  const noLines = (): MultiLineString => ({ type: 'MultiLineString', coordinates: [] });
  return {
    land: none(),
    countries: none(),
    provinces: none(),
    divisions: none(),
    countryLines: noLines(),
    provinceLines: noLines(),
    divisionLines: noLines(),
    chinaBorder: none(),
    labels: none(),
  };
})();
