/**
 * Keeps the address bar and the store in step: state changes write the URL
 * (pushing or replacing a history entry as the change asks), and Back and
 * Forward restore the state their entry holds.
 */
import type { KnownIds } from './url-state.ts';
import { stateToUrl, urlToState } from './url-state.ts';
import type { Store } from './store.ts';

export function syncUrl(store: Store, known: KnownIds): () => void {
  const write = (search: string, history: 'push' | 'replace') => {
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };
  // What the page was opened with, less anything it ignored: a malformed or
  // unknown value is not left in the address bar to be copied on.
  write(stateToUrl(store.get()), 'replace');
  const unsubscribe = store.subscribe((state, _previous, meta) => {
    if (meta.history !== 'none') write(stateToUrl(state), meta.history);
  });
  const onPopState = () => store.update(urlToState(window.location.search, known), { history: 'none', frame: false });
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
