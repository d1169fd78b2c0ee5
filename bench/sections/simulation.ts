/**
 * The simulation section: the fused monthly step + rules in ns per person-month on one core (the Lyngby-Taarbæk
 * 2015 scenario, in this process), the wall time of `maalbar run` on that scenario at 1,000 replications with 1
 * and 2 workers (the built CLI, start-up included, the two outputs checked to be identical), and a scale curve
 * with the cohort and inflow ×1, ×10 and ×100 (fewer replications at the larger sizes, normalised per
 * person-month). A person-month is one person outside the absorbing states stepped and evaluated for one month.
 * It also gives the bound of a design that steps only what changes (unchanged-months.ts) at today's cost per step.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ABSORBING_STATES, STATES } from '../../src/rules/facts.ts';
import { prepareModel, type PreparedModel } from '../../src/sim/prepare-model.ts';
import { simulateReplication } from '../../src/sim/simulate-replication.ts';
import type { BenchSection } from '../index.ts';
import { repoRuleSet, repoScenario, scaledScenario } from '../repo-inputs.ts';
import { unchangedMonths } from '../unchanged-months.ts';

const ROOT = new URL('../../', import.meta.url);
const SCENARIO = 'lyngby-taarbaek-2015';
const CLI_REPLICATIONS = 1000;
/** Replications timed at each cohort size (after one warm-up replication). */
const SCALES = [
  { factor: 1, replications: 20, rounds: 5 },
  { factor: 10, replications: 3, rounds: 1 },
  { factor: 100, replications: 1, rounds: 1 },
] as const;
/** Replications read for the bound of a design that steps only what changes. */
const UNCHANGED_REPLICATIONS = 10;
/** Runs of the CLI per worker count; the table shows the median. */
const CLI_RUNS = 3;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
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
): { seconds: number; personMonths: number; stepped: number } {
  simulateReplication(model, replications); // warm-up: compiles the kernels, lets the JIT settle
  let total = 0;
  let stepped = 0;
  const started = performance.now();
  for (let r = 0; r < replications; r++) {
    const result = simulateReplication(model, r);
    total += personMonths(result.states, result.length);
    stepped += result.steppedPersonMonths;
  }
  return { seconds: (performance.now() - started) / 1000, personMonths: total, stepped };
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

    const scale = SCALES.map(({ factor, replications, rounds }) => {
      const model = prepareModel(scaledScenario(scenario, factor), ruleSet);
      const timed = Array.from({ length: rounds }, () => timeReplications(model, replications));
      // Every round runs replications 0…n−1: the same person-months, so the rounds differ only in time.
      const personMonths = timed[0]?.personMonths ?? NaN;
      const stepped = timed[0]?.stepped ?? NaN;
      const seconds = median(timed.map((round) => round.seconds));
      return {
        factor,
        persons: model.cohort.count,
        replications,
        rounds,
        personMonths: Math.round(personMonths),
        steppedPersonMonths: Math.round(stepped),
        seconds,
        nsPerPersonMonth: (seconds * 1e9) / personMonths,
        secondsPerRound: timed.map((round) => round.seconds),
      };
    });
    const one = scale[0];
    if (!one) throw new Error('no scale measured');

    // The bound: the fewest steps of a design that steps only what changes, costed at today's ns per step.
    const unchanged = unchangedMonths(prepareModel(scenario, ruleSet), UNCHANGED_REPLICATIONS);
    const steps = unchanged.personMonths - unchanged.unchanged + unchanged.runs;
    const stepsToday = one.steppedPersonMonths / one.replications;
    const fewestSteps = steps / unchanged.replications;
    const boundNs = (one.nsPerPersonMonth * fewestSteps) / stepsToday;

    const runs1: number[] = [];
    const runs2: number[] = [];
    for (let run = 0; run < CLI_RUNS; run++) {
      const cli1 = timeCli(1);
      const cli2 = timeCli(2);
      if (cli1.stdout !== cli2.stdout)
        throw new Error('maalbar run printed different JSON for 1 and 2 workers');
      runs1.push(cli1.seconds);
      runs2.push(cli2.seconds);
    }
    const cli1 = { seconds: median(runs1) };
    const cli2 = { seconds: median(runs2) };

    const rows = [
      {
        measure: 'step + rules, one core',
        value: `${one.nsPerPersonMonth.toFixed(1)} ns`,
        note: `per person-month, median of ${one.rounds} rounds of ${one.replications} replications × ${Math.round(one.personMonths / one.replications)} person-months, ${SCENARIO}`,
      },
      ...[cli1, cli2].map((cli, i) => ({
        measure: `${SCENARIO}, ${CLI_REPLICATIONS} replications, ${i + 1} worker${i ? 's' : ''}`,
        value: `${cli.seconds.toFixed(2)} s`,
        note: `wall time of \`maalbar run\` (built CLI, start-up included), median of ${CLI_RUNS}; JSON identical for 1 and 2 workers`,
      })),
      {
        measure: 'person-months unchanged from the month before',
        value: `${((100 * unchanged.unchanged) / unchanged.personMonths).toFixed(1)} %`,
        note: `state, offer, visitation and every rule outcome; ${unchanged.replications} replications, fullCohort`,
      },
      {
        measure: 'steps per replication: today / fewest if only changes are stepped',
        value: `${Math.round(stepsToday)} / ${Math.round(fewestSteps)}`,
        note: 'fewest = changed months + runs of unchanged months (perfect foresight)',
      },
      {
        measure: "step + rules, one core, that design at today's cost per step",
        value: `${boundNs.toFixed(1)} ns`,
        note: 'per person-month; a lower bound for that design unless a step itself gets cheaper',
      },
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
          runs: { '1': runs1, '2': runs2 },
          identicalOutput: true,
        },
        scale,
        stepOnlyChanges: {
          replications: unchanged.replications,
          personMonths: unchanged.personMonths,
          unchanged: unchanged.unchanged,
          runs: unchanged.runs,
          byState: unchanged.byState,
          stepsPerReplicationToday: stepsToday,
          fewestStepsPerReplication: fewestSteps,
          nsPerPersonMonthAtTodaysStepCost: boundNs,
        },
      },
    };
  },
};
