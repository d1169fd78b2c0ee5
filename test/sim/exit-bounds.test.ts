import { describe, expect, it } from 'vitest';
import { createStream } from '../../src/random/random-stream.ts';
import { uniformInt } from '../../src/random/uniform.ts';
import { EDUCATION_LEVELS, OFFERS, STATES, VISITATIONS } from '../../src/rules/facts.ts';
import type { HazardAction } from '../../src/sim/evaluation-plan.ts';
import { exitBounds, safeHazards } from '../../src/sim/exit-bounds.ts';
import { exitDestination } from '../../src/sim/exit-destination.ts';
import { replicationInputs } from '../../src/sim/replication-inputs.ts';
import { replicationState } from '../../src/sim/replication-state.ts';
import { prepareRepoScenario } from '../scenarios/repo-scenario-files.ts';

const model = prepareRepoScenario('lyngby-taarbaek-2015');
const SELF = STATES.indexOf('selvforsoergelse');

/** The summed exit probability the full computation forms for a person (the step's order of factors). */
function summed(tables: ReturnType<typeof replicationInputs>['transitions'], baseT: Float64Array, p: Person) {
  const K = tables.pairs;
  let sum = 0;
  for (let k = tables.destStart[p.state] ?? 0; k < (tables.destStart[p.state + 1] ?? 0); k++) {
    sum +=
      tables.plain[p.state] === 1
        ? (baseT[k] ?? 0)
        : (baseT[k] ?? 0) *
          (tables.duration[p.row * K + k] ?? 1) *
          (tables.age[Math.min(p.age, tables.ageSize - 1) * K + k] ?? 1) *
          (tables.eduVis[(p.education * VISITATIONS.length + p.visitation) * K + k] ?? 1) *
          (tables.offer[p.offer * K + k] ?? 1);
  }
  return sum;
}

interface Person {
  state: number;
  row: number;
  age: number;
  education: number;
  visitation: number;
  offer: number;
}

describe('exit bounds', () => {
  it('bound every person-month from above, and say "positive" only where the sum is above 0', () => {
    // 20 replications (their drawn rates and macro paths) × 2,000 random persons and months of LTK 2015.
    const stream = createStream(7);
    let checked = 0;
    for (let r = 0; r < 20; r++) {
      const inputs = replicationInputs(model, r);
      const tables = inputs.transitions;
      const bounds = exitBounds(tables, inputs.macro);
      expect(bounds.finite).toBe(true);
      for (let n = 0; n < 2000; n++) {
        const t = uniformInt(stream, 1, model.months);
        const baseT = Float64Array.from(tables.base, (base, k) => {
          const e = tables.elasticity[k] ?? 0;
          return base * (e === 0 ? 1 : Math.pow(inputs.macro[t] ?? 1, e));
        });
        const p: Person = {
          state: uniformInt(stream, 0, STATES.length - 1),
          row: uniformInt(stream, 0, tables.durationSize - 1),
          age: uniformInt(stream, 16, 70),
          education: uniformInt(stream, 0, EDUCATION_LEVELS.length - 1),
          visitation: uniformInt(stream, 0, VISITATIONS.length - 1),
          offer: uniformInt(stream, 0, OFFERS.length - 1),
        };
        const index = (p.state * tables.durationSize + p.row) * 2 + (p.offer !== 0 ? 1 : 0);
        const sum = summed(tables, baseT, p);
        expect(sum).toBeLessThanOrEqual(bounds.upper[index] ?? NaN);
        if (bounds.positive[index] === 1) expect(sum).toBeGreaterThan(0);
        checked++;
      }
    }
    expect(checked).toBe(40_000);
  });

  it('make the full computation keep a person whose draw is at or above the bound', () => {
    const inputs = replicationInputs(model, 3);
    const state = replicationState(model, 3, inputs);
    const tables = inputs.transitions;
    state.baseThisMonth.set(tables.base); // macro factor 1 (month 0)
    const a = STATES.indexOf('a-dagpenge');
    for (let row = 0; row < tables.durationSize; row++) {
      const upper = state.bounds.upper[(a * tables.durationSize + row) * 2] ?? NaN;
      expect(upper).toBeLessThan(1);
      expect(exitDestination(state, a, row, 40, 0, 0, 0, 0, upper)).toBe(a);
      // A draw of 0 always leaves: the sum is above 0.
      expect(exitDestination(state, a, row, 40, 0, 0, 0, 0, 0)).not.toBe(a);
    }
  });

  it('find the duration from which self-supporting persons can no longer re-enter (LTK 2015: 4 months)', () => {
    const inputs = replicationInputs(model, 0);
    const bounds = exitBounds(inputs.transitions, inputs.macro);
    const { destStart } = inputs.transitions;
    for (let k = destStart[SELF] ?? 0; k < (destStart[SELF + 1] ?? 0); k++) {
      expect(bounds.durationZeroFrom[k]).toBe(4);
    }
  });

  it('count a hazard as safe where it moves probability between exits or does not touch the state', () => {
    const tables = replicationInputs(model, 0).transitions;
    const to = STATES.indexOf('foertidspension');
    const hazard = (factor: number, redirectTo: number): HazardAction => ({ row: 0, to, factor, redirectTo });
    const hazards = [
      hazard(0, STATES.indexOf('ressourceforloeb')),
      hazard(0.5, -1),
      hazard(2, STATES.indexOf('ressourceforloeb')),
    ];
    const safe = safeHazards(hazards, tables, new Int32Array(STATES.length));
    const kontant = STATES.indexOf('kontanthjaelp'); // has an exit to førtidspension
    expect(safe[kontant]).toBe(0b001);
    const revalideringToFp = tables.pairIndex[STATES.indexOf('revalidering') * STATES.length + to] ?? -1;
    expect(revalideringToFp).toBe(-1); // revalidering has no exit to førtidspension: every hazard is safe there
    expect(safe[STATES.indexOf('revalidering')]).toBe(0b111);
  });
});
