/**
 * Imports the search index's chunk, afresh on a retry. Chromium keeps a
 * failed dynamic import for the page's life and answers every later import
 * of the same address with the same failure, so a retry imports the chunk
 * under an address of its own (`?retry=N`). The chunk's own imports are of
 * the page's main script, already loaded, so they need nothing fetched again.
 */
import searchIndexUrl from './search-index.ts?chunk-url';

export type SearchIndexModule = typeof import('./search-index.ts');

/** The index's module; `attempt` counts from 0, the import any preload of the chunk matches. */
export function importSearchIndex(attempt: number): Promise<SearchIndexModule> {
  // In the one-file copy the index is in the page's script: there is nothing to fetch again.
  if (attempt === 0 || searchIndexUrl === null) return import('./search-index.ts');
  return import(/* @vite-ignore */ `${searchIndexUrl}?retry=${attempt}`) as Promise<SearchIndexModule>;
}
