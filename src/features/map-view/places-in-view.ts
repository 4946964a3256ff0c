/**
 * The places in view, grouped by category: the map's text alternative and
 * its keyboard way in. A button on the map says how many places are in view
 * and opens the list; each place in it is a button that selects it. The
 * list follows the map: it is drawn afresh whenever the map stops moving or
 * a category is switched on or off.
 */
import './places-in-view.css';
import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceFeature } from '../../content/atlas-data.ts';
import type { Category } from '../../content/categories.ts';
import { type ThemeId, designationsOfThemes } from '../../content/designations.ts';
import { STRINGS } from '../../i18n/index.ts';
import type { StateSource } from '../../state/actions.ts';
import { categoryName } from '../../ui/category-name.ts';
import { el, names } from '../../ui/dom.ts';
import { swatch } from '../../ui/swatch.ts';

/** A view's extent as west, south, east, north. */
export type Extent = [number, number, number, number];

export interface PlaceGroup {
  category: Category;
  places: PlaceFeature[];
}

/**
 * The places whose label point lies in `extent`, in the category table's
 * order, skipping hidden categories. A place is "in view" where its name
 * would be drawn, so a zone that merely grazes the edge is not listed.
 */
export function placesInExtent(
  places: readonly PlaceFeature[],
  categories: readonly Category[],
  extent: Extent,
  hidden: readonly ThemeId[],
): PlaceGroup[] {
  const [west, south, east, north] = extent;
  // A place is listed while the map shows it: while any of its designations' themes is on.
  const hiddenDesignations = designationsOfThemes(hidden);
  const inView = places.filter((place) => {
    const [lng, lat] = place.properties.label_point;
    const shown = place.properties.designations.length === 0 || place.properties.designations.some((d) => !hiddenDesignations.has(d.id));
    return shown && lng >= west && lng <= east && lat >= south && lat <= north;
  });
  return categories
    .map((category) => ({ category, places: inView.filter((place) => place.properties.category === category.id) }))
    .filter((group) => group.places.length > 0);
}

export interface PlacesInViewOptions {
  places: readonly PlaceFeature[];
  categories: readonly Category[];
  state: StateSource;
  /** Called with a place's id when the reader chooses it from the list. */
  onChoose(placeId: string): void;
}

let instances = 0;

export class PlacesInView implements IControl {
  private readonly options: PlacesInViewOptions;
  private readonly listId: string;
  private map: MapLibreMap | null = null;
  private container: HTMLElement | null = null;
  private toggle: HTMLButtonElement | null = null;
  private list: HTMLElement | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(options: PlacesInViewOptions) {
    this.options = options;
    instances += 1;
    this.listId = `places-in-view-${instances}`;
  }

  onAdd(map: MapLibreMap): HTMLElement {
    this.map = map;
    this.toggle = el('button', {
      className: 'places-in-view__toggle',
      attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': this.listId },
      on: { click: () => this.setOpen(this.toggle?.getAttribute('aria-expanded') !== 'true') },
    });
    this.list = el('div', {
      className: 'places-in-view__list',
      attrs: { id: this.listId, role: 'region', hidden: '' },
      on: {
        keydown: (event) => {
          if ((event as KeyboardEvent).key !== 'Escape') return;
          // Taken here, so that the atlas's Esc does not also clear the selection.
          event.preventDefault();
          this.setOpen(false);
          this.toggle?.focus();
        },
      },
    });
    this.container = el('div', { className: 'maplibregl-ctrl places-in-view' }, [this.toggle, this.list]);
    map.on('moveend', this.update);
    this.unsubscribe = this.options.state.subscribe((state, previous) => {
      if (state.lang !== previous.lang || state.hidden.join() !== previous.hidden.join()) this.update();
    });
    this.update();
    return this.container;
  }

  onRemove(): void {
    this.map?.off('moveend', this.update);
    this.unsubscribe?.();
    this.container?.remove();
    this.map = null;
    this.container = null;
  }

  private setOpen(open: boolean): void {
    if (!this.toggle || !this.list) return;
    this.toggle.setAttribute('aria-expanded', String(open));
    this.list.hidden = !open;
    this.update();
  }

  private readonly update = (): void => {
    const { map, toggle, list } = this;
    if (!map || !toggle || !list) return;
    const state = this.options.state.get();
    const strings = STRINGS[state.lang];
    const groups = placesInExtent(this.options.places, this.options.categories, map.getBounds().toArray().flat() as Extent, state.hidden);
    const count = groups.reduce((sum, group) => sum + group.places.length, 0);
    toggle.textContent = strings.placesInViewButton(count);
    list.setAttribute('aria-label', strings.placesInViewTitle);
    if (list.hidden) return;
    // Focus stays on the same place when the list is drawn afresh under it.
    const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.place : undefined;
    list.replaceChildren(
      groups.length === 0
        ? el('p', { className: 'places-in-view__none', text: strings.placesInViewNone })
        : el(
            'ul',
            { className: 'places-in-view__groups' },
            groups.map((group, i) => {
              const titleId = `${this.listId}-group-${i}`;
              return el('li', {}, [
                el('p', { className: 'places-in-view__category', attrs: { id: titleId } }, [
                  swatch(group.category),
                  ...categoryName(group.category, state.lang),
                ]),
                el(
                  'ul',
                  { className: 'places-in-view__places', attrs: { 'aria-labelledby': titleId } },
                  group.places.map((place) =>
                    el('li', {}, [
                      el(
                        'button',
                        {
                          className: 'places-in-view__place',
                          attrs: { type: 'button', 'data-place': place.properties.id },
                          on: { click: () => this.choose(place.properties.id) },
                        },
                        names(place.properties, state.lang),
                      ),
                    ]),
                  ),
                ),
              ]);
            }),
          ),
    );
    if (focused) list.querySelector<HTMLElement>(`[data-place="${CSS.escape(focused)}"]`)?.focus();
  };

  private choose(placeId: string): void {
    // The list closes: the panel takes focus to the place, and the map moves to it.
    this.setOpen(false);
    this.options.onChoose(placeId);
  }
}
