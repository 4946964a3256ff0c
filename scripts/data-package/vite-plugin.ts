/**
 * Emits the data package into the build (dist/data/northeast-atlas-data.zip)
 * and serves the same archive from the dev server, so the download link
 * works in both. The archive is a static file of the site's own origin.
 */
import type { Plugin } from 'vite';
import { DATA_ZIP_PATH } from '../../src/data/data-zip-path.ts';
import { buildDataZip } from './data-zip.ts';
import { readDataZipInput } from './inputs.ts';

export function dataPackagePlugin(): Plugin {
  return {
    name: 'northeast-atlas-data-package',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: DATA_ZIP_PATH, source: buildDataZip(readDataZipInput()) });
    },
    configureServer(server) {
      server.middlewares.use(`/${DATA_ZIP_PATH}`, (_request, response) => {
        const zip = buildDataZip(readDataZipInput());
        response.setHeader('Content-Type', 'application/zip');
        response.setHeader('Content-Length', String(zip.byteLength));
        response.end(zip);
      });
    },
  };
}
