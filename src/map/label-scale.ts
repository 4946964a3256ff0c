/**
 * How large the map draws its names: one number in the map's global state,
 * 1 in the atlas and larger in the presentation tour, whose text is set for
 * the back of a room. Every label layer writes its `text-size` through
 * `labelSize`, so one `setGlobalStateProperty` resizes every name on the
 * map, from the same layers.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';

/** The global-state property that scales every label. */
export const LABEL_SCALE = 'labelScale';

/** The style's `state` root: labels at their own size until told otherwise. */
export const LABEL_SCALE_STATE: NonNullable<StyleSpecification['state']> = { [LABEL_SCALE]: { default: 1 } };

/** The largest scale: beyond it, names crowd each other off the map. */
export const MAX_LABEL_SCALE = 2;

const scale: ExpressionSpecification = ['number', ['global-state', LABEL_SCALE], 1];

/**
 * A label's `text-size`, scaled by the map's label scale: a size in pixels,
 * or sizes by zoom as `[zoom, size]` stops, interpolated linearly.
 */
export function labelSize(size: number | readonly (readonly [zoom: number, size: number])[]): ExpressionSpecification {
  if (typeof size === 'number') return ['*', size, scale];
  return ['interpolate', ['linear'], ['zoom'], ...size.flatMap(([zoom, px]) => [zoom, ['*', px, scale]])] as ExpressionSpecification;
}

/** The scale that makes the map's names grow with a text set at `textPx` over the page's own `basePx`, within 1 and MAX_LABEL_SCALE. */
export function labelScaleFor(textPx: number, basePx: number): number {
  if (!(textPx > 0 && basePx > 0)) return 1;
  return Math.min(MAX_LABEL_SCALE, Math.max(1, textPx / basePx));
}
