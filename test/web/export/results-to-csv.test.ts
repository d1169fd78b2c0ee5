// @vitest-environment happy-dom
import { dsvFormat } from 'd3';
import { describe, expect, it } from 'vitest';
import { SUMMARY_PROBABILITIES } from '../../../src/targets/summarise.ts';
import { CSV_DIALECTS, csvCell } from '../../../web/export/csv-dialect.ts';
import { resultsToCsv } from '../../../web/export/results-to-csv.ts';
import { fixtureResult, fixtureScenario, MONTHS } from '../../report/report-fixture.ts';

const result = fixtureResult();
/** Reads a Danish or English number cell back; empty → undefined. */
const num = (cell: string | undefined, decimal: string): number | undefined =>
  cell === undefined || cell === '' ? undefined : Number(cell.replace(decimal, '.'));

describe('resultsToCsv', () => {
  for (const locale of ['da', 'en'] as const) {
    const { separator, decimal } = CSV_DIALECTS[locale];
    const csv = resultsToCsv(result, locale);
    const rows = dsvFormat(separator).parseRows(csv.replace(/\r\n$/, ''));

    it(`(${locale}) has a header row and one row per target, indicator-month (2 × 3)`, () => {
      expect(rows[0]?.slice(0, 5)).toEqual(
        locale === 'da'
          ? ['afsnit', 'id', 'indikator', 'titel', 'måned']
          : ['section', 'id', 'indicator', 'title', 'month'],
      );
      expect(rows.length).toBe(1 + 4 + 2 * MONTHS.length);
      const width = rows[0]?.length;
      // 12 fixed columns, 9 quantiles, 2 ambitions, unit and notes.
      expect(width).toBe(12 + 9 + 2 + 2);
      expect(rows.every((row) => row.length === width)).toBe(true);
      expect(csv.split('\r\n').length).toBe(rows.length + 1);
    });

    it(`(${locale}) parses back to exactly the core's target numbers`, () => {
      result.targets.forEach((target, i) => {
        const row = rows[1 + i] ?? [];
        expect(row[1]).toBe(target.id);
        expect(num(row[6], decimal)).toBe(target.baseline.value);
        expect(num(row[7], decimal)).toBe(target.level);
        expect(num(row[8], decimal)).toBe(target.pReach);
        expect(num(row[9], decimal)).toBe(target.pReachSE);
        expect(num(row[11], decimal)).toBe(target.distribution?.mean);
        SUMMARY_PROBABILITIES.forEach((p, k) => {
          expect(num(row[12 + k], decimal)).toBe(target.distribution?.quantiles[String(p)]);
        });
        expect(num(row[21], decimal)).toBe(target.levelAt?.['0.5']);
        expect(num(row[22], decimal)).toBe(target.levelAt?.['0.9']);
      });
      // Spot check against report-fixture.ts: target 1 P = 4/10, median 453.5.
      expect(rows[1]?.[8]).toBe('0' + decimal + '4');
      expect(rows[1]?.[16]).toBe('453' + decimal + '5');
    });

    it(`(${locale}) parses back to exactly the core's indicator means and quantiles per month`, () => {
      result.indicators.forEach((indicator, k) => {
        MONTHS.forEach((month, t) => {
          const row = rows[1 + 4 + k * MONTHS.length + t] ?? [];
          expect(row[1]).toBe(indicator.id);
          expect(row[4]).toBe(month);
          expect(num(row[11], decimal)).toBe(indicator.mean[t]);
          SUMMARY_PROBABILITIES.forEach((p, j) => {
            expect(num(row[12 + j], decimal)).toBe(indicator.quantiles[String(p)]?.[t]);
          });
        });
      });
    });
  }

  it('keeps formula-like, quoted, separator and markup text harmless and intact', () => {
    const scenario = fixtureScenario();
    const titles = ["=cmd|' /C calc'!A0", 'He said "hi"; then left', '</script><b>x</b>', '@SUM(1)\nline 2'];
    scenario.targets = scenario.targets.map((target, i) => ({
      ...target,
      title: { da: titles[i] ?? '', en: titles[i] ?? '' },
    }));
    const csv = resultsToCsv(fixtureResult(scenario), 'da');
    const rows = dsvFormat(';').parseRows(csv.replace(/\r\n$/, ''));
    expect(rows.slice(1, 5).map((row) => row[3])).toEqual([
      "'=cmd|' /C calc'!A0",
      'He said "hi"; then left',
      '</script><b>x</b>',
      "'@SUM(1)\nline 2",
    ]);
    // No cell of the file starts a formula: every cell beginning with = + - @ is quoted-and-prefixed or a number.
    for (const row of rows) {
      for (const cell of row) if (/^[=+@]/.test(cell)) throw new Error(`formula cell ${cell}`);
    }
  });
});

describe('csvCell', () => {
  const da = CSV_DIALECTS.da;
  it('writes numbers with the locale decimal mark and never prefixes them', () => {
    expect(csvCell(-0.15, da)).toBe('-0,15');
    expect(csvCell(1234.5, CSV_DIALECTS.en)).toBe('1234.5');
    expect(csvCell(Number.NaN, da)).toBe('');
    expect(csvCell(undefined, da)).toBe('');
  });
  it('prefixes formula starts and quotes separators, quotes and line breaks', () => {
    expect(csvCell('-2+3', da)).toBe("'-2+3");
    expect(csvCell('+45 12345678', da)).toBe("'+45 12345678");
    expect(csvCell('a;b', da)).toBe('"a;b"');
    expect(csvCell('a,b', da)).toBe('a,b');
    expect(csvCell('a,b', CSV_DIALECTS.en)).toBe('"a,b"');
    expect(csvCell('say "x"', da)).toBe('"say ""x"""');
    expect(csvCell(' padded', da)).toBe('" padded"');
  });
});
