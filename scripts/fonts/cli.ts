/** `npm run fonts [-- --force]`: writes the font subsets the site ships into src/fonts. */
import { fileURLToPath } from 'node:url';
import { writeSiteFonts } from './site-fonts.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const started = performance.now();
const changed = await writeSiteFonts(root, { force: process.argv.includes('--force') });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(changed.length === 0 ? `fonts: up to date (${seconds} s)` : `fonts: wrote ${changed.join(', ')} (${seconds} s)`);
