/**
 * `import url from './module.ts?chunk-url'` gives the address the module is
 * served from: its chunk's URL in a build, its path on the dev server. A
 * failed dynamic import stays failed for the page's life in Chromium, so
 * code that wants to load a chunk again imports this address with a query of
 * its own, which the browser fetches afresh. In a one-file build (`inline`)
 * the module is part of the page's one script and there is no address: the
 * value is `null`.
 */
import { posix, relative } from 'node:path';
import { normalizePath, type Plugin } from 'vite';

const QUERY = '?chunk-url';
/** The virtual module's id: `\0` keeps other plugins from loading it as a file. */
const PREFIX = '\0chunk-url:';

export interface ChunkUrlOptions {
  /** The build puts every module into one script, so no module has an address of its own. */
  inline?: boolean;
}

export function chunkUrlPlugin(options: ChunkUrlOptions = {}): Plugin {
  let serving = false;
  let root = process.cwd();
  let base = '/';
  /** The modules asked for, by the number their stand-in in the code carries. */
  const wanted: string[] = [];
  return {
    name: 'atlas-chunk-url',
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
      root = config.root;
      base = config.base;
    },
    resolveId: {
      // Filtered by the bundler, so that the hundreds of other imports never reach this plugin.
      filter: { id: /\?chunk-url$/ },
      async handler(source, importer, resolveOptions) {
        const resolved = await this.resolve(source.slice(0, -QUERY.length), importer, { ...resolveOptions, skipSelf: true });
        return resolved ? `${PREFIX}${resolved.id}` : null;
      },
    },
    load: {
      filter: { id: /^\0chunk-url:/ },
      handler(id) {
        const file = id.slice(PREFIX.length);
        if (options.inline) return 'export default null;';
        // The dev server serves a source file under its path from the root, as its own imports name it.
        if (serving) return `export default new URL(${JSON.stringify(base + normalizePath(relative(root, file)))}, location.href).href;`;
        if (!wanted.includes(file)) wanted.push(file);
        // Not `emitFile({ type: 'chunk' })`: that makes the module an entry, and the modules it
        // shares with the page are then split into a chunk of their own, one more request for
        // every page load. Instead a stand-in that no minifier folds away, written over once
        // the chunks have names (below).
        return `export default import.meta.ATLAS_CHUNK_URL_${wanted.indexOf(file)};`;
      },
    },
    renderChunk(code, chunk, _output, meta) {
      if (!code.includes('import.meta.ATLAS_CHUNK_URL_')) return null;
      return code.replace(/import\.meta\.ATLAS_CHUNK_URL_(\d+)/g, (_, n: string) => {
        const file = wanted[Number(n)];
        const target = Object.values(meta.chunks).find((c) => c.facadeModuleId === file);
        if (!target) throw new Error(`${file} has no chunk of its own: import it dynamically somewhere`);
        // The name may still hold the bundler's stand-in for its hash; the bundler fills it in at the end.
        const path = posix.relative(posix.dirname(chunk.fileName), target.fileName);
        return `new URL(${JSON.stringify(path.startsWith('.') ? path : `./${path}`)}, import.meta.url).href`;
      });
    },
  };
}
