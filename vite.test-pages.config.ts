import { defineConfig } from 'vite';
import { chunkUrlPlugin } from './scripts/chunk-url/vite-plugin.ts';

// Pages that exist only for the browser tests (e.g. two atlases on one page).
// Built apart from the site, into dist-test/, so that they never ship.
export default defineConfig({
  base: './',
  root: 'tests/pages',
  plugins: [chunkUrlPlugin()],
  build: {
    target: 'es2022',
    outDir: '../../dist-test',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: { input: { 'two-atlases': 'tests/pages/two-atlases.html' } },
  },
});
