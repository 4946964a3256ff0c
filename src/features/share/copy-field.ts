/**
 * A text to copy: a labelled, read-only field and a Copy button. The
 * Clipboard API is tried first; where it is refused (no permission, an
 * insecure origin, an old browser) the text is selected in the field for
 * the reader to copy by hand. Either way a live region says what happened.
 */
import type { Strings } from '../../i18n/index.ts';
import { el } from '../../ui/dom.ts';

export interface CopyField {
  element: HTMLElement;
  /** Replaces the text, e.g. when an option of the embed code changes. */
  setValue(value: string): void;
}

let fieldCount = 0;

export function copyField(options: {
  label: string;
  value: string;
  strings: Strings;
  /** Where "Copied" is announced. */
  announce(message: string): void;
  rows?: number;
  /** The text is not in the interface's language (a URL, code): marked so. */
  lang?: string;
}): CopyField {
  fieldCount += 1;
  const id = `copy-field-${fieldCount}`;
  const field = el('textarea', {
    className: 'copy-field__text',
    attrs: { id, readonly: '', rows: String(options.rows ?? 2), spellcheck: 'false', ...(options.lang ? { lang: options.lang } : {}) },
  });
  field.value = options.value;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(field.value);
      options.announce(options.strings.copied);
    } catch {
      field.focus();
      field.select();
      options.announce(options.strings.copySelected);
    }
  };
  const button = el('button', {
    className: 'copy-field__button',
    text: options.strings.copy,
    // Several fields share the word "Copy": each button says what it copies.
    attrs: { type: 'button', 'aria-describedby': `${id}-label` },
    on: { click: () => void copy() },
  });
  const element = el('div', { className: 'copy-field' }, [
    el('label', { className: 'copy-field__label', text: options.label, attrs: { for: id, id: `${id}-label` } }),
    el('div', { className: 'copy-field__row' }, [field, button]),
  ]);
  return {
    element,
    setValue(value) {
      field.value = value;
    },
  };
}
