/**
 * The map, wired to the atlas: the base map and the policy drawn on it, the
 * key, the popups, the context layers, the spot, the map's controls and
 * its text alternatives, the locator inset and the tour. Mounted once the
 * panel is in place, so that it frames the region in the space the panel
 * leaves.
 */
import { bbox } from '@turf/bbox';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import { CATEGORIES } from '../../content/categories.ts';
import { MAPLIBRE_LOCALE, STRINGS } from '../../i18n/index.ts';
import { repaintBaseMap } from '../../map/repaint-base-map.ts';
import { LABEL_LAYER_IDS, baseStyle } from '../../map/base-layers.ts';
import type { BasemapSources } from '../../data/basemap-data.ts';
import { CITY_CONTEXT_LABEL_LAYER_IDS } from '../../map/city-context-ids.ts';
import { CONTEXT_LABEL_LAYER_IDS, ContextLayers } from '../../map/context-layers.ts';
import { MapControls, createMap } from '../../map/create-map.ts';
import { loadLabelFonts } from '../../map/fonts.ts';
import { LABEL_SCALE } from '../../map/label-scale.ts';
import { NAME_LAYERS } from '../../map/policy-layers.ts';
import { type Pick, PolicyMap } from '../../map/policy-map.ts';
import { SpotMarker } from '../../map/spot-marker.ts';
import { combineEdges, edgesCoveredBy } from '../../map/camera.ts';
import { roundCamera } from '../../state/url-state.ts';
import { yearShown } from '../../state/year-shown.ts';
import { LIGHT_PALETTE, type Palette } from '../../map/palette.ts';
import type { FeatureContext, LiveMap, Unmount } from '../../ui/feature-context.ts';
import type { Watched } from '../../ui/watched.ts';
import { paletteFor, resolvedScheme } from '../color-scheme/color-scheme.ts';
import { WhatsHereControl } from '../investor/whats-here-control.ts';
import { YearControl } from '../as-of/year-control.ts';
import { asOf } from '../../spatial/as-of.ts';
import { mountTour } from '../tour/mount-tour.ts';
import { CityContext } from './city-context.ts';
import { ContextKey } from './context-key.ts';
import { ContextCard, ContextTooltip } from './context-popup.ts';
import { LaterKey } from './later-key.ts';
import { LaterCard, LaterTooltip } from './later-popup.ts';
import { LaterDesignationLayers } from '../../map/later-designation-layers.ts';
import { Legend } from './legend.ts';
import { LocatorInset } from './locator-inset.ts';
import { Chooser, Tooltip } from './map-popups.ts';
import { NamesInView } from './names-in-view.ts';
import { PlacesInView } from './places-in-view.ts';
import { followSelection } from './selection-locator.ts';
import { printSheet } from '../share/print-sheet.ts';
import { sharedAddresses } from '../share/shared-addresses.ts';

type Box = [number, number, number, number];

/** What lies over the map from outside it: the phone's sheet and the tour's column. */
const OVER_THE_MAP = '.panel.sheet, .tour';

export interface MapInput {
  basemap: BasemapSources;
  topology: Topology;
  /** How many pixels of the map's foot the phone's sheet covers. */
  cover: Watched<number>;
  /** Aborted when the atlas is destroyed: what is loading stops, and what was added is removed. */
  signal: AbortSignal;
  /** Called once the map exists (with it), and with `null` when it is removed. */
  onLive(live: LiveMap | null): void;
  /**
   * Watches the map until it has drawn its first frame, and calls `fail`
   * with why it cannot (its worker did not start, say). Returns its cleanup.
   */
  watchFailures(map: MapLibreMap, drawn: Promise<void>, fail: (error: unknown) => void): Unmount;
}

/** The extent the base map has data for: the reader may not pan beyond it. */
function extentOf(topology: Topology): Box {
  if (!topology.bbox) throw new Error('base map has no bbox');
  const [west, south, east, north] = topology.bbox;
  return [west, south, east, north];
}

/**
 * Creates the map and everything on it. Settles, with the cleanup, when the
 * map has drawn its first frame with the policy on it; rejects, having
 * removed everything it added, if it cannot, so that a retry starts afresh.
 */
export async function mountMap(ctx: FeatureContext, input: MapInput): Promise<Unmount> {
  const { state, index, mapElement } = ctx;
  const { basemap, topology } = input;
  const cleanups: Unmount[] = [];
  const remove = () => {
    for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  };

  await loadLabelFonts(LIGHT_PALETTE.fonts, [
    ...basemap.labels.features.flatMap((f) => [String(f.properties?.name_en), String(f.properties?.name_zh)]),
    ...index.data.places.flatMap((p) => [p.properties.name_en, p.properties.name_zh]),
  ]);
  if (input.signal.aborted) return () => {};
  input.signal.addEventListener('abort', remove, { once: true });
  cleanups.push(() => input.signal.removeEventListener('abort', remove));

  const region = bbox(basemap.divisions) as Box;
  const lang = state.get().lang;
  const initialPalette = paletteFor(resolvedScheme(state.get().colorScheme));
  // Throws at once when the browser has no WebGL2; nothing has been added yet then.
  const map = createMap({
    container: mapElement,
    style: baseStyle(initialPalette, basemap, lang),
    bounds: [
      [region[0], region[1]],
      [region[2], region[3]],
    ],
    camera: state.get().camera,
    maxBounds: extentOf(topology),
    locale: MAPLIBRE_LOCALE[lang],
    cooperativeGestures: ctx.embed,
  });
  cleanups.push(printSheet({ state, sources: index, map, ...sharedAddresses(ctx) }));
  cleanups.push(() => map.remove());
  const controls = new MapControls(map, { foldAttribution: !ctx.embed });
  controls.set(MAPLIBRE_LOCALE[lang], STRINGS[lang].attribution);
  const popups = mountPopups(ctx, map);
  cleanups.push(popups.remove);

  try {
    await new Promise<void>((resolve, reject) => {
      // Removed while it loads: nothing more to wait for.
      cleanups.push(resolve);
      const drawn = new Promise<void>((settle) => {
        // On the style's load, before any tile is made: the policy's sources,
        // layers and images, and the framing clear of the key, are then in
        // place for the first tiles, which are made once, at the final camera.
        map.once('style.load', () => {
          cleanups.push(
            mountOnMap(ctx, map, { region, topology, basemap, initialPalette, controls, popups, cover: input.cover, onLive: input.onLive }),
          );
          map.once('idle', () => {
            // A camera the map cannot show (beyond its zoom range or its bounds) was
            // corrected by the map: the URL now says what the reader actually sees.
            if (state.get().camera) {
              const { lng, lat } = map.getCenter();
              ctx.actions.moveCamera(roundCamera({ lng, lat, zoom: map.getZoom() }));
            }
            mapElement.setAttribute('data-map-ready', 'true');
            settle();
          });
        });
      });
      cleanups.push(input.watchFailures(map, drawn, reject));
      drawn.then(resolve);
    });
  } catch (error) {
    remove();
    throw error;
  }
  return remove;
}

interface MapPopups {
  tooltip: Tooltip;
  chooser: Chooser;
  contextTooltip: ContextTooltip;
  contextCard: ContextCard;
  laterTooltip: LaterTooltip;
  laterCard: LaterCard;
  remove(): void;
}

/** The map's popups: a place's name under the pointer, the chooser where a click hits several, and the context items' own. */
function mountPopups(ctx: FeatureContext, map: MapLibreMap): MapPopups {
  const lang = () => ctx.state.get().lang;
  const tooltip = new Tooltip(lang);
  const stopWatching = tooltip.watchPointer(ctx.mapElement);
  const chooser = new Chooser({
    lang,
    returnFocusTo: () => map.getCanvas(),
    onChoose: (pick: Pick) => {
      if (pick.kind === 'spot') ctx.actions.showSpot(pick.at);
      else
        ctx.actions.select(
          pick.kind === 'place' ? { kind: 'place', id: pick.place.properties.id } : { kind: 'division', id: pick.id },
        );
    },
  });
  const contextTooltip = new ContextTooltip(lang);
  const contextCard = new ContextCard({ lang, year: () => yearShown(ctx.state.get()), returnFocusTo: () => map.getCanvas() });
  const laterTooltip = new LaterTooltip(lang);
  const laterCard = new LaterCard({ lang, since: () => ctx.since(), returnFocusTo: () => map.getCanvas() });
  const popups = [tooltip, chooser, contextTooltip, contextCard, laterTooltip, laterCard];
  ctx.mapElement.append(...popups.map((popup) => popup.element));
  return {
    tooltip,
    chooser,
    contextTooltip,
    contextCard,
    laterTooltip,
    laterCard,
    remove() {
      stopWatching();
      for (const popup of popups) popup.element.remove();
    },
  };
}

interface OnMapInput {
  region: Box;
  topology: Topology;
  basemap: BasemapSources;
  initialPalette: Palette;
  controls: MapControls;
  popups: MapPopups;
  cover: Watched<number>;
  onLive(live: LiveMap | null): void;
}

/** What goes on the map once its style has loaded. */
function mountOnMap(ctx: FeatureContext, map: MapLibreMap, input: OnMapInput): Unmount {
  const { state, actions, index, mapElement } = ctx;
  const { popups, initialPalette, region } = input;
  const cleanups: Unmount[] = [];

  // The key first, so that the map frames the region clear of it.
  const counts = (year: number) => {
    const open = { seaport: 0, 'border-crossing': 0, airport: 0, railway: 0 };
    for (const item of asOf(index.infrastructure.features.map((f) => f.properties), year)) open[item.kind] += 1;
    return open;
  };
  const yearControl = new YearControl({ state, actions });
  const contextKey = new ContextKey({ state, actions, counts });
  const laterKey = new LaterKey({ state, actions, since: () => ctx.since() });
  cleanups.push(
    () => contextKey.remove(),
    () => laterKey.remove(),
    () => yearControl.remove(),
  );
  const legend = new Legend({
    data: index.data,
    state,
    palette: initialPalette,
    onToggle: (theme, shown) => actions.setShown(theme, shown),
    collapsed: ctx.embed || mapElement.clientWidth < 600,
    groups: [yearControl.element, contextKey.element, laterKey.element],
    caption: yearControl.caption,
  });
  map.addControl(legend, 'top-left');

  /** The edges of the map that the boxes a selector finds in the atlas cover. */
  const edgesUnder = (selector: string) => {
    const area = mapElement.getBoundingClientRect();
    const boxes = ctx.container.querySelectorAll<HTMLElement>(selector);
    return combineEdges(...[...boxes].map((box) => edgesCoveredBy(area, box.getBoundingClientRect())));
  };
  /**
   * The map's controls keep clear of what lies over the map from outside it,
   * by the same covered edges the camera frames with: the corners are inset
   * by them (styles.css reads the custom properties).
   */
  const keepControlsClear = () => {
    const edges = edgesUnder(OVER_THE_MAP);
    for (const side of ['top', 'right', 'bottom', 'left'] as const) mapElement.style.setProperty(`--covered-${side}`, `${edges[side]}px`);
  };
  // After this change's listeners have run: the tour's column has opened or closed by then.
  cleanups.push(state.subscribe((current, previous) => {
    if (current.tour !== previous.tour) queueMicrotask(keepControlsClear);
  }));
  map.on('resize', keepControlsClear);
  cleanups.push(() => map.off('resize', keepControlsClear));

  let contextLayers: ContextLayers | null = null;
  let laterLayers: LaterDesignationLayers | null = null;
  const policyMap = new PolicyMap({
    map,
    data: index.data,
    palette: initialPalette,
    tourSteps: [...index.tourSteps.sentences, ...index.tourSteps.epilogue],
    // What covers the map: the key, and the phone's sheet, the tour's column and the locator inset where they lie over it.
    coveredEdges: () => combineEdges(legend.coveredEdges(mapElement), edgesUnder(`${OVER_THE_MAP}, .locator:not([hidden])`)),
    state,
    regionBounds: [
      [region[0], region[1]],
      [region[2], region[3]],
    ],
    divisions: input.basemap.divisions,
    onSelect: (selection) => actions.select(selection),
    onCameraChange: (camera) => actions.moveCamera(camera),
    onHover: (place, point) => popups.tooltip.show(place, point),
    onAmbiguousClick: (picks, point) => popups.chooser.open(picks, point),
    onMoveStart: () => {
      popups.chooser.close();
      popups.contextCard.close();
      popups.laterCard.close();
    },
    onSpot: (at) => actions.showSpot(at),
    // An infrastructure item under a click that hits no marker opens its card.
    claimClick: (point) => {
      const later = laterLayers?.itemsAt(point) ?? [];
      if (later.length > 0) {
        popups.laterCard.open(later, point);
        return true;
      }
      const item = contextLayers?.itemAt(point);
      if (item) popups.contextCard.open(item, point);
      return item !== null && item !== undefined;
    },
  });
  // Removed before the map itself: the map's removal ends its events.
  cleanups.push(() => policyMap.remove());
  // The phone's sheet settled at another height: what it leaves of the map is framed again.
  let firstCover = true;
  cleanups.push(
    input.cover.watch(() => {
      keepControlsClear();
      if (firstCover) firstCover = false;
      else policyMap.reframe();
    }),
  );

  const layers = new ContextLayers({
    map,
    infrastructure: index.infrastructure,
    palette: initialPalette,
    state,
    onHover: (item, point) => popups.contextTooltip.show(item, point),
  });
  contextLayers = layers;
  const later = new LaterDesignationLayers({
    map,
    palette: initialPalette,
    state,
    since: () => ctx.since(),
    onHover: (items, point) => popups.laterTooltip.show(items, point),
  });
  laterLayers = later;
  cleanups.push(() => later.remove());
  const spot = new SpotMarker(map, state);
  const cityContext = new CityContext({
    map,
    palette: initialPalette,
    lang: state.get().lang,
    carryWashes: (fringes) => policyMap.carryWashesToCoast(fringes),
  });
  cleanups.push(
    () => layers.remove(),
    () => spot.remove(),
    () => cityContext.remove(),
  );
  map.addControl(new WhatsHereControl({ state, onSpot: (at) => actions.showSpot(at) }), 'top-right');
  map.addControl(
    new PlacesInView({
      places: index.data.places,
      categories: CATEGORIES,
      state,
      onChoose: (id) => actions.select({ kind: 'place', id }),
    }),
    'top-right',
  );
  // Only names actually drawn are listed: label layers, not markers.
  const namesInView = new NamesInView({
    layers: [...LABEL_LAYER_IDS, ...NAME_LAYERS, ...CONTEXT_LABEL_LAYER_IDS, ...CITY_CONTEXT_LABEL_LAYER_IDS],
    label: STRINGS[state.get().lang].namesInView,
    lang: state.get().lang,
  }).addTo(map, mapElement);
  cleanups.push(() => namesInView.remove());

  const locator = new LocatorInset({ ...input.basemap, region: input.basemap.divisions, extent: extentOf(input.topology) });
  mapElement.append(locator.element);
  const showView = () => locator.setView(map.getBounds().toArray().flat() as Box);
  showView();
  map.on('moveend', showView);
  cleanups.push(followSelection(locator, state, index.data, region));
  cleanups.push(() => {
    map.off('moveend', showView);
    locator.element.remove();
  });

  const tour = mountTour(ctx, {
    regionBounds: region,
    preview: (ids) => policyMap.preview(ids),
    locator,
    reframe: () => policyMap.reframe(),
    scaleLabels: (scale) => map.setGlobalStateProperty(LABEL_SCALE, scale),
  });
  // Removed before the locator it draws in.
  cleanups.push(() => tour.remove());

  cleanups.push(
    state.subscribe((current, previous) => {
      // An item's card speaks for one year: another year may not show the item at all.
      if (current.asOf !== previous.asOf) popups.contextCard.close();
      if (current.lang === previous.lang) return;
      input.controls.set(MAPLIBRE_LOCALE[current.lang], STRINGS[current.lang].attribution);
      namesInView.setLanguage(STRINGS[current.lang].namesInView, current.lang);
      cityContext.setLanguage(current.lang);
    }),
  );

  input.onLive({
    map,
    preview: (ids) => policyMap.preview(ids),
    repaint: (palette) => {
      repaintBaseMap(map, palette, state.get().lang);
      policyMap.setPalette(palette);
      cityContext.setPalette(palette);
      legend.setPalette(palette);
      later.setPalette(palette);
    },
    startTour: () => tour.start(),
  });
  cleanups.push(() => input.onLive(null));
  return () => {
    for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  };
}
