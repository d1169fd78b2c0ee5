/**
 * Plain-text tables of a calibration for the terminal: the calibrated parameters, the fit per series, and the
 * backtest's held-out observations. Columns are padded; numbers are rounded for reading, not for reuse (the
 * JSON output keeps full precision).
 */
import type { BacktestRow } from '../calibrate/backtest-rows.ts';
import type { CalibrationResult, FitErrors } from '../calibrate/calibration-types.ts';
import type { Lang } from '../messages.ts';

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((row) => (row[j] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, j) => (j === 0 ? cell.padEnd(widths[j] ?? 0) : cell.padStart(widths[j] ?? 0)))
      .join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function number(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

export function percent(share: number): string {
  return Number.isFinite(share) ? `${(100 * share).toFixed(0)} %` : '–';
}

export function formatParameters(result: CalibrationResult, lang: Lang): string {
  const header =
    lang === 'da'
      ? ['parameter', 'start', 'kalibreret', '80 %-interval', 'sf (log)', 'trukket sd']
      : ['parameter', 'start', 'calibrated', '80 % interval', 'se (log)', 'drawn sd'];
  return table(
    header,
    result.parameters.map((p) => [
      p.id,
      number(p.start, 2),
      number(p.value, 3),
      `${number(p.low, 3)}–${number(p.high, 3)}`,
      number(p.standardError, 3),
      number(p.drawnSd, 3),
    ]),
  );
}

function errorCells(errors: FitErrors): string[] {
  return [String(errors.count), number(errors.rmse), number(errors.mape), percent(errors.coverage)];
}

export function formatFits(result: CalibrationResult, lang: Lang): string {
  const header =
    lang === 'da'
      ? [
          'serie',
          'kilde',
          'tilpasset n',
          'RMSE',
          'MAPE %',
          'i bånd',
          'holdt ude n',
          'RMSE',
          'MAPE %',
          'i bånd',
        ]
      : [
          'series',
          'source',
          'fitted n',
          'RMSE',
          'MAPE %',
          'in band',
          'held out n',
          'RMSE',
          'MAPE %',
          'in band',
        ];
  return table(
    header,
    result.fits.map((fit) => [fit.seriesId, fit.source, ...errorCells(fit.fit), ...errorCells(fit.heldOut)]),
  );
}

/** The held-out rows, each with the calibrated projection and (when given) the scenario as it was. */
export function formatBacktestRows(
  rows: readonly BacktestRow[],
  asGiven: readonly BacktestRow[] | undefined,
  lang: Lang,
): string {
  const header =
    lang === 'da'
      ? [
          'serie',
          'måned',
          'observeret',
          'median',
          '80 %-bånd',
          'inde',
          'fejl',
          'ukalibreret median',
          'bånd',
          'inde',
        ]
      : [
          'series',
          'month',
          'observed',
          'median',
          '80 % band',
          'inside',
          'error',
          'as given median',
          'band',
          'inside',
        ];
  const yes = lang === 'da' ? 'ja' : 'yes';
  const no = lang === 'da' ? 'nej' : 'no';
  return table(
    asGiven ? header : header.slice(0, 7),
    rows.map((row) => {
      const before = asGiven?.find((b) => b.seriesId === row.seriesId && b.month === row.month);
      const cells = [
        row.seriesId,
        row.month,
        number(row.observed),
        number(row.median),
        `${number(row.low)}–${number(row.high)}`,
        row.inside ? yes : no,
        number(row.error),
      ];
      if (!asGiven) return cells;
      return [
        ...cells,
        before ? number(before.median) : '–',
        before ? `${number(before.low)}–${number(before.high)}` : '–',
        before ? (before.inside ? yes : no) : '–',
      ];
    }),
  );
}
