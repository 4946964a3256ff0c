/**
 * The Vite plugin of the one-file build: swaps the site's asset URLs for the
 * inline stand-ins, keeps only WOFF2 fonts, and at the end replaces the
 * build's output with one file, `atlas-offline.html`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { OutputAsset, OutputChunk } from 'rolldown';
import subsetFont from 'subset-font';
import { normalizePath, type Plugin } from 'vite';
import { INLINE_SOURCE_IDS } from '../../src/data/inline-source-ids.ts';
import { codePointsOf, subsetFontFaces } from './font-subset.ts';
import { assembleOfflinePage, dropWoffFallbacks, externalReferences } from './single-file.ts';

export const OFFLINE_FILE_NAME = 'atlas-offline.html';

/** The data files each inline block carries, as the content pipeline writes them. */
const DATA_FILES = [
  { id: INLINE_SOURCE_IDS.basemap, path: 'geodata/site/basemap.topo.json' },
  { id: INLINE_SOURCE_IDS.document, path: 'geodata/document.json' },
  { id: INLINE_SOURCE_IDS.places, path: 'geodata/site/places.topo.json' },
  { id: INLINE_SOURCE_IDS.infrastructure, path: 'geodata/infrastructure.geojson' },
];

export function singleFilePlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'atlas-single-file',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    async resolveId(source, importer, options) {
      if (!source.endsWith('asset-urls.ts')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !resolved.id.endsWith(join('src', 'data', 'asset-urls.ts'))) return null;
      return resolved.id.replace(/asset-urls\.ts$/, 'asset-urls.offline.ts');
    },
    transform(code, id) {
      if (id.includes('@fontsource') && id.endsWith('.css')) return { code: dropWoffFallbacks(code), map: null };
      return null;
    },
    generateBundle: {
      order: 'post',
      async handler(_, bundle) {
        const files = Object.values(bundle);
        const page = files.find((f): f is OutputAsset => f.type === 'asset' && f.fileName === 'index.html');
        const chunks = files.filter((f): f is OutputChunk => f.type === 'chunk');
        const styles = files.filter((f): f is OutputAsset => f.type === 'asset' && f.fileName.endsWith('.css'));
        if (!page) throw new Error('the build wrote no index.html');
        const [chunk] = chunks;
        if (chunks.length !== 1 || !chunk) throw new Error(`expected one script chunk, got ${chunks.length}`);
        const leftover = files.filter((f) => f !== page && f !== chunk && !styles.includes(f as OutputAsset));
        if (leftover.length > 0) throw new Error(`files the one-file page would not carry: ${leftover.map((f) => f.fileName).join(', ')}`);

        const data = DATA_FILES.map(({ id, path }) => ({
          id,
          // Re-serialised compactly: the committed files are the source of truth, whitespace is not.
          json: JSON.stringify(JSON.parse(readFileSync(resolve(root, path), 'utf8'))),
        }));
        // The text the page can show: its markup, its data, and the site's own
        // modules (the interface strings). Not the libraries: pinyin-pro's
        // dictionary alone names most Chinese characters.
        const ownCode = Object.entries(chunk.modules)
          .filter(([id]) => id.startsWith(`${normalizePath(resolve(root, 'src'))}/`))
          .map(([, module]) => module.code ?? '');
        const shown = codePointsOf([String(page.source), ...ownCode, ...data.map((block) => block.json)]);
        const style = await subsetFontFaces(
          styles.map((s) => String(s.source)).join('\n'),
          shown,
          (font, text) => subsetFont(font, text, { targetFormat: 'woff2' }),
        );
        const html = assembleOfflinePage(String(page.source), {
          script: chunk.code,
          style,
          data,
          favicon: `data:image/svg+xml;base64,${readFileSync(resolve(root, 'public/favicon.svg')).toString('base64')}`,
        });
        const external = externalReferences(html);
        if (external.length > 0) throw new Error(`the one-file page still loads: ${external.join(', ')}`);

        for (const file of files) delete bundle[file.fileName];
        this.emitFile({ type: 'asset', fileName: OFFLINE_FILE_NAME, source: html });
      },
    },
  };
}
