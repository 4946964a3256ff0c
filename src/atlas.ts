/**
 * The atlas as a component: `createAtlas(container, options)` loads the data
 * and fonts and builds the map and the panel inside `container`. The page,
 * an embed and a classroom copy are all callers of this one function; each
 * atlas keeps its own state, and `destroy()` takes everything it added away.
 */
import './styles.css';
import { bbox } from '@turf/bbox';
import type { Topology } from 'topojson-specification';
import { type AtlasData, atlasData } from './content/atlas-data.ts';
import { CATEGORIES, categoryById } from './content/categories.ts';
import { SOURCE_URLS } from './data/asset-urls.ts';
import { type AtlasSourceUrls, loadAtlasSources } from './data/data-source.ts';
import { MAPLIBRE_LOCALE, STRINGS } from './i18n/index.ts';
import { LANG_TAG, type Lang, preferredLang } from './i18n/lang.ts';
import { type BasemapSources, basemapSources, divisionIndex } from './map/basemap-data.ts';
import { LABEL_LAYER_IDS, baseStyle } from './map/base-layers.ts';
import { MapControls, createMap } from './map/create-map.ts';
import { loadLabelFonts } from './map/fonts.ts';
import { categoryLayerIds } from './map/policy-layers.ts';
import { type Pick, PolicyMap } from './map/policy-map.ts';
import { LIGHT_THEME } from './map/theme.ts';
import { type Actions, createActions } from './state/actions.ts';
import { type AppState, DEFAULT_STATE, type PanelView, type Selection } from './state/app-state.ts';
import { knownIds } from './state/known-ids.ts';
import { Store } from './state/store.ts';
import { type KnownIds, stateToUrl, urlToState } from './state/url-state.ts';
import { syncUrl } from './state/url-sync.ts';
import { categoryLabel } from './ui/category-name.ts';
import { el } from './ui/dom.ts';
import { Legend } from './ui/legend.ts';
import { Chooser, Tooltip } from './ui/map-popups.ts';
import { NamesInView } from './ui/names-in-view.ts';
import { Panel } from './ui/panel.ts';
import { type PanelContext, sentencePlace } from './ui/panel-context.ts';
import { SearchBox } from './ui/search-box.ts';
import { LocatorInset } from './ui/locator-inset.ts';
import { followSelection } from './ui/selection-locator.ts';
import { TourLauncher } from './ui/tour-launcher.ts';
import { TourMode } from './ui/tour-mode.ts';

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
    categories: CATEGORIES.map((c) => c.id),
  });

  container.classList.add('layout');
  const mapElement = el('div', { className: 'map', attrs: { role: 'region' } });
  const status = el('p', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  container.append(mapElement, status);
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
      const title = options.masthead.querySelector('.masthead__title');
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

  const started = start();
  const ready = started.then(
    () => {
      if (destroyed) return;
      delete status.dataset.state;
      status.textContent = '';
    },
    (error: unknown) => {
      if (destroyed) return;
      console.error(error);
      status.dataset.state = 'failed';
      status.textContent = STRINGS[store.get().lang].loadFailed;
      throw error;
    },
  );
  // The handle's promise is for callers that wait on it; an unobserved failure is already reported above.
  ready.catch(() => undefined);

  async function start(): Promise<void> {
    const { topology, policyDocument, placeCollection } = await loadAtlasSources(document, dataUrls);
    if (destroyed) return;
    const sources = basemapSources(topology);
    const data = atlasData(policyDocument, placeCollection);
    const known = knownIds(data, sources);
    store.update(urlToState(query, known, fallbackLang), { history: 'none', frame: false });

    await loadLabelFonts(LIGHT_THEME.fonts, [
      ...sources.labels.features.flatMap((f) => [String(f.properties?.name_en), String(f.properties?.name_zh)]),
      ...data.places.flatMap((p) => [p.properties.name_en, p.properties.name_zh]),
    ]);
    if (destroyed) return;

    loaded = data;
    await mount(data, sources, topology, known, actions);
  }

  async function mount(
    data: AtlasData,
    sources: BasemapSources,
    topology: Topology,
    known: KnownIds,
    act: Actions,
  ): Promise<void> {
    const divisions = divisionIndex(sources);
    let policyMap: PolicyMap | null = null;
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
    });

    const search = new SearchBox({
      loadIndex: () =>
        import('./search/search-index.ts').then(({ createSearchIndex }) =>
          createSearchIndex(data, (entry) => sentencePlace(STRINGS[store.get().lang], entry), divisions.names),
        ),
      strings: STRINGS[store.get().lang],
      lang: store.get().lang,
      categoryLabel: (id) => categoryLabel(categoryById(id), store.get().lang),
      divisionLabel: (id) => {
        const lang = store.get().lang;
        const division = divisions.names.get(id);
        return STRINGS[lang].divisionOf((lang === 'zh' ? division?.provinceZh : division?.provinceEn) ?? '');
      },
      onChoose: (result) =>
        result.kind === 'sentence' ? select({ kind: 'sentence', id: result.id }, 'reader') : select({ kind: result.kind, id: result.id }),
    });
    cleanups.push(() => search.destroy());
    let tourMode: TourMode | null = null;
    const launcher = new TourLauncher({ onPresent: () => tourMode?.start() }, STRINGS[store.get().lang]);
    const panel = new Panel({
      state: store,
      actions: act,
      contextFor,
      header: [search.element, launcher.element],
      id: options.panelId ?? 'panel',
    });
    container.append(panel.element);
    cleanups.push(() => panel.remove());
    cleanups.push(
      store.subscribe((state, previous) => {
        if (state.lang !== previous.lang) search.setLanguage(STRINGS[state.lang], state.lang);
        if (state.lang !== previous.lang) launcher.setLanguage(STRINGS[state.lang]);
      }),
    );
    if (sync) cleanups.push(syncUrl(store, act, known, fallbackLang));

    // The keyboard's one command of its own: Esc goes back to the overview,
    // unless something open (a list, a chooser, a field) takes it first.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [role="dialog"]')) return;
      act.clear();
    };
    container.addEventListener('keydown', onKeyDown);
    cleanups.push(() => container.removeEventListener('keydown', onKeyDown));

    // The map is created after the panel, so that it frames the region in the space the panel leaves.
    const [west, south, east, north] = bbox(sources.divisions);
    const regionBounds: [[number, number], [number, number]] = [
      [west, south],
      [east, north],
    ];
    const lang = store.get().lang;
    const map = createMap({
      container: mapElement,
      style: baseStyle(LIGHT_THEME, sources, lang),
      bounds: regionBounds,
      camera: store.get().camera,
      maxBounds: extentOf(topology),
      locale: MAPLIBRE_LOCALE[lang],
    });
    cleanups.push(() => map.remove());
    const controls = new MapControls(map);
    controls.set(MAPLIBRE_LOCALE[lang], STRINGS[lang].attribution);

    const tooltip = new Tooltip(() => store.get().lang);
    const chooser = new Chooser({
      lang: () => store.get().lang,
      returnFocusTo: () => map.getCanvas(),
      onChoose: (pick: Pick) =>
        select(pick.kind === 'place' ? { kind: 'place', id: pick.place.properties.id } : { kind: 'division', id: pick.id }),
    });
    mapElement.append(tooltip.element, chooser.element);

    await new Promise<void>((resolve, reject) => {
      map.once('load', () => {
        if (destroyed) return resolve();
        policyMap = new PolicyMap({
          map,
          data,
          categories: CATEGORIES,
          theme: LIGHT_THEME,
          state: store,
          regionBounds,
          divisions: sources.divisions,
          onSelect: (selection) => select(selection),
          onCameraChange: (camera) => act.moveCamera(camera),
          onHover: (place, point) => tooltip.show(place, point),
          onAmbiguousClick: (picks, point) => chooser.open(picks, point),
          onMoveStart: () => chooser.close(),
        });
        const current = policyMap;
        // Removed before the map itself: the map's removal ends its events.
        cleanups.splice(cleanups.length - 1, 0, () => current.remove());
        map.addControl(
          new Legend({
            categories: CATEGORIES,
            data,
            state: store,
            onToggle: (category, shown) => act.setShown(category, shown),
            collapsed: mapElement.clientWidth < 600,
          }),
          'top-left',
        );
        // Only names actually drawn are listed: label layers, not markers.
        const pointLabelLayers = CATEGORIES.filter((c) => c.rendering === 'point').flatMap((c) =>
          categoryLayerIds(c).filter((id) => id.endsWith('-label')),
        );
        const namesInView = new NamesInView({
          layers: [...LABEL_LAYER_IDS, ...pointLabelLayers],
          label: STRINGS[store.get().lang].namesInView,
          lang: store.get().lang,
        }).addTo(map, mapElement);
        cleanups.push(() => namesInView.remove());
        const regionBox: [number, number, number, number] = [west, south, east, north];
        const locator = new LocatorInset({ ...sources, region: sources.divisions, extent: extentOf(topology) });
        mapElement.append(locator.element);
        const showView = () => locator.setView(map.getBounds().toArray().flat() as [number, number, number, number]);
        showView();
        map.on('moveend', showView);
        cleanups.push(followSelection(locator, store, data, regionBox));
        const tour = new TourMode({
          container,
          map,
          data,
          categories: CATEGORIES,
          state: store,
          actions: act,
          regionBounds: regionBox,
          preview: (ids) => current.preview(ids),
          contextFor,
          locator,
        });
        tourMode = tour;
        cleanups.push(() => {
          tour.remove();
          map.off('moveend', showView);
          locator.element.remove();
        });
        cleanups.push(
          store.subscribe((state, previous) => {
            if (state.lang === previous.lang) return;
            controls.set(MAPLIBRE_LOCALE[state.lang], STRINGS[state.lang].attribution);
            namesInView.setLanguage(STRINGS[state.lang].namesInView, state.lang);
          }),
        );
        map.once('idle', () => {
          mapElement.setAttribute('data-map-ready', 'true');
          resolve();
        });
      });
      map.once('error', (event) => reject(event.error));
    });
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

/** No ids are known before the data loads: only `lang` can be read from a URL then. */
const EMPTY_KNOWN: KnownIds = {
  places: new Set(),
  divisions: new Set(),
  clauses: new Set(),
  sentences: new Set(),
  categories: [],
  tourSteps: [],
};
