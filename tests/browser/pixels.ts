/** Reads a screenshot's pixels, to tell a drawn map from a blank canvas. */
import { PNG } from 'pngjs';

export interface PixelSummary {
  /** Distinct colours, quantized to 4 bits a channel. */
  distinctColours: number;
  /** Share of pixels of the most common colour, 0–1. */
  dominantShare: number;
}

export function summarizePixels(png: Buffer): PixelSummary {
  const { data } = PNG.sync.read(png);
  const counts = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    const key = ((data[i] >> 4) << 8) | ((data[i + 1] >> 4) << 4) | (data[i + 2] >> 4);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = data.length / 4;
  return { distinctColours: counts.size, dominantShare: Math.max(...counts.values()) / total };
}

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** The colour of one pixel of a screenshot. */
export function pixelAt(png: Buffer, x: number, y: number): Rgb {
  const { data, width } = PNG.sync.read(png);
  const i = (y * width + x) * 4;
  return { r: data[i], g: data[i + 1], b: data[i + 2] };
}

export function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return { r: value >> 16, g: (value >> 8) & 0xff, b: value & 0xff };
}

export interface ColourCoverage {
  /** Share of all pixels that have the colour. */
  share: number;
  /** Pixels of the colour on the rows and columns `inset` pixels inside the image's edges. */
  onEdge: number;
}

/**
 * Where a flat fill colour appears in a screenshot, within `tolerance` per
 * channel. The edge is read a few pixels in, clear of the sub-pixel row that
 * an element screenshot may take from its neighbour.
 */
export function colourCoverage(png: Buffer, colour: Rgb, tolerance = 1, inset = 2): ColourCoverage {
  const { data, width, height } = PNG.sync.read(png);
  let count = 0;
  let onEdge = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const matches =
        Math.abs(data[i] - colour.r) <= tolerance &&
        Math.abs(data[i + 1] - colour.g) <= tolerance &&
        Math.abs(data[i + 2] - colour.b) <= tolerance;
      if (!matches) continue;
      count++;
      const inside = x >= inset && y >= inset && x <= width - 1 - inset && y <= height - 1 - inset;
      if (inside && (x === inset || y === inset || x === width - 1 - inset || y === height - 1 - inset)) onEdge++;
    }
  }
  return { share: count / (width * height), onEdge };
}

/** Share of pixels, 0–1, that differ by more than `threshold` in any channel between two same-sized screenshots. */
export function changedShare(a: Buffer, b: Buffer, threshold = 24): number {
  const first = PNG.sync.read(a);
  const second = PNG.sync.read(b);
  if (first.width !== second.width || first.height !== second.height) throw new Error('screenshots differ in size');
  let changed = 0;
  for (let i = 0; i < first.data.length; i += 4) {
    if (
      Math.abs(first.data[i] - second.data[i]) > threshold ||
      Math.abs(first.data[i + 1] - second.data[i + 1]) > threshold ||
      Math.abs(first.data[i + 2] - second.data[i + 2]) > threshold
    ) {
      changed++;
    }
  }
  return changed / (first.width * first.height);
}
