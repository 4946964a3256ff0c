/** A category's key swatch: its marker shape, or a sample of its area, band or outline. */
import type { Category } from '../content/categories.ts';
import { el } from './dom.ts';

export function swatch(category: Category): HTMLSpanElement {
  return el('span', {
    className: `swatch swatch--${category.shape === 'none' ? category.rendering : category.shape}`,
    // The colour comes from the category table, never from data or the URL.
    attrs: { style: `--swatch: ${category.color}`, 'aria-hidden': 'true' },
  });
}
