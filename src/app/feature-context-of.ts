/** What the atlas gives each feature: its page services and the index of its data, as one context. */
import { CATEGORIES } from '../content/categories.ts';
import { viewUrl } from '../embed/embed-url.ts';
import { STRINGS } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Actions } from '../state/actions.ts';
import { DEFAULT_STATE } from '../state/app-state.ts';
import type { AtlasIndex } from '../state/atlas-index.ts';
import type { Store } from '../state/store.ts';
import { stateToUrl } from '../state/url-state.ts';
import { yearShown } from '../state/year-shown.ts';
import type { FeatureContext, LiveMap } from '../ui/feature-context.ts';
import type { PanelContext } from '../ui/panel-context.ts';
import { laterDesignationsIn } from '../spatial/later-designations.ts';
import type { LaterDesignationsShown } from '../ui/later-designation-entry.ts';

/**
 * The later designations made by the year the page shows (`?asof=`): the one
 * place that year enters the panel, the key, the map and the tour's epilogue.
 */
function laterDesignationsShown(index: AtlasIndex, year: number): LaterDesignationsShown {
  return { year, items: laterDesignationsIn(index.laterDesignations, year) };
}

/** The parts of one atlas that stay while its data is replaced (the text alone, then the text with its places). */
export interface AtlasPage {
  container: HTMLElement;
  mapElement: HTMLElement;
  store: Store;
  actions: Actions;
  embed: boolean;
  fallbackLang: Lang;
  mapReady: Promise<void>;
  liveMap(): LiveMap | null;
}

export function featureContextOf(page: AtlasPage, index: AtlasIndex): FeatureContext {
  const { store, actions, fallbackLang } = page;
  const investor = {
    get spatial() {
      return index.spatial;
    },
    state: store,
    actions,
  };
  const panelContext = (lang: Lang): PanelContext => ({
    data: index.data,
    lang,
    strings: STRINGS[lang],
    year: yearShown(store.get()),
    categories: CATEGORIES,
    divisionNames: index.divisionNames,
    divisionAt: (point) => index.divisionAt(point),
    select: (selection, view) => actions.select(selection, view ? { view } : {}),
    preview: (ids) => page.liveMap()?.preview(ids),
    // Links name only what they open: a copied or new-tab link frames its
    // selection afresh rather than reopening a camera from when it was drawn.
    hrefFor: (selection, view) =>
      stateToUrl({ ...DEFAULT_STATE, selection, view: view ?? 'details', lang }, fallbackLang) || '?',
    investor,
    since: since(),
  });
  const since = () => laterDesignationsShown(index, yearShown(store.get()));
  return {
    container: page.container,
    mapElement: page.mapElement,
    state: store,
    actions,
    index,
    embed: page.embed,
    fallbackLang,
    mapReady: page.mapReady,
    since,
    panelContext,
    // Addresses of views on this page: what Share copies, embeds and cites.
    viewUrl: (state, options = {}) =>
      viewUrl(window.location.href, stateToUrl(state, fallbackLang), {
        ...options,
        ...(options.embed || page.embed ? { lang: state.lang } : {}),
      }),
    citeUrl: (selection, asOf) => viewUrl(window.location.href, stateToUrl({ ...DEFAULT_STATE, selection, asOf }, DEFAULT_STATE.lang)),
    liveMap: page.liveMap,
  };
}
