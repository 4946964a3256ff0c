/**
 * The map's status line while the atlas loads: "Loading the map…" in the
 * language the page opened in, until the map is ready, then nothing. (A real
 * page held back by its fonts shows it in a11y.browser.ts, in English.)
 */
import { describe, expect, it } from 'vitest';
import { Loading } from '../../../src/app/loading.ts';
import type { Lang } from '../../../src/i18n/lang.ts';
import { DEFAULT_STATE } from '../../../src/state/app-state.ts';
import { Store } from '../../../src/state/store.ts';
import { byRole, textOf } from './queries.ts';

/** The status line as the atlas puts it on the page, and the load machine over it, for a page opened in `lang`. */
function loadingIn(lang: Lang): { status: HTMLElement; loading: Loading } {
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  document.body.append(status);
  // As atlas.ts has it: until the data arrives, the state holds the language the link or the browser gives.
  const loading = new Loading({ status, state: new Store({ ...DEFAULT_STATE, lang }), focusAfter: () => null });
  return { status, loading };
}

describe('the map’s status line while the atlas loads', () => {
  it.each([
    { lang: 'en', says: 'Loading the map…' },
    { lang: 'zh', says: '地图加载中……' },
  ] as const)('says “$says” in $lang until the map is ready, then nothing', async ({ lang, says }) => {
    const { status, loading } = loadingIn(lang);
    expect(byRole(document.body, 'status')).toBe(status);
    expect(textOf(status)).toBe(says);
    loading.done();
    await expect(loading.ready).resolves.toBeUndefined();
    expect(textOf(status)).toBe('');
    loading.stop();
  });
});
