// @vitest-environment happy-dom
/**
 * Exports with code-like names: whatever a target's id, title or verdict or an indicator's id holds — a
 * spreadsheet formula (`=cmd|' /C calc'!A0`, `+`, `-`, `@`, tab, carriage return), quotes, separators, line
 * breaks, `</script>` — the CSV of `maalbar run`/`merge` and the app's CSV download read back as the same cells,
 * no text cell starts a formula (OWASP: a leading apostrophe), and the report renders such names as text only.
 */
import { dsvFormat } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatIndicatorsCsv,
  formatTargetsCsv,
  type RunOutput,
  type TargetOutput,
} from '../../src/cli/format-run-output.ts';
import '../../web/components/maalbar-report/maalbar-report.ts';
import { CSV_DIALECTS, csvCell } from '../../web/export/csv-dialect.ts';
import { resultsToCsv } from '../../web/export/results-to-csv.ts';
import { fixtureResult, fixtureScenario } from '../report/report-fixture.ts';
import { fuzz, hostileString } from './fuzz-settings.ts';

const FORMULA = /^[=+\-@\t\r]/;

/** How a text cell must read back: as written, with a leading apostrophe when it would start a formula. */
const written = (text: string): string => (FORMULA.test(text) ? `'${text}` : text);

/** No cell of the CSV starts a formula unless it is a number we wrote. */
function expectNoFormula(rows: readonly string[][], decimal: string): void {
  for (const row of rows) {
    for (const cell of row) {
      if (FORMULA.test(cell)) expect(Number.isFinite(Number(cell.replace(decimal, '.'))), cell).toBe(true);
    }
  }
}

function target(id: string, title: string, verdict: string): TargetOutput {
  return {
    id,
    indicator: title,
    title: { da: title, en: title },
    direction: 'atMost',
    level: -3.5,
    month: '2015-12',
    baseline: { month: '2013-12', value: -1 },
    simulated: true,
    pReach: 0.5,
    pReachSE: 0.05,
    quantiles: { '0.5': -2 },
    levelAt: { '0.5': 1 },
    verdict: { id: 'x', da: verdict, en: verdict },
  };
}

describe('CSV of maalbar run and maalbar merge', () => {
  it('reads back every code-like id, title and verdict as written, and no cell starts a formula', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(hostileString, hostileString, hostileString), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('da' as const, 'en' as const),
        (names, lang) => {
          const output: RunOutput = {
            scenario: 's',
            seed: 1,
            replications: 2,
            targets: names.map(([id, title, verdict]) => target(id, title, verdict)),
            indicators: Object.fromEntries(
              names.map(([id]) => [id, { months: ['2015-12'], mean: [-1.5], quantiles: { '0.5': [-2] } }]),
            ),
          };
          const separator = lang === 'da' ? ';' : ',';
          const decimal = lang === 'da' ? ',' : '.';
          const targets = dsvFormat(separator).parseRows(formatTargetsCsv(output, lang).replace(/\n$/, ''));
          expect(targets).toHaveLength(1 + names.length);
          names.forEach(([id, title, verdict], i) => {
            const row = targets[i + 1] ?? [];
            expect(row.slice(0, 3)).toEqual([id, title, title].map(written));
            expect(row.at(-1)).toBe(written(verdict));
            // Numbers are never prefixed: the baseline −1 stays a number.
            expect(row[5]).toBe('-1');
          });
          expectNoFormula(targets, decimal);
          const indicators = dsvFormat(separator).parseRows(
            formatIndicatorsCsv(output, lang).replace(/\n$/, ''),
          );
          expect(indicators.slice(1).map((row) => row[0])).toEqual(
            Object.keys(output.indicators).map(written),
          );
          expectNoFormula(indicators, decimal);
        },
      ),
      fuzz(200),
    );
  });
});

describe('CSV download of the app', () => {
  it('csvCell keeps any text as one cell that reads back as written, never as a formula', () => {
    fc.assert(
      fc.property(
        fc.oneof(hostileString, fc.string()),
        fc.constantFrom('da' as const, 'en' as const),
        (text, locale) => {
          const dialect = CSV_DIALECTS[locale];
          const line = [csvCell(text, dialect), csvCell(-0.5, dialect)].join(dialect.separator);
          const rows = dsvFormat(dialect.separator).parseRows(line);
          expect(rows).toHaveLength(1);
          expect(rows[0]).toEqual([written(text), `-0${dialect.decimal}5`]);
          expectNoFormula(rows, dialect.decimal);
        },
      ),
      fuzz(300),
    );
  });

  it('resultsToCsv with code-like target titles has no formula cell', () => {
    fc.assert(
      fc.property(fc.array(hostileString, { minLength: 4, maxLength: 4 }), (titles) => {
        const scenario = fixtureScenario();
        scenario.targets = scenario.targets.map((t, i) => ({
          ...t,
          title: { da: titles[i % 4] ?? '', en: '' },
        }));
        const rows = dsvFormat(';').parseRows(
          resultsToCsv(fixtureResult(scenario), 'da').replace(/\r\n$/, ''),
        );
        expect(rows.slice(1, 1 + scenario.targets.length).map((row) => row[3])).toEqual(
          scenario.targets.map((t) => written(t.title.da)),
        );
        expectNoFormula(rows, ',');
      }),
      fuzz(25),
    );
  });
});

describe('the report with code-like target titles', () => {
  it('shows the titles as text and creates no element from them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileString, { minLength: 4, maxLength: 4 }), async (pieces) => {
        // A visible start, so that every title shows even when its hostile part is blank.
        const titles = pieces.map((piece, i) => `T${i} ${piece}`);
        const scenario = fixtureScenario();
        scenario.targets = scenario.targets.map((t, i) => ({
          ...t,
          title: { da: titles[i % 4] ?? '', en: '' },
        }));
        const report = document.createElement('maalbar-report');
        report.scenario = scenario;
        report.result = fixtureResult(scenario);
        report.date = '2015-01-27';
        document.body.append(report);
        await report.updateComplete;
        const root = report.shadowRoot;
        if (!root) throw new Error('the report renders into a shadow root');
        expect(root.querySelectorAll('script, img, iframe, object, embed')).toHaveLength(0);
        expect(document.querySelectorAll('script, img')).toHaveLength(0);
        const onAttributes = [...root.querySelectorAll('*')].flatMap((el) =>
          el.getAttributeNames().filter((name) => name.startsWith('on')),
        );
        expect(onAttributes).toEqual([]);
        // The titles are there, as text (the report names each target by its title).
        const visible = root.textContent ?? '';
        expect(
          titles.filter((title) => title.trim() !== '' && visible.includes(title)).length,
        ).toBeGreaterThan(0);
        report.remove();
      }),
      fuzz(10),
    );
  });
});
