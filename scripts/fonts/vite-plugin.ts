/**
 * Keeps the font subsets current at build and dev-server start: if a name,
 * a text or an interface string brought a character the committed subsets
 * lack, they are made again before anything imports them, so a build never
 * ships a glyph short. The unit tests fail until the new files are committed.
 */
import type { Plugin } from 'vite';
import { writeSiteFonts } from './site-fonts.ts';

export function subsetFontsPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'atlas-subset-fonts',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      const changed = await writeSiteFonts(root);
      if (changed.length > 0) this.warn(`font subsets were stale and have been remade; commit them: ${changed.join(', ')}`);
    },
  };
}
