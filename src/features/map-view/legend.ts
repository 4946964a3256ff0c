/**
 * The map key, theme by theme, the product's four first: each theme with its
 * swatch, how many places hold it, and a switch that hides or shows it. A
 * place shows while any of its designations is on. The logistics row says
 * that its cities are context; a note explains marker size and segments.
 */
import type { IControl, Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { AtlasData } from '../../content/atlas-data.ts';
import { THEMES, type Theme as KeyTheme, type ThemeId, designationById } from '../../content/designations.ts';
import { keyCounts, placesOfTheme } from '../../content/key-counts.ts';
import { STRINGS } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { Palette } from '../../map/palette.ts';
import type { StateSource } from '../../state/actions.ts';
import type { AppState } from '../../state/app-state.ts';
import { el } from '../../ui/dom.ts';
import { keyCountText } from '../../ui/key-count.ts';
import { swatchKind, themeSwatch } from '../../ui/swatch.ts';
import './legend.css';

export interface LegendOptions {
  data: AtlasData;
  state: StateSource;
  /** The map's palette, for the swatches' colours. */
  palette: Palette;
  /** Called when the reader switches a theme on or off. */
  onToggle(theme: ThemeId, shown: boolean): void;
  /** Start folded, as on a phone, where the key would cover the map. */
  collapsed: boolean;
  /** Further groups shown after the categories, e.g. the year shown and the context layers (context-key.ts). */
  groups?: HTMLElement[];
  /** Said under the key's title, folded or not: the year the map shows. */
  caption?: HTMLElement;
}

function themeLabel(theme: KeyTheme, lang: Lang): string {
  return lang === 'zh' ? theme.label_zh : theme.label_en;
}

export class Legend implements IControl {
  private readonly options: LegendOptions;
  private palette: Palette;
  private container: HTMLElement | null = null;
  private details: HTMLDetailsElement | null = null;
  private readonly inputs = new Map<ThemeId, HTMLInputElement>();
  private unsubscribe: (() => void) | null = null;
  /** Whether the other themes are unfolded; kept when the key is rebuilt. */
  private moreOpen = false;

  constructor(options: LegendOptions) {
    this.options = options;
    this.palette = options.palette;
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

  /** Redraws the swatches in another palette's colours. */
  setPalette(palette: Palette): void {
    this.palette = palette;
    this.build(this.options.state.get());
  }

  /**
   * The map edge the open key covers, as padding for framing: its width on
   * the left, or its height at the top, whichever leaves the map more room.
   */
  coveredEdges(mapElement: HTMLElement): Partial<PaddingOptions> {
    if (!this.container || !this.details?.open) return {};
    const key = this.container.getBoundingClientRect();
    const map = mapElement.getBoundingClientRect();
    if (map.width === 0 || map.height === 0) return {};
    const left = Math.max(0, key.right - map.left);
    const top = Math.max(0, key.bottom - map.top);
    return (map.width - left) / map.width >= (map.height - top) / map.height ? { left } : { top };
  }

  private row(theme: KeyTheme, state: AppState): HTMLElement {
    const { data, onToggle } = this.options;
    const strings = STRINGS[state.lang];
    const label = themeLabel(theme, state.lang);
    const input = el('input', {
      attrs: { type: 'checkbox', 'aria-label': strings.legendToggle(label) },
      on: { change: () => onToggle(theme.id, input.checked) },
    });
    this.inputs.set(theme.id, input);
    // Logistics is the one theme whose places the text does not name.
    const note = theme.designations.some((id) => designationById(id).basis === 'context') ? strings.legendLogisticsNote : null;
    return el('li', { className: 'legend__item' }, [
      el('label', { className: 'legend__row' }, [
        input,
        themeSwatch(swatchKind(data.places, theme), this.palette.inks[theme.id]),
        el('span', { className: 'legend__label', text: label }),
        el('span', { className: 'legend__count', text: keyCountText(keyCounts(data.places, theme), state.lang) }),
      ]),
      note ? el('p', { className: 'legend__note', text: note }) : null,
    ]);
  }

  /** The key's rows, in the state's language; the open or folded state is kept. */
  private build(state: AppState): void {
    const strings = STRINGS[state.lang];
    this.inputs.clear();
    const shownThemes = THEMES.filter((theme) => placesOfTheme(this.options.data.places, theme).length > 0);
    const primary = shownThemes.filter((theme) => theme.primary);
    const other = shownThemes.filter((theme) => !theme.primary);
    // The other themes fold away, so the open key covers little of the map.
    const more = el('details', { className: 'legend__more' }, [
      el('summary', { className: 'legend__group', text: strings.legendOtherThemes(other.length) }),
      el('ul', { className: 'legend__list legend__list--other' }, other.map((theme) => this.row(theme, state))),
    ]);
    more.open = this.moreOpen || other.some((theme) => state.hidden.includes(theme.id));
    more.addEventListener('toggle', () => {
      this.moreOpen = more.open;
    });
    this.details?.replaceChildren(
      // The space keeps the two apart in the summary's accessible name.
      el('summary', { className: 'legend__title' }, [strings.legendTitle, this.options.caption ? ' ' : null, this.options.caption]),
      el('ul', { className: 'legend__list' }, primary.map((theme) => this.row(theme, state))),
      more,
      ...(this.options.groups ?? []),
      el('p', { className: 'legend__note legend__note--size', text: `${strings.legendSegmentsNote} ${strings.legendSizeNote}` }),
    );
    this.sync(state);
  }

  private sync(state: AppState): void {
    for (const [id, input] of this.inputs) input.checked = !state.hidden.includes(id);
  }
}
