/**
 * The map's two popups: a tooltip naming what the pointer is over, and a
 * chooser listing the places under a click when there is more than one.
 * Both are placed by their measured size, so that neither runs off the map
 * or the window, whatever the screen.
 */
import './map-popups.css';
import type { PlaceFeature } from '../../content/atlas-data.ts';
import { categoryById } from '../../content/categories.ts';
import { STRINGS } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { Pick } from '../../map/policy-map.ts';
import { categoryLabel } from '../../ui/category-name.ts';
import { el, names } from '../../ui/dom.ts';
import { placeSwatch } from '../../ui/swatch.ts';

/** Space kept between a popup and the edge of the area it must stay in. */
const MARGIN = 8;

/**
 * Where a box of `size` goes to sit by `point` (below and right of it, or
 * flipped to the other side where that has no room) entirely inside an area
 * of `bounds`, with a margin. All in the same pixel coordinates.
 */
export function placeWithin(
  point: { x: number; y: number },
  size: { width: number; height: number },
  bounds: { width: number; height: number },
  offset = 0,
): { x: number; y: number } {
  const along = (at: number, extent: number, room: number) => {
    const after = at + offset;
    const before = at - offset - extent;
    const start = after + extent <= room - MARGIN ? after : before >= MARGIN ? before : room - MARGIN - extent;
    return Math.round(Math.max(MARGIN, start));
  };
  return { x: along(point.x, size.width, bounds.width), y: along(point.y, size.height, bounds.height) };
}

/** The part of an element's box inside the window, in the element's own coordinates. */
function visibleArea(element: HTMLElement): { width: number; height: number } {
  const box = element.getBoundingClientRect();
  return {
    width: Math.min(box.right, window.innerWidth) - Math.max(box.left, 0),
    height: Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0),
  };
}

export class Tooltip {
  readonly element: HTMLElement;
  /** The interface's language at the time of showing. */
  private readonly lang: () => Lang;
  /** A finger or pen has no hover: a tap would leave the tooltip on screen. */
  private pointer = 'mouse';
  private readonly onPointer = (event: PointerEvent): void => {
    this.pointer = event.pointerType;
    if (event.pointerType !== 'mouse') this.element.hidden = true;
  };

  constructor(lang: () => Lang) {
    this.lang = lang;
    this.element = el('div', { className: 'map-tooltip', attrs: { 'aria-hidden': 'true', hidden: '' } });
  }

  /** Watches which kind of pointer is over `area`, so the tooltip only shows for a mouse. Returns the undo. */
  watchPointer(area: HTMLElement): () => void {
    area.addEventListener('pointerdown', this.onPointer, { capture: true });
    area.addEventListener('pointermove', this.onPointer, { capture: true });
    return () => {
      area.removeEventListener('pointerdown', this.onPointer, { capture: true });
      area.removeEventListener('pointermove', this.onPointer, { capture: true });
    };
  }

  show(place: PlaceFeature | null, point: { x: number; y: number }): void {
    if (!place || this.pointer !== 'mouse') {
      this.element.hidden = true;
      return;
    }
    const lang = this.lang();
    const category = categoryById(place.properties.category);
    const label = categoryLabel(category, lang);
    this.element.replaceChildren(
      ...names(place.properties, lang, { link: (text) => el('strong', { text }) }),
      el('span', { className: 'map-tooltip__category' }, [
        placeSwatch(place),
        place.properties.provenance === 'context' ? STRINGS[lang].tooltipContext(label) : label,
      ]),
    );
    this.element.hidden = false;
    const parent = this.element.parentElement;
    const bounds = parent ? visibleArea(parent) : { width: window.innerWidth, height: window.innerHeight };
    const size = { width: this.element.offsetWidth, height: this.element.offsetHeight };
    const { x, y } = placeWithin(point, size, bounds, 14);
    this.element.style.transform = `translate(${x}px, ${y}px)`;
  }
}

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
          ? [placeSwatch(pick.place), ...names(pick.place.properties, lang)]
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
    // The whole chooser stays inside the part of the map on screen; a list
    // longer than that scrolls within it.
    const parent = this.element.parentElement;
    const bounds = parent ? visibleArea(parent) : { width: window.innerWidth, height: window.innerHeight };
    this.element.style.maxHeight = `${Math.max(0, bounds.height - 2 * MARGIN)}px`;
    const size = { width: this.element.offsetWidth, height: this.element.offsetHeight };
    const { x, y } = placeWithin(point, size, bounds);
    this.element.style.transform = `translate(${x}px, ${y}px)`;
    this.element.querySelector('button')?.focus();
  }

  /** Hides the chooser; with `refocus`, keyboard focus returns to the map rather than to the page. */
  close(options: { refocus?: boolean } = {}): void {
    if (this.element.hidden) return;
    this.element.hidden = true;
    if (options.refocus) this.options.returnFocusTo().focus();
  }
}
