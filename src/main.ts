/**
 * Wires the page: loads the data and fonts, creates the store, the map and
 * the panels, and connects them. Nothing here draws or decides.
 */
import './styles.css';
import { bbox } from '@turf/bbox';
import type { Topology } from 'topojson-specification';
import { atlasData } from './content/atlas-data.ts';
import { CATEGORIES, categoryById } from './content/categories.ts';
import { loadAtlasSources } from './data/data-source.ts';
import { basemapSources, divisionIndex } from './map/basemap-data.ts';
import { LABEL_LAYER_IDS, baseStyle } from './map/base-layers.ts';
import { createMap } from './map/create-map.ts';
import { loadLabelFonts } from './map/fonts.ts';
import { categoryLayerIds } from './map/policy-layers.ts';
import { type Pick, PolicyMap } from './map/policy-map.ts';
import { LIGHT_THEME } from './map/theme.ts';
import { DEFAULT_STATE, type PanelView, type Selection } from './state/app-state.ts';
import { knownIds } from './state/known-ids.ts';
import { Store } from './state/store.ts';
import { stateToUrl, urlToState } from './state/url-state.ts';
import { syncUrl } from './state/url-sync.ts';
import { Legend } from './ui/legend.ts';
import { Chooser, Tooltip } from './ui/map-popups.ts';
import { NamesInView } from './ui/names-in-view.ts';
import { Panel } from './ui/panel.ts';
import { type PanelContext, sentencePlace } from './ui/panel-context.ts';
import { SearchBox } from './ui/search-box.ts';
import { STRINGS } from './ui/strings.ts';

/** The extent the base map has data for: the reader may not pan beyond it. */
function extentOf(topology: Topology): [number, number, number, number] {
  if (!topology.bbox) throw new Error('base map has no bbox');
  const [west, south, east, north] = topology.bbox;
  return [west, south, east, north];
}

async function start(): Promise<void> {
  const container = document.getElementById('map');
  const layout = document.getElementById('layout');
  if (!container || !layout) throw new Error('page lacks #map or #layout');
  container.setAttribute('aria-label', STRINGS.mapLabel);

  const { topology, policyDocument, placeCollection } = await loadAtlasSources();
  const sources = basemapSources(topology);
  const data = atlasData(policyDocument, placeCollection);
  const known = knownIds(data, sources);
  const store = new Store(urlToState(window.location.search, known));

  await loadLabelFonts(LIGHT_THEME.fonts, [
    ...sources.labels.features.flatMap((f) => [String(f.properties?.name_en), String(f.properties?.name_zh)]),
    ...data.places.flatMap((p) => [p.properties.name_en, p.properties.name_zh]),
  ]);

  // A place the text never names has nothing to show in the reader, so
  // choosing one there opens its details instead.
  const unmentioned = (selection: Selection) =>
    selection.kind === 'place' && (data.placeById.get(selection.id)?.properties.sentences.length ?? 0) === 0;
  const select = (selection: Selection, view?: PanelView) =>
    store.update(
      { selection, view: view ?? (unmentioned(selection) ? 'details' : store.get().view) },
      { history: 'push', frame: true },
    );
  const divisions = divisionIndex(sources);
  let policyMap: PolicyMap | null = null;
  const context: PanelContext = {
    data,
    strings: STRINGS,
    categories: CATEGORIES,
    divisionNames: divisions.names,
    divisionAt: divisions.at,
    select,
    preview: (ids) => policyMap?.preview(ids),
    // Links name only what they open: a copied or new-tab link frames its
    // selection afresh rather than reopening a camera from when it was drawn.
    hrefFor: (selection, view) => stateToUrl({ ...DEFAULT_STATE, selection, view: view ?? 'details' }),
  };

  const search = new SearchBox({
    loadIndex: () =>
      import('./search/search-index.ts').then(({ createSearchIndex }) =>
        createSearchIndex(data, (entry) => sentencePlace(STRINGS, entry)),
      ),
    strings: STRINGS,
    categoryLabel: (id) => categoryById(id).labelEn,
    onChoose: (result) =>
      result.kind === 'place' ? select({ kind: 'place', id: result.id }) : select({ kind: 'sentence', id: result.id }, 'reader'),
  });
  const panel = new Panel({ context, store, header: [search.element] });
  layout.append(panel.element);
  syncUrl(store, known);

  // The map is created after the panel, so that it frames the region in the space the panel leaves.
  const [west, south, east, north] = bbox(sources.divisions);
  const regionBounds: [[number, number], [number, number]] = [
    [west, south],
    [east, north],
  ];
  const map = createMap({
    container,
    style: baseStyle(LIGHT_THEME, sources),
    bounds: regionBounds,
    camera: store.get().camera,
    maxBounds: extentOf(topology),
    attribution: STRINGS.attribution,
  });

  const tooltip = new Tooltip(STRINGS);
  const chooser = new Chooser({
    strings: STRINGS,
    returnFocusTo: () => map.getCanvas(),
    onChoose: (pick: Pick) =>
      select(pick.kind === 'place' ? { kind: 'place', id: pick.place.properties.id } : { kind: 'division', id: pick.id }),
  });
  container.append(tooltip.element, chooser.element);

  map.once('load', () => {
    policyMap = new PolicyMap({
      map,
      data,
      categories: CATEGORIES,
      theme: LIGHT_THEME,
      store,
      regionBounds,
      divisions: sources.divisions,
      onHover: (place, point) => tooltip.show(place, point),
      onAmbiguousClick: (picks, point) => chooser.open(picks, point),
      onMoveStart: () => chooser.close(),
    });
    map.addControl(
      new Legend({ categories: CATEGORIES, data, store, strings: STRINGS, collapsed: container.clientWidth < 600 }),
      'top-left',
    );
    // Only names actually drawn are listed: label layers, not markers.
    const pointLabelLayers = CATEGORIES.filter((c) => c.rendering === 'point').flatMap((c) =>
      categoryLayerIds(c).filter((id) => id.endsWith('-label')),
    );
    new NamesInView({ layers: [...LABEL_LAYER_IDS, ...pointLabelLayers], label: STRINGS.namesInView }).addTo(map, container);
    map.once('idle', () => container.setAttribute('data-map-ready', 'true'));
  });
}

start().catch((error: unknown) => {
  console.error(error);
  const status = document.getElementById('status');
  if (status) status.textContent = STRINGS.loadFailed;
});
