/**
 * What the map's cards (a context item's, the later designations') share:
 * their close button, and showing a card at a point of the map, kept inside
 * the map and given focus so that a keyboard reader can read and close it.
 */
import { el } from '../../ui/dom.ts';

/** The card's × button, named for a screen reader. */
export function cardCloseButton(label: string, close: () => void): HTMLButtonElement {
  return el('button', {
    className: 'context-card__close',
    text: '×',
    attrs: { type: 'button', 'aria-label': label },
    on: { click: close },
  });
}

/** Shows `card` at `point` of its parent (the map), at least 8 px inside its edges, and focuses its close button. */
export function showCardAt(card: HTMLElement, point: { x: number; y: number }): void {
  card.hidden = false;
  const parent = card.parentElement;
  const maxX = (parent?.clientWidth ?? 0) - card.offsetWidth - 10;
  const maxY = (parent?.clientHeight ?? 0) - card.offsetHeight - 10;
  card.style.transform = `translate(${Math.max(8, Math.min(point.x, maxX))}px, ${Math.max(8, Math.min(point.y, maxY))}px)`;
  card.querySelector<HTMLElement>('.context-card__close')?.focus();
}

/** A card's element: a dialog, hidden until shown, that Esc closes. */
export function cardElement(className: string, close: () => void): HTMLElement {
  return el('div', {
    className,
    attrs: { role: 'dialog', hidden: '' },
    on: {
      keydown: (event) => {
        if ((event as KeyboardEvent).key === 'Escape') {
          event.preventDefault();
          close();
        }
      },
    },
  });
}
