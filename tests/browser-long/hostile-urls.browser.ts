/**
 * Opens two hundred hostile URLs against the production build in one page:
 * none may raise a page error, open a dialog, send a request off the site's
 * origin or trip the Content-Security-Policy.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, describePageHygiene, openSession, waitForMap, type Session } from '../browser/harness.ts';
import { hostileQueries } from './hostile-urls.ts';

let session: Session;
let page: Page;
const dialogs: string[] = [];
const violations: string[] = [];

beforeAll(async () => {
  session = await openSession();
  page = await session.newPage(DESKTOP);
  page.on('dialog', (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  // Bindings survive navigation, so one listener per document reports every violation.
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(`${page.url()}: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation;
      report(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
});

afterAll(async () => {
  await session?.close();
});

describe('hostile URLs', () => {
  const queries = hostileQueries(200);

  it('are two hundred distinct URLs', () => {
    expect(new Set(queries).size).toBe(200);
  });

  const CHUNK = 50;
  const chunks = Array.from({ length: Math.ceil(queries.length / CHUNK) }, (_, i) => ({
    from: i * CHUNK + 1,
    to: Math.min(queries.length, (i + 1) * CHUNK),
    queries: queries.slice(i * CHUNK, (i + 1) * CHUNK),
  }));

  it.each(chunks)(
    'numbers $from to $to each load the page with its panel, with no page error, dialog or CSP violation',
    async ({ from, queries: chunk }) => {
      const failures: string[] = [];
      const problems = () => session.pageErrors.length + session.consoleErrors.length + dialogs.length + violations.length;
      let mark = session.failedRequests.length;
      for (const [i, query] of chunk.entries()) {
        const before = problems();
        await page.goto(`${session.site.url}${query}`);
        // Leaving a page cancels the fonts and worker it was still loading, and
        // Chromium reports those as ERR_ABORTED: our navigation did that, not the
        // page. Every other failed request stays for the hygiene check.
        const since = session.failedRequests.splice(mark);
        session.failedRequests.push(...since.filter((request) => !request.endsWith('net::ERR_ABORTED')));
        mark = session.failedRequests.length;
        await page.getByRole('complementary', { name: 'Policy panel' }).getByRole('article').first().waitFor();
        // The map too, now and then: it reads the camera from the URL.
        if ((from + i) % 25 === 1) await waitForMap(page);
        if (problems() !== before) failures.push(query);
      }
      expect(failures).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(violations).toEqual([]);
    },
    300_000,
  );

  it('would hear of a CSP violation: an inline script the policy forbids is reported', async () => {
    const count = violations.length;
    const logged = session.consoleErrors.length;
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'void 0';
      document.body.append(script);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(count);
    violations.splice(count);
    // The browser also logs the refusal as a console error; it was provoked here, not by a URL.
    session.consoleErrors.splice(logged);
  });
});

describePageHygiene(() => session);
