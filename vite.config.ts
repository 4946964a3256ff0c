import { defineConfig } from 'vite';
import { chunkUrlPlugin } from './scripts/chunk-url/vite-plugin.ts';
import { dataPackagePlugin } from './scripts/data-package/vite-plugin.ts';
import { subsetFontsPlugin } from './scripts/fonts/vite-plugin.ts';
import { preloadPlugin } from './scripts/preload/vite-plugin.ts';

export default defineConfig({
  // Relative asset URLs, so that dist/ works from any static host and any sub-path.
  base: './',
  plugins: [subsetFontsPlugin(), dataPackagePlugin(), preloadPlugin(), chunkUrlPlugin()],
  build: {
    target: 'es2022',
    // Font subsets stay files: inlined into the render-blocking stylesheet
    // they would all be paid for up front, and the browser could no longer
    // fetch only the ones whose unicode-range the page shows.
    assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
    // The map library is large by nature; the benchmark, not this warning, is where its cost is tracked.
    chunkSizeWarningLimit: 1500,
  },
});
