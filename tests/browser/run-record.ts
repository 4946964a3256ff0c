/**
 * What a browser run records across its files, and the vitest global setup
 * that starts the record and prints it at the end: how many documents (each
 * a whole atlas) every file loaded. Loads are the suite's cost, so the count
 * is what to watch when a test is added.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where a run keeps its record, one JSON line per browser session
 * (`{ "file": …, "loads": … }`): one file per test folder (`browser`,
 * `browser-long`), so that the two runs never mix their counts.
 */
export function atlasLoadsFile(folder: string): string {
  return fileURLToPath(new URL(`../../test-results/atlas-loads-${folder}.jsonl`, import.meta.url));
}

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

/** The test folder a vitest project runs, from its first include pattern (`tests/browser-long/**…`). */
function folderOf(project: { config: { include: string[] } }): string {
  return project.config.include[0]?.split('/')[1] ?? 'browser';
}

/** Starts the run's record, and returns what prints it at the end. */
export function setup(project: { config: { include: string[] } }): () => void {
  const file = atlasLoadsFile(folderOf(project));
  rmSync(file, { force: true });
  return () => {
    if (!existsSync(file)) return;
    const byFile = new Map<string, number>();
    for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
      const { file: testFile, loads } = JSON.parse(line) as { file: string; loads: number };
      byFile.set(testFile, (byFile.get(testFile) ?? 0) + loads);
    }
    const total = [...byFile.values()].reduce((sum, n) => sum + n, 0);
    const rows = [...byFile].sort(([a], [b]) => a.localeCompare(b)).map(([name, n]) => `  ${String(n).padStart(4)}  ${name}`);
    console.info(`Documents loaded (each a whole atlas):\n${rows.join('\n')}\n  ${String(total).padStart(4)}  in all`);
  };
}
