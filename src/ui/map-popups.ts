/**
 * The map's two popups: a tooltip naming what the pointer is over, and a
 * chooser listing the places under a click when there is more than one.
 */
import type { PlaceFeature } from '../content/atlas-data.ts';
import { categoryById } from '../content/categories.ts';
import type { Pick } from '../map/policy-map.ts';
import { swatch } from './details-view.ts';
import { el, zh } from './dom.ts';
import type { Strings } from './strings.ts';

export class Tooltip {
  readonly element: HTMLElement;
  private readonly strings: Strings;

  constructor(strings: Strings) {
    this.strings = strings;
    this.element = el('div', { className: 'map-tooltip', attrs: { 'aria-hidden': 'true', hidden: '' } });
  }

  show(place: PlaceFeature | null, point: { x: number; y: number }): void {
    if (!place) {
      this.element.hidden = true;
      return;
    }
    const category = categoryById(place.properties.category);
    this.element.replaceChildren(
      el('strong', { text: place.properties.name_en }),
      ' ',
      zh(place.properties.name_zh),
      el('span', { className: 'map-tooltip__category' }, [
        swatch(category),
        category.labelEn,
        place.properties.provenance === 'context' ? ` (${this.strings.tooltipContext})` : '',
      ]),
    );
    this.element.hidden = false;
    this.element.style.transform = `translate(${Math.round(point.x + 14)}px, ${Math.round(point.y + 14)}px)`;
  }
}

export interface ChooserOptions {
  strings: Strings;
  onChoose(pick: Pick): void;
}

export class Chooser {
  readonly element: HTMLElement;
  private readonly options: ChooserOptions;

  constructor(options: ChooserOptions) {
    this.options = options;
    this.element = el('div', {
      className: 'map-chooser',
      attrs: { role: 'dialog', 'aria-label': options.strings.chooserTitle, hidden: '' },
      on: { keydown: (event) => (event as KeyboardEvent).key === 'Escape' && this.close() },
    });
  }

  open(picks: Pick[], point: { x: number; y: number }): void {
    const { strings } = this.options;
    const items = picks.map((pick) => {
      const label =
        pick.kind === 'place'
          ? [swatch(categoryById(pick.place.properties.category)), pick.place.properties.name_en, ' ', zh(pick.place.properties.name_zh)]
          : [strings.chooserDivision(pick.nameEn), ' ', zh(pick.nameZh)];
      return el('li', {}, [
        el('button', {
          className: 'map-chooser__option',
          attrs: { type: 'button' },
          on: {
            click: () => {
              this.close();
              this.options.onChoose(pick);
            },
          },
        }, label),
      ]);
    });
    this.element.replaceChildren(
      el('p', { className: 'map-chooser__title', text: strings.chooserTitle }),
      el('ul', { className: 'map-chooser__list' }, items),
      el('button', {
        className: 'map-chooser__close',
        text: '×',
        attrs: { type: 'button', 'aria-label': strings.close },
        on: { click: () => this.close() },
      }),
    );
    this.element.hidden = false;
    const parent = this.element.parentElement;
    const maxX = (parent?.clientWidth ?? 0) - 260;
    const maxY = (parent?.clientHeight ?? 0) - 40 - 34 * picks.length;
    this.element.style.transform = `translate(${Math.max(8, Math.min(point.x, maxX))}px, ${Math.max(8, Math.min(point.y, maxY))}px)`;
    this.element.querySelector('button')?.focus();
  }

  close(): void {
    this.element.hidden = true;
  }
}
