/**
 * Which key moves the tour how. Presentation clickers send PageDown/PageUp
 * (some send arrows or Space), so those are the tour's keys, as in slide
 * software. The rule is a pure function of what the keydown event says, so
 * it can be tested without a browser.
 */

export type TourKeyAction = 'next' | 'prev' | 'first' | 'last' | 'exit';

/** What the rule needs to know about the element a key was pressed in. */
export interface TourKeyTarget {
  /** Upper-case tag name, as `Element.tagName` gives it for HTML. */
  tagName: string;
  /** An input's `type` ("checkbox", "text"…); empty for other elements. */
  inputType?: string;
  isContentEditable: boolean;
  /** Focus is on the map's canvas, where MapLibre pans with the arrow keys. */
  inMap: boolean;
}

/** The parts of a `KeyboardEvent` the rule reads. */
export interface TourKeyEvent {
  key: string;
  shiftKey: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  defaultPrevented: boolean;
  target: TourKeyTarget;
}

/** Fields where keys are text: arrows move the caret, Space types a space. */
const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * Inputs that are switches, not fields: no caret, no typing. The tour's
 * option is one, and the keys of a clicker must keep working once it is
 * ticked; only Space, which ticks it, is left to it.
 */
const SWITCH_INPUTS = new Set(['checkbox', 'radio']);

/** Controls that Space (and Enter) activate natively: the tour leaves Space to them, or one press would act twice. */
const SPACE_ACTIVATED_TAGS = new Set(['BUTTON', 'A', 'SUMMARY']);

function isSwitch(target: TourKeyTarget): boolean {
  return target.tagName === 'INPUT' && SWITCH_INPUTS.has(target.inputType ?? '');
}

const ARROWS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);

/**
 * The tour action for a key press, or `null` to leave the key alone.
 *
 * - → and PageDown go forward, ← and PageUp go back; Space forward and
 *   Shift+Space back; Home and End go to the ends; Esc leaves the tour.
 * - Nothing is done while typing in a field (a checkbox is a switch, not
 *   a field: only Space is left to it), for a key something else has
 *   already handled (`defaultPrevented`), or with Alt, Ctrl or Meta held,
 *   which are the browser's own shortcuts (Alt+← is "back").
 * - The map's rule: while focus is on the map canvas the arrow keys are the
 *   map's, which pans with them; PageDown/PageUp/Space/Home/End/Esc still
 *   drive the tour there, as the map does not use them. Anywhere else, the
 *   arrows drive the tour.
 * - Space on a button, link or checkbox is left to the control it activates.
 */
export function tourKeyAction(event: TourKeyEvent): TourKeyAction | null {
  const { key, target } = event;
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return null;
  if (target.isContentEditable || (TYPING_TAGS.has(target.tagName) && !isSwitch(target))) return null;
  if (target.inMap && ARROWS.has(key)) return null;
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case ' ':
    case 'Spacebar':
      if (SPACE_ACTIVATED_TAGS.has(target.tagName) || isSwitch(target)) return null;
      return event.shiftKey ? 'prev' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

/** The rule's view of a real keyboard event; the map canvas is MapLibre's `.maplibregl-canvas`. */
export function tourKeyEventOf(event: KeyboardEvent): TourKeyEvent {
  const element = event.target instanceof Element ? event.target : null;
  return {
    key: event.key,
    shiftKey: event.shiftKey,
    altKey: event.altKey,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    defaultPrevented: event.defaultPrevented,
    target: {
      tagName: element?.tagName.toUpperCase() ?? '',
      inputType: element instanceof HTMLInputElement ? element.type : '',
      isContentEditable: element instanceof HTMLElement && element.isContentEditable,
      inMap: element !== null && element.closest('.maplibregl-canvas-container') !== null,
    },
  };
}
