/**
 * The map key: each category drawn on the map, with its swatch, how many
 * places it holds, and a switch that hides or shows it.
 */
import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasData } from '../content/atlas-data.ts';
import type { Category } from '../content/categories.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';
import { swatch } from './swatch.ts';
import { el, zh } from './dom.ts';
import type { Strings } from './strings.ts';

export interface LegendOptions {
  categories: readonly Category[];
  data: AtlasData;
  store: Store;
  strings: Strings;
  /** Start folded, as on a phone, where the key would cover the map. */
  collapsed: boolean;
}

export class Legend implements IControl {
  private readonly options: LegendOptions;
  private container: HTMLElement | null = null;
  private readonly inputs = new Map<string, HTMLInputElement>();
  private unsubscribe: (() => void) | null = null;

  constructor(options: LegendOptions) {
    this.options = options;
  }

  onAdd(_map: MapLibreMap): HTMLElement {
    const { categories, data, store, strings } = this.options;
    const rows = categories
      .filter((category) => category.rendering !== 'outline')
      .map((category) => {
        const count = data.places.filter((p) => p.properties.category === category.id).length;
        const input = el('input', {
          attrs: { type: 'checkbox', 'aria-label': strings.legendToggle(category.labelEn) },
          on: { change: () => this.toggle(category, input.checked) },
        });
        this.inputs.set(category.id, input);
        return el('li', {}, [
          el('label', { className: 'legend__row' }, [
            input,
            swatch(category),
            el('span', { className: 'legend__label' }, [category.labelEn, ' ', zh(category.labelZh)]),
            el('span', { className: 'legend__count', text: strings.legendCount(count) }),
          ]),
        ]);
      });
    const details = el('details', { className: 'legend' }, [
      el('summary', { className: 'legend__title', text: strings.legendTitle }),
      el('ul', { className: 'legend__list' }, rows),
    ]);
    details.open = !this.options.collapsed;
    this.container = el('div', { className: 'maplibregl-ctrl legend-control' }, [details]);
    this.unsubscribe = store.subscribe((state) => this.sync(state));
    this.sync(store.get());
    return this.container;
  }

  onRemove(): void {
    this.unsubscribe?.();
    this.container?.remove();
    this.container = null;
  }

  private sync(state: AppState): void {
    for (const [id, input] of this.inputs) input.checked = !state.hidden.includes(id as Category['id']);
  }

  private toggle(category: Category, shown: boolean): void {
    const { store, categories } = this.options;
    const hidden = new Set(store.get().hidden);
    if (shown) hidden.delete(category.id);
    else hidden.add(category.id);
    store.update(
      { hidden: categories.map((c) => c.id).filter((id) => hidden.has(id)) },
      { history: 'replace', frame: false },
    );
  }
}
