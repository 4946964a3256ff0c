/** The colour-scheme switch beside the language switch: the reader's choice over the system's. */
import { describe, expect, it, onTestFinished } from 'vitest';
import { ColorSchemeSwitch } from '../../../src/features/color-scheme/color-scheme.ts';
import { STRINGS } from '../../../src/i18n/index.ts';
import type { AppState } from '../../../src/state/app-state.ts';
import { fakeAtlas } from './fake-atlas.ts';
import { byRole, click } from './queries.ts';

const { en: EN, zh: ZH } = STRINGS;

function openSwitch(initial: Partial<AppState> = {}) {
  const atlas = fakeAtlas(initial);
  const repainted: string[] = [];
  const colorSwitch = new ColorSchemeSwitch({ state: atlas.store, actions: atlas.actions, onSchemeChange: (scheme) => repainted.push(scheme) });
  document.body.append(colorSwitch.element);
  // It sets the page's scheme on <html>, which outlives the test.
  onTestFinished(() => colorSwitch.remove());
  return { ...atlas, repainted };
}

describe('the colour-scheme switch', () => {
  it('is a Dark switch, off while the system is light, that turns the page and the map dark', () => {
    const { state, repainted } = openSwitch();
    const dark = byRole(document.body, 'button', { name: EN.colorSchemeDark });
    expect(dark.getAttribute('aria-pressed')).toBe('false');
    click(dark);
    expect(state().colorScheme).toBe('dark');
    expect(dark.getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.dataset.scheme).toBe('dark');
    expect(repainted).toEqual(['dark']);
    click(dark);
    expect(state().colorScheme).toBe('light');
    expect(repainted).toEqual(['dark', 'light']);
  });

  it('follows a link’s ?scheme=dark, and is named in Chinese', () => {
    openSwitch({ colorScheme: 'dark', lang: 'zh' });
    expect(byRole(document.body, 'button', { name: ZH.colorSchemeDark }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.dataset.scheme).toBe('dark');
  });
});
