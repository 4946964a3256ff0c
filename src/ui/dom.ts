/**
 * Builds DOM nodes from data without HTML strings: every text goes in as a
 * text node, so no value from the data or the URL is ever parsed as markup.
 */
import { LANG_TAG, type Lang, type Named, namesInOrder } from '../i18n/lang.ts';

type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  className?: string;
  text?: string;
  attrs?: Record<string, string>;
  on?: Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) element.setAttribute(name, value);
  for (const [type, handler] of Object.entries(options.on ?? {})) {
    if (handler) element.addEventListener(type, handler);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** Text in a language, marked as such for screen readers and fonts. */
export function inLang(text: string, lang: Lang, className = ''): HTMLSpanElement {
  const classes = `${lang === 'zh' ? 'zh' : 'en'} ${className}`.trim();
  return el('span', { className: classes, text, attrs: { lang: LANG_TAG[lang] } });
}

/** Runs of text as nodes: a run in another language is a span marked with it. */
export function textRuns(runs: readonly { text: string; lang?: Lang }[]): (HTMLSpanElement | string)[] {
  return runs.map((run) => (run.lang ? el('span', { text: run.text, attrs: { lang: LANG_TAG[run.lang] } }) : run.text));
}

/** Chinese text, marked as such for screen readers and fonts. */
export function zh(text: string, className = ''): HTMLSpanElement {
  return inLang(text, 'zh', className);
}

/**
 * A name in the interface's language first and the other language after,
 * each marked with its language: "Harbin 哈尔滨市" or "哈尔滨市 Harbin".
 * With `link`, the leading name is made a link by it.
 */
export function names(
  named: Named,
  lang: Lang,
  options: { secondaryClass?: string; separator?: Node | string; link?: (text: string) => HTMLElement } = {},
): (Node | string)[] {
  const { primary, secondary } = namesInOrder(named, lang);
  const lead = options.link ? options.link(primary.text) : primary.text;
  return [lead, options.separator ?? ' ', inLang(secondary.text, secondary.lang, options.secondaryClass)];
}
