// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { committeeTable } from '../../../src/report/committee-table.ts';
import { targetRationale } from '../../../src/report/target-rationale.ts';
import '../../../web/components/maalbar-report/maalbar-report.ts';
import {
  MaalbarReport,
  type ReportDownloadEvent,
} from '../../../web/components/maalbar-report/maalbar-report.ts';
import { setLocale } from '../../../web/i18n/locale-store.ts';
import { fixtureResult, fixtureScenario } from '../../report/report-fixture.ts';

async function mountReport(date = '2015-01-27'): Promise<MaalbarReport> {
  const report = document.createElement('maalbar-report');
  report.scenario = fixtureScenario();
  report.result = fixtureResult(report.scenario);
  report.date = date;
  document.body.append(report);
  await report.updateComplete;
  return report;
}

const shadow = (report: MaalbarReport): ShadowRoot => {
  if (!report.shadowRoot) throw new Error('the report renders into a shadow root');
  return report.shadowRoot;
};
const text = (node: Element | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cells = (report: MaalbarReport, nr: string): string[] =>
  [...shadow(report).querySelectorAll(`table.committee tr[data-nr="${nr}"] > *`)].map(text);

describe('<maalbar-report>', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
    setLocale('da');
  });

  test('the header names the municipality, the plan year and the date passed in', async () => {
    const report = await mountReport();
    const header = shadow(report).querySelector('.report-header');
    expect(text(header?.querySelector('.municipality'))).toBe('Testrup Kommune');
    expect(text(header?.querySelector('h3'))).toBe(
      'Beskæftigelsesplan 2015 – fastlæggelse af resultatniveauer',
    );
    expect(text(header?.querySelector('.meta'))).toBe('Dato: 27. januar 2015');
    expect(text(header?.querySelector('.scenario'))).toContain(
      '10 simulerede forløb · frø 7 · ønsket sikkerhed 80 %',
    );
  });

  test('the committee table mirrors the annex (NR · MÅL · BEMÆRKNINGER) with proposal, P(reach) and verdict', async () => {
    const report = await mountReport();
    const headers = [...shadow(report).querySelectorAll('table.committee thead th')].map(text);
    expect(headers).toEqual(['NR.', 'MÅL', 'Forslag (80 % sikkerhed)', 'Sandsynlighed', 'BEMÆRKNINGER']);
    const [nr, goal, proposed, chance, remarks] = cells(report, '1');
    expect(nr).toBe('1');
    expect(goal).toBe(
      'Unge under 30: højst 450 personer i december 2015, et fald på 10 % fra 500 personer i oktober 2015.',
    );
    // From report-fixture.ts: the 0.8 level 463.6 rounds up to 464; P = 4/10 with SE 15.5 points.
    expect(proposed).toBe('≤ 464 personer');
    expect(chance).toBe('40 % standardfejl 15,5 procentpoint ! meget ambitiøst');
    const scenario = fixtureScenario();
    const rows = committeeTable(fixtureResult(scenario), scenario, { ambition: 0.8 });
    const first = rows[0];
    if (!first) throw new Error('the fixture has target 1');
    expect(remarks).toBe(targetRationale(first, 'da'));
    expect(cells(report, '8')[3]).toBe('Ikke simuleret');
    expect(cells(report, '2a')[3]).toBe('Følges uden mål');
    expect(cells(report, '9')[2]).toBe('≥ 62 %');
  });

  test('the proposal follows the ambition property', async () => {
    const report = await mountReport();
    report.ambition = 0.9;
    await report.updateComplete;
    // The core's 0.9 level for unge is 471 (report-fixture.ts: h = 8.1 → 470 + 0.1 · 10).
    expect(cells(report, '1')[2]).toBe('≤ 471 personer');
  });

  test('lists every assumption with its value, range and source, grouped', async () => {
    const report = await mountReport();
    const root = shadow(report);
    expect(root.querySelectorAll('table.assumptions tbody tr[data-path]')).toHaveLength(8);
    const macro = [...root.querySelectorAll('tr[data-path="/macro/unemploymentChange"] td')].map(text);
    expect(macro).toEqual([
      'Ledighedens udvikling',
      '−12 %',
      '−20 % – −5 %',
      'Antagelse: Skøn over ledigheden.',
    ]);
    const share = [...root.querySelectorAll('tr[data-path="/activation/employerBasedShare"] td')].map(text);
    expect(share).toEqual(['Andel virksomhedsrettede tilbud', '70 %', '60 % – 80 %', 'Seed 000, mål 9']);
    const groups = [...root.querySelectorAll('table.assumptions th[scope="colgroup"]')].map(text);
    expect(groups).toEqual([
      'Ledighed',
      'Aktivering',
      'Borgerne ved start',
      'Målenes udgangspunkter',
      'Status fra kilderne',
    ]);
  });

  test('draws a fan chart for each simulated target', async () => {
    const report = await mountReport();
    const charts = shadow(report).querySelectorAll('figure svg.fan-chart');
    expect([...charts].map((svg) => svg.getAttribute('data-target'))).toEqual(['1', '2a', '9']);
    expect(text(charts[0]?.querySelector('title'))).toBe('Fremskrivning: Unge under 30');
  });

  test('prints on A4 without its controls', async () => {
    await mountReport();
    const page = document.getElementById('maalbar-report-page');
    expect(page?.textContent).toContain('@page { size: A4;');
    expect(page?.textContent).toContain(':has(maalbar-report)');
    const css = MaalbarReport.styles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
    expect(css).toMatch(
      /@media print[\s\S]*\.controls,\s*\.chart-actions,\s*\.error\s*\{\s*display: none !important/,
    );
    expect(css).toMatch(/break-before: page/);
  });

  test('downloads the results as CSV and JSON and each chart as SVG', async () => {
    const report = await mountReport();
    const files: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      files.push(this.download);
    });
    const events: ReportDownloadEvent['detail'][] = [];
    report.addEventListener('report-download', (event) => events.push(event.detail));
    const buttons = [...shadow(report).querySelectorAll<HTMLButtonElement>('.controls button')];
    expect(buttons.map(text)).toEqual([
      'Udskriv eller gem som PDF',
      'Hent resultater (CSV)',
      'Hent resultater (JSON)',
    ]);
    buttons[1]?.click();
    buttons[2]?.click();
    shadow(report)
      .querySelector<HTMLButtonElement>('button[aria-label="Hent SVG af figuren for mål 9"]')
      ?.click();
    await vi.waitFor(() => expect(events).toHaveLength(3));
    expect(files).toEqual(['fixture-resultater.csv', 'fixture-resultater.json', 'fixture-maal-9.svg']);
    expect(events.map((event) => event.kind)).toEqual(['csv', 'json', 'svg']);
  });

  test('print calls the browser’s print', async () => {
    const report = await mountReport();
    // happy-dom has no print(); the element calls its window's.
    const print = vi.fn();
    Object.assign(window, { print });
    shadow(report).querySelector<HTMLButtonElement>('.controls button')?.click();
    expect(print).toHaveBeenCalledTimes(1);
  });

  test('switches to English with the language', async () => {
    const report = await mountReport();
    setLocale('en');
    await report.updateComplete;
    expect(text(shadow(report).querySelector('h3'))).toBe(
      'Employment plan 2015 – setting the resultatniveauer',
    );
    expect(text(shadow(report).querySelector('.meta'))).toBe('Date: 27 January 2015');
    expect(cells(report, '1')[2]).toBe('≤ 464 persons');
  });

  test('without a result it says there is nothing to report', async () => {
    const report = document.createElement('maalbar-report');
    document.body.append(report);
    await report.updateComplete;
    expect(text(shadow(report).querySelector('p'))).toBe(
      'Der er endnu ingen resultater at lave en rapport af.',
    );
  });
});
