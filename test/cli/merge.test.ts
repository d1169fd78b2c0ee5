/**
 * `maalbar run --replications A-B` and `maalbar merge`: a study cut into uneven slices (run with 1 and 2
 * workers, written to stdout and into --out) merges into the very bytes one `maalbar run` prints, in JSON, CSV
 * and the table; bad ranges and slices that do not make one run are refused with located, actionable errors.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, fixtureDir, removeFixtureDirs, runCli } from './run-cli.ts';

/** Child processes on a loaded 2-core machine: generous limits for the hooks and the tests that run several. */
const SLOW = 180_000;

beforeAll(buildCli, SLOW);
afterAll(removeFixtureDirs);

const SCENARIO = 'scenarios/lyngby-taarbaek-2015.json';
const TOTAL = 11;

/** Slices [0, 3), [3, 4), [4, 11): uneven, one of a single replication, one on 2 workers. */
function writeSlices(): string {
  const dir = fixtureDir({});
  const first = runCli(['run', SCENARIO, '--replications', '0-3', '--total', `${TOTAL}`, '--workers', '1']);
  expect(first.status).toBe(0);
  writeFileSync(join(dir, 'first.json'), first.stdout);
  for (const [range, workers] of [
    ['3-4', '1'],
    ['4-11', '2'],
  ] as const) {
    const result = runCli([
      'run',
      SCENARIO,
      '--replications',
      range,
      '--total',
      `${TOTAL}`,
      '--workers',
      workers,
      '--out',
      dir,
    ]);
    expect(result.status).toBe(0);
  }
  return dir;
}

let slices = '';
beforeAll(() => {
  slices = writeSlices();
}, SLOW);

describe('maalbar run --replications A-B', () => {
  it('writes zero-padded slice files into --out, named by scenario and range', () => {
    expect(readdirSync(slices).sort()).toEqual([
      'first.json',
      'lyngby-taarbaek-2015-slice-03-04.json',
      'lyngby-taarbaek-2015-slice-04-11.json',
    ]);
    const slice = JSON.parse(readFileSync(join(slices, 'first.json'), 'utf8'));
    expect(slice).toMatchObject({ format: 'maalbar-replication-slice', from: 0, to: 3, replications: TOTAL });
  });

  it(
    'refuses bad ranges with a message that says what to write',
    () => {
      const cases = [
        ['5-3', /--replications 5-3: give a count \(1000\) or a range A-B with A < B/],
        ['4-4', /A < B/],
        ['3-', /give a count/],
        ['1-x', /give a count/],
        ['0-12', /goes beyond the 11 replications in all; B is at most 11/],
      ] as const;
      for (const [range, message] of cases) {
        const result = runCli([
          'run',
          SCENARIO,
          '--replications',
          range,
          '--total',
          `${TOTAL}`,
          '--lang',
          'en',
        ]);
        expect(result.status, range).toBe(1);
        expect(result.stderr, range).toMatch(message);
      }
      expect(runCli(['run', SCENARIO, '--total', '5', '--lang', 'en']).stderr).toMatch(
        /--total only goes with/,
      );
      expect(
        runCli(['run', SCENARIO, '--replications', '0-2', '--format', 'csv', '--lang', 'en']).stderr,
      ).toMatch(/--format belongs to "maalbar merge"/);
    },
    SLOW,
  );
});

describe('maalbar merge', () => {
  it(
    'prints byte-identical JSON, CSV and table to one run with all replications',
    () => {
      for (const format of ['json', 'csv', 'table']) {
        const whole = runCli([
          'run',
          SCENARIO,
          '--replications',
          `${TOTAL}`,
          '--format',
          format,
          '--workers',
          '1',
        ]);
        const merged = runCli(['merge', slices, '--format', format]);
        expect(merged.stderr).toBe('');
        expect(merged.status).toBe(0);
        expect(merged.stdout, format).toBe(whole.stdout);
      }
      const output = JSON.parse(runCli(['merge', slices, '--format', 'json']).stdout);
      expect(output).toMatchObject({ scenario: 'lyngby-taarbaek-2015', replications: TOTAL });
    },
    SLOW,
  );

  it(
    'writes the same files with --out as run does',
    () => {
      const out = join(fixtureDir({}), 'merged');
      const result = runCli([
        'merge',
        ...readdirSync(slices).map((f) => join(slices, f)),
        '--out',
        out,
        '--lang',
        'en',
      ]);
      expect(result.status).toBe(0);
      expect(readdirSync(out).sort()).toEqual([
        'lyngby-taarbaek-2015-indicators.csv',
        'lyngby-taarbaek-2015-targets.csv',
        'lyngby-taarbaek-2015.json',
      ]);
      const whole = runCli([
        'run',
        SCENARIO,
        '--replications',
        `${TOTAL}`,
        '--format',
        'json',
        '--workers',
        '1',
      ]);
      expect(readFileSync(join(out, 'lyngby-taarbaek-2015.json'), 'utf8')).toBe(whole.stdout);
    },
    SLOW,
  );

  it('names the missing replications and the command that makes them', () => {
    const result = runCli([
      'merge',
      join(slices, 'first.json'),
      join(slices, 'lyngby-taarbaek-2015-slice-04-11.json'),
      '--lang',
      'en',
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /slice-04-11\.json:\d+:\d+ \/from: replications 3 are missing before this slice \(.*first\.json ends at 3\) — run maalbar run … --replications 3-4 --total 11 and merge again/,
    );
  });

  it(
    'refuses overlapping slices and slices of another seed, located in the file',
    () => {
      const dir = fixtureDir({});
      const other = runCli([
        'run',
        SCENARIO,
        '--replications',
        '3-11',
        '--total',
        `${TOTAL}`,
        '--seed',
        '7',
        '--workers',
        '1',
      ]);
      writeFileSync(join(dir, 'seed7.json'), other.stdout);
      const seed = runCli(['merge', join(slices, 'first.json'), join(dir, 'seed7.json'), '--lang', 'en']);
      expect(seed.status).toBe(1);
      expect(seed.stderr).toMatch(
        /seed7\.json:\d+:\d+ \/seed: belongs to another seed than .*first\.json \(seed 7, not 20150224\)/,
      );

      const overlap = runCli(['merge', slices, join(slices, 'first.json'), '--lang', 'en']);
      expect(overlap.status).toBe(1);
      expect(overlap.stderr).toMatch(
        /first\.json:\d+:\d+ \/from: replications 0–2 are also in .*first\.json \[0, 3\)/,
      );
    },
    SLOW,
  );

  it('says that a file is not a slice file, and needs at least one file', () => {
    const result = runCli(['merge', SCENARIO, '--lang', 'en']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/lyngby-taarbaek-2015\.json:\d+:\d+ \/format: not a slice file/);
    expect(runCli(['merge']).status).toBe(2);
  });
});
