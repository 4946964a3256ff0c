/**
 * The one rule for links inside the atlas. Each is a real `<a href>` to the
 * view it opens, so that it can be copied, bookmarked or opened elsewhere; a
 * plain click opens the view in place, without a page load. A click with a
 * modifier (Ctrl or ⌘ for a new tab, Shift for a new window, Alt to download)
 * or with another button is the browser's, as on any link.
 */

type Click = Pick<MouseEvent, 'button' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** Whether the atlas, not the browser, handles this click on one of its links. */
export function isPlainClick(event: Click): boolean {
  return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
}

/** A click handler for an in-app link: `open` on a plain click, the browser's default otherwise. */
export function onPlainClick(open: () => void): (event: Event) => void {
  return (event) => {
    if (!isPlainClick(event as MouseEvent)) return;
    event.preventDefault();
    open();
  };
}
