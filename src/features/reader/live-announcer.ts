/**
 * Says each change of selection through a polite live region: "Dalian
 * selected", "已选择大连市", "Back to the overview". The panel moves focus
 * to what was chosen, but a choice made on the map or from the list of
 * places in view would otherwise pass unheard.
 */
import { type Lang, localName } from '../../i18n/lang.ts';
import type { StateSource } from '../../state/actions.ts';
import { type Selection, sameSelection } from '../../state/app-state.ts';
import { el } from '../../ui/dom.ts';
import { type PanelContext, sentencePlace } from '../../ui/panel-context.ts';

export interface LiveAnnouncerOptions {
  state: StateSource;
  /** Names and words, in the state's language. */
  contextFor(lang: Lang): PanelContext;
}

/** The selection's name as the announcement says it, or `null` when it names nothing known. */
export function selectionName(context: PanelContext, selection: Selection): string | null {
  const { data, lang, strings } = context;
  switch (selection.kind) {
    case 'place': {
      const place = data.placeById.get(selection.id) ?? data.regionWidePlaces.find((p) => p.properties.id === selection.id);
      return place ? localName(place.properties, lang) : null;
    }
    case 'division': {
      const division = context.divisionNames.get(selection.id);
      return division ? localName(division, lang) : null;
    }
    case 'clause': {
      const clause = data.clauseById.get(selection.id);
      return clause ? strings.clauseLabel(clause.number) : null;
    }
    case 'sentence': {
      const entry = data.sentenceById.get(selection.id);
      return entry ? `${strings.sentenceHeading} · ${sentencePlace(strings, entry)}` : null;
    }
  }
}

export class LiveAnnouncer {
  readonly element: HTMLElement;
  private readonly unsubscribe: () => void;

  constructor(options: LiveAnnouncerOptions) {
    this.element = el('div', { className: 'visually-hidden', attrs: { role: 'status', 'aria-live': 'polite', 'data-announcer': '' } });
    this.unsubscribe = options.state.subscribe((state, previous) => {
      if (sameSelection(state.selection, previous.selection)) return;
      const context = options.contextFor(state.lang);
      const name = state.selection ? selectionName(context, state.selection) : null;
      this.say(state.selection === null ? context.strings.announceOverview : name ? context.strings.announceSelected(name) : '');
    });
  }

  remove(): void {
    this.unsubscribe();
    this.element.remove();
  }

  private say(text: string): void {
    // Emptied first, so that the same words said twice are heard twice.
    this.element.textContent = '';
    requestAnimationFrame(() => {
      this.element.textContent = text;
    });
  }
}
