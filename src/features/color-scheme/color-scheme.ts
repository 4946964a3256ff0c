/**
 * The colour scheme: the system's preference unless the reader chooses, a
 * switch beside the language switch, and the page's colours (CSS custom
 * properties, see color-scheme.css, and the palette's inks for the swatches)
 * kept in step. The map is repainted by
 * its caller from the palette `paletteFor` returns.
 */
import { STRINGS } from '../../i18n/index.ts';
import { DARK_PALETTE } from '../../map/palette-dark.ts';
import { LIGHT_PALETTE, type Palette } from '../../map/palette.ts';
import type { Actions, StateSource } from '../../state/actions.ts';
import type { AppState, ColorScheme } from '../../state/app-state.ts';
import { el } from '../../ui/dom.ts';
import { hidePaletteInks, showPaletteInks } from '../../ui/swatch.ts';
import './color-scheme.css';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The scheme shown: the reader's choice, else the system's preference. */
export function resolvedScheme(choice: ColorScheme): 'light' | 'dark' {
  if (choice !== 'auto') return choice;
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

export function paletteFor(scheme: 'light' | 'dark'): Palette {
  return scheme === 'dark' ? DARK_PALETTE : LIGHT_PALETTE;
}

export interface ColorSchemeSwitchOptions {
  state: StateSource;
  actions: Actions;
  /** Called with the scheme to show, whenever it changes (the reader's choice or the system's). */
  onSchemeChange(scheme: 'light' | 'dark'): void;
}

export class ColorSchemeSwitch {
  readonly element: HTMLButtonElement;
  private readonly options: ColorSchemeSwitchOptions;
  private readonly unsubscribe: () => void;
  private readonly media: MediaQueryList | null;
  private shown: 'light' | 'dark';

  constructor(options: ColorSchemeSwitchOptions) {
    this.options = options;
    this.element = el('button', {
      className: 'panel__lang color-scheme-switch',
      attrs: { type: 'button', 'aria-pressed': 'false' },
      on: {
        click: () => options.actions.setColorScheme(this.shown === 'dark' ? 'light' : 'dark'),
      },
    });
    this.media = typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null;
    this.media?.addEventListener('change', this.onSystemChange);
    this.shown = resolvedScheme(options.state.get().colorScheme);
    this.unsubscribe = options.state.subscribe(this.onState);
    this.render(options.state.get());
  }

  remove(): void {
    this.unsubscribe();
    this.media?.removeEventListener('change', this.onSystemChange);
    this.element.remove();
    delete document.documentElement.dataset.scheme;
    hidePaletteInks(document.documentElement);
  }

  private readonly onSystemChange = (): void => this.render(this.options.state.get());

  private readonly onState = (state: AppState, previous: AppState): void => {
    if (state.colorScheme !== previous.colorScheme || state.lang !== previous.lang) this.render(state);
  };

  private render(state: AppState): void {
    const scheme = resolvedScheme(state.colorScheme);
    this.element.textContent = STRINGS[state.lang].colorSchemeDark;
    this.element.setAttribute('aria-pressed', String(scheme === 'dark'));
    document.documentElement.dataset.scheme = scheme;
    showPaletteInks(document.documentElement, paletteFor(scheme));
    if (scheme !== this.shown) {
      this.shown = scheme;
      this.options.onSchemeChange(scheme);
    }
  }
}
