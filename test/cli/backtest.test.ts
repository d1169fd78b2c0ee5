/**
 * `maalbar backtest`: the built CLI on the small calibration fixture, fitted up to 2014-06 and checked on the
 * 18 later months of both stocks: the JSON rows are the held-out points, "inside" agrees with the band, and the
 * coverage counts them; the table names the coverage of the calibrated and the as-given projection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BacktestRow } from '../../src/calibrate/backtest-rows.ts';
import { calibrationFixture } from './calibrate-fixture.ts';
import { buildCli, removeFixtureDirs, runCli } from './run-cli.ts';

beforeAll(buildCli);
afterAll(removeFixtureDirs);

const FAST = ['--rules', 'rules', '--replications', '6', '--projection', '20', '--lang', 'en', '--only-data'];

describe('maalbar backtest', () => {
  it('reports every held-out observation with median, band, inside and error, and the coverage', () => {
    const dir = calibrationFixture();
    const result = runCli(
      [
        'backtest',
        'scenario/small.json',
        '--until',
        '2014-06',
        '--data',
        'data.csv',
        '--format',
        'json',
        ...FAST,
      ],
      {
        cwd: dir,
      },
    );
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as {
      until: string;
      heldOut: BacktestRow[];
      coverage: { inside: number; count: number };
      asGiven: { coverage: { count: number } };
    };
    expect(output.until).toBe('2014-06');
    // 2014-07 … 2015-12 is 18 months, for each of the two stocks.
    expect(output.heldOut).toHaveLength(36);
    expect(output.heldOut.every((row) => row.month > '2014-06')).toBe(true);
    for (const row of output.heldOut) {
      expect(row.inside).toBe(row.low <= row.observed && row.observed <= row.high);
      expect(row.error).toBeCloseTo(row.median - row.observed, 9);
    }
    expect(output.coverage).toEqual({ inside: output.heldOut.filter((r) => r.inside).length, count: 36 });
    expect(output.asGiven.coverage.count).toBe(36);
  }, 120_000);

  it('prints a table with the coverage line, and needs --until', () => {
    const dir = calibrationFixture();
    const table = runCli(
      ['backtest', 'scenario/small.json', '--until', '2014-06', '--data', 'data.csv', ...FAST],
      { cwd: dir },
    );
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(
      /Coverage of the 80 % bands: calibrated \d+\/36 \(\d+ %\), as given \d+\/36 \(\d+ %\)\./,
    );
    const missing = runCli(['backtest', 'scenario/small.json', ...FAST], { cwd: dir });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('--until must be a month YYYY-MM');
  }, 120_000);
});
