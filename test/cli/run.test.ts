/**
 * `maalbar run`: the built CLI on the Lyngby-Taarbæk 2015 scenario with few replications (the numbers are not
 * the point here; the golden test checks them): the Danish table, the JSON format and its determinism across
 * runs and worker counts, CSV, --out, and located errors. One test runs the worker pool from the sources.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatJson, runOutput } from '../../src/cli/format-run-output.ts';
import { createProgressBar } from '../../src/cli/progress-bar.ts';
import { guidedSlices, monteCarloInWorkers } from '../../src/cli/worker-pool.ts';
import { monteCarlo } from '../../src/sim/monte-carlo.ts';
import { prepareRepoScenario } from '../scenarios/repo-scenario-files.ts';
import { buildCli, fixtureDir, removeFixtureDirs, runCli } from './run-cli.ts';

beforeAll(buildCli);
afterAll(removeFixtureDirs);

const SCENARIO = 'scenarios/lyngby-taarbaek-2015.json';
const FEW = ['--replications', '8'];

describe('maalbar run', () => {
  it('prints the targets with baselines, levels, P(reach), proposed levels and verdicts, in Danish by default', () => {
    const result = runCli(['run', SCENARIO, ...FEW, '--workers', '1']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Lyngby-Taarbæk, Beskæftigelsesplan 2015 — 8 replikationer, seed 20150224');
    expect(lines[2]).toMatch(
      /^Mål +Indikator +Basis +Niveau +Måned +P\(nå\) +Niveau nået med 50\/70\/90 % +Vurdering$/,
    );
    const rows = lines.slice(4, 14);
    // Seed 000's baselines: 535, 492 (Jan 2014), 24, 42, 91, 146, 813, 243, samarbejdsgrad unsimulated, 60 %.
    const baselines = rows.map((row) => /\s(\d+(?: %)? \(\d{4}-\d\d\)|—)\s/.exec(row)?.[1]);
    expect(baselines).toEqual([
      '535 (2013-12)',
      '492 (2014-01)',
      '24 (2013-12)',
      '42 (2013-12)',
      '91 (2013-12)',
      '146 (2013-12)',
      '813 (2013-12)',
      '243 (2013-12)',
      '—',
      '60 % (2014-10)',
    ]);
    expect(rows.map((row) => row.split(/\s+/)[0])).toEqual([
      '1',
      '2',
      '2a',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
    expect(rows[0]).toMatch(
      /≤ 428 +2015-12 +\d,\d+ ± \d,\d+ +\d+ \/ \d+ \/ \d+ +(sikkert|ambitiøst og realistisk|meget ambitiøst|urealistisk)$/,
    );
    expect(rows[2]).toMatch(/foreslås/);
    expect(rows[8]).toMatch(/ikke simuleret$/);
    expect(result.stdout).toMatch(/\nMål 8: Kan ikke simuleres/);
  });

  it('prints the table in English with --lang en', () => {
    const result = runCli(['run', SCENARIO, ...FEW, '--workers', '1', '--lang', 'en']);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      'Lyngby-Taarbæk, employment plan 2015 — 8 replications, seed 20150224',
    );
    expect(result.stdout).toMatch(/\nTarget +Indicator +Baseline +Level +Month +P\(reach\)/);
  });

  it('prints byte-identical JSON for 1 and 2 workers', () => {
    const one = runCli(['run', SCENARIO, ...FEW, '--format', 'json', '--workers', '1']);
    const two = runCli(['run', SCENARIO, ...FEW, '--format', 'json', '--workers', '2']);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('prints the same bytes for the same seed and other numbers for another seed', () => {
    const args = ['run', SCENARIO, ...FEW, '--format', 'json', '--workers', '2'];
    const first = runCli([...args, '--seed', '7']).stdout;
    expect(runCli([...args, '--seed', '7']).stdout).toBe(first);
    const other = runCli([...args, '--seed', '8']).stdout;
    expect(JSON.parse(other).seed).toBe(8);
    expect(JSON.parse(other).indicators).not.toEqual(JSON.parse(first).indicators);
  });

  it('prints exactly the documented JSON object, without timing', () => {
    const output = JSON.parse(runCli(['run', SCENARIO, ...FEW, '--format', 'json', '--workers', '1']).stdout);
    expect(Object.keys(output)).toEqual(['scenario', 'seed', 'replications', 'targets', 'indicators']);
    expect(output).toMatchObject({ scenario: 'lyngby-taarbaek-2015', seed: 20150224, replications: 8 });
    const [first] = output.targets;
    expect(Object.keys(first)).toEqual([
      'id',
      'indicator',
      'title',
      'direction',
      'level',
      'month',
      'baseline',
      'simulated',
      'pReach',
      'pReachSE',
      'quantiles',
      'levelAt',
      'verdict',
    ]);
    expect(Object.keys(first.quantiles)).toEqual(['0.05', '0.1', '0.25', '0.5', '0.75', '0.9', '0.95']);
    expect(Object.keys(first.levelAt)).toEqual(['0.5', '0.7', '0.9']);
    expect(first.baseline).toEqual({ month: '2013-12', value: 535 });
    const unsimulated = output.targets.find((t: { id: string }) => t.id === '8');
    expect(unsimulated).toMatchObject({ simulated: false, pReach: null, baseline: null, verdict: null });
    expect(unsimulated.reason.da).toMatch(/Kan ikke simuleres/);
    const series = output.indicators['unge-under-30'];
    expect(series.months).toHaveLength(25);
    expect(series.mean[0]).toBe(535);
    expect(Object.keys(series.quantiles)).toEqual(['0.05', '0.1', '0.25', '0.5', '0.75', '0.9', '0.95']);
    // Only indicators some rule counts in 2013–2015: none of the 2017 plan's.
    expect(Object.keys(output.indicators)).not.toContain('aktivitetsparate-kontanthjaelp');
  });

  it('prints Danish CSV with semicolons and decimal commas, English CSV with commas and points', () => {
    const da = runCli(['run', SCENARIO, ...FEW, '--format', 'csv', '--workers', '1']).stdout.split('\n');
    expect(da[0]).toMatch(
      /^id;indicator;title;direction;baseline_month;baseline;level;month;simulated;p_reach;/,
    );
    expect(da[1]).toMatch(
      /^1;unge-under-30;Unge under 30 år på offentlig forsørgelse;atMost;2013-12;535;428;2015-12;true;[\d,]+;/,
    );
    const en = runCli(['run', SCENARIO, ...FEW, '--format', 'csv', '--workers', '1', '--lang', 'en']).stdout;
    expect(en.split('\n')[1]).toMatch(
      /^1,unge-under-30,Young people under 30 on public support,atMost,2013-12,535,428,/,
    );
  });

  it('writes the JSON and both CSV files with --out', () => {
    const out = join(fixtureDir({}), 'result');
    const result = runCli(['run', SCENARIO, ...FEW, '--workers', '1', '--format', 'json', '--out', out]);
    expect(result.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'lyngby-taarbaek-2015-indicators.csv',
      'lyngby-taarbaek-2015-targets.csv',
      'lyngby-taarbaek-2015.json',
    ]);
    expect(readFileSync(join(out, 'lyngby-taarbaek-2015.json'), 'utf8')).toBe(result.stdout);
    expect(readFileSync(join(out, 'lyngby-taarbaek-2015-indicators.csv'), 'utf8')).toMatch(
      /^indicator;month;mean;q0\.05;/,
    );
  });

  it('refuses a bad option value with a message and exit code 1', () => {
    const result = runCli(['run', SCENARIO, '--replications', '0']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/--replications/);
    expect(runCli(['run', SCENARIO, '--format', 'xml']).status).toBe(1);
    expect(runCli(['run']).status).toBe(2);
  });

  it('locates a syntax error in the scenario file', () => {
    const dir = fixtureDir({
      'broken.json': '{\n  "id": "broken",\n  "start": "2013-12"\n  "end": "2015-12"\n}\n',
    });
    const result = runCli(['run', 'broken.json'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^broken\.json:4:3: .*komma forventet$/m);
  });

  it('warns under the table, and on stderr with JSON, when the model does not reproduce a baseline', () => {
    const child = {
      id: 'anden-basis',
      title: { da: 'Anden basis', en: 'Other baseline' },
      extends: 'lyngby-taarbaek-2015',
      overrides: [{ path: '/targets/0/baseline/value', value: 600 }],
    };
    const dir = fixtureDir({
      'anden-basis.json': JSON.stringify(child),
      'lyngby-taarbaek-2015.json': readFileSync(SCENARIO, 'utf8'),
    });
    const table = runCli(['run', 'anden-basis.json', ...FEW], { cwd: dir });
    expect(table.status).toBe(0);
    const warnings = table.stdout.split('\n').filter((line) => line.includes('basismåneden'));
    expect(warnings).toEqual([
      'Mål 1: Modellen giver 535 i basismåneden 2013-12, basis er 600: kohorten eller reglen for unge-under-30 gengiver ikke basis. Tjek scenariets cohort-tabeller og reglen.',
    ]);
    const json = runCli(['run', 'anden-basis.json', ...FEW, '--format', 'json', '--lang', 'en'], {
      cwd: dir,
    });
    expect(JSON.parse(json.stdout).targets[0].baseline).toEqual({ month: '2013-12', value: 600 });
    expect(json.stderr).toMatch(
      /^Target 1: The model gives 535 in the baseline month 2013-12, the baseline is 600: /m,
    );
    // The scenario as given reproduces every baseline.
    const plain = runCli(['run', SCENARIO, ...FEW, '--format', 'json', '--workers', '1']);
    expect(plain.stderr).not.toMatch(/baseline|basis/);
  });

  it('refuses a scenario the schema refuses, its overrides applied, with the place of each error', () => {
    const child = {
      id: 'barn',
      title: { da: 'Barn', en: 'Child' },
      extends: 'lyngby-taarbaek-2015',
      overrides: [
        { path: '/seed', value: 'syv' },
        { path: '/model/countedUnemploymentShar', value: 0.9 },
      ],
    };
    const dir = fixtureDir({
      'barn.json': `${JSON.stringify(child, null, 2)}\n`,
      'lyngby-taarbaek-2015.json': readFileSync(SCENARIO, 'utf8'),
      'wrong-shape.json':
        '{\n  "id": "w",\n  "title": {"da": "w", "en": "w"},\n  "extends": "lyngby-taarbaek-2015",\n  "overrides": {"path": "/seed", "value": 1}\n}\n',
    });
    const result = runCli(['run', 'barn.json', ...FEW], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^barn\.json:11:7 \/overrides\/0\/value: \/seed skal være et tal/m);
    expect(result.stderr).toMatch(
      /^barn\.json:14:7 \/overrides\/1\/path: .* mente du "countedUnemploymentShare"\?$/m,
    );
    const shape = runCli(['run', 'wrong-shape.json', ...FEW, '--lang', 'en'], { cwd: dir });
    expect(shape.status).toBe(1);
    expect(shape.stderr).toMatch(/^wrong-shape\.json:5:3 \/overrides: must be a list \(array\)$/m);
  });
});

describe('monteCarloInWorkers', () => {
  it('gives the same bytes on 2 worker threads (from the TypeScript sources) as monteCarlo in one thread', async () => {
    const model = prepareRepoScenario('lyngby-taarbaek-2015');
    const active = new Set(model.indicators.map((i) => i.id));
    const alone = formatJson(runOutput(monteCarlo(model, { replications: 6 }), active));
    const pooled = await monteCarloInWorkers({
      scenario: model.scenario,
      ruleSet: model.ruleSet,
      replications: 6,
      workers: 2,
      sliceSize: 2,
    });
    expect(formatJson(runOutput(pooled, active))).toBe(alone);
  });
});

describe('guidedSlices', () => {
  it('covers the replications once, in order, with slices that shrink towards the end', () => {
    const slices = guidedSlices(1000, 2);
    expect(slices[0]).toEqual({ from: 0, to: 50 });
    expect(slices.at(-1)?.to).toBe(1000);
    slices.forEach((slice, i) => {
      expect(slice.to).toBeGreaterThan(slice.from);
      if (i > 0) expect(slice.from).toBe(slices[i - 1]?.to);
    });
    const sizes = slices.map((slice) => slice.to - slice.from);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(Math.max(...sizes)).toBe(50);
    expect(sizes.at(-1)).toBe(1);
  });

  it('starts a part of a study where it is told to', () => {
    expect(guidedSlices(103, 1, 100)).toEqual([
      { from: 100, to: 101 },
      { from: 101, to: 102 },
      { from: 102, to: 103 },
    ]);
    expect(guidedSlices(5, 3, 5)).toEqual([]);
  });
});

describe('createProgressBar', () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { isTTY, columns: 80, written, write: (text: string) => written.push(text) > 0 };
  };

  it('draws nothing when stderr is not a terminal (pipes and tests stay clean)', () => {
    const target = stream(false);
    const bar = createProgressBar(10, { label: 'Simulerer', stream: target });
    bar.update(5);
    bar.finish();
    expect(target.written).toEqual([]);
  });

  it('redraws one line on a terminal and ends it with a newline', () => {
    const target = stream(true);
    const bar = createProgressBar(4, { label: 'Simulerer', stream: target, minIntervalMs: 0 });
    bar.update(2);
    bar.finish();
    expect(target.written[0]).toMatch(/^\rSimulerer \[#{15}-{15}\] 2\/4 {2}50 % /);
    expect(target.written.at(-1)).toBe('\n');
  });
});
