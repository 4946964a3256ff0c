/**
 * The message shown where a part failed to load: what failed, what still
 * works, and a Retry that says when it is busy.
 */
import { describe, expect, it, vi } from 'vitest';
import { LoadFailure } from '../../../src/app/load-failure.ts';
import { STRINGS } from '../../../src/i18n/index.ts';
import type { Strings } from '../../../src/i18n/strings.ts';
import { byRole, click, hasRole, textOf } from './queries.ts';

const { en: EN, zh: ZH } = STRINGS;

const basemapFailed = (strings: Strings) => ({
  what: strings.partsFailed([strings.failedPart('basemap')]),
  hint: strings.textStillWorks,
});

/** A retry that the test settles by hand, to look at the message meanwhile. */
function pendingRetry() {
  let settle = () => {};
  const retry = vi.fn(() => new Promise<void>((resolve) => (settle = resolve)));
  return { retry, settle: () => settle() };
}

function showFailure(strings: Strings, retry?: () => Promise<void>, focusAfter?: () => HTMLElement | null) {
  const failure = new LoadFailure(strings, { text: basemapFailed, retry, focusAfter });
  document.body.append(failure.element);
  return failure;
}

describe('a load failure', () => {
  it('says, as an alert, what could not be loaded and what still works', () => {
    showFailure(EN, async () => undefined);
    const alert = byRole(document.body, 'alert');
    expect(textOf(alert)).toBe('The base map could not be loaded. The policy text and search still work.');
  });

  it('Retry tries again once, saying so while it does, and can be pressed again after', async () => {
    const { retry, settle } = pendingRetry();
    showFailure(EN, retry);
    click(byRole(document.body, 'button', { name: EN.retry }));
    const busy = byRole(document.body, 'button', { name: EN.retrying });
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    click(busy);
    expect(retry).toHaveBeenCalledTimes(1);
    settle();
    await vi.waitFor(() => expect(byRole(document.body, 'button', { name: EN.retry }).getAttribute('aria-disabled')).toBe('false'));
    click(byRole(document.body, 'button', { name: EN.retry }));
    expect(retry).toHaveBeenCalledTimes(2);
  });

  it('offers no Retry where trying again cannot help', () => {
    showFailure(EN);
    expect(hasRole(document.body, 'button')).toBe(false);
    expect(byRole(document.body, 'alert')).toBeTruthy();
  });

  it('changes language with the page, message and button', () => {
    const failure = showFailure(EN, async () => undefined);
    failure.setLanguage(ZH);
    expect(textOf(byRole(document.body, 'alert'))).toBe(`${basemapFailed(ZH).what} ${basemapFailed(ZH).hint}`);
    expect(byRole(document.body, 'button', { name: ZH.retry })).toBeTruthy();
    expect(ZH.retry).not.toBe(EN.retry);
  });

  it('gives the focus on to the page when it goes away while holding it', () => {
    const search = document.createElement('input');
    document.body.append(search);
    const failure = showFailure(EN, async () => undefined, () => search);
    byRole(document.body, 'button', { name: EN.retry }).focus();
    failure.remove();
    expect(hasRole(document.body, 'alert')).toBe(false);
    expect(document.activeElement).toBe(search);
  });
});
