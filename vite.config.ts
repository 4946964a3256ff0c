import { defineConfig } from 'vite';
import { dataPackagePlugin } from './scripts/data-package/vite-plugin.ts';

export default defineConfig({
  // Relative asset URLs, so that dist/ works from any static host and any sub-path.
  base: './',
  plugins: [dataPackagePlugin()],
  build: {
    target: 'es2022',
    // The map library and the CJK font subsets are large by nature; the
    // benchmark, not this warning, is where their cost is tracked.
    chunkSizeWarningLimit: 1500,
  },
});
