/**
 * The simulation section: the fused monthly step + rules in ns per person-month on one core (the Lyngby-Taarbæk
 * 2015 scenario, in this process), the wall time of `maalbar run` on that scenario at 1,000 replications with 1
 * and 2 workers (the built CLI, start-up included, the two outputs checked to be identical), and a scale curve
 * with the cohort and inflow ×1, ×10 and ×100 (fewer replications at the larger sizes, normalised per
 * person-month). A person-month is one person outside the absorbing states stepped and evaluated for one month.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ABSORBING_STATES, STATES } from '../../src/rules/facts.ts';
import { loadRuleSet } from '../../src/rules/load-rule-set.ts';
import type { RuleSet } from '../../src/rules/rule-file.ts';
import { resolveScenario } from '../../src/scenario/resolve-scenario.ts';
import type { ResolvedScenario, Scenario } from '../../src/scenario/scenario.ts';
import { prepareModel, type PreparedModel } from '../../src/sim/prepare-model.ts';
import { simulateReplication } from '../../src/sim/simulate-replication.ts';
import type { BenchSection } from '../index.ts';

const ROOT = new URL('../../', import.meta.url);
const SCENARIO = 'lyngby-taarbaek-2015';
const CLI_REPLICATIONS = 1000;
/** Replications timed at each cohort size (after one warm-up replication). */
const SCALES = [
  { factor: 1, replications: 20 },
  { factor: 10, replications: 3 },
  { factor: 100, replications: 1 },
] as const;

/** Every rule file under rules/, validated as the CLI does. */
function repoRuleSet(): RuleSet {
  const files = ['indicators', 'reforms', 'conditions'].flatMap((folder) => {
    const url = new URL(`rules/${folder}/`, ROOT);
    return readdirSync(url)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => ({ path: `rules/${folder}/${name}`, text: readFileSync(new URL(name, url), 'utf8') }));
  });
  const { ruleSet, errors } = loadRuleSet(files);
  if (!ruleSet) throw new Error(`the rules do not load: ${errors[0]?.message ?? 'unknown error'}`);
  return ruleSet;
}

function repoScenario(id: string): ResolvedScenario {
  const read = (name: string): Scenario =>
    JSON.parse(readFileSync(new URL(`scenarios/${name}.json`, ROOT), 'utf8')) as Scenario;
  return resolveScenario(read(id), read);
}

/** The scenario with the cohort and every inflow multiplied by `factor` (rates and shares unchanged). */
function scaled(scenario: ResolvedScenario, factor: number): ResolvedScenario {
  const copy = JSON.parse(JSON.stringify(scenario)) as ResolvedScenario;
  copy.cohort.total *= factor;
  for (const table of copy.cohort.tables) for (const cell of table.cells) cell.count *= factor;
  for (const stream of copy.inflow) {
    stream.perMonth.value *= factor;
    if (stream.perMonth.uncertainty) {
      stream.perMonth.uncertainty.low *= factor;
      stream.perMonth.uncertainty.high *= factor;
    }
  }
  return copy;
}

const ABSORBING = new Set(ABSORBING_STATES.map((state) => STATES.indexOf(state)));

/** Person-months stepped in one replication: persons outside absorbing states in months 1…T. */
function personMonths(states: Float64Array, length: number): number {
  let sum = 0;
  for (let s = 0; s < STATES.length; s++) {
    if (ABSORBING.has(s)) continue;
    for (let t = 1; t < length; t++) sum += states[s * length + t] ?? 0;
  }
  return sum;
}

/** Seconds and person-months of `replications` replications (after a warm-up) in this thread. */
function timeReplications(
  model: PreparedModel,
  replications: number,
): { seconds: number; personMonths: number } {
  simulateReplication(model, replications); // warm-up: compiles the kernels, lets the JIT settle
  let total = 0;
  const started = performance.now();
  for (let r = 0; r < replications; r++) {
    const result = simulateReplication(model, r);
    total += personMonths(result.states, result.length);
  }
  return { seconds: (performance.now() - started) / 1000, personMonths: total };
}

/** Wall seconds of the built CLI on the scenario with `workers` workers, and its stdout. */
function timeCli(workers: number): { seconds: number; stdout: string } {
  const bin = fileURLToPath(new URL('bin/maalbar.js', ROOT));
  const args = [bin, 'run', `scenarios/${SCENARIO}.json`, '--replications', String(CLI_REPLICATIONS)];
  const started = performance.now();
  const run = spawnSync(process.execPath, [...args, '--workers', String(workers), '--format', 'json'], {
    cwd: fileURLToPath(ROOT),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`maalbar run failed: ${run.stderr}`);
  return { seconds, stdout: run.stdout };
}

export const simulationSection: BenchSection = {
  name: 'simulation',
  async run() {
    if (!existsSync(new URL('dist/cli/worker-entry.js', ROOT))) {
      throw new Error('the CLI is not built: run `npm run bench` (it builds first) or `npm run build:cli`');
    }
    const ruleSet = repoRuleSet();
    const scenario = repoScenario(SCENARIO);

    const scale = SCALES.map(({ factor, replications }) => {
      const model = prepareModel(scaled(scenario, factor), ruleSet);
      const timed = timeReplications(model, replications);
      return {
        factor,
        persons: model.cohort.count,
        replications,
        personMonths: Math.round(timed.personMonths),
        seconds: timed.seconds,
        nsPerPersonMonth: (timed.seconds * 1e9) / timed.personMonths,
      };
    });
    const one = scale[0];
    if (!one) throw new Error('no scale measured');

    const cli1 = timeCli(1);
    const cli2 = timeCli(2);
    if (cli1.stdout !== cli2.stdout)
      throw new Error('maalbar run printed different JSON for 1 and 2 workers');

    const rows = [
      {
        measure: 'step + rules, one core',
        value: `${one.nsPerPersonMonth.toFixed(1)} ns`,
        note: `per person-month, ${SCENARIO}, ${one.replications} replications × ${Math.round(one.personMonths / one.replications)} person-months`,
      },
      ...[cli1, cli2].map((cli, i) => ({
        measure: `${SCENARIO}, ${CLI_REPLICATIONS} replications, ${i + 1} worker${i ? 's' : ''}`,
        value: `${cli.seconds.toFixed(2)} s`,
        note: 'wall time of `maalbar run` (built CLI, start-up included); JSON identical for 1 and 2 workers',
      })),
      ...scale.map((s) => ({
        measure: `cohort ×${s.factor} (${s.persons} persons)`,
        value: `${s.nsPerPersonMonth.toFixed(1)} ns`,
        note: `per person-month, ${s.replications} replication(s), ${s.seconds.toFixed(2)} s`,
      })),
    ];
    return {
      rows,
      json: {
        nsPerPersonMonth: one.nsPerPersonMonth,
        ltk2015: {
          replications: CLI_REPLICATIONS,
          seconds: { '1': cli1.seconds, '2': cli2.seconds },
          identicalOutput: true,
        },
        scale,
      },
    };
  },
};
