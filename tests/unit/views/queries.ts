/**
 * Finding elements as a user does: by role and accessible name, or by the
 * text on screen. A small subset of the WAI-ARIA rules (implicit roles of
 * the elements these views use; names from aria-labelledby, aria-label,
 * a <label>, or the content), enough for these views and no more.
 */

const IMPLICIT_ROLES: Record<string, (element: Element) => string | null> = {
  A: (e) => (e.hasAttribute('href') ? 'link' : null),
  ARTICLE: () => 'article',
  ASIDE: () => 'complementary',
  BUTTON: () => 'button',
  DIALOG: () => 'dialog',
  H1: () => 'heading',
  H2: () => 'heading',
  H3: () => 'heading',
  H4: () => 'heading',
  INPUT: (e) => {
    const type = (e.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'checkbox' || type === 'radio') return type;
    if (type === 'number') return 'spinbutton';
    if (type === 'range') return 'slider';
    return ['text', 'search', 'email', 'url', 'tel'].includes(type) ? (type === 'search' ? 'searchbox' : 'textbox') : null;
  },
  LI: () => 'listitem',
  NAV: () => 'navigation',
  OL: () => 'list',
  OPTION: () => 'option',
  SECTION: (e) => (e.hasAttribute('aria-label') || e.hasAttribute('aria-labelledby') ? 'region' : null),
  SELECT: () => 'combobox',
  SUMMARY: () => 'button',
  TABLE: () => 'table',
  TD: () => 'cell',
  TEXTAREA: () => 'textbox',
  TH: (e) => (e.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader'),
  TR: () => 'row',
  UL: () => 'list',
};

/** Roles whose name, without a label, is their text. */
const NAMED_BY_CONTENT = new Set([
  'button',
  'link',
  'heading',
  'option',
  'cell',
  'columnheader',
  'rowheader',
  'row',
  'listitem',
  'checkbox',
  'radio',
]);

export function roleOf(element: Element): string | null {
  return element.getAttribute('role') ?? IMPLICIT_ROLES[element.tagName]?.(element) ?? null;
}

/** Whether the element is out of sight and out of the accessibility tree: hidden, aria-hidden, inert, or in a closed dialog or details. */
export function isHidden(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('inert')) return true;
    if (node.tagName === 'DIALOG' && !(node as HTMLDialogElement).open) return true;
    const parent = node.parentElement;
    // A closed <details> shows only its <summary>.
    if (parent?.tagName === 'DETAILS' && !(parent as HTMLDetailsElement).open && node.tagName !== 'SUMMARY') return true;
  }
  return false;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Elements a browser lays out as blocks: their text is apart from their neighbours', as on screen. */
const BLOCKS = new Set(['ARTICLE', 'BLOCKQUOTE', 'DD', 'DIV', 'DT', 'H1', 'H2', 'H3', 'H4', 'LI', 'OL', 'P', 'SECTION', 'TD', 'TH', 'TR', 'UL']);

/** The visible text of an element, leaving out what is hidden from everyone. */
export function textOf(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    // A line break reads as a space, as a browser's accessible name gives it.
    else if (node instanceof HTMLBRElement) parts.push(' ');
    else if (node instanceof Element && !node.hasAttribute('hidden') && node.getAttribute('aria-hidden') !== 'true') {
      const block = BLOCKS.has(node.tagName);
      if (block) parts.push(' ');
      node.childNodes.forEach(walk);
      if (block) parts.push(' ');
    }
  };
  walk(element);
  return squash(parts.join(''));
}

export function accessibleName(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    return squash(
      labelledBy
        .split(/\s+/)
        .map((id) => element.ownerDocument.getElementById(id))
        .map((label) => (label ? textOf(label) : ''))
        .join(' '),
    );
  }
  const label = element.getAttribute('aria-label');
  if (label) return squash(label);
  if (element.id) {
    const forLabel = element.ownerDocument.querySelector(`label[for="${CSS.escape(element.id)}"]`);
    if (forLabel) return textOf(forLabel);
  }
  const wrapping = element.closest('label');
  if (wrapping && wrapping !== element) return textOf(wrapping);
  const role = roleOf(element);
  if (role && NAMED_BY_CONTENT.has(role)) return textOf(element);
  return squash(element.getAttribute('title') ?? '');
}

type NameMatch = string | RegExp;

const matches = (actual: string, expected: NameMatch | undefined) =>
  expected === undefined || (typeof expected === 'string' ? actual === expected : expected.test(actual));

/** Every visible element of a role, with an accessible name that is or matches `name`, in document order. */
export function allByRole(scope: ParentNode, role: string, options: { name?: NameMatch; hidden?: boolean } = {}): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>('*')].filter(
    (element) => roleOf(element) === role && (options.hidden || !isHidden(element)) && matches(accessibleName(element), options.name),
  );
}

/** The one visible element of a role with that name; throws, listing what there is, if there is none or more than one. */
export function byRole(scope: ParentNode, role: string, options: { name?: NameMatch; hidden?: boolean } = {}): HTMLElement {
  const found = allByRole(scope, role, options);
  if (found.length === 1 && found[0]) return found[0];
  const present = allByRole(scope, role, { hidden: options.hidden }).map((element) => JSON.stringify(accessibleName(element)));
  throw new Error(
    `${found.length} elements of role ${role}${options.name === undefined ? '' : ` named ${String(options.name)}`}; ` +
      `the ${role}s there are: ${present.join(', ') || 'none'}`,
  );
}

/** Whether a visible element of a role with that name is there. */
export function hasRole(scope: ParentNode, role: string, options: { name?: NameMatch } = {}): boolean {
  return allByRole(scope, role, options).length > 0;
}

/** The innermost visible elements whose text is or matches `text`. */
export function allByText(scope: ParentNode, text: NameMatch): HTMLElement[] {
  const hits = [...scope.querySelectorAll<HTMLElement>('*')].filter((element) => !isHidden(element) && matches(textOf(element), text));
  return hits.filter((element) => !hits.some((other) => other !== element && element.contains(other)));
}

export function byText(scope: ParentNode, text: NameMatch): HTMLElement {
  const found = allByText(scope, text);
  if (found.length === 1 && found[0]) return found[0];
  throw new Error(`${found.length} elements with the text ${String(text)}`);
}

/** A click as a pointer makes it: a primary-button click that bubbles and can be cancelled. */
export function click(element: Element): void {
  element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
}

/** A key pressed on the element; returns whether the page took it (prevented its default). */
export function press(element: Element, key: string, init: KeyboardEventInit = {}): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  element.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Types into a field as a keyboard does: the value changes, then an input event. */
export function type(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Ticks or unticks a checkbox, or picks an option of a select, as a user does: the change event follows. */
export function check(input: HTMLInputElement, checked = true): void {
  if (input.checked !== checked) input.click();
}

export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}
