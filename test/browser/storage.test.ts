/**
 * The browser-only pieces of the app's outputs in Debian's Chromium: the IndexedDB scenario store (saved
 * scenarios survive a reload; the resilient store reports "persistent"), a fan chart exported
 * as PNG through a canvas, and the report, compare and library elements mounted with a fixed result — axe-clean,
 * and the report's CSV download arrives and parses. happy-dom has neither IndexedDB nor canvas, so the unit
 * tests use the memory store and this test covers the real thing. It bundles a small test page with esbuild
 * (no app build needed) and serves it from a temporary folder.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dsvFormat } from 'd3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, saveScreenshot, type AppPage } from './browser-harness.ts';
import { openTestPage, type TestPage } from './test-page.ts';

/** The page's test hooks, exposed on window by the bundled entry. */
const ENTRY = `
import { openIndexedDbScenarioStore } from ${JSON.stringify(resolve('web/storage/indexeddb-scenario-store.ts'))};
import { openScenarioStore } from ${JSON.stringify(resolve('web/storage/resilient-scenario-store.ts'))};
import { svgToPngBlob } from ${JSON.stringify(resolve('web/export/svg-to-png-blob.ts'))};
import { renderFanChart } from ${JSON.stringify(resolve('web/charts/fan-chart.ts'))};
import { FAN_FIXTURE } from ${JSON.stringify(resolve('test/web/charts/fan-fixture.ts'))};
import { fixtureResult, fixtureScenario } from ${JSON.stringify(resolve('test/report/report-fixture.ts'))};
import { MemoryScenarioStore } from ${JSON.stringify(resolve('web/storage/memory-scenario-store.ts'))};
import ${JSON.stringify(resolve('web/components/maalbar-report/maalbar-report.ts'))};
import ${JSON.stringify(resolve('web/components/maalbar-compare/maalbar-compare.ts'))};
import ${JSON.stringify(resolve('web/components/maalbar-scenario-library/maalbar-scenario-library.ts'))};

/** Mounts the three output views under a main landmark, as the app would. */
async function mountOutputs() {
  const scenario = fixtureScenario();
  const result = fixtureResult(scenario);
  const main = document.createElement('main');
  main.innerHTML = '<h1>Målbar</h1><h2>Rapport</h2><maalbar-report></maalbar-report>' +
    '<h2>Sammenlign</h2><maalbar-compare></maalbar-compare><h2>Gemte scenarier</h2><maalbar-scenario-library></maalbar-scenario-library>';
  document.body.append(main);
  const report = main.querySelector('maalbar-report');
  Object.assign(report, { scenario, result, date: '2015-01-27' });
  const other = fixtureScenario();
  other.targets = other.targets.map((t) => (t.id === '1' ? { ...t, level: 460 } : t));
  Object.assign(main.querySelector('maalbar-compare'), {
    a: { label: 'Basis', result, scenario },
    b: { label: 'Lempet', result: fixtureResult(other), scenario: other },
    choices: [{ id: 'basis', label: 'Basis' }, { id: 'lempet', label: 'Lempet' }],
    selectedA: 'basis',
    selectedB: 'lempet',
  });
  const store = new MemoryScenarioStore();
  const library = main.querySelector('maalbar-scenario-library');
  Object.assign(library, { store, scenario, openId: 'a' });
  await store.put({ id: 'a', name: 'Basis', scenario, savedAt: '2015-01-27T10:00:00.000Z' });
  await store.put({ id: 'b', name: 'Lav vækst', scenario: other, savedAt: '2015-01-27T11:00:00.000Z' });
  await library.refresh();
  await library.importFile(new File(['{\\n  "id": "x",,\\n}'], 'fejl.json'));
  await Promise.all([...main.querySelectorAll('maalbar-report, maalbar-compare, maalbar-scenario-library')].map((e) => e.updateComplete));
}
Object.assign(window, { maalbarTest: { openIndexedDbScenarioStore, openScenarioStore, svgToPngBlob, renderFanChart, FAN_FIXTURE, mountOutputs } });
document.body.dataset.ready = 'true';
`;

let testPage: TestPage | undefined;
let app: AppPage;

describe('browser storage and PNG export in Chromium', () => {
  beforeAll(async () => {
    testPage = await openTestPage('storage', ENTRY);
    app = testPage.app;
  }, 120_000);

  afterAll(async () => {
    await testPage?.close();
  });

  test('saved scenarios are in IndexedDB and survive a reload', async () => {
    const written = await app.page.evaluate(async () => {
      type Store = {
        put(record: object): Promise<void>;
        list(): Promise<{ id: string; name: string }[]>;
        delete(id: string): Promise<void>;
        close(): void;
      };
      const hooks = (window as unknown as { maalbarTest: { openIndexedDbScenarioStore(): Promise<Store> } })
        .maalbarTest;
      const store = await hooks.openIndexedDbScenarioStore();
      const scenario = (seed: number) => ({ id: 'x', title: { da: 'x', en: 'x' }, extends: 'y', seed });
      await store.put({ id: 'a', name: 'Øst', scenario: scenario(1), savedAt: '2015-01-27T10:00:00.000Z' });
      await store.put({ id: 'b', name: 'Basis', scenario: scenario(2), savedAt: '2015-01-27T10:00:00.000Z' });
      await store.put({
        id: 'c',
        name: 'Slettes',
        scenario: scenario(3),
        savedAt: '2015-01-27T10:00:00.000Z',
      });
      await store.delete('c');
      const names = (await store.list()).map((record) => record.name);
      store.close();
      return names;
    });
    expect(written).toEqual(['Basis', 'Øst']);

    await app.page.reload({ waitUntil: 'networkidle' });
    await app.page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
    const restored = await app.page.evaluate(async () => {
      type Status = { persistent: boolean; problem?: string };
      type Store = {
        status: Status;
        list(): Promise<{ id: string; name: string; scenario: { seed: number } }[]>;
      };
      const hooks = (window as unknown as { maalbarTest: { openScenarioStore(): Promise<Store> } })
        .maalbarTest;
      const store = await hooks.openScenarioStore();
      return {
        status: store.status,
        saved: (await store.list()).map((record) => [record.name, record.scenario.seed]),
      };
    });
    expect(restored).toEqual({
      status: { persistent: true },
      saved: [
        ['Basis', 2],
        ['Øst', 1],
      ],
    });
  });

  test('a fan chart becomes a PNG at twice its size', async () => {
    const png = await app.page.evaluate(async () => {
      const hooks = (
        window as unknown as {
          maalbarTest: {
            renderFanChart(svg: SVGSVGElement, data: unknown, options: { title: string }): unknown;
            svgToPngBlob(svg: SVGSVGElement, scale: number): Promise<Blob>;
            FAN_FIXTURE: unknown;
          };
        }
      ).maalbarTest;
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      document.body.append(svg);
      hooks.renderFanChart(svg, hooks.FAN_FIXTURE, { title: 'Unge under 30' });
      const blob = await hooks.svgToPngBlob(svg, 2);
      const bitmap = await createImageBitmap(blob);
      // A pixel inside the plot must not be blank white: the bands were drawn.
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      context?.drawImage(bitmap, 0, 0);
      const data = context?.getImageData(0, 0, bitmap.width, bitmap.height).data ?? new Uint8ClampedArray();
      let coloured = 0;
      for (let i = 0; i < data.length; i += 4) {
        if ((data[i] ?? 255) < 240 || (data[i + 1] ?? 255) < 240 || (data[i + 2] ?? 255) < 240) coloured++;
      }
      const head = new Uint8Array(await blob.slice(0, 8).arrayBuffer());
      return { type: blob.type, width: bitmap.width, height: bitmap.height, coloured, head: [...head] };
    });
    expect(png.type).toBe('image/png');
    // The PNG signature, then 2 × the chart's 640 × 320.
    expect(png.head).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect([png.width, png.height]).toEqual([1280, 640]);
    expect(png.coloured).toBeGreaterThan(10_000);
  });

  test('the report, compare and library views are axe-clean, and the report’s CSV downloads and parses', async () => {
    await app.page.evaluate(async () => {
      await (
        window as unknown as { maalbarTest: { mountOutputs(): Promise<unknown> } }
      ).maalbarTest.mountOutputs();
    });
    await app.page.locator('maalbar-report svg.fan-chart').first().waitFor();
    await app.page.locator('maalbar-compare svg.compare-fan-chart').first().waitFor();
    expect(await axeViolations(app.page)).toEqual([]);
    await saveScreenshot(app.page, 'outputs-report-compare-library');

    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('button', { name: 'Hent resultater (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('fixture-resultater.csv');
    const path = await download.path();
    const bytes = readFileSync(path);
    // UTF-8 with a byte-order mark, then a Danish CSV: ";" between cells, decimal comma.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = dsvFormat(';').parseRows(bytes.subarray(3).toString('utf8').trimEnd());
    expect(rows[0]?.slice(0, 4)).toEqual(['afsnit', 'id', 'indikator', 'titel']);
    // Target 1 of the fixture: P(reach) 4/10, median 453.5 (test/report/report-fixture.ts).
    expect([rows[1]?.[1], rows[1]?.[8], rows[1]?.[16]]).toEqual(['1', '0,4', '453,5']);
  });

  test('in print the report keeps its content but hides its buttons and everything outside it', async () => {
    await app.page.emulateMedia({ media: 'print' });
    try {
      const visible = await app.page.evaluate(() => {
        const shown = (element: Element | null | undefined) =>
          !!element && getComputedStyle(element).display !== 'none';
        const report = document.querySelector('maalbar-report');
        const root = report?.shadowRoot;
        return {
          report: shown(report),
          table: shown(root?.querySelector('table.committee')),
          charts: shown(root?.querySelector('svg.fan-chart')),
          controls: shown(root?.querySelector('.controls')),
          chartButtons: shown(root?.querySelector('.chart-actions')),
          pageTitle: shown(document.querySelector('main > h1')),
          compare: shown(document.querySelector('maalbar-compare')),
          library: shown(document.querySelector('maalbar-scenario-library')),
        };
      });
      expect(visible).toEqual({
        report: true,
        table: true,
        charts: true,
        controls: false,
        chartButtons: false,
        pageTitle: false,
        compare: false,
        library: false,
      });
      await saveScreenshot(app.page, 'outputs-report-print');
    } finally {
      await app.page.emulateMedia({ media: 'screen' });
    }
  });

  test('no console errors and no request leaves localhost', () => {
    expect(app.consoleErrors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
  });
});
