/**
 * WCAG 2 contrast between two colours, computed from the sRGB values the
 * palettes hold; the unit tests hold both palettes to it.
 */
import { color as parseColor } from 'd3-color';

/** Relative luminance (WCAG 2.x), 0 for black to 1 for white; a translucent colour is composited on `under`. */
export function relativeLuminance(css: string, under = '#ffffff'): number {
  const top = parseColor(css)?.rgb();
  const base = parseColor(under)?.rgb();
  if (!top || !base) throw new Error(`not a colour: ${css}`);
  const alpha = top.opacity;
  const channel = (value: number, below: number) => {
    const c = (value * alpha + below * (1 - alpha)) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(top.r, base.r) + 0.7152 * channel(top.g, base.g) + 0.0722 * channel(top.b, base.b);
}

/** The contrast ratio, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string, under = '#ffffff'): number {
  const [light, dark] = [relativeLuminance(a, under), relativeLuminance(b, under)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
