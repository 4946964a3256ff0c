/**
 * Builds DOM nodes from data without HTML strings: every text goes in as a
 * text node, so no value from the data or the URL is ever parsed as markup.
 */
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

/** English, with the Chinese marked as such for screen readers and fonts. */
export function zh(text: string, className = 'zh'): HTMLSpanElement {
  return el('span', { className, text, attrs: { lang: 'zh-Hans' } });
}
