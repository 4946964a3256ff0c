/**
 * Loads the search index (a chunk of its own, fetched on demand) and keeps it
 * once it has loaded. A load that failed is not kept: the next use tries
 * again, and tells the importer which attempt it is, so that a retry can
 * fetch the chunk afresh rather than meet the browser's memory of the
 * failure (see import-search-index.ts).
 */
export class SearchLoader<T> {
  private readonly importIndex: (attempt: number) => Promise<T>;
  private loading: Promise<T> | null = null;
  private attempts = 0;

  /** `importIndex` is given the attempt's number, counting from 0. */
  constructor(importIndex: (attempt: number) => Promise<T>) {
    this.importIndex = importIndex;
  }

  /** The index, loading it on the first call and after a failed one. */
  load(): Promise<T> {
    if (this.loading) return this.loading;
    const loading = this.importIndex(this.attempts);
    this.attempts += 1;
    this.loading = loading;
    loading.catch(() => {
      if (this.loading === loading) this.loading = null;
    });
    return loading;
  }

  /**
   * Loads the index once `after` has settled (the map's first frame, which
   * it would otherwise compete with) and the browser is idle, so that search
   * works later even if the connection has gone by then. A failure here is
   * silent: the search box says so when the reader actually searches.
   * Returns a function that cancels a preload not yet started.
   */
  preload(after: Promise<unknown>): () => void {
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    const cancelIdle = globalThis.cancelIdleCallback ?? clearTimeout;
    let cancelled = false;
    let handle: number | undefined;
    const start = () => {
      if (cancelled) return;
      handle = idle(() => this.load().catch(() => undefined)) as number;
    };
    after.then(start, start);
    return () => {
      cancelled = true;
      if (handle !== undefined) cancelIdle(handle);
    };
  }
}
