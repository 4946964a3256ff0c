/**
 * Set-up for every view test: MapLibre is never loaded (a view that needs it
 * at run time belongs in the browser suite), nothing is fetched, and each
 * test starts on an empty page.
 */
import { afterEach, vi } from 'vitest';

vi.mock('maplibre-gl', () => {
  throw new Error('a view test loaded maplibre-gl: views may import its types only');
});

// Views fetch nothing themselves: a request would be a test reaching out of the machine.
vi.stubGlobal('fetch', () => Promise.reject(new Error('a view test made a request')));

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});
