/**
 * The benchmark's arithmetic and report: medians, minimums, ratios, the kind
 * of each request, and the Markdown table. Pure, so it is unit-tested.
 */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function minimum(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : Math.min(...values);
}

export const KINDS = ['html', 'js', 'worker', 'css', 'font', 'json', 'other'] as const;
export type Kind = (typeof KINDS)[number];

/** What a request fetched, by its path: the worker apart from the rest of the JavaScript. */
export function kindOf(url: string): Kind {
  const path = new URL(url).pathname;
  if (/\.m?js$/.test(path)) return /worker/i.test(path) ? 'worker' : 'js';
  if (path.endsWith('.css')) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  if (/\.(geo)?json$/.test(path)) return 'json';
  if (path.endsWith('/') || path.endsWith('.html')) return 'html';
  return 'other';
}

/** One figure, measured once per run of a page. */
export interface Figure {
  /** Row label, e.g. "CPU to first idle (ms)". */
  name: string;
  atlas: number[];
  /** Empty where the bare page has no such thing (it has no interface). */
  bare: number[];
  /** Decimal places to print. */
  digits?: number;
}

export interface Summary {
  name: string;
  atlas: { median: number; min: number; runs: number };
  bare: { median: number; min: number; runs: number } | null;
  /** atlas median / bare median. */
  ratio: number | null;
}

export function summarise(figure: Figure): Summary {
  const atlas = { median: median(figure.atlas), min: minimum(figure.atlas), runs: figure.atlas.length };
  const bare =
    figure.bare.length > 0 ? { median: median(figure.bare), min: minimum(figure.bare), runs: figure.bare.length } : null;
  const ratio = bare && bare.median > 0 ? atlas.median / bare.median : null;
  return { name: figure.name, atlas, bare, ratio };
}

function fixed(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

/**
 * A Markdown table: one row per figure, medians and minimums of both pages,
 * and their ratio; only the atlas's columns when no figure has a bare one.
 */
export function markdownTable(figures: readonly Figure[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = (header: readonly string[]) => line(header.map((_, i) => (i === 0 ? '---' : '---:')));
  if (figures.every((figure) => figure.bare.length === 0)) {
    const header = ['measure', 'median', 'min'];
    const rows = figures.map((figure) => {
      const s = summarise(figure);
      return [s.name, fixed(s.atlas.median, figure.digits ?? 0), fixed(s.atlas.min, figure.digits ?? 0)];
    });
    return [line(header), rule(header), ...rows.map(line)].join('\n');
  }
  const rows = figures.map((figure) => {
    const s = summarise(figure);
    const d = figure.digits ?? 0;
    return [
      s.name,
      fixed(s.atlas.median, d),
      fixed(s.atlas.min, d),
      s.bare ? fixed(s.bare.median, d) : '–',
      s.bare ? fixed(s.bare.min, d) : '–',
      s.ratio === null ? '–' : `${s.ratio.toFixed(2)}×`,
    ];
  });
  const header = ['measure', 'atlas median', 'atlas min', 'bare median', 'bare min', 'atlas / bare'];
  return [line(header), rule(header), ...rows.map(line)].join('\n');
}
