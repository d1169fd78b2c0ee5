/**
 * The built app in Chromium under its own Content-Security-Policy (unlike app.test.ts, these pages are opened
 * without `bypassCSP`) and under faults: no CSP violation while it loads, simulates and shows every view, and no
 * request leaves localhost; eval is refused on the page but allowed in the simulation worker (a worker loaded
 * from a URL gets the policy of its own response, and a static server sends none); simulation workers killed
 * mid-run (one closes itself silently, one throws outside its handlers) are reported, replaced, and the run
 * ends with the same numbers as an undisturbed one; with localStorage full and IndexedDB refused the app says so
 * and keeps working. The fault hooks are enabled by `?testhooks=faults` (web/controllers/simulation-controller.ts).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { da } from '../../web/i18n/strings-da.ts';
import { launchChromium, saveScreenshot, type ChromiumSession } from './browser-harness.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

const RUN_TIMEOUT = 240_000;
/** A test may wait for two full runs on a busy 2-core machine. */
const TEST_TIMEOUT = 480_000;

let server: StaticServer;
let session: ChromiumSession;
/** The board of an undisturbed run of the default scenario (the first test), to compare the fault run with. */
let cleanBoard: string | undefined;

interface OpenedPage {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  externalRequests: string[];
}

/** A fresh context with the page's CSP enforced; records CSP violations in `window.cspViolations`. */
async function open(path: string, init?: () => void): Promise<OpenedPage> {
  const context = await session.browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'da-DK',
  });
  await context.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(
        `${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      ),
    );
  });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const externalRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`${error.name}: ${error.message}`));
  context.on('request', (request) => {
    const { protocol, hostname } = new URL(request.url());
    if (['data:', 'blob:', 'about:'].includes(protocol)) return;
    if (hostname !== '127.0.0.1' && hostname !== 'localhost') externalRequests.push(request.url());
  });
  await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
  return { context, page, consoleErrors, externalRequests };
}

/** Waits until the current run is complete and its numbers are on screen. */
async function completeRun(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const data = document.querySelector('maalbar-app')?.dataset;
      return data?.['status'] === 'complete' && data['run'] === data['resultRun'];
    },
    undefined,
    { timeout: RUN_TIMEOUT, polling: 100 },
  );
}

/** The board of the default scenario in a fresh page without faults. */
async function undisturbedBoard(): Promise<string> {
  const { context, page } = await open('./');
  await completeRun(page);
  const board = await boardText(page);
  await context.close();
  return board;
}

const boardText = (page: Page): Promise<string> => page.locator('maalbar-target-board tbody').innerText();
const violations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe('Målbar locked down and under faults (Chromium)', () => {
  beforeAll(async () => {
    server = await startStaticServer(inject('siteDir'));
    session = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test(
    'under its CSP the app loads, simulates and shows every view with no violation and no outside request',
    async () => {
      const { context, page, consoleErrors, externalRequests } = await open('./');
      await completeRun(page);
      cleanBoard = await boardText(page);
      const views = await page.locator('maalbar-app nav a').all();
      expect(views.length).toBeGreaterThanOrEqual(4);
      for (const link of views) {
        await link.click();
        await page.waitForTimeout(500);
      }
      await page.locator('maalbar-app nav a').first().click();
      await page.waitForTimeout(300);
      expect(await violations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(externalRequests).toEqual([]);

      // The policy is really enforced on the page: an inline script and a string given to setTimeout (eval)
      // are refused and reported…
      const refused = await page.evaluate(async () => {
        const probe = window as unknown as { inlineRan?: boolean; evalRan?: boolean };
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true;';
        document.head.append(script);
        (setTimeout as unknown as (code: string, ms: number) => void)('window.evalRan = true;', 0);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return { inlineRan: probe.inlineRan ?? false, evalRan: probe.evalRan ?? false };
      });
      expect(refused).toEqual({ inlineRan: false, evalRan: false });
      const reported = (await violations(page)).map((line) => line.split(' ')[0]);
      expect(reported).toEqual(expect.arrayContaining(['script-src-elem', 'script-src']));
      // …while the simulation worker, loaded from its own URL without a CSP header, may use the fast path.
      const worker = page.workers().find((candidate) => candidate.url().includes('simulation-worker'));
      expect(worker).toBeDefined();
      expect(await worker?.evaluate(() => String(new Function('return 1')()))).toBe('1');
      await context.close();
    },
    TEST_TIMEOUT,
  );

  test(
    'two workers killed mid-run are reported and replaced; the run ends with the numbers of an undisturbed run',
    async () => {
      const { context, page, consoleErrors } = await open('./?testhooks=faults');
      await page.evaluate(() => {
        const observed = { longestTaskMs: 0 };
        (window as unknown as { observed: typeof observed }).observed = observed;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            observed.longestTaskMs = Math.max(observed.longestTaskMs, entry.duration);
        }).observe({ type: 'longtask' });
      });
      // As soon as the first run (1,000 replications) has started on its two workers, one worker closes itself
      // (a silent death, found by the 2 s watchdog) and one throws outside its handlers (an error event).
      await page.waitForFunction(
        () => ((window as unknown as { maalbarTestWorkers?: Worker[] }).maalbarTestWorkers?.length ?? 0) >= 2,
      );
      const killed = await page.evaluate(() => {
        const workers = (window as unknown as { maalbarTestWorkers: Worker[] }).maalbarTestWorkers;
        workers.forEach((worker, i) =>
          worker.postMessage({ type: 'test-crash', mode: i === 0 ? 'close' : 'throw' }),
        );
        return workers.length;
      });
      expect(killed).toBeGreaterThanOrEqual(2);
      await completeRun(page);
      const info = await page.evaluate(() => document.querySelector('maalbar-app')?.runInfo);
      expect(info?.used).toBe(info?.total);
      expect(info?.used).toBe(1000);
      await expect
        .poll(() => page.locator('maalbar-app .notice').allInnerTexts())
        .toContain(da['robust.worker.restarted']);
      const replaced = await page.evaluate(
        () => (window as unknown as { maalbarTestWorkers: Worker[] }).maalbarTestWorkers.length,
      );
      expect(replaced).toBe(killed + 2);
      const longestTaskMs = await page.evaluate(
        () => (window as unknown as { observed: { longestTaskMs: number } }).observed.longestTaskMs,
      );
      console.log(`fault run: longest main-thread task ${longestTaskMs.toFixed(0)} ms`);
      await saveScreenshot(page, 'robust-worker-restarted');
      // The same scenario and seed undisturbed (the first test's run, or a fresh one): the identical board.
      expect(await boardText(page)).toBe(cleanBoard ?? (await undisturbedBoard()));
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
    TEST_TIMEOUT,
  );

  test(
    'with localStorage full and IndexedDB refused the app says so, offers export, and keeps simulating',
    async () => {
      const { context, page, consoleErrors } = await open('./', () => {
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
        IDBFactory.prototype.open = () => {
          throw new DOMException('IndexedDB is disabled here.', 'InvalidStateError');
        };
      });
      await completeRun(page);
      const notices = await page.locator('maalbar-app .notice').allInnerTexts();
      expect(notices.some((text) => text.includes(da['robust.autosave.full']))).toBe(true);
      const exportButton = page.getByRole('button', { name: da['robust.autosave.export'] });
      const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
      expect(download.suggestedFilename()).toMatch(/\.json$/);
      await page.locator('maalbar-app details.scenarios summary').click();
      // The library (its own shadow root) says that saved scenarios last only until the page is closed.
      await page.getByText(da['library.storage.unavailable']).waitFor({ state: 'visible', timeout: 30_000 });
      await saveScreenshot(page, 'robust-storage-refused');
      expect(await violations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
    TEST_TIMEOUT,
  );
});
