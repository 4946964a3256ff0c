/**
 * The map key: each category drawn on the map, with its swatch, how many
 * places it holds, and a switch that hides or shows it.
 */
import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasData } from '../content/atlas-data.ts';
import type { Category } from '../content/categories.ts';
import type { CategoryId } from '../content/types.ts';
import { STRINGS } from '../i18n/index.ts';
import type { StateSource } from '../state/actions.ts';
import type { AppState } from '../state/app-state.ts';
import { categoryLabel, categoryName } from './category-name.ts';
import { el } from './dom.ts';
import { swatch } from './swatch.ts';

export interface LegendOptions {
  categories: readonly Category[];
  data: AtlasData;
  state: StateSource;
  /** Called when the reader switches a category on or off. */
  onToggle(category: CategoryId, shown: boolean): void;
  /** Start folded, as on a phone, where the key would cover the map. */
  collapsed: boolean;
  /** Further groups shown after the categories, e.g. the context layers (src/ui/context-key.ts). */
  groups?: HTMLElement[];
}

export class Legend implements IControl {
  private readonly options: LegendOptions;
  private container: HTMLElement | null = null;
  private details: HTMLDetailsElement | null = null;
  private readonly inputs = new Map<CategoryId, HTMLInputElement>();
  private unsubscribe: (() => void) | null = null;

  constructor(options: LegendOptions) {
    this.options = options;
  }

  onAdd(_map: MapLibreMap): HTMLElement {
    const { state } = this.options;
    this.details = el('details', { className: 'legend' });
    this.details.open = !this.options.collapsed;
    this.container = el('div', { className: 'maplibregl-ctrl legend-control' }, [this.details]);
    this.unsubscribe = state.subscribe((next, previous) => {
      if (next.lang !== previous.lang) this.build(next);
      else this.sync(next);
    });
    this.build(state.get());
    return this.container;
  }

  onRemove(): void {
    this.unsubscribe?.();
    this.container?.remove();
    this.container = null;
  }

  /** The key's rows, in the state's language; the open or folded state is kept. */
  private build(state: AppState): void {
    const { categories, data, onToggle } = this.options;
    const strings = STRINGS[state.lang];
    this.inputs.clear();
    const rows = categories
      .filter((category) => category.rendering !== 'outline')
      .map((category) => {
        const count = data.places.filter((p) => p.properties.category === category.id).length;
        const input = el('input', {
          attrs: { type: 'checkbox', 'aria-label': strings.legendToggle(categoryLabel(category, state.lang)) },
          on: { change: () => onToggle(category.id, input.checked) },
        });
        this.inputs.set(category.id, input);
        return el('li', {}, [
          el('label', { className: 'legend__row' }, [
            input,
            swatch(category),
            el('span', { className: 'legend__label' }, categoryName(category, state.lang)),
            el('span', { className: 'legend__count', text: strings.legendCount(count) }),
          ]),
        ]);
      });
    this.details?.replaceChildren(
      el('summary', { className: 'legend__title', text: strings.legendTitle }),
      el('ul', { className: 'legend__list' }, rows),
      ...(this.options.groups ?? []),
    );
    this.sync(state);
  }

  private sync(state: AppState): void {
    for (const [id, input] of this.inputs) input.checked = !state.hidden.includes(id);
  }
}
