/**
 * Adds `<link rel="preload">` for the data files to the built page, so that
 * they download while the script is still arriving, instead of after it has
 * run: the chain script → data → fonts → map becomes parallel. The links are
 * relative and same-origin, so the Content-Security-Policy is unchanged.
 * (The map's worker is started early by the atlas itself: a module worker
 * cannot take a preloaded response.)
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The source files whose built copies are preloaded, as `fetch()` will request them. */
const PRELOADED = [
  /geodata\/document\.json$/,
  /geodata\/site\/places\.topo\.json$/,
  /geodata\/infrastructure\.geojson$/,
  /geodata\/site\/basemap\.topo\.json$/,
];

export function preloadPlugin(): Plugin {
  return {
    name: 'northeast-atlas-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle ?? {};
        const tags: HtmlTagDescriptor[] = [];
        for (const output of Object.values(bundle)) {
          if (output.type !== 'asset') continue;
          const sources = output.originalFileNames ?? [];
          if (!sources.some((source) => PRELOADED.some((pattern) => pattern.test(source)))) continue;
          tags.push({
            tag: 'link',
            // `crossorigin` makes the preload a CORS request in the same-origin
            // credentials mode, as `fetch()` makes it; otherwise it is fetched twice.
            attrs: { rel: 'preload', href: `./${output.fileName}`, as: 'fetch', crossorigin: 'anonymous' },
            injectTo: 'head',
          });
        }
        return tags;
      },
    },
  };
}
