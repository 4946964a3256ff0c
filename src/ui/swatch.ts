/** A category's key swatch: its marker shape, or a sample of its area, band or outline. */
import type { Category } from '../content/categories.ts';
import { el } from './dom.ts';

export function swatch(category: Category): HTMLSpanElement {
  const element = el('span', {
    className: `swatch swatch--${category.shape === 'none' ? category.rendering : category.shape}`,
    attrs: { 'aria-hidden': 'true' },
  });
  // The colour comes from the category table, never from data or the URL. Set
  // through the CSSOM, not a style attribute, which a strict style-src refuses.
  element.style.setProperty('--swatch', category.color);
  return element;
}
