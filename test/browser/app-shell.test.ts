/**
 * The built app shell in Debian's Chromium: it loads, logs no errors, fetches nothing from outside localhost, is
 * axe-clean (no serious/critical violation) on the board and the projection view, and the language switch
 * changes the page. Builds the current web/ with `vite build` first (into dist/web, as `npm run build` does).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  axeViolations,
  launchChromium,
  openPage,
  saveScreenshot,
  type AppPage,
  type ChromiumSession,
} from './browser-harness.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

const SITE = resolve('dist/web');
let server: StaticServer;
let session: ChromiumSession;
let app: AppPage;

describe('app shell in Chromium', () => {
  beforeAll(async () => {
    execFileSync(
      process.execPath,
      [resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
      {
        stdio: 'inherit',
      },
    );
    if (!existsSync(resolve(SITE, 'index.html'))) throw new Error(`vite build wrote no ${SITE}/index.html`);
    server = await startStaticServer(SITE);
    session = await launchChromium();
    app = await openPage(session, server.url);
    await app.page.waitForSelector('maalbar-target-board');
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('the board shows the demo targets with P(reach), labelled as demo data', async () => {
    const rows = app.page.locator('maalbar-target-board tbody tr');
    // The demo view-model has the seed's ten annex rows (1, 2, 2a, 3 … 9).
    await expect.poll(() => rows.count()).toBe(10);
    await expect.poll(() => app.page.locator('.demo-notice').textContent()).toContain('Demodata');
    const verdicts = await app.page.locator('maalbar-target-board .verdict').allTextContents();
    expect(verdicts.length).toBe(8);
    await saveScreenshot(app.page, 'app-shell-board');
  });

  test('no console errors and no request leaves localhost', () => {
    expect(app.consoleErrors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
  });

  test('the board is axe-clean', async () => {
    expect(await axeViolations(app.page)).toEqual([]);
  });

  test('the projection view draws fan charts and is axe-clean with a keyboard tooltip open', async () => {
    await app.page.getByRole('link', { name: 'Fremskrivning' }).click();
    const charts = app.page.locator('svg.fan-chart');
    await expect.poll(() => charts.count()).toBe(9);
    await charts.first().focus();
    await app.page.keyboard.press('ArrowLeft');
    const tooltip = await charts.first().locator('.tooltip-text').textContent();
    expect(tooltip).toContain('Median');
    expect(await axeViolations(app.page)).toEqual([]);
    await saveScreenshot(app.page, 'app-shell-projection');
  });

  test('the language switch turns the shell English and back', async () => {
    await app.page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => app.page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => app.page.locator('nav').textContent()).toContain('Target board');
    await saveScreenshot(app.page, 'app-shell-projection-en');
    await app.page.getByRole('button', { name: 'Dansk' }).click();
    await expect.poll(() => app.page.locator('html').getAttribute('lang')).toBe('da');
    expect(app.consoleErrors).toEqual([]);
  });
});
