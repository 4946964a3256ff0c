/**
 * The atlas as a component: `createAtlas(container, options)` loads the data
 * and fonts and builds the map and the panel inside `container`. The page,
 * an embed and a classroom copy are all callers of this one function; each
 * atlas keeps its own state, and `destroy()` takes everything it added away.
 */
import '../styles.css';
import './loading-status.css';
import '../ui/focus-and-targets.css';
import { bbox } from '@turf/bbox';
import type { FeatureCollection, MultiLineString } from 'geojson';
import type { Topology } from 'topojson-specification';
import { type AtlasData, atlasData } from '../content/atlas-data.ts';
import { CATEGORIES, categoryById } from '../content/categories.ts';
import { SOURCE_URLS } from '../data/asset-urls.ts';
import { type AtlasSourceUrls, type SourceId, SourceLoader, type SourceTypes } from '../data/data-source.ts';
import { MAPLIBRE_LOCALE, STRINGS } from '../i18n/index.ts';
import type { Strings } from '../i18n/strings.ts';
import { LANG_TAG, type Lang, preferredLang } from '../i18n/lang.ts';
import { type BasemapSources, basemapSources, divisionIndex } from '../map/basemap-data.ts';
import { LABEL_LAYER_IDS, baseStyle } from '../map/base-layers.ts';
import {
  MapControls,
  createMap,
  dropMapWorker,
  isNoWebglError,
  isWorkerError,
  onWorkerFailure,
  startMapWorker,
  workerProblem,
} from '../map/create-map.ts';
import { loadLabelFonts } from '../map/fonts.ts';
import { NAME_LAYERS } from '../map/policy-layers.ts';
import { type Pick, PolicyMap } from '../map/policy-map.ts';
import { combineEdges, edgesCoveredBy } from '../map/camera.ts';
import { repaintBaseMap } from '../map/apply-theme.ts';
import { LIGHT_THEME, type Theme } from '../map/theme.ts';
import { type Actions, createActions } from '../state/actions.ts';
import { type AppState, DEFAULT_STATE, type PanelView, type Selection } from '../state/app-state.ts';
import { knownIds } from '../state/known-ids.ts';
import { Store } from '../state/store.ts';
import { type KnownIds, roundCamera, stateToUrl, urlToState } from '../state/url-state.ts';
import { syncUrl } from '../state/url-sync.ts';
import { categoryLabel } from '../ui/category-name.ts';
import { ColorSchemeSwitch, resolvedScheme, themeFor } from '../features/color-scheme/color-scheme.ts';
import { el } from '../ui/dom.ts';
import { Legend } from '../features/map-view/legend.ts';
import { LoadFailure, type LoadFailureText } from './load-failure.ts';
import { Chooser, Tooltip } from '../features/map-view/map-popups.ts';
import { NamesInView } from '../features/map-view/names-in-view.ts';
import { BottomSheet } from '../features/sheet/bottom-sheet.ts';
import { LiveAnnouncer } from '../features/reader/live-announcer.ts';
import { Panel } from '../features/reader/panel.ts';
import { PlacesInView } from '../features/map-view/places-in-view.ts';
import { type PanelContext, sentencePlace } from '../ui/panel-context.ts';
import { SearchBox } from '../features/search/search-box.ts';
import { SearchLoader } from '../search/search-loader.ts';
import { importSearchIndex } from '../search/import-search-index.ts';
import { DATA_ZIP_PATH } from '../../scripts/data-package/data-zip.ts';
import { isOneFileCopy } from '../data/data-source.ts';
import { isEmbedQuery, viewUrl } from '../embed/embed-url.ts';
import { postHeightToParent } from '../embed/post-height.ts';
import { EmbedCaption } from '../features/embed/embed-caption.ts';
import { printSheet } from '../features/share/print-sheet.ts';
import type { SummarySources } from '../ui/selection-summary.ts';
import { ShareDialog } from '../features/share/share-dialog.ts';
import { ContextLayers, CONTEXT_LABEL_LAYER_IDS } from '../map/context-layers.ts';
import { SpotMarker } from '../map/spot-marker.ts';
import type { InfrastructureCollection } from '../spatial/infrastructure-types.ts';
import { spatialContextFromBasemap } from '../spatial/spatial-context.ts';
import { CompareView } from '../features/investor/compare-view.ts';
import { ContextKey } from '../features/map-view/context-key.ts';
import { ContextCard, ContextTooltip } from '../features/map-view/context-popup.ts';
import type { InvestorTools } from '../features/investor/investor-tools.ts';
import { WhatsHereControl } from '../features/investor/whats-here-control.ts';
import { LocatorInset } from '../features/map-view/locator-inset.ts';
import { followSelection } from '../features/map-view/selection-locator.ts';
import { TourLauncher } from '../features/tour/tour-launcher.ts';
import { TourMode } from '../features/tour/tour-mode.ts';
import { infrastructureSearch, withInfrastructure } from '../search/infrastructure-search.ts';

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

/** The extent the base map has data for: the reader may not pan beyond it. */
function extentOf(topology: Topology): [number, number, number, number] {
  if (!topology.bbox) throw new Error('base map has no bbox');
  const [west, south, east, north] = topology.bbox;
  return [west, south, east, north];
}

export function createAtlas(container: HTMLElement, options: AtlasOptions = {}): AtlasHandle {
  const sync = options.syncUrl ?? true;
  const ownsDocument = options.ownsDocument ?? sync;
  const fallbackLang = options.lang ?? preferredLang(navigator.languages ?? [navigator.language]);
  const query = options.query ?? (sync ? window.location.search : '');
  const dataUrls = options.dataUrls ?? SOURCE_URLS;
  const embed = options.embed ?? isEmbedQuery(query);

  // Until the data arrives, the state holds what the URL can say without it: the language.
  const store = new Store({ ...DEFAULT_STATE, lang: urlToState(query, EMPTY_KNOWN, fallbackLang).lang });
  const cleanups: (() => void)[] = [];
  let destroyed = false;
  let loaded: AtlasData | null = null;
  const mentioned = (id: string) => (loaded?.placeById.get(id)?.properties.sentences.length ?? 0) > 0;
  const actions = createActions(store, {
    // The reader shows what the text names: a place it never names, or a
    // prefecture, opens its details instead.
    readerShows: (selection) =>
      selection.kind === 'clause' || selection.kind === 'sentence' || (selection.kind === 'place' && mentioned(selection.id)),
  });

  container.classList.add('layout');
  if (embed) {
    container.classList.add('layout--embed');
    if (ownsDocument) document.body.classList.add('is-embed');
    cleanups.push(() => {
      container.classList.remove('layout--embed');
      if (ownsDocument) document.body.classList.remove('is-embed');
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

  const applyLanguage = (lang: Lang) => {
    const strings = STRINGS[lang];
    mapElement.setAttribute('aria-label', strings.mapLabel);
    if (status.dataset.state === 'loading') status.textContent = strings.mapLoading;
    if (status.dataset.state === 'failed') status.textContent = strings.loadFailed;
    if (options.masthead) {
      // The title is a link to the overview where the page makes it one.
      const home = options.masthead.querySelector<HTMLAnchorElement>('a.masthead__home');
      const title = home ?? options.masthead.querySelector('.masthead__title');
      if (home) home.href = stateToUrl({ ...DEFAULT_STATE, lang }, fallbackLang) || '?';
      const subtitle = options.masthead.querySelector('.masthead__subtitle-text');
      const number = options.masthead.querySelector('.masthead__docno');
      if (title) title.textContent = strings.appTitle;
      if (subtitle) subtitle.textContent = strings.appSubtitle;
      if (number) number.textContent = strings.documentNumber;
    }
    if (ownsDocument) {
      document.documentElement.lang = LANG_TAG[lang];
      document.title = strings.pageTitle;
      const skip = document.querySelector('.skip-link');
      if (skip) skip.textContent = strings.skipToPanel;
    }
  };
  status.dataset.state = 'loading';
  applyLanguage(store.get().lang);
  cleanups.push(store.subscribe((state, previous) => state.lang !== previous.lang && applyLanguage(state.lang)));

  // Messages about a part that failed, kept in the interface's language.
  const failures = new Set<LoadFailure>();
  cleanups.push(() => {
    for (const failure of failures) failure.remove();
    failures.clear();
  });
  cleanups.push(
    store.subscribe((state, previous) => {
      if (state.lang !== previous.lang) for (const failure of failures) failure.setLanguage(STRINGS[state.lang]);
    }),
  );

  let settleReady: { resolve(): void; reject(error: unknown): void } = { resolve: () => undefined, reject: () => undefined };
  const ready = new Promise<void>((resolve, reject) => {
    settleReady = { resolve, reject };
  });
  // The handle's promise is for callers that wait on it; an unobserved failure is reported on the page.
  ready.catch(() => undefined);
  /** The first failure rejects `ready`; the page goes on offering a retry of what failed. */
  const reportFailure = (error: unknown) => {
    console.warn(error);
    settleReady.reject(error);
  };

  start().then(
    () => {
      if (destroyed) return;
      delete status.dataset.state;
      status.textContent = '';
      settleReady.resolve();
    },
    (error: unknown) => {
      if (destroyed) return;
      // Something no retry of a file can mend (a build missing its data blocks, say).
      console.error(error);
      status.hidden = false;
      status.dataset.state = 'failed';
      status.textContent = STRINGS[store.get().lang].loadFailed;
      settleReady.reject(error);
    },
  );

  /**
   * Runs `attempt`; while it fails, shows in `where` what failed, with a
   * Retry that runs it again, and resolves with the first success. Nothing
   * that already loaded is taken away meanwhile.
   */
  async function untilLoaded<T>(
    where: HTMLElement,
    attempt: () => Promise<T>,
    text: (error: unknown, strings: Strings) => LoadFailureText,
    canRetry: (error: unknown) => boolean = () => true,
  ): Promise<T> {
    try {
      return await attempt();
    } catch (error) {
      if (destroyed) throw error;
      reportFailure(error);
      status.hidden = true;
      let last = error;
      return await new Promise<T>((resolve) => {
        const failure: LoadFailure = new LoadFailure(STRINGS[store.get().lang], {
          text: (strings) => text(last, strings),
          retry: canRetry(error)
            ? async () => {
                try {
                  const value = await attempt();
                  failures.delete(failure);
                  failure.remove();
                  status.hidden = false;
                  resolve(value);
                } catch (again) {
                  console.warn(again);
                  last = again;
                  failure.refresh();
                }
              }
            : undefined,
          focusAfter: () => container.querySelector<HTMLElement>('.search-box input, [role="tab"]'),
        });
        failures.add(failure);
        where.append(failure.element);
      });
    }
  }

  /** What failed, as a message names it: the parts a `PartsFailed` lists, or the map as a whole. */
  const partsText = (error: unknown, strings: Strings, hint: string): LoadFailureText => {
    const parts: readonly FailedPart[] = error instanceof PartsFailed ? error.parts : ['basemap'];
    return { what: strings.partsFailed(parts.map((part) => strings.failedPart(part))), hint };
  };

  async function start(): Promise<void> {
    // All four files are requested at once, and the map's worker started. The
    // text (with its investor tools) needs three of the files, the map the fourth.
    startMapWorker();
    const sourceLoader = new SourceLoader(document, dataUrls);
    const [policyDocument, placeCollection, infrastructure] = await untilLoaded(
      container,
      () => loadParts(sourceLoader, ['document', 'places', 'infrastructure'] as const),
      (error, strings) => partsText(error, strings, strings.textNeedsData),
    );
    if (destroyed) return;
    // The text does not wait on a base map that failed: it shows without prefectures, and the map offers a retry.
    const topology = await sourceLoader.load('basemap').catch(() => null);
    if (destroyed) return;
    const sources = topology ? basemapSources(topology) : NO_BASEMAP;
    const data = atlasData(policyDocument, placeCollection);
    const known = knownIds(data, sources);
    store.update(urlToState(query, known, fallbackLang), { history: 'none' });

    loaded = data;
    await mount(data, sources, topology, known, actions, infrastructure, sourceLoader);
  }

  async function mount(
    data: AtlasData,
    sources: BasemapSources,
    topology: Topology | null,
    known: ReturnType<typeof knownIds>,
    act: Actions,
    infrastructure: InfrastructureCollection,
    sourceLoader: SourceLoader,
  ): Promise<void> {
    const divisions = divisionIndex(sources);
    const initialSources = sources;
    const investor: InvestorTools = {
      spatial: spatialContextFromBasemap(data, sources, infrastructure),
      state: store,
      actions: act,
    };
    let policyMap: PolicyMap | null = null;
    let tourMode: TourMode | null = null;
    // The colour scheme repaints the map and the key once they exist; see below.
    let repaint: (theme: Theme) => void = () => {};
    // Told when the phone's sheet has settled at a new height, so that the map frames places above it.
    const cover: { onChange?(): void } = {};
    const select = (selection: Selection, view?: PanelView) => act.select(selection, view ? { view } : {});
    const contextFor = (lang: Lang): PanelContext => ({
      data,
      lang,
      strings: STRINGS[lang],
      categories: CATEGORIES,
      divisionNames: divisions.names,
      divisionAt: divisions.at,
      select,
      preview: (ids) => policyMap?.preview(ids),
      // Links name only what they open: a copied or new-tab link frames its
      // selection afresh rather than reopening a camera from when it was drawn.
      hrefFor: (selection, view) =>
        stateToUrl({ ...DEFAULT_STATE, selection, view: view ?? 'details', lang }, fallbackLang) || '?',
      investor,
    });

    const summarySources: SummarySources = { data, divisions: sources.divisions, divisionNames: divisions.names };
    // Addresses of views on this page: what Share copies, embeds and cites.
    const urlOf = (state: AppState, urlOptions: { embed?: boolean } = {}) =>
      viewUrl(window.location.href, stateToUrl(state, fallbackLang), {
        ...urlOptions,
        ...(urlOptions.embed || embed ? { lang: state.lang } : {}),
      });
    const citeUrlOf = (selection: Selection | null) =>
      viewUrl(window.location.href, stateToUrl({ ...DEFAULT_STATE, selection }, DEFAULT_STATE.lang));
    let mapRef: ReturnType<typeof createMap> | null = null;
    if (embed) {
      const caption = new EmbedCaption({ state: store, sources: summarySources, fullAtlasUrl: (state) => urlOf(state) });
      container.append(caption.element);
      cleanups.push(() => caption.remove());
      cleanups.push(postHeightToParent(caption.content));
    } else mountPanel();

    function mountPanel(): void {
      const share = new ShareDialog({
        state: store,
        sources: summarySources,
        map: () => mapRef,
        categories: CATEGORIES,
        viewUrl: urlOf,
        citeUrl: citeUrlOf,
        dataZipUrl: isOneFileCopy() ? null : new URL(DATA_ZIP_PATH, document.baseURI).href,
      });
      container.append(share.dialog);
      cleanups.push(() => share.remove());
      const searchIndex = new SearchLoader((attempt) =>
        importSearchIndex(attempt).then(({ createSearchIndex }) =>
          withInfrastructure(
            createSearchIndex(data, (entry) => sentencePlace(STRINGS[store.get().lang], entry), divisions.names),
            infrastructureSearch(infrastructure),
          ),
        ),
      );
      const search = new SearchBox({
        loadIndex: () => searchIndex.load(),
        strings: STRINGS[store.get().lang],
        lang: store.get().lang,
        categoryLabel: (id) => categoryLabel(categoryById(id), store.get().lang),
        divisionLabel: (id) => {
          const lang = store.get().lang;
          const division = divisions.names.get(id);
          return STRINGS[lang].divisionOf((lang === 'zh' ? division?.provinceZh : division?.provinceEn) ?? '');
        },
        infrastructureLabel: (result) => STRINGS[store.get().lang].contextKind(result.infrastructureKind),
        onChoose: (result) => {
          if (result.kind === 'infrastructure') {
            act.setContextShown(result.infrastructureKind, true);
            act.showSpot(result.at);
          } else if (result.kind === 'sentence') select({ kind: 'sentence', id: result.id }, 'reader');
          else select({ kind: result.kind, id: result.id });
        },
      });
      cleanups.push(() => search.destroy());
      // Loaded once the map is up (or has failed), so that search still works if the connection goes later.
      cleanups.push(searchIndex.preload(ready));
      const compare = new CompareView({ data, spatial: investor.spatial, state: store, actions: act, openOnStart: true });
      container.append(compare.dialog);
      cleanups.push(() => compare.remove());
      const launcher = new TourLauncher({ onPresent: () => tourMode?.start() }, STRINGS[store.get().lang]);
      const schemeSwitch = new ColorSchemeSwitch({
        state: store,
        actions: act,
        onSchemeChange: (scheme) => repaint(themeFor(scheme)),
      });
      cleanups.push(() => schemeSwitch.remove());
      const panel = new Panel({
        state: store,
        actions: act,
        contextFor,
        header: [search.element, launcher.element, share.button, compare.tray],
        id: options.panelId ?? 'panel',
        switches: [schemeSwitch.element],
      });
      container.append(panel.element);
      cleanups.push(() => panel.remove());
      const sheet = new BottomSheet({
        panel: panel.element,
        state: store,
        onCover: () => cover.onChange?.(),
      });
      cleanups.push(() => sheet.remove());
      const announcer = new LiveAnnouncer({ state: store, contextFor });
      container.append(announcer.element);
      cleanups.push(() => announcer.remove());
      const home = options.masthead?.querySelector<HTMLAnchorElement>('a.masthead__home');
      const goHome = (event: MouseEvent) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        act.clear();
      };
      home?.addEventListener('click', goHome);
      cleanups.push(() => home?.removeEventListener('click', goHome));
      cleanups.push(
        store.subscribe((state, previous) => {
          if (state.lang !== previous.lang) search.setLanguage(STRINGS[state.lang], state.lang);
          if (state.lang !== previous.lang) launcher.setLanguage(STRINGS[state.lang]);
        }),
      );
      // An embed writes no history: its entries would join the host page's Back button.
      if (sync) cleanups.push(syncUrl(store, act, known, fallbackLang));

      // The keyboard's one command of its own: Esc goes back to the overview,
      // unless something open (a list, a chooser, a field) takes it first.
      const onKeyDown = (event: KeyboardEvent) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        const target = event.target as HTMLElement | null;
        if (target?.closest('input, textarea, select, dialog, [role="dialog"]')) return;
        act.clear();
      };
      container.addEventListener('keydown', onKeyDown);
      cleanups.push(() => container.removeEventListener('keydown', onKeyDown));
    }

    // The text needs no map: the panel and search are usable while the
    // map's base map, fonts and first frame load, and if they fail.
    await untilLoaded(
      mapElement,
      async () => {
        const basemap = await loadParts(sourceLoader, ['basemap'] as const).then(([t]) => t);
        if (destroyed) return;
        await mountMap(basemap === topology ? sources : basemapSources(basemap), basemap);
      },
      (error, strings) =>
        isNoWebglError(error) ? { what: strings.noWebgl, hint: '' } : partsText(error, strings, strings.textStillWorks),
      // Without WebGL, trying again cannot help.
      (error) => !isNoWebglError(error),
    );

    /**
     * The map, once the panel is in place, so that it frames the region in the
     * space the panel leaves. Settles when it has drawn its first frame with
     * the policy on it; rejects, having removed everything it added, if it
     * cannot (its worker failed to load, say), so that a retry starts afresh.
     */
    async function mountMap(sources: BasemapSources, topology: Topology): Promise<void> {
      const mapCleanups: (() => void)[] = [];
      const removeMap = () => {
        for (const cleanup of mapCleanups.splice(0).reverse()) cleanup();
      };
      cleanups.push(removeMap);
      // A base map that arrived after the text (on a retry): the investor tools now know its prefectures too.
      if (sources !== initialSources) investor.spatial = spatialContextFromBasemap(data, sources, infrastructure);

      await loadLabelFonts(LIGHT_THEME.fonts, [
        ...sources.labels.features.flatMap((f) => [String(f.properties?.name_en), String(f.properties?.name_zh)]),
        ...data.places.flatMap((p) => [p.properties.name_en, p.properties.name_zh]),
      ]);
      if (destroyed) return;

      const [west, south, east, north] = bbox(sources.divisions);
      const regionBounds: [[number, number], [number, number]] = [
        [west, south],
        [east, north],
      ];
      const lang = store.get().lang;
      const initialTheme = themeFor(resolvedScheme(store.get().colorScheme));
      // Throws at once when the browser has no WebGL2; nothing has been added yet then.
      const map = createMap({
        container: mapElement,
        style: baseStyle(initialTheme, sources, lang),
        bounds: regionBounds,
        camera: store.get().camera,
        maxBounds: extentOf(topology),
        locale: MAPLIBRE_LOCALE[lang],
        cooperativeGestures: embed,
      });
      mapRef = map;
      cover.onChange = () => policyMap?.reframe();
      mapCleanups.push(() => {
        mapRef = null;
        cover.onChange = undefined;
      });
      mapCleanups.push(printSheet({ state: store, sources: summarySources, map, viewUrl: urlOf, citeUrl: citeUrlOf }));
      mapCleanups.push(() => map.remove());
      const controls = new MapControls(map, { foldAttribution: !embed });
      controls.set(MAPLIBRE_LOCALE[lang], STRINGS[lang].attribution);

      const tooltip = new Tooltip(() => store.get().lang);
      mapCleanups.push(tooltip.watchPointer(mapElement));
      const chooser = new Chooser({
        lang: () => store.get().lang,
        returnFocusTo: () => map.getCanvas(),
        onChoose: (pick: Pick) => {
          if (pick.kind === 'spot') act.showSpot(pick.at);
          else select(pick.kind === 'place' ? { kind: 'place', id: pick.place.properties.id } : { kind: 'division', id: pick.id });
        },
      });
      mapElement.append(tooltip.element, chooser.element);
      const contextTooltip = new ContextTooltip(() => store.get().lang);
      const contextCard = new ContextCard({ lang: () => store.get().lang, returnFocusTo: () => map.getCanvas() });
      mapElement.append(contextTooltip.element, contextCard.element);
      mapCleanups.push(() => {
        for (const popup of [tooltip, chooser, contextTooltip, contextCard]) popup.element.remove();
      });
      let contextLayers: ContextLayers | null = null;

      try {
        await new Promise<void>((resolve, reject) => {
          // Destroyed while the map loads: nothing more to wait for.
          mapCleanups.push(resolve);
          // A worker that never starts would leave the map loading for ever: after a while, ask why.
          const watchdog = setTimeout(() => {
            void workerProblem().then((problem) => problem && reject(new PartsFailed(['worker'], problem)));
          }, WORKER_WATCHDOG_MS);
          mapCleanups.push(() => clearTimeout(watchdog));
          mapCleanups.push(onWorkerFailure((error) => reject(new PartsFailed(['worker'], error.message))));
          map.once('error', (event) => {
            clearTimeout(watchdog);
            reject(isWorkerError(event.error) ? new PartsFailed(['worker'], event.error.message) : event.error);
          });
          // On the style's load, before any tile is made: the policy's sources,
          // layers and images, and the framing clear of the key, are then in
          // place for the first tiles, which are made once, at the final camera.
          map.once('style.load', () => {
            if (destroyed) return resolve();
            // The key first, so that the map frames the region clear of it.
            const counts = { seaport: 0, 'border-crossing': 0, airport: 0, railway: 0 };
            for (const item of infrastructure.features) counts[item.properties.kind] += 1;
            const contextKey = new ContextKey({ state: store, actions: act, counts });
            mapCleanups.push(() => contextKey.remove());
            const legend = new Legend({
              data,
              state: store,
              theme: initialTheme,
              onToggle: (theme, shown) => act.setShown(theme, shown),
              collapsed: embed || mapElement.clientWidth < 600,
              groups: [contextKey.element],
            });
            map.addControl(legend, 'top-left');
            const current = new PolicyMap({
              map,
              data,
              theme: initialTheme,
              // The key, the phone's sheet, the tour's column and the locator inset, whichever lie over the map now.
              coveredEdges: () => {
                const area = mapElement.getBoundingClientRect();
                const over = container.querySelectorAll<HTMLElement>('.panel.sheet, .tour, .locator:not([hidden])');
                return combineEdges(legend.coveredEdges(mapElement), ...[...over].map((box) => edgesCoveredBy(area, box.getBoundingClientRect())));
              },
              state: store,
              regionBounds,
              divisions: sources.divisions,
              tourSteps: known.tourSteps,
              onSelect: (selection) => select(selection),
              onCameraChange: (camera) => act.moveCamera(camera),
              onHover: (place, point) => tooltip.show(place, point),
              onAmbiguousClick: (picks, point) => chooser.open(picks, point),
              onMoveStart: () => {
                chooser.close();
                contextCard.close();
              },
              onSpot: (at) => act.showSpot(at),
              // An infrastructure item under a click that hits no marker opens its card.
              claimClick: (point) => {
                const item = contextLayers?.itemAt(point);
                if (item) contextCard.open(item, point);
                return item !== null && item !== undefined;
              },
            });
            policyMap = current;
            // Removed before the map itself: the map's removal ends its events.
            mapCleanups.push(() => {
              current.remove();
              policyMap = null;
            });
            repaint = (theme) => {
              repaintBaseMap(map, theme, store.get().lang);
              current.setTheme(theme);
              legend.setTheme(theme);
            };
            mapCleanups.push(() => {
              repaint = () => {};
            });
            const layers = new ContextLayers({
              map,
              infrastructure,
              theme: initialTheme,
              state: store,
              onHover: (item, point) => contextTooltip.show(item, point),
            });
            contextLayers = layers;
            const spot = new SpotMarker(map, store);
            mapCleanups.push(
              () => layers.remove(),
              () => spot.remove(),
            );
            map.addControl(new WhatsHereControl({ state: store, onSpot: (at) => act.showSpot(at) }), 'top-right');
            map.addControl(
              new PlacesInView({
                places: data.places,
                categories: CATEGORIES,
                state: store,
                onChoose: (id) => select({ kind: 'place', id }),
              }),
              'top-right',
            );
            // Only names actually drawn are listed: label layers, not markers.
            const namesInView = new NamesInView({
              layers: [...LABEL_LAYER_IDS, ...NAME_LAYERS, ...CONTEXT_LABEL_LAYER_IDS],
              label: STRINGS[store.get().lang].namesInView,
              lang: store.get().lang,
            }).addTo(map, mapElement);
            mapCleanups.push(() => namesInView.remove());
            const regionBox: [number, number, number, number] = [west, south, east, north];
            const locator = new LocatorInset({ ...sources, region: sources.divisions, extent: extentOf(topology) });
            mapElement.append(locator.element);
            const showView = () => locator.setView(map.getBounds().toArray().flat() as [number, number, number, number]);
            showView();
            map.on('moveend', showView);
            mapCleanups.push(followSelection(locator, store, data, regionBox));
            const tour = new TourMode({
              container,
              data,
              categories: CATEGORIES,
              state: store,
              actions: act,
              regionBounds: regionBox,
              preview: (ids) => current.preview(ids),
              contextFor,
              locator,
              reframe: () => current.reframe(),
            });
            tourMode = tour;
            mapCleanups.push(() => {
              tour.remove();
              tourMode = null;
              map.off('moveend', showView);
              locator.element.remove();
            });
            mapCleanups.push(
              store.subscribe((state, previous) => {
                if (state.lang === previous.lang) return;
                controls.set(MAPLIBRE_LOCALE[state.lang], STRINGS[state.lang].attribution);
                namesInView.setLanguage(STRINGS[state.lang].namesInView, state.lang);
              }),
            );
            map.once('idle', () => {
              clearTimeout(watchdog);
              // A camera the map cannot show (beyond its zoom range or its bounds) was
              // corrected by the map: the URL now says what the reader actually sees.
              if (store.get().camera) {
                const { lng, lat } = map.getCenter();
                act.moveCamera(roundCamera({ lng, lat, zoom: map.getZoom() }));
              }
              mapElement.setAttribute('data-map-ready', 'true');
              resolve();
            });
          });
        });
      } catch (error) {
        removeMap();
        if (error instanceof PartsFailed && error.parts.includes('worker')) dropMapWorker();
        throw error;
      }
    }
  }

  return {
    actions,
    getState: () => store.get(),
    ready,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      // Last added, first removed: listeners before the elements and the map they watch.
      for (const cleanup of cleanups.splice(0).reverse()) cleanup();
    },
  };
}

/** How long a map may take to load before the atlas asks whether its worker can start at all. */
const WORKER_WATCHDOG_MS = 6000;

/** Parts of the page that could not be loaded, named for the message that says so. */
class PartsFailed extends Error {
  readonly parts: readonly FailedPart[];

  constructor(parts: readonly FailedPart[], detail: string) {
    super(`${parts.join(', ')}: ${detail}`);
    this.name = 'PartsFailed';
    this.parts = parts;
  }
}

type FailedPart = Parameters<Strings['failedPart']>[0];

/** Loads the given data files together; if any fails, the error names every one that did. */
async function loadParts<const K extends readonly SourceId[]>(
  loader: SourceLoader,
  ids: K,
): Promise<{ -readonly [I in keyof K]: SourceTypes[K[I]] }> {
  const results = await Promise.allSettled(ids.map((id) => loader.load(id)));
  const failed = ids.filter((_, i) => results[i].status === 'rejected');
  if (failed.length > 0) {
    const reasons = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
    throw new PartsFailed(failed, reasons.join('; '));
  }
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as never;
}

/** The base map's layers, empty: what the text works with when the base map could not be loaded. */
const NO_BASEMAP: BasemapSources = (() => {
  const none = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });
  const noLines = (): MultiLineString => ({ type: 'MultiLineString', coordinates: [] });
  return {
    land: none(),
    countries: none(),
    provinces: none(),
    divisions: none(),
    countryLines: noLines(),
    provinceLines: noLines(),
    divisionLines: noLines(),
    chinaBorder: none(),
    labels: none(),
  };
})();

/** No ids are known before the data loads: only `lang` can be read from a URL then. */
const EMPTY_KNOWN: KnownIds = {
  places: new Set(),
  divisions: new Set(),
  clauses: new Set(),
  sentences: new Set(),
  tourSteps: [],
};
