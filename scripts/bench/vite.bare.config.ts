/** Builds the bare MapLibre page the benchmark compares the atlas with. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export const BARE_DIST = fileURLToPath(new URL('../../bench-results/bare-dist', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('./bare', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: BARE_DIST,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // The build's own timing report is noise in the benchmark's output.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
});
