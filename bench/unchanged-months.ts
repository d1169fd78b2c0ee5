/**
 * How much of a replication's monthly work a "step only what changes" design could skip, at best: the share of
 * person-months in which a person has the same state, offer and visitation and every rule outcome as the month
 * before. Such a design (docs/performance.md, "Next") would still step every changed month and pay at least one
 * step for each run of unchanged months (to see that it starts and how long it lasts), so changed months + runs
 * is the fewest steps it needs, even with perfect foresight. Read with `fullCohort`, where row i is the same
 * person every month (nobody rests, rows are never moved; inflow is appended).
 */
import { ABSORBING_STATES, STATES } from '../src/rules/facts.ts';
import { planForMonth, type PreparedModel } from '../src/sim/prepare-model.ts';
import { replicationInputs } from '../src/sim/replication-inputs.ts';
import { simulateReplication } from '../src/sim/simulate-replication.ts';

export interface UnchangedMonths {
  replications: number;
  /** Person-months outside the absorbing states of persons who were in the cohort the month before. */
  personMonths: number;
  /** Of those, the months equal to the month before in state, offer, visitation and every rule outcome. */
  unchanged: number;
  /** Runs of consecutive unchanged months (a person's months t…t+k all unchanged, t − 1 changed or absent). */
  runs: number;
  /** Per state: person-months and unchanged months. */
  byState: Record<string, { personMonths: number; unchanged: number }>;
}

const ABSORBING = new Set(ABSORBING_STATES.map((state) => STATES.indexOf(state)));

/** Counts over replications 0…replications−1 (sums, not means). */
export function unchangedMonths(model: PreparedModel, replications: number): UnchangedMonths {
  const total: UnchangedMonths = { replications, personMonths: 0, unchanged: 0, runs: 0, byState: {} };
  for (const state of STATES) total.byState[state] = { personMonths: 0, unchanged: 0 };
  for (let r = 0; r < replications; r++) {
    const parameters = replicationInputs(model, r).ruleParameters;
    let previous: { names: readonly string[]; fired: Uint8Array; stride: number; count: number } | null =
      null;
    let previousFacts: Uint8Array[] = [];
    let wasUnchanged = new Uint8Array(0);
    simulateReplication(model, r, {
      fullCohort: true,
      onMonth: (t, cohort) => {
        const plan = planForMonth(model, t, parameters);
        const count = cohort.count;
        const stride = (count + 3) & ~3;
        const fired = new Uint8Array(plan.rowCount * stride);
        plan.kernel.evaluate(cohort.columns, stride, fired);
        const { ydelse, offer, visitation } = cohort.columns;
        const facts = [ydelse, offer, visitation].map((column) => column.slice(0, count));
        const unchangedNow = new Uint8Array(count);
        if (previous) {
          if (count < previous.count) throw new Error('fullCohort removed rows: rows are not persons');
          const last = previous;
          // The rules in effect may differ from last month's: compare outcomes by rule name.
          const previousRow = plan.kernel.ruleNames.map((name) => last.names.indexOf(name));
          for (let i = 0; i < last.count; i++) {
            const s = ydelse[i] ?? 0;
            if (ABSORBING.has(s)) continue;
            const counts = total.byState[STATES[s] ?? ''];
            if (!counts) continue;
            total.personMonths++;
            counts.personMonths++;
            let same = facts.every((column, k) => column[i] === previousFacts[k]?.[i]);
            for (let row = 0; same && row < plan.rowCount; row++) {
              const before = previousRow[row] ?? -1;
              const was = before < 0 ? 0 : (last.fired[before * last.stride + i] ?? 0);
              same = fired[row * stride + i] === was;
            }
            if (!same) continue;
            total.unchanged++;
            counts.unchanged++;
            unchangedNow[i] = 1;
            if (wasUnchanged[i] !== 1) total.runs++;
          }
        }
        previous = { names: plan.kernel.ruleNames, fired, stride, count };
        previousFacts = facts;
        wasUnchanged = unchangedNow;
      },
    });
  }
  return total;
}
