/**
 * The rule editor and the quiz in Chromium, on a page of their own built by Vite (the elements need Vite's
 * `import.meta.glob` rule bundle and module workers): the sandbox runs the default scenario (40 replications)
 * with the original rules (that result is the "before"), then `sygedagpengeReassessmentWeeks` goes from 22 to 30
 * weeks in the parameter form, is applied, and P(reach) of at least one target changes in the effect table. An
 * invalid edit shows a located error, keeps the text as typed, survives a reload (autosave), and its error
 * button puts the caret on its line; reset brings the original back. A quiz round answers and reveals the
 * explanation tree. axe-core finds no serious or critical violation; no console errors; screenshots go to
 * test-results/screenshots/. Last, the built app's #/traening mounts both as tabs of <maalbar-training>.
 *
 * Why 30 and not 26 weeks: the simulator keeps sick weeks in whole months (0, 4, 8, 13, 17, 21, 26, 30 …), so
 * "≥ 22 weeks" and "≥ 26 weeks" first hold in the same month and give the same run (see
 * test/web/editor/sandbox-effect.test.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
  axeViolations,
  launchChromium,
  openPage,
  saveScreenshot,
  type AppPage,
  type ChromiumSession,
} from './browser-harness.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

const RUN_TIMEOUT = 180_000;

const ENTRY = `
import ${JSON.stringify(resolve('web/components/maalbar-rule-editor/maalbar-rule-editor.ts'))};
import ${JSON.stringify(resolve('web/components/maalbar-quiz/maalbar-quiz.ts'))};
import { defaultWorkingState, workingScenario } from ${JSON.stringify(resolve('web/state/working-state.ts'))};

const main = document.createElement('main');
main.innerHTML = '<h1>Målbar – træning</h1><maalbar-rule-editor></maalbar-rule-editor><maalbar-quiz seed="7"></maalbar-quiz>';
document.body.append(main);
const editor = main.querySelector('maalbar-rule-editor');
editor.scenario = workingScenario({ ...defaultWorkingState(), replications: 40 });
Object.assign(window, { maalbarTest: { editor } });
document.body.dataset.ready = 'true';
`;

let folder: string;
let server: StaticServer;
let session: ChromiumSession;
let app: AppPage;

/** Waits until the editor's sandbox run `afterRun` (or a later one) is complete. */
async function sandboxComplete(page: Page, afterRun: number): Promise<void> {
  await page.waitForFunction(
    (after) => {
      const sandbox = (window as unknown as { maalbarTest: { editor: { sandbox: Record<string, unknown> } } })
        .maalbarTest.editor.sandbox;
      const run = Number(sandbox['runId']);
      return run > after && sandbox['status'] === 'complete' && sandbox['resultRunId'] === run;
    },
    afterRun,
    { timeout: RUN_TIMEOUT, polling: 200 },
  );
}

const sandboxRun = (page: Page): Promise<number> =>
  page.evaluate(() =>
    Number(
      (window as unknown as { maalbarTest: { editor: { sandbox: { runId: number } } } }).maalbarTest.editor
        .sandbox.runId,
    ),
  );

describe('rule editor and quiz in Chromium', () => {
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'maalbar-editor-page-'));
    writeFileSync(join(folder, 'entry.ts'), ENTRY);
    writeFileSync(
      join(folder, 'index.html'),
      '<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Målbar regeleditor og quiz</title>' +
        '<link rel="icon" href="data:,"></head><body><script type="module" src="./entry.ts"></script></body></html>',
    );
    await build({
      configFile: false,
      root: folder,
      base: './',
      publicDir: false,
      logLevel: 'warn',
      build: { outDir: join(folder, 'out'), emptyOutDir: true, target: 'es2022' },
      worker: { format: 'es' },
    });
    server = await startStaticServer(join(folder, 'out'));
    session = await launchChromium();
    app = await openPage(session, server.url);
    await app.page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  test(
    'moving the reassessment from 22 to 30 weeks changes P(reach) of at least one target',
    async () => {
      const { page } = app;
      await page.locator('maalbar-rule-editor #cases-summary').waitFor();
      expect(await page.locator('maalbar-rule-editor #cases-summary').innerText()).toBe(
        '6 af 6 testcases holder.',
      );
      // "Before": the same sandbox with the original rules, handed back as the baseline (as the app's run would be).
      let run = await sandboxRun(page);
      await page.locator('maalbar-rule-editor #apply').click();
      await sandboxComplete(page, run);
      await page.evaluate(() => {
        const editor = (
          window as unknown as {
            maalbarTest: { editor: { baseline: unknown; sandbox: { result: unknown } } };
          }
        ).maalbarTest.editor;
        editor.baseline = editor.sandbox.result;
      });
      const weeks = page.locator('maalbar-rule-editor #param-sygedagpengeReassessmentWeeks');
      expect(await weeks.inputValue()).toBe('22');
      await weeks.fill('30');
      await weeks.press('Tab');
      expect(await page.locator('maalbar-rule-editor textarea#rule-text').inputValue()).toContain(
        '"value": 30',
      );
      run = await sandboxRun(page);
      await page.locator('maalbar-rule-editor #apply').click();
      await sandboxComplete(page, run);
      const rows = page.locator('maalbar-rule-editor #effect tbody tr');
      await rows.first().waitFor();
      const changed = await page.locator('maalbar-rule-editor #effect tbody tr.changed').allInnerTexts();
      console.log(`targets changed by 22 → 30 weeks:\n${changed.join('\n')}`);
      expect(changed.length).toBeGreaterThan(0);
      expect(changed[0]).toMatch(/pct\.-point/);
      await saveScreenshot(page, 'editor-sandbox-effect');
    },
    RUN_TIMEOUT * 2,
  );

  test('an invalid edit shows a located error, keeps the text as typed and survives a reload', async () => {
    const { page } = app;
    const area = page.locator('maalbar-rule-editor textarea#rule-text');
    const typed = (await area.inputValue()).replace('"operator": "equal"', '"operator": "equals"');
    await area.fill(typed);
    const errors = page.locator('maalbar-rule-editor #rule-errors');
    await expect.poll(() => errors.innerText(), { timeout: 10_000 }).toContain('Linje 8');
    expect(await area.inputValue()).toBe(typed);
    expect(await area.getAttribute('aria-invalid')).toBe('true');
    await page.locator('maalbar-rule-editor #rule-errors button.goto').first().click();
    const caretLine = await area.evaluate(
      (element: HTMLTextAreaElement) => element.value.slice(0, element.selectionStart).split('\n').length,
    );
    expect(caretLine).toBe(8);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'editor-located-error');
    await page.waitForTimeout(500); // past the autosave's quiet time
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
    const restored = page.locator('maalbar-rule-editor textarea#rule-text');
    expect(await restored.inputValue()).toBe(typed);
    await page.locator('maalbar-rule-editor #reset').click();
    await expect
      .poll(() => page.locator('maalbar-rule-editor #rule-errors').innerText())
      .toContain('Ingen fejl');
  });

  test('a quiz round answers and reveals the explanation tree', async () => {
    const { page } = app;
    const question = page.locator('maalbar-quiz #quiz-question');
    await question.waitFor({ timeout: 30_000 });
    expect(await question.innerText()).toMatch(/^(Tæller personen med|Gælder reglen)/);
    await page.locator('maalbar-quiz #quiz-yes').click();
    await page.locator('maalbar-quiz .explanation .tree li').first().waitFor();
    expect(await page.locator('maalbar-quiz #quiz-feedback').innerText()).toMatch(/Rigtigt!|Forkert/);
    expect(await page.locator('maalbar-quiz #quiz-score').innerText()).toMatch(/af 1 besvarede/);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'quiz-reveal');
    // Keyboard: the reveal moves focus to "Næste spørgsmål"; Enter goes on to question 2.
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('maalbar-quiz #quiz-score').innerText())
      .toMatch(/^Spørgsmål 2 af 10/);
    expect(app.consoleErrors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
  });
});

describe('the editor and quiz tabs of the built app', () => {
  let appServer: StaticServer;
  let appSession: ChromiumSession;

  beforeAll(async () => {
    appServer = await startStaticServer(inject('siteDir'));
    appSession = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await appSession?.close();
    await appServer?.close();
  });

  test('#/traening mounts the rule editor and the quiz as tabs, axe-clean', async () => {
    const opened = await openPage(appSession, `${appServer.url}#/traening`);
    const { page } = opened;
    await page.locator('maalbar-training #tab-editor').click();
    await page.locator('maalbar-rule-editor #cases-summary').waitFor({ timeout: 30_000 });
    expect(await page.locator('maalbar-rule-editor #rule-select').inputValue()).toBe(
      'rules/reforms/sygedagpenge-revurdering.json',
    );
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'app-training-editor');
    await page.locator('maalbar-training #tab-quiz').click();
    await page.locator('maalbar-quiz #quiz-question').waitFor({ timeout: 30_000 });
    await page.locator('maalbar-quiz #quiz-no').click();
    await page.locator('maalbar-quiz .explanation').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'app-training-quiz');
    expect(opened.consoleErrors).toEqual([]);
  }, 120_000);
});
