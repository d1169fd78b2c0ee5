/**
 * `maalbar calibrate`: the built CLI on a small fixture (200 persons, a CSV export of two stocks made by the
 * model with known multipliers), few simulations per evaluation: the table, the calibrated scenario file (it
 * extends the input, its Quantities say "calibrated from" the series and carry an uncertainty, and it
 * resolves), and a located error for a bad --until.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveScenario } from '../../src/scenario/resolve-scenario.ts';
import type { DerivedScenario, Scenario } from '../../src/scenario/scenario.ts';
import { calibrationFixture } from './calibrate-fixture.ts';
import { buildCli, removeFixtureDirs, runCli } from './run-cli.ts';

beforeAll(buildCli);
afterAll(removeFixtureDirs);

const FAST = ['--rules', 'rules', '--replications', '6', '--projection', '20', '--lang', 'en'];

describe('maalbar calibrate', () => {
  it('prints the parameters and the fit, and writes a calibrated scenario that extends the input', () => {
    const dir = calibrationFixture();
    const result = runCli(
      [
        'calibrate',
        'scenario/small.json',
        '--data',
        'data.csv',
        '--only-data',
        '--out',
        'scenario/small-kal.json',
        ...FAST,
      ],
      { cwd: dir },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Calibration of small \(\d+ simulations, dispersion φ = \d+\.\d\d\):/);
    // The data observe both states, so each gets an exit and an inflow multiplier (chooseParameters).
    for (const id of [
      'exits:kontanthjaelp',
      'inflow:kontanthjaelp',
      'exits:a-dagpenge',
      'inflow:a-dagpenge',
    ]) {
      expect(result.stdout).toContain(id);
    }
    // 2013-12 … 2015-12: 25 monthly figures, all compared (month 0 too, though it carries no information).
    expect(result.stdout).toMatch(/ydelse:kontanthjaelp +data\.csv +25 /);
    const file = JSON.parse(readFileSync(join(dir, 'scenario/small-kal.json'), 'utf8')) as DerivedScenario;
    expect(file.id).toBe('small-kal');
    expect(file.extends).toBe('small');
    const exit = file.overrides?.find((o) => o.path === '/transitions/kontanthjaelp/exits/selvforsoergelse');
    const quantity = exit?.value as {
      value: number;
      source: { document: string };
      uncertainty?: { low: number };
    };
    expect(quantity.source.document).toBe('calibrated from ydelse:kontanthjaelp, ydelse:a-dagpenge');
    expect(quantity.uncertainty?.low).toBeLessThan(quantity.value);
    const parent = JSON.parse(readFileSync(join(dir, 'scenario/small.json'), 'utf8')) as Scenario;
    const resolved = resolveScenario(file, (id) => (id === 'small' ? parent : undefined));
    expect(resolved.transitions.kontanthjaelp?.exits.selvforsoergelse?.value).toBe(quantity.value);
  }, 120_000);

  it('rejects an --until that is not a month', () => {
    const dir = calibrationFixture();
    const result = runCli(
      ['calibrate', 'scenario/small.json', '--data', 'data.csv', '--until', '2014-13', ...FAST],
      {
        cwd: dir,
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--until must be a month YYYY-MM, not "2014-13"');
  });
});
