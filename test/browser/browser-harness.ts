/**
 * The browser-test harness: Debian's Chromium driven by playwright-core, with what every browser test checks —
 * console errors, requests that leave localhost (blocked and recorded), axe-core's serious/critical violations,
 * and screenshots under test-results/screenshots/. It builds nothing: a test builds the site first and serves it
 * with `startStaticServer`.
 *
 * @example
 *   const browser = await launchChromium();
 *   const app = await openPage(browser, server.url);
 *   expect(app.consoleErrors).toEqual([]);
 *   expect(await axeViolations(app.page)).toEqual([]);
 *   await saveScreenshot(app.page, 'target-board');
 *   await browser.close();
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Exactly these switches (plus the user-data dir and playwright's control pipe, which it cannot run without). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

export const SCREENSHOT_DIR = resolve('test-results/screenshots');

/** A launched Chromium and the throw-away profile it uses. */
export interface ChromiumSession {
  browser: Browser;
  /** Closes the browser and removes its profile directory. */
  close(): Promise<void>;
}

/** A page with what it logged and what it tried to fetch from outside localhost. */
export interface AppPage {
  page: Page;
  /** `console.error` messages and uncaught exceptions, in order. */
  consoleErrors: string[];
  /** URLs of every request to a host other than localhost/127.0.0.1 (each was aborted). */
  externalRequests: string[];
}

/** One axe-core violation of impact serious or critical, trimmed to what a failure message needs. */
export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  /** CSS selectors (shadow paths joined with " >>> ") of the offending nodes. */
  targets: string[];
}

/** Finds (and on Debian as root installs) Chromium via scripts/ensure-chromium.mjs; returns its path. */
export function chromiumPath(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  const output = execFileSync(process.execPath, [resolve('scripts/ensure-chromium.mjs')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const path = output.trim().split('\n').at(-1);
  if (!path) throw new Error('scripts/ensure-chromium.mjs printed no Chromium path.');
  return path;
}

export async function launchChromium(): Promise<ChromiumSession> {
  const profile = mkdtempSync(join(tmpdir(), 'maalbar-chromium-'));
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // Playwright's own default switches are dropped so the browser runs with exactly CHROMIUM_FLAGS.
    ignoreDefaultArgs: true,
    args: [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, '--remote-debugging-pipe'],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/**
 * Opens `url` in a fresh context (bypassing any CSP so axe can be injected) and waits for the network to settle.
 * Requests that leave localhost are recorded and aborted, so a test fails on them instead of hanging.
 */
export async function openPage(session: ChromiumSession, url: string): Promise<AppPage> {
  const context = await session.browser.newContext({
    bypassCSP: true,
    viewport: { width: 1280, height: 900 },
    locale: 'da-DK',
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const externalRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`${error.name}: ${error.message}`));
  await context.route('**/*', async (route) => {
    const requestUrl = route.request().url();
    if (isLocal(requestUrl)) {
      await route.continue();
    } else {
      externalRequests.push(requestUrl);
      await route.abort('blockedbyclient');
    }
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, consoleErrors, externalRequests };
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/** Runs axe-core (WCAG 2.x A/AA and best practices) on the page; returns serious and critical violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<AxeRunResult> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.map((node) =>
        node.target.map((part) => [part].flat().join(' >>> ')).join(' '),
      ),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** The part of axe's result this harness reads (axe-core's own types are not loaded into the page context). */
interface AxeRunResult {
  violations: {
    id: string;
    impact?: string | null;
    help: string;
    nodes: { target: (string | string[])[] }[];
  }[];
}

/** Saves a full-page PNG as test-results/screenshots/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
