/**
 * The static build works offline after the first visit: the first load registers the service worker (sw.js,
 * from web/sw.ts) which precaches every built file; then the browser goes offline and the server is shut down,
 * and a reload still shows the board and simulates it in the workers — every file now comes from the cache.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, saveScreenshot, type ChromiumSession } from './browser-harness.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

const RUN_TIMEOUT = 240_000;
/** Two full runs on a busy 2-core machine. */
const TEST_TIMEOUT = 480_000;

let server: StaticServer | undefined;
let session: ChromiumSession;

/** Waits until the current run is complete and its numbers are on screen. */
const completeRun = (page: import('playwright-core').Page) =>
  page.waitForFunction(
    () => {
      const data = document.querySelector('maalbar-app')?.dataset;
      return data?.['status'] === 'complete' && data['run'] === data['resultRun'];
    },
    undefined,
    { timeout: RUN_TIMEOUT, polling: 100 },
  );

describe('Målbar offline (Chromium)', () => {
  beforeAll(async () => {
    server = await startStaticServer(inject('siteDir'));
    session = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test(
    'after one visit, with the network off and the server gone, a reload shows the board and simulates',
    async () => {
      if (!server) throw new Error('no server');
      const context = await session.browser.newContext({ locale: 'da-DK' });
      const page = await context.newPage();
      const consoleErrors: string[] = [];
      page.on('pageerror', (error) => consoleErrors.push(`${error.name}: ${error.message}`));
      await page.goto(server.url, { waitUntil: 'load' });
      // The worker is installed and controls the page once its precache is complete.
      const scope = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise((resolve) =>
            navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
          );
        }
        return registration.scope;
      });
      expect(scope).toBe(server.url);
      const cached = await page.evaluate(async () => {
        const keys = await caches.keys();
        const urls = await Promise.all(
          keys.map(async (key) => (await (await caches.open(key)).keys()).map((request) => request.url)),
        );
        return { keys, urls: urls.flat() };
      });
      expect(cached.keys).toHaveLength(1);
      expect(cached.keys[0]).toMatch(/^maalbar-[0-9a-f]{16}$/);
      expect(cached.urls.some((url) => /simulation-worker-.*\.js$/.test(url))).toBe(true);

      await context.setOffline(true);
      await server.close();
      server = undefined;
      await page.reload({ waitUntil: 'load' });
      await completeRun(page);
      const probabilities = await page.locator('maalbar-target-board .p-reach').allInnerTexts();
      expect(probabilities.length).toBeGreaterThanOrEqual(8);
      for (const text of probabilities) expect(text).toMatch(/^\d{1,3}\s%$/);
      await saveScreenshot(page, 'offline-board');
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
    TEST_TIMEOUT,
  );
});
