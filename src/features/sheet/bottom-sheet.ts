/**
 * On a phone, the panel is a sheet over the lower part of the map, at one
 * of three heights: peek (the search box), half (a place's name and first
 * quote below the map) and full (the text, or search results above the on-screen
 * keyboard). Its handle is a button: a tap or Enter makes it larger in turn,
 * the arrow keys step it up and down, and a drag sets it to the nearest
 * height. On a wider screen the panel is a column beside the map and this
 * does nothing.
 */
import './bottom-sheet.css';
import { STRINGS } from '../../i18n/index.ts';
import type { StateSource } from '../../state/actions.ts';
import { el } from '../../ui/dom.ts';

export const SHEET_POSITIONS = ['peek', 'half', 'full'] as const;
export type SheetPosition = (typeof SHEET_POSITIONS)[number];

/** Where the panel becomes a sheet: the width at which styles.css stacks map and panel. */
const PHONE = '(max-width: 700px)';

export interface BottomSheetOptions {
  /** The panel, which the sheet's styles and handle are added to. */
  panel: HTMLElement;
  state: StateSource;
  /** Called with how many pixels of the map's foot the sheet covers (0 beside a wide screen), so the map frames above it. */
  onCover?(pixels: number): void;
}

export class BottomSheet {
  private readonly panel: HTMLElement;
  private readonly state: StateSource;
  private readonly handle: HTMLButtonElement;
  private readonly media: MediaQueryList;
  private readonly unsubscribe: () => void;
  private position: SheetPosition = 'peek';
  private drag: { startY: number; startHeight: number; moved: boolean } | null = null;
  private readonly options: BottomSheetOptions;

  constructor(options: BottomSheetOptions) {
    this.options = options;
    this.panel = options.panel;
    this.state = options.state;
    this.handle = el('button', {
      className: 'sheet__handle',
      attrs: { type: 'button' },
      on: {
        click: () => {
          if (this.drag?.moved) return;
          this.set(SHEET_POSITIONS[(SHEET_POSITIONS.indexOf(this.position) + 1) % SHEET_POSITIONS.length]);
        },
        keydown: (event) => this.onKey(event as KeyboardEvent),
        pointerdown: (event) => this.onPointerDown(event as PointerEvent),
        pointermove: (event) => this.onPointerMove(event as PointerEvent),
        pointerup: (event) => this.onPointerUp(event as PointerEvent),
        pointercancel: (event) => this.onPointerUp(event as PointerEvent),
      },
    });
    this.panel.prepend(this.handle);
    this.panel.addEventListener('focusin', this.onFocusIn);
    this.media = window.matchMedia(PHONE);
    this.media.addEventListener('change', this.apply);
    this.unsubscribe = this.state.subscribe((state, previous) => {
      if (state.lang !== previous.lang) this.label();
      if (state.selection === previous.selection) return;
      // Back to the overview: the sheet shows its top again, the search first.
      if (state.selection === null) {
        this.panel.scrollTop = 0;
        return;
      }
      // A choice on the map lifts the sheet far enough to read what the policy says.
      if (this.position === 'peek') this.set('half');
      this.showFirstQuote();
    });
    // A link that opens on a selection opens the sheet at half, with its quote.
    this.set(this.state.get().selection ? 'half' : 'peek');
    this.apply();
    if (this.state.get().selection) this.showFirstQuote();
  }

  /**
   * Scrolls the sheet to the first quote of the policy, under the place's
   * name (which stays, sticky, under the handle): at half height the sheet
   * shows the place and what the text says of it first. The sheet scrolls as
   * one, so the search and the switches above the place are a scroll up,
   * and stay first in the page's order and the tab order.
   */
  private showFirstQuote(): void {
    if (!this.media.matches || this.state.get().view !== 'details') return;
    requestAnimationFrame(() => {
      const quotes = this.panel.querySelector<HTMLElement>('.panel__body .quote')?.closest<HTMLElement>('.details__section');
      if (!quotes) return;
      const title = this.panel.querySelector<HTMLElement>('.panel__body .details__title');
      const offset = quotes.getBoundingClientRect().top - this.panel.getBoundingClientRect().top;
      this.panel.scrollTop += offset - this.handle.offsetHeight - (title?.offsetHeight ?? 0) - 8;
    });
  }

  /** The sheet's height now: what the tests and the handle's name say. */
  get current(): SheetPosition {
    return this.position;
  }

  set(position: SheetPosition): void {
    this.position = position;
    // At its smallest the sheet is the search box: its top.
    if (position === 'peek') this.panel.scrollTop = 0;
    this.panel.dataset.sheet = position;
    this.panel.style.removeProperty('--sheet-drag');
    this.label();
    this.cover();
  }

  /** Tells the map how much of it the sheet hides, once the sheet has its new height. */
  private cover(): void {
    this.options.onCover?.(this.media?.matches ? this.panel.getBoundingClientRect().height : 0);
  }


  remove(): void {
    this.unsubscribe();
    this.media.removeEventListener('change', this.apply);
    this.panel.removeEventListener('focusin', this.onFocusIn);
    this.panel.classList.remove('sheet');
    delete this.panel.dataset.sheet;
    this.handle.remove();
  }

  private readonly apply = (): void => {
    this.panel.classList.toggle('sheet', this.media.matches);
    this.handle.hidden = !this.media.matches;
    this.cover();
  };

  private label(): void {
    const strings = STRINGS[this.state.get().lang];
    const size = { peek: strings.sheetPeek, half: strings.sheetHalf, full: strings.sheetFull }[this.position];
    this.handle.setAttribute('aria-label', strings.sheetHandle(size));
    this.handle.setAttribute('aria-expanded', String(this.position === 'full'));
  }

  /** Typing a search opens the sheet full, so its results sit above the on-screen keyboard, not under it. */
  private readonly onFocusIn = (event: FocusEvent): void => {
    if (!this.media.matches) return;
    if (event.target instanceof HTMLInputElement && event.target.type === 'search') this.set('full');
  };

  private onKey(event: KeyboardEvent): void {
    const at = SHEET_POSITIONS.indexOf(this.position);
    const to = { ArrowUp: at + 1, ArrowDown: at - 1, Home: 0, End: SHEET_POSITIONS.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    this.set(SHEET_POSITIONS[Math.max(0, Math.min(SHEET_POSITIONS.length - 1, to))]);
  }

  private onPointerDown(event: PointerEvent): void {
    this.handle.setPointerCapture(event.pointerId);
    this.drag = { startY: event.clientY, startHeight: this.panel.getBoundingClientRect().height, moved: false };
  }

  private onPointerMove(event: PointerEvent): void {
    if (!this.drag) return;
    const dy = event.clientY - this.drag.startY;
    if (Math.abs(dy) > 6) this.drag.moved = true;
    if (this.drag.moved) this.panel.style.setProperty('--sheet-drag', `${Math.max(48, this.drag.startHeight - dy)}px`);
  }

  private onPointerUp(event: PointerEvent): void {
    const drag = this.drag;
    if (!drag) return;
    if (this.handle.hasPointerCapture(event.pointerId)) this.handle.releasePointerCapture(event.pointerId);
    if (drag.moved) {
      // The nearest of the three heights to where the finger let go.
      const height = drag.startHeight - (event.clientY - drag.startY);
      const heights = SHEET_POSITIONS.map((position) => {
        this.panel.dataset.sheet = position;
        this.panel.style.removeProperty('--sheet-drag');
        return this.panel.getBoundingClientRect().height;
      });
      const nearest = heights.reduce((best, h, i) => (Math.abs(h - height) < Math.abs(heights[best] - height) ? i : best), 0);
      this.set(SHEET_POSITIONS[nearest]);
    }
    // The click that follows a drag is not a tap.
    setTimeout(() => {
      this.drag = null;
    });
  }
}
