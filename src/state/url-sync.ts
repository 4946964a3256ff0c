/**
 * Keeps the address bar and the state in step: state changes write the URL
 * (pushing or replacing a history entry as the change asks), and Back and
 * Forward restore the state their entry holds, through the actions.
 */
import type { Lang } from '../i18n/lang.ts';
import type { Actions, StateSource } from './actions.ts';
import type { KnownIds } from './url-state.ts';
import { stateToUrl, urlToState } from './url-state.ts';

export function syncUrl(state: StateSource, actions: Actions, known: KnownIds, fallbackLang: Lang): () => void {
  const write = (search: string, history: 'push' | 'replace') => {
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };
  // What the page was opened with, less anything it ignored: a malformed or
  // unknown value is not left in the address bar to be copied on.
  write(stateToUrl(state.get(), fallbackLang), 'replace');
  const unsubscribe = state.subscribe((next, _previous, meta) => {
    if (meta.history !== 'none') write(stateToUrl(next, fallbackLang), meta.history);
  });
  const onPopState = () => actions.restore(urlToState(window.location.search, known, fallbackLang));
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
