/**
 * Keeps the address bar and the store in step: state changes write the URL
 * (pushing or replacing a history entry as the change asks), and Back and
 * Forward restore the state their entry holds.
 */
import type { KnownIds } from './url-state.ts';
import { stateToUrl, urlToState } from './url-state.ts';
import type { Store } from './store.ts';

export function syncUrl(store: Store, known: KnownIds): () => void {
  const unsubscribe = store.subscribe((state, _previous, meta) => {
    if (meta.history === 'none') return;
    const url = `${window.location.pathname}${stateToUrl(state)}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (meta.history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  });
  const onPopState = () => store.update(urlToState(window.location.search, known), { history: 'none', frame: false });
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
