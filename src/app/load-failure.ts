/**
 * Says what could not be loaded, what still works, and offers a Retry that
 * fetches only what failed. One part of the page failing (a data file, the
 * map's worker) never takes the parts that loaded away with it.
 */
import './load-failure.css';
import type { Strings } from '../i18n/strings.ts';
import { el } from '../ui/dom.ts';

export interface LoadFailureText {
  /** What failed, e.g. "The base map could not be loaded." */
  what: string;
  /** What the reader can still do, or what it means. */
  hint: string;
}

export interface LoadFailureOptions {
  /** The message, in the language of the given strings. */
  text(strings: Strings): LoadFailureText;
  /**
   * Tries again; resolves once the attempt is over, whatever its outcome.
   * Without it the message offers no Retry: retrying could not help.
   */
  retry?: () => Promise<void>;
  /** Where focus goes when the message is removed while it held it. */
  focusAfter?: () => HTMLElement | null;
}

export class LoadFailure {
  readonly element: HTMLElement;
  private readonly options: LoadFailureOptions;
  private readonly what: HTMLElement;
  private readonly hint: HTMLElement;
  private readonly button: HTMLButtonElement | null;
  private strings: Strings;
  private busy = false;

  constructor(strings: Strings, options: LoadFailureOptions) {
    this.options = options;
    this.strings = strings;
    this.what = el('p', { className: 'load-failure__what' });
    this.hint = el('p', { className: 'load-failure__hint' });
    // The message is announced when it appears; the button is not part of the alert.
    const message = el('div', { attrs: { role: 'alert' } }, [this.what, this.hint]);
    this.button = options.retry
      ? el('button', { className: 'load-failure__retry', attrs: { type: 'button' }, on: { click: () => void this.onRetry() } })
      : null;
    this.element = el('div', { className: 'load-failure' }, [message, this.button]);
    this.render();
  }

  setLanguage(strings: Strings): void {
    this.strings = strings;
    this.render();
  }

  /** Rewrites the message, e.g. after a retry that failed again, perhaps on something else. */
  refresh(): void {
    this.render();
  }

  remove(): void {
    const hadFocus = this.element.contains(document.activeElement);
    this.element.remove();
    if (hadFocus) this.options.focusAfter?.()?.focus();
  }

  private async onRetry(): Promise<void> {
    if (this.busy || !this.options.retry) return;
    this.busy = true;
    this.render();
    try {
      await this.options.retry();
    } finally {
      this.busy = false;
      this.render();
    }
  }

  private render(): void {
    const { what, hint } = this.options.text(this.strings);
    this.what.textContent = what;
    this.hint.textContent = hint;
    if (this.button) {
      // Not `disabled`: a disabled button would drop the focus of the reader who pressed it.
      this.button.textContent = this.busy ? this.strings.retrying : this.strings.retry;
      this.button.setAttribute('aria-disabled', String(this.busy));
    }
  }
}
