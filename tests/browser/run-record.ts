/**
 * What a browser run records across its files, and the vitest global setup
 * that starts the record and prints it at the end: how many documents (each
 * a whole atlas) every file loaded. Loads are the suite's cost, so the count
 * is what to watch when a test is added.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One JSON line per browser session: `{ "file": …, "loads": … }`. */
export const ATLAS_LOADS_FILE = fileURLToPath(new URL('../../test-results/atlas-loads.jsonl', import.meta.url));

/**
 * Flags the tests add to the browser's own (chromium.ts, shared with the
 * benchmark, which keeps Chromium's defaults). Compositing in software
 * rather than through the GPU process's SwiftShader: the map's WebGL is
 * still drawn by SwiftShader and the page looks the same (a screenshot of
 * Suifenhe selected differed in 0.02 % of its pixels), but a load costs less
 * CPU: 2.9 s rather than 4.0 s (medians of 3 loads each, all Chromium
 * processes, 5 December 2026).
 */
export const TEST_BROWSER_FLAGS: readonly string[] = ['--disable-gpu-compositing'];

export function setup(): void {
  rmSync(ATLAS_LOADS_FILE, { force: true });
}

export function teardown(): void {
  if (!existsSync(ATLAS_LOADS_FILE)) return;
  const byFile = new Map<string, number>();
  for (const line of readFileSync(ATLAS_LOADS_FILE, 'utf8').split('\n').filter(Boolean)) {
    const { file, loads } = JSON.parse(line) as { file: string; loads: number };
    byFile.set(file, (byFile.get(file) ?? 0) + loads);
  }
  const total = [...byFile.values()].reduce((sum, n) => sum + n, 0);
  const rows = [...byFile].sort(([a], [b]) => a.localeCompare(b)).map(([file, n]) => `  ${String(n).padStart(4)}  ${file}`);
  console.info(`Documents loaded (each a whole atlas):\n${rows.join('\n')}\n  ${String(total).padStart(4)}  in all`);
}
