/** `npm run data-package -- out.zip`: writes the data package the build emits, for a look inside. */
import { writeFileSync } from 'node:fs';
import { DATA_ZIP_PATH } from '../../src/data/data-zip-path.ts';
import { buildDataZip } from './data-zip.ts';
import { readDataZipInput } from './inputs.ts';

const target = process.argv[2] ?? DATA_ZIP_PATH.split('/').at(-1)!;
const zip = buildDataZip(readDataZipInput());
writeFileSync(target, zip);
console.log(`wrote ${target} (${zip.byteLength} bytes)`);
