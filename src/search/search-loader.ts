/**
 * Loads the search index (a chunk of its own, fetched on demand) and keeps it
 * once it has loaded. A load that failed is not kept: the next use tries
 * again, so one dropped request does not leave search dead for the session.
 * (Chromium fetches a failed dynamic import afresh; the HTML standard now
 * asks every browser to.)
 */
export class SearchLoader<T> {
  private readonly importIndex: () => Promise<T>;
  private loading: Promise<T> | null = null;

  constructor(importIndex: () => Promise<T>) {
    this.importIndex = importIndex;
  }

  /** The index, loading it on the first call and after a failed one. */
  load(): Promise<T> {
    if (this.loading) return this.loading;
    const loading = this.importIndex();
    this.loading = loading;
    loading.catch(() => {
      if (this.loading === loading) this.loading = null;
    });
    return loading;
  }

  /**
   * Loads the index while the browser is idle, so that search works later
   * even if the connection has gone by then. A failure here is silent: the
   * search box says so when the reader actually searches.
   */
  preload(): () => void {
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    const cancelIdle = globalThis.cancelIdleCallback ?? clearTimeout;
    const handle = idle(() => this.load().catch(() => undefined));
    return () => cancelIdle(handle as number);
  }
}
