/**
 * What the atlas writes outside its own element, in its language: the map's
 * accessible name, the masthead's title, subtitle and document number (and
 * the title's link to the overview), and, when the atlas is the page, the
 * page's title, `<html lang>` and skip link.
 */
import { STRINGS } from '../i18n/index.ts';
import { LANG_TAG, type Lang } from '../i18n/lang.ts';
import type { StateSource } from '../state/actions.ts';
import { DEFAULT_STATE } from '../state/app-state.ts';
import { stateToUrl } from '../state/url-state.ts';

export interface PageLanguageOptions {
  state: StateSource;
  mapElement: HTMLElement;
  masthead: HTMLElement | null;
  /** The atlas is the page: its title, language and skip link are the atlas's. */
  ownsDocument: boolean;
  fallbackLang: Lang;
}

export function keepPageInLanguage(options: PageLanguageOptions): () => void {
  const apply = (lang: Lang) => {
    const strings = STRINGS[lang];
    options.mapElement.setAttribute('aria-label', strings.mapLabel);
    const masthead = options.masthead;
    if (masthead) {
      // The title is a link to the overview where the page makes it one.
      const home = masthead.querySelector<HTMLAnchorElement>('a.masthead__home');
      const title = home ?? masthead.querySelector('.masthead__title');
      if (home) home.href = stateToUrl({ ...DEFAULT_STATE, lang }, options.fallbackLang) || '?';
      const subtitle = masthead.querySelector('.masthead__subtitle-text');
      const number = masthead.querySelector('.masthead__docno');
      if (title) title.textContent = strings.appTitle;
      if (subtitle) subtitle.textContent = strings.appSubtitle;
      if (number) number.textContent = strings.documentNumber;
    }
    if (options.ownsDocument) {
      document.documentElement.lang = LANG_TAG[lang];
      document.title = strings.pageTitle;
      const skip = document.querySelector('.skip-link');
      if (skip) skip.textContent = strings.skipToPanel;
    }
  };
  apply(options.state.get().lang);
  return options.state.subscribe((state, previous) => state.lang !== previous.lang && apply(state.lang));
}
