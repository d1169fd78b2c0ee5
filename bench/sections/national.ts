/**
 * The national-scale section: the Lyngby-Taarbæk 2015 scenario scaled to 700,000 persons (cohort and inflow
 * multiplied, rates unchanged — roughly the whole country's caseload), run by the built CLI over 24 months with
 * 100 replications on 2 workers. Reports the wall time and the process's peak memory (all threads: workers are
 * threads of the CLI process), read with GNU time where the machine has it. One run: it takes about a minute.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchSection } from '../index.ts';
import { repoScenario, scaledScenario } from '../repo-inputs.ts';

const ROOT = new URL('../../', import.meta.url);
const PERSONS = 700_000;
const REPLICATIONS = 100;
const WORKERS = 2;
const GNU_TIME = '/usr/bin/time';

export const nationalSection: BenchSection = {
  name: 'national',
  async run() {
    const base = repoScenario('lyngby-taarbaek-2015');
    const factor = PERSONS / base.cohort.total;
    const scenario = { ...scaledScenario(base, factor), id: 'national-scale' };
    const folder = mkdtempSync(join(tmpdir(), 'maalbar-national-'));
    const file = join(folder, 'national-scale.json');
    writeFileSync(file, JSON.stringify(scenario));
    const bin = fileURLToPath(new URL('bin/maalbar.js', ROOT));
    const cli = [bin, 'run', file, '--replications', String(REPLICATIONS), '--workers', String(WORKERS)];
    const withTime = existsSync(GNU_TIME);
    const started = performance.now();
    const run = withTime
      ? spawnSync(GNU_TIME, ['-f', 'maxrss-kb=%M', process.execPath, ...cli, '--format', 'json'], {
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
        })
      : spawnSync(process.execPath, [...cli, '--format', 'json'], {
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
        });
    const seconds = (performance.now() - started) / 1000;
    rmSync(folder, { recursive: true, force: true });
    if (run.status !== 0) throw new Error(`maalbar run (national scale) failed: ${run.stderr}`);
    const rss = /maxrss-kb=(\d+)/.exec(run.stderr)?.[1];
    const peakMemoryMB = rss === undefined ? null : Number(rss) / 1024;
    const persons = Math.round(scenario.cohort.total);
    return {
      rows: [
        {
          measure: `${persons} persons × 24 months × ${REPLICATIONS} replications, ${WORKERS} workers`,
          value: `${seconds.toFixed(1)} s`,
          note: 'wall time of `maalbar run` on the LTK 2015 scenario scaled ×' + factor.toFixed(1),
        },
        {
          measure: 'peak memory of that run',
          value: peakMemoryMB === null ? 'n/a' : `${Math.round(peakMemoryMB)} MB`,
          note: withTime ? 'max resident set size of the CLI process (GNU time)' : `no ${GNU_TIME} here`,
        },
      ],
      json: { persons, months: 24, replications: REPLICATIONS, workers: WORKERS, seconds, peakMemoryMB },
    };
  },
};
