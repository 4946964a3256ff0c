/**
 * An embedded atlas tells its host page the height it wants, so that the
 * host's script can fit the iframe. Only when embedded: a page that is its
 * own top window posts nothing.
 */
import { EMBED_HEIGHT_RANGE, HEIGHT_MESSAGE_TYPE } from './embed-code.ts';

/**
 * The height the embed wants for a frame `width` wide: a map in a landscape
 * ratio plus the caption's whole text. It depends on the width and the
 * caption only, never on the frame's own height, so resizing the frame
 * cannot feed back into what is asked for.
 */
export function wantedHeight(width: number, captionHeight: number): number {
  const [min, max] = EMBED_HEIGHT_RANGE;
  const map = Math.min(520, Math.max(180, Math.round(width * 0.5)));
  return Math.min(max, Math.max(min, map + Math.ceil(captionHeight)));
}

/**
 * Posts the wanted height whenever the frame or the caption's text changes
 * size; `captionText` is the caption's content at its natural height (the
 * caption itself may scroll). Returns the stop.
 */
export function postHeightToParent(captionText: HTMLElement, view: Window = window): () => void {
  if (view.parent === view) return () => undefined;
  let last = 0;
  const post = () => {
    const height = wantedHeight(view.document.documentElement.clientWidth, captionText.scrollHeight);
    if (height === last) return;
    last = height;
    // The height is no secret, and the host's origin is not known: any parent may read it.
    view.parent.postMessage({ type: HEIGHT_MESSAGE_TYPE, height }, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(view.document.documentElement);
  observer.observe(captionText);
  post();
  return () => observer.disconnect();
}
