/**
 * The search field: an editable combobox with a list popup, after the
 * WAI-ARIA 1.2 combobox pattern (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/).
 * Focus stays in the input throughout; the active option is conveyed with
 * aria-activedescendant, so screen readers read the option while the reader
 * keeps typing. All text comes from the caller; nodes are built with
 * textContent only, so no name or sentence can ever be read as markup.
 */
import './search-box.css';
import type { CategoryId } from '../../content/types.ts';
import { LANG_TAG, type Lang, localName, namesInOrder } from '../../i18n/lang.ts';
import type { Strings } from '../../i18n/strings.ts';
import type { SearchIndex, SearchResult } from '../../search/search-index.ts';

/** The words the search box shows: entries of the interface's string table. */
export type SearchStrings = Pick<
  Strings,
  | 'searchLabel'
  | 'searchPlaceholder'
  | 'searchResultsLabel'
  | 'searchResultCount'
  | 'searchPlaceOption'
  | 'searchUnavailable'
  | 'retry'
  | 'retrying'
>;

export interface SearchBoxOptions {
  /**
   * Loads the index. It is called on first use, not at start-up: the
   * pinyin dictionary behind the index is the heaviest part of the page.
   */
  loadIndex(): Promise<SearchIndex>;
  strings: SearchStrings;
  /** The interface's language: the name a reader of it looks for leads. */
  lang: Lang;
  /** The label of a category as the reader sees it in the legend. */
  categoryLabel(id: CategoryId): string;
  /** What a prefecture result says it is, by its code, e.g. "Prefecture-level division of Heilongjiang". */
  divisionLabel(id: string): string;
  /** What a context item's result says it is, e.g. "Seaport". */
  infrastructureLabel?(result: Extract<SearchResult, { kind: 'infrastructure' }>): string;
  /** Called when the reader picks a result, by Enter or by click. */
  onChoose(result: SearchResult): void;
}

/** Enough to scan by eye; a reader who wants more types more. */
const RESULT_LIMIT = 12;

let instances = 0;

export class SearchBox {
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly listbox: HTMLUListElement;
  private readonly status: HTMLElement;
  /** Shown beside the status while the index could not be loaded. */
  private readonly retryButton: HTMLButtonElement;
  private readonly options: SearchBoxOptions;
  private readonly label: HTMLLabelElement;
  private strings: SearchStrings;
  private lang: Lang;
  private readonly idPrefix: string;
  private results: SearchResult[] = [];
  private index: SearchIndex | null = null;
  private loading: Promise<void> | null = null;
  private chooseWhenLoaded = false;
  /** Set while the index could not be loaded: the status says so, on screen, until a retry succeeds. */
  private unavailable = false;
  /** Set while a load started by the Retry button is under way. */
  private retrying = false;
  /** Index of the active option in `results`, or -1 when none is active. */
  private active = -1;

  constructor(options: SearchBoxOptions) {
    this.options = options;
    instances += 1;
    this.idPrefix = `search-box-${instances}`;
    this.strings = options.strings;
    this.lang = options.lang;

    this.element = document.createElement('div');
    this.element.className = 'search-box';

    this.label = document.createElement('label');
    this.label.className = 'search-box__label';
    this.label.htmlFor = `${this.idPrefix}-input`;

    this.input = document.createElement('input');
    this.input.type = 'search';
    this.input.id = `${this.idPrefix}-input`;
    this.input.className = 'search-box__input';
    // The browser's own suggestions would cover ours and fight for the arrow keys.
    this.input.autocomplete = 'off';
    this.input.spellcheck = false;
    this.input.setAttribute('role', 'combobox');
    this.input.setAttribute('aria-autocomplete', 'list');
    this.input.setAttribute('aria-expanded', 'false');
    this.input.setAttribute('aria-controls', `${this.idPrefix}-listbox`);

    this.listbox = document.createElement('ul');
    this.listbox.id = `${this.idPrefix}-listbox`;
    this.listbox.className = 'search-box__listbox';
    this.listbox.setAttribute('role', 'listbox');
    this.listbox.hidden = true;

    this.status = document.createElement('div');
    // The live count is for assistive technology; it takes no space on screen.
    this.status.className = 'search-box__status visually-hidden';
    this.status.setAttribute('role', 'status');

    // Outside the status: a live region announces its text, not its controls.
    this.retryButton = document.createElement('button');
    this.retryButton.type = 'button';
    this.retryButton.className = 'search-box__retry';
    this.retryButton.hidden = true;

    const field = document.createElement('div');
    field.className = 'search-box__field';
    field.append(this.input, this.listbox);
    this.element.append(this.label, field, this.status, this.retryButton);
    this.setLanguage(options.strings, options.lang);

    this.input.addEventListener('focus', this.loadIndex);
    this.input.addEventListener('input', this.onInput);
    this.input.addEventListener('keydown', this.onKeyDown);
    this.element.addEventListener('focusout', this.onFocusOut);
    this.listbox.addEventListener('pointerdown', this.onListPointerDown);
    this.listbox.addEventListener('click', this.onListClick);
    this.retryButton.addEventListener('click', this.onRetry);
  }

  /** Relabels the box, and redraws any results, in another language. */
  setLanguage(strings: SearchStrings, lang: Lang): void {
    this.strings = strings;
    this.lang = lang;
    this.label.textContent = strings.searchLabel;
    this.input.placeholder = strings.searchPlaceholder;
    this.listbox.setAttribute('aria-label', strings.searchResultsLabel);
    if (this.index && this.input.value.trim() !== '') this.update();
    if (this.unavailable) this.status.textContent = strings.searchUnavailable;
    this.renderRetry();
  }

  focus(): void {
    this.input.focus();
  }

  /** Empties the field and the list, and says nothing more than that search is unavailable, if it is. */
  clear(): void {
    this.input.value = '';
    this.results = [];
    this.render();
    this.close();
    this.status.textContent = this.unavailable ? this.strings.searchUnavailable : '';
  }

  destroy(): void {
    this.input.removeEventListener('focus', this.loadIndex);
    this.input.removeEventListener('input', this.onInput);
    this.input.removeEventListener('keydown', this.onKeyDown);
    this.element.removeEventListener('focusout', this.onFocusOut);
    this.listbox.removeEventListener('pointerdown', this.onListPointerDown);
    this.listbox.removeEventListener('click', this.onListClick);
    this.retryButton.removeEventListener('click', this.onRetry);
    this.element.remove();
  }

  // -------------------------------------------------------------------------
  // Events

  /**
   * Starts loading the index once; a query typed meanwhile runs when it
   * arrives. A failed load is retried on the next use: a keystroke, a focus
   * or the Retry button.
   */
  private readonly loadIndex = (): Promise<void> => {
    this.loading ??= this.options.loadIndex().then(
      (index) => {
        this.index = index;
        this.setUnavailable(false);
        if (this.input.value.trim() !== '') this.update();
        if (this.chooseWhenLoaded && this.results[0]) this.choose(this.results[0]);
        this.chooseWhenLoaded = false;
      },
      (error: unknown) => {
        console.warn('search index failed to load', error);
        this.loading = null;
        this.chooseWhenLoaded = false;
        this.setUnavailable(true);
      },
    );
    return this.loading;
  };

  private readonly onRetry = async (): Promise<void> => {
    if (this.retrying) return;
    this.retrying = true;
    this.renderRetry();
    await this.loadIndex();
    this.retrying = false;
    this.renderRetry();
  };

  /** Shows, or takes back, the status line saying search is unavailable; it is for every reader, so it is visible. */
  private setUnavailable(unavailable: boolean): void {
    if (this.unavailable === unavailable) return;
    this.unavailable = unavailable;
    this.status.classList.toggle('visually-hidden', !unavailable);
    this.status.classList.toggle('search-box__status--error', unavailable);
    this.status.textContent = unavailable ? this.strings.searchUnavailable : '';
    // The button is going away: the reader who pressed it carries on in the field.
    if (!unavailable && document.activeElement === this.retryButton) this.input.focus();
    this.retryButton.hidden = !unavailable;
  }

  private renderRetry(): void {
    // Not `disabled` while busy: a disabled button would drop the focus of the reader who pressed it.
    this.retryButton.textContent = this.retrying ? this.strings.retrying : this.strings.retry;
    this.retryButton.setAttribute('aria-disabled', String(this.retrying));
  }

  // The index is a few dozen places and sentences and answers in about a
  // millisecond, so searching on every keystroke needs no debounce.
  private readonly onInput = (): void => {
    this.update();
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    // Keys pressed while an input method is composing Chinese belong to the IME.
    if (event.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.isOpen()) this.openWithResults(event.altKey ? 'none' : 'first');
        else if (!event.altKey) this.move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!this.isOpen()) this.openWithResults('last');
        else this.move(-1);
        break;
      case 'Enter': {
        if (!this.index && this.input.value.trim() !== '') {
          // Typed and entered before the index arrived: choose the top result when it does.
          event.preventDefault();
          this.chooseWhenLoaded = true;
          return;
        }
        if (!this.isOpen() || this.results.length === 0) return;
        event.preventDefault();
        const chosen = this.results[this.active >= 0 ? this.active : 0];
        if (chosen) this.choose(chosen);
        break;
      }
      case 'Escape':
        // First Escape closes the list, a second one clears the field, as the APG examples do.
        if (this.isOpen()) {
          event.preventDefault();
          this.close();
        } else if (this.input.value !== '') {
          event.preventDefault();
          this.clear();
        }
        break;
      default:
        break;
    }
  };

  /** Closes the list when focus leaves the whole search box, not when it moves within it. */
  private readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (next instanceof Node && this.element.contains(next)) return;
    this.close();
  };

  /** Keeps focus in the input when an option is pressed, so the click lands and the caret stays. */
  private readonly onListPointerDown = (event: PointerEvent): void => {
    event.preventDefault();
  };

  private readonly onListClick = (event: MouseEvent): void => {
    const target = event.target instanceof Element ? event.target.closest('[role="option"]') : null;
    if (!target) return;
    const position = Number(target.getAttribute('data-index'));
    const chosen = this.results[position];
    if (chosen) this.choose(chosen);
  };

  // -------------------------------------------------------------------------
  // State

  private isOpen(): boolean {
    return this.input.getAttribute('aria-expanded') === 'true';
  }

  /** Runs the query, redraws the list and announces the count. */
  private update(): void {
    const query = this.input.value;
    if (!this.index) {
      this.loadIndex();
      return;
    }
    this.results = query.trim() === '' ? [] : this.index.search(query, RESULT_LIMIT);
    this.active = -1;
    this.render();
    if (query.trim() === '') {
      this.close();
      this.status.textContent = '';
      return;
    }
    this.open();
    this.status.textContent = this.countText(this.results.length);
  }

  /** Opens the list from the keyboard (after Escape, say), searching afresh, and activates an option. */
  private openWithResults(activate: 'first' | 'last' | 'none'): void {
    if (this.input.value.trim() === '') return;
    this.update();
    if (this.results.length === 0 || activate === 'none') return;
    this.setActive(activate === 'first' ? 0 : this.results.length - 1);
  }

  private open(): void {
    // With no results the popup stays closed (aria-expanded false, as the
    // pattern asks) and the status line says "No results" instead.
    this.listbox.hidden = this.results.length === 0;
    this.input.setAttribute('aria-expanded', String(this.results.length > 0));
  }

  private close(): void {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.setActive(-1);
  }

  /** Moves the active option by `step`, wrapping round at either end. */
  private move(step: number): void {
    const count = this.results.length;
    if (count === 0) return;
    const from = this.active < 0 ? (step > 0 ? -1 : count) : this.active;
    this.setActive((from + step + count) % count);
  }

  private setActive(position: number): void {
    this.active = position;
    const options = this.listbox.querySelectorAll<HTMLLIElement>('[role="option"]');
    options.forEach((option, i) => {
      const selected = i === position;
      option.setAttribute('aria-selected', String(selected));
      option.classList.toggle('search-box__option--active', selected);
    });
    const current = position >= 0 ? options[position] : undefined;
    if (current) {
      this.input.setAttribute('aria-activedescendant', current.id);
      // Not every environment has scrollIntoView (jsdom has not); scrolling is a nicety.
      current.scrollIntoView?.({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private choose(result: SearchResult): void {
    // A chosen place fills the field with its name, as an autocomplete does;
    // a chosen sentence leaves the reader's words, which are more useful to refine.
    if (result.kind !== 'sentence') this.input.value = localName(result, this.lang);
    this.close();
    this.options.onChoose(result);
  }

  private countText(count: number): string {
    return this.strings.searchResultCount(count);
  }

  // -------------------------------------------------------------------------
  // Rendering

  private render(): void {
    const items = this.results.map((result, i) => this.renderOption(result, i));
    this.listbox.replaceChildren(...items);
  }

  private renderOption(result: SearchResult, position: number): HTMLLIElement {
    const option = document.createElement('li');
    option.id = `${this.idPrefix}-option-${position}`;
    option.className = `search-box__option search-box__option--${result.kind}`;
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', 'false');
    option.setAttribute('data-index', String(position));
    option.setAttribute('data-kind', result.kind);
    option.setAttribute('data-id', result.id);

    const { strings, lang } = this;
    // The accessible name is given whole rather than computed from the
    // parts: browsers join block-level parts with spaces of their own, and
    // screen readers would otherwise hear "Harbin 哈尔滨市 City" or worse.
    if (result.kind !== 'sentence') {
      const category =
        result.kind === 'place'
          ? this.options.categoryLabel(result.category)
          : result.kind === 'infrastructure'
            ? (this.options.infrastructureLabel?.(result) ?? '')
            : this.options.divisionLabel(result.id);
      const { primary, secondary } = namesInOrder(result, lang);
      const names = span('search-box__names');
      const otherName = span('search-box__name-other', secondary.text);
      otherName.lang = LANG_TAG[secondary.lang];
      names.append(span('search-box__name', primary.text), otherName);
      option.append(names, span('search-box__category', category));
      option.setAttribute('aria-label', strings.searchPlaceOption(primary.text, secondary.text, category));
    } else {
      // The element holds the whole sentence, and its accessible name is its
      // content: "Clause 5 Three service…". A name given whole would differ
      // from the two-line clip on screen, which axe (label-content-name-mismatch)
      // and voice control users both hold against it.
      const text = span('search-box__text', result.text);
      text.lang = 'en';
      option.append(span('search-box__clause', result.clauseLabel), text);
    }
    return option;
  }
}

function span(className: string, text?: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}
