/**
 * Set-up for every view test: MapLibre is never loaded (a view that needs it
 * at run time belongs in the browser suite), and each test starts on an
 * empty page.
 */
import { afterEach, vi } from 'vitest';

vi.mock('maplibre-gl', () => {
  throw new Error('a view test loaded maplibre-gl: views may import its types only');
});

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});
