/**
 * The one-file classroom copy: `vite build --config scripts/offline/vite.config.ts`
 * writes dist/atlas-offline.html beside the site, touching nothing else there.
 */
import { defineConfig } from 'vite';
import { chunkUrlPlugin } from '../chunk-url/vite-plugin.ts';
import { singleFilePlugin } from './single-file-plugin.ts';

export default defineConfig({
  base: './',
  // The icon is inlined; nothing from public/ is copied.
  publicDir: false,
  plugins: [singleFilePlugin(), chunkUrlPlugin({ inline: true })],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    // Fonts become data: URLs inside the stylesheet.
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    cssCodeSplit: false,
    modulePreload: false,
    chunkSizeWarningLimit: 20_000,
    rolldownOptions: {
      // One script: a page opened from disk cannot import a second file.
      output: { codeSplitting: false },
    },
  },
});
