/** The page: one atlas, in the page's layout, keeping the address bar. */
import './boot-help.css';
import { createAtlas } from './app/atlas.ts';

const layout = document.getElementById('layout');
if (!layout) throw new Error('page lacks #layout');
createAtlas(layout, { masthead: document.querySelector<HTMLElement>('.masthead') });
