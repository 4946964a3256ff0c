/**
 * The map's two popups: a tooltip naming what the pointer is over, and a
 * chooser listing the places under a click when there is more than one.
 */
import type { PlaceFeature } from '../content/atlas-data.ts';
import { categoryById } from '../content/categories.ts';
import { STRINGS } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Pick } from '../map/policy-map.ts';
import { categoryLabel } from './category-name.ts';
import { el, names } from './dom.ts';
import { swatch } from './swatch.ts';

export class Tooltip {
  readonly element: HTMLElement;
  /** The interface's language at the time of showing. */
  private readonly lang: () => Lang;

  constructor(lang: () => Lang) {
    this.lang = lang;
    this.element = el('div', { className: 'map-tooltip', attrs: { 'aria-hidden': 'true', hidden: '' } });
  }

  show(place: PlaceFeature | null, point: { x: number; y: number }): void {
    if (!place) {
      this.element.hidden = true;
      return;
    }
    const lang = this.lang();
    const category = categoryById(place.properties.category);
    const label = categoryLabel(category, lang);
    this.element.replaceChildren(
      ...names(place.properties, lang, { link: (text) => el('strong', { text }) }),
      el('span', { className: 'map-tooltip__category' }, [
        swatch(category),
        place.properties.provenance === 'context' ? STRINGS[lang].tooltipContext(label) : label,
      ]),
    );
    this.element.hidden = false;
    this.element.style.transform = `translate(${Math.round(point.x + 14)}px, ${Math.round(point.y + 14)}px)`;
  }
}

/** The chooser's size in CSS pixels, as styles.css draws it. */
const CHOOSER_WIDTH = 250;
const CHOOSER_TITLE_HEIGHT = 40;
const CHOOSER_ROW_HEIGHT = 34;

export interface ChooserOptions {
  /** The interface's language at the time of opening. */
  lang(): Lang;
  onChoose(pick: Pick): void;
  /** Where keyboard focus goes back to when the chooser closes without a choice: the map. */
  returnFocusTo(): HTMLElement;
}

export class Chooser {
  readonly element: HTMLElement;
  private readonly options: ChooserOptions;

  constructor(options: ChooserOptions) {
    this.options = options;
    this.element = el('div', {
      className: 'map-chooser',
      attrs: { role: 'dialog', hidden: '' },
      on: {
        keydown: (event) => {
          if ((event as KeyboardEvent).key === 'Escape') this.close({ refocus: true });
        },
        // Tabbing or clicking away closes it, as the map behind it moves on.
        focusout: (event) => {
          const next = (event as FocusEvent).relatedTarget;
          if (!(next instanceof Node) || !this.element.contains(next)) this.close();
        },
      },
    });
  }

  open(picks: Pick[], point: { x: number; y: number }): void {
    const lang = this.options.lang();
    const strings = STRINGS[lang];
    this.element.setAttribute('aria-label', strings.chooserTitle);
    const items = picks.map((pick) => {
      const label =
        pick.kind === 'place'
          ? [swatch(categoryById(pick.place.properties.category)), ...names(pick.place.properties, lang)]
          : pick.kind === 'spot'
            ? [strings.chooserSpot]
            : names({ name_en: pick.nameEn, name_zh: pick.nameZh }, lang, { link: (text) => el('span', { text: strings.chooserDivision(text) }) });
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
        on: { click: () => this.close({ refocus: true }) },
      }),
    );
    this.element.hidden = false;
    // Keep the whole chooser inside the map: its width, and a title plus one row per choice.
    const parent = this.element.parentElement;
    const maxX = (parent?.clientWidth ?? 0) - CHOOSER_WIDTH - 10;
    const maxY = (parent?.clientHeight ?? 0) - CHOOSER_TITLE_HEIGHT - CHOOSER_ROW_HEIGHT * picks.length;
    this.element.style.transform = `translate(${Math.max(8, Math.min(point.x, maxX))}px, ${Math.max(8, Math.min(point.y, maxY))}px)`;
    this.element.querySelector('button')?.focus();
  }

  /** Hides the chooser; with `refocus`, keyboard focus returns to the map rather than to the page. */
  close(options: { refocus?: boolean } = {}): void {
    if (this.element.hidden) return;
    this.element.hidden = true;
    if (options.refocus) this.options.returnFocusTo().focus();
  }
}
