/**
 * The key's "Context" group: a switch per infrastructure layer, all off by
 * default, apart from the policy's categories and marked as not named in the
 * text, each with how many of its items were open in the year shown. The
 * legend places the element; this module keeps it in step.
 */
import { STRINGS } from '../../i18n/index.ts';
import type { Actions, StateSource } from '../../state/actions.ts';
import { type AppState, CONTEXT_KINDS } from '../../state/app-state.ts';
import type { InfrastructureKind } from '../../content/infrastructure-types.ts';
import { yearShown } from '../../state/year-shown.ts';
import { el } from '../../ui/dom.ts';
import './context-key.css';

export interface ContextKeyOptions {
  state: StateSource;
  actions: Pick<Actions, 'setContextShown'>;
  /** How many items each layer holds in a year. */
  counts(year: number): Record<InfrastructureKind, number>;
}

export class ContextKey {
  readonly element: HTMLElement;
  private readonly options: ContextKeyOptions;
  private readonly inputs = new Map<InfrastructureKind, HTMLInputElement>();
  private readonly unsubscribe: () => void;

  constructor(options: ContextKeyOptions) {
    this.options = options;
    this.element = el('div', { className: 'context-key' });
    this.unsubscribe = options.state.subscribe((next, previous) => {
      if (next.lang !== previous.lang || next.asOf !== previous.asOf) this.build(next);
      else if (next.context !== previous.context) this.sync(next);
    });
    this.build(options.state.get());
  }

  remove(): void {
    this.unsubscribe();
    this.element.remove();
  }

  private build(state: AppState): void {
    const strings = STRINGS[state.lang];
    const counts = this.options.counts(yearShown(state));
    this.inputs.clear();
    const rows = CONTEXT_KINDS.map((kind) => {
      const input = el('input', {
        attrs: { type: 'checkbox', 'aria-label': strings.legendToggle(strings.contextLayer(kind)) },
        on: { change: () => this.options.actions.setContextShown(kind, input.checked) },
      });
      this.inputs.set(kind, input);
      return el('li', {}, [
        el('label', { className: 'legend__row' }, [
          input,
          el('span', { className: `context-key__symbol context-key__symbol--${kind}`, attrs: { 'aria-hidden': 'true' } }),
          el('span', { className: 'legend__label', text: strings.contextLayer(kind) }),
          el('span', { className: 'legend__count', text: strings.legendCount(counts[kind]) }),
        ]),
      ]);
    });
    const titleId = 'context-key-title';
    this.element.replaceChildren(
      el('p', { className: 'context-key__title', text: strings.contextGroupTitle, attrs: { id: titleId } }),
      el('p', { className: 'context-key__note', text: strings.contextGroupNote }),
      el('ul', { className: 'legend__list', attrs: { 'aria-labelledby': titleId } }, rows),
    );
    this.sync(state);
  }

  private sync(state: AppState): void {
    for (const [kind, input] of this.inputs) input.checked = state.context.includes(kind);
  }
}
