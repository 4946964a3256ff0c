/**
 * The atlas as a component: `createAtlas(container, options)` loads the data
 * and fonts and composes the features (src/features/*) inside `container`.
 * The page, an embed and a classroom copy are all callers of this one
 * function; each atlas keeps its own state, and `destroy()` takes everything
 * it added away.
 *
 * The load sequence: the text needs only the document; without the places
 * it shows without its place links, with a Retry. With the places, every
 * feature mounts on one index of the data; the map follows once the base map,
 * its fonts and its first frame are in, and can fail and be retried alone.
 */
import '../styles.css';
import './loading-status.css';
import '../ui/focus-and-targets.css';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { atlasData } from '../content/atlas-data.ts';
import { SOURCE_URLS } from '../data/asset-urls.ts';
import { SourceLoader } from '../data/data-source.ts';
import type { AtlasSourceUrls } from '../data/source-urls.ts';
import { isEmbedQuery } from '../embed/embed-url.ts';
import { type Lang, preferredLang } from '../i18n/lang.ts';
import { basemapSources } from '../data/basemap-data.ts';
import {
  dropMapWorker,
  isNoWebglError,
  isWorkerError,
  onWorkerFailure,
  startMapWorker,
  workerProblem,
} from '../map/create-map.ts';
import { type Actions, createActions } from '../state/actions.ts';
import { type AppState, DEFAULT_STATE, type Selection } from '../state/app-state.ts';
import { AtlasIndex } from '../state/atlas-index.ts';
import { readerShowsFor } from '../state/reader-rule.ts';
import { Store } from '../state/store.ts';
import { type KnownIds, urlToState } from '../state/url-state.ts';
import { syncUrl } from '../state/url-sync.ts';
import { el } from '../ui/dom.ts';
import type { Topology } from 'topojson-specification';
import type { FeatureContext, LiveMap, Unmount } from '../ui/feature-context.ts';
import { type AtlasPage, featureContextOf } from './feature-context-of.ts';
import { Watched } from '../ui/watched.ts';
import { mountEmbed } from '../features/embed/mount-embed.ts';
import { mountCompare } from '../features/investor/mount-compare.ts';
import { type MapInput, mountMap } from '../features/map-view/mount-map.ts';
import { mountReader } from '../features/reader/mount-reader.ts';
import { mountSearch } from '../features/search/mount-search.ts';
import { mountShare } from '../features/share/mount-share.ts';
import { mountTourLauncher } from '../features/tour/mount-tour.ts';
import { Loading, NO_BASEMAP, PartsFailed, loadParts, partsText } from './loading.ts';
import { overviewShortcuts } from './overview-shortcuts.ts';
import { keepPageInLanguage } from './page-language.ts';

export interface AtlasOptions {
  /**
   * Keep the address bar and the browser history in step with this atlas.
   * Only one atlas on a page may. Default: `true`.
   */
  syncUrl?: boolean;
  /**
   * The view to open, as a query string (`?place=dalian&lang=zh`). Default:
   * the page's own query string when `syncUrl` is on, else the overview.
   */
  query?: string;
  /**
   * The language when the query names none. Default: the first of the
   * browser's preferred languages that the interface speaks.
   */
  lang?: Lang;
  /**
   * Keep the page's `<title>` and `<html lang>` in the atlas's language.
   * Default: the value of `syncUrl`, since that atlas is the page.
   */
  ownsDocument?: boolean;
  /** A masthead whose title and subtitle the atlas writes, in its language. Default: none. */
  masthead?: HTMLElement | null;
  /** The panel's element id, the target of the page's skip link. Default: `'panel'`. */
  panelId?: string;
  /** Where the data files are, when the page does not carry them inline. Default: the files built with the site. */
  dataUrls?: AtlasSourceUrls;
  /**
   * Embed mode, for an iframe in an article: the map and a compact caption,
   * no masthead, panel or search; the page's scroll is left to the page, and
   * the history is left alone. Default: the query's `embed=1`.
   */
  embed?: boolean;
}

export interface AtlasHandle {
  /** Every change the atlas can make, for callers that drive it from outside. */
  readonly actions: Actions;
  /** The atlas's current state; `DEFAULT_STATE` until its data has loaded. */
  getState(): AppState;
  /** Settles when the map has drawn its first frame with the policy on it; rejects if loading failed. */
  readonly ready: Promise<void>;
  /** Removes the map, the panel and every listener the atlas added. Safe to call at any time, and twice. */
  destroy(): void;
}

export function createAtlas(container: HTMLElement, options: AtlasOptions = {}): AtlasHandle {
  const sync = options.syncUrl ?? true;
  const ownsDocument = options.ownsDocument ?? sync;
  const fallbackLang = options.lang ?? preferredLang(navigator.languages ?? [navigator.language]);
  const query = options.query ?? (sync ? window.location.search : '');
  const embed = options.embed ?? isEmbedQuery(query);
  const destroyed = new AbortController();
  const cleanups: Unmount[] = [];

  // Until the data arrives, the state holds what the URL can say without it: the language.
  const store = new Store({ ...DEFAULT_STATE, lang: urlToState(query, EMPTY_KNOWN, fallbackLang).lang });
  let readerShows: (selection: Selection) => boolean = () => false;
  const actions = createActions(store, { readerShows: (selection) => readerShows(selection) });
  /** The map while it is up. */
  let live: LiveMap | null = null;
  /** How much of the map's foot the phone's sheet covers. */
  const cover = new Watched(0);

  const { mapElement, status } = mountShell(container, embed && ownsDocument, embed, cleanups);
  cleanups.push(keepPageInLanguage({ state: store, mapElement, masthead: options.masthead ?? null, ownsDocument, fallbackLang }));
  const loading = new Loading({
    status,
    state: store,
    focusAfter: () => container.querySelector<HTMLElement>('.search-box input, [role="tab"]'),
  });
  cleanups.push(() => loading.stop());
  const page: AtlasPage = {
    container,
    mapElement,
    store,
    actions,
    embed,
    fallbackLang,
    mapReady: loading.ready,
    liveMap: () => live,
  };
  start().then(
    () => loading.done(),
    (error: unknown) => loading.failed(error),
  );

  async function start(): Promise<void> {
    // Every file is requested at once, and the map's worker started.
    startMapWorker();
    const loader = new SourceLoader(document, options.dataUrls ?? SOURCE_URLS);
    const [policyDocument] = await loading.untilLoaded({
      where: container,
      attempt: () => loadParts(loader, ['document'] as const),
      text: (error, strings) => partsText(error, strings, strings.textNeedsData),
    });
    if (destroyed.signal.aborted) return;
    // Without the places the text is still readable, without its place links, until a retry brings them.
    const textOnly: { restoredTo: AppState | null } = { restoredTo: null };
    const [placeCollection, infrastructure] = await loading.untilLoaded({
      where: container,
      attempt: () => loadParts(loader, ['places', 'infrastructure'] as const),
      text: (error, strings) => partsText(error, strings, strings.textWithoutPlaces),
      whileFailed: () => {
        const index = new AtlasIndex(atlasData(policyDocument, NO_COLLECTION), NO_COLLECTION, NO_BASEMAP);
        textOnly.restoredTo = restoreFromUrl(index);
        return mountFeatures(index, { textOnly: true });
      },
    });
    if (destroyed.signal.aborted) return;
    // The text does not wait on a base map that failed: it shows without prefectures, and the map offers a retry.
    const topology = await loader.load('basemap').catch(() => null);
    if (destroyed.signal.aborted) return;
    const index = new AtlasIndex(
      atlasData(policyDocument, placeCollection),
      infrastructure,
      topology ? basemapSources(topology) : NO_BASEMAP,
    );
    // A reader who moved on while the places were missing keeps where they are; otherwise the link is opened in full.
    if (textOnly.restoredTo === null || store.get() === textOnly.restoredTo) restoreFromUrl(index);
    cleanups.push(mountFeatures(index, { textOnly: false }));

    // The text needs no map: the panel and search are usable while the
    // map's base map, fonts and first frame load, and if they fail.
    const removeMap = await loadMap(loading, loader, topology, featureContextOf(page, index), {
      cover,
      signal: destroyed.signal,
      onLive: (map) => {
        live = map;
      },
    });
    cleanups.push(removeMap);
  }

  /** Opens the view the URL names, as far as the index knows its ids; returns the state it set. */
  function restoreFromUrl(index: AtlasIndex): AppState {
    readerShows = readerShowsFor(index.data);
    store.update(urlToState(query, index.known, fallbackLang), { history: 'none' });
    return store.get();
  }

  /** Mounts every feature but the map on an index of the data; returns their cleanup. */
  function mountFeatures(index: AtlasIndex, { textOnly }: { textOnly: boolean }): Unmount {
    const ctx = featureContextOf(page, index);
    if (embed) return mountEmbed(ctx);
    const share = mountShare(ctx);
    const search = mountSearch(ctx);
    const compare = mountCompare(ctx);
    const launcher = mountTourLauncher(ctx);
    const unmounts: Unmount[] = [share.remove, search.remove, compare.remove, launcher.remove];
    unmounts.push(
      mountReader(ctx, {
        panelId: options.panelId ?? 'panel',
        header: [search.element, launcher.element, share.button, compare.tray],
        onPalette: (palette) => live?.repaint(palette),
        onCover: (pixels) => cover.set(pixels),
      }),
      overviewShortcuts(container, options.masthead?.querySelector<HTMLAnchorElement>('a.masthead__home') ?? null, actions),
    );
    // An embed writes no history: its entries would join the host page's Back button. Nor
    // does the text alone: its links would drop the places it does not know yet.
    if (sync && !textOnly) unmounts.push(syncUrl(store, actions, index.known, fallbackLang));
    return () => {
      for (const unmount of unmounts.reverse()) unmount();
    };
  }

  return {
    actions,
    getState: () => store.get(),
    ready: loading.ready,
    destroy() {
      if (destroyed.signal.aborted) return;
      destroyed.abort();
      // Last added, first removed: listeners before the elements and the map they watch.
      for (const cleanup of cleanups.splice(0).reverse()) cleanup();
    },
  };
}

/**
 * Loads the base map (again, if the text went ahead without it) and mounts
 * the map; while either fails, says so on the map with a Retry. Settles with
 * the map's cleanup.
 */
async function loadMap(
  loading: Loading,
  loader: SourceLoader,
  topology: Topology | null,
  ctx: FeatureContext,
  input: Pick<MapInput, 'cover' | 'signal' | 'onLive'>,
): Promise<Unmount> {
  return loading.untilLoaded({
    where: ctx.mapElement,
    attempt: async () => {
      const [basemap] = await loadParts(loader, ['basemap'] as const);
      if (input.signal.aborted) return () => {};
      // A base map that arrived after the text (on a retry): every feature now knows its prefectures.
      if (basemap !== topology) ctx.index.setBasemap(basemapSources(basemap));
      try {
        return await mountMap(ctx, { ...input, basemap: ctx.index.basemap, topology: basemap, watchFailures });
      } catch (error) {
        if (error instanceof PartsFailed && error.parts.includes('worker')) dropMapWorker();
        throw error;
      }
    },
    text: (error, strings) =>
      isNoWebglError(error) ? { what: strings.noWebgl, hint: '' } : partsText(error, strings, strings.textStillWorks),
    // Without WebGL, trying again cannot help.
    canRetry: (error) => !isNoWebglError(error),
  });
}

/** The atlas's own elements: the layout's classes, the map's element and its status line. */
function mountShell(
  container: HTMLElement,
  embedPage: boolean,
  embed: boolean,
  cleanups: Unmount[],
): { mapElement: HTMLElement; status: HTMLElement } {
  container.classList.add('layout');
  if (embed) {
    container.classList.add('layout--embed');
    if (embedPage) document.body.classList.add('is-embed');
    cleanups.push(() => {
      container.classList.remove('layout--embed');
      if (embedPage) document.body.classList.remove('is-embed');
    });
  }
  const mapElement = el('div', { className: 'map', attrs: { role: 'region' } });
  const status = el('p', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  // The status sits on the map it speaks for, where the reader is looking.
  mapElement.append(status);
  container.append(mapElement);
  cleanups.push(() => {
    mapElement.remove();
    status.remove();
    container.classList.remove('layout');
  });
  return { mapElement, status };
}

/**
 * Watches a map until it has drawn its first frame: a worker that fails to
 * start, or never does (asked after a while), and the map's first error.
 */
function watchFailures(map: MapLibreMap, drawn: Promise<void>, fail: (error: unknown) => void): Unmount {
  const watchdog = setTimeout(() => {
    void workerProblem().then((problem) => problem && fail(new PartsFailed(['worker'], problem)));
  }, WORKER_WATCHDOG_MS);
  void drawn.then(() => clearTimeout(watchdog));
  const stopWatchingWorker = onWorkerFailure((error) => fail(new PartsFailed(['worker'], error.message)));
  map.once('error', (event) => {
    clearTimeout(watchdog);
    fail(isWorkerError(event.error) ? new PartsFailed(['worker'], event.error.message) : event.error);
  });
  return () => {
    clearTimeout(watchdog);
    stopWatchingWorker();
  };
}

/** How long a map may take to load before the atlas asks whether its worker can start at all. */
const WORKER_WATCHDOG_MS = 6000;

const NO_COLLECTION = { type: 'FeatureCollection' as const, features: [] };

/** No ids are known before the data loads: only `lang` can be read from a URL then. */
const EMPTY_KNOWN: KnownIds = {
  places: new Set(),
  divisions: new Set(),
  clauses: new Set(),
  sentences: new Set(),
  tourSteps: [],
};
