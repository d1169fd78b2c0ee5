import { describe, expect, it } from 'vitest';
import { appendPerson } from '../../src/cohort/append-person.ts';
import { createCohort } from '../../src/cohort/cohort.ts';
import { DEFAULT_PERSON } from '../../src/rules/default-person.ts';
import { STATES } from '../../src/rules/facts.ts';
import { prepareModel, type PreparedModel } from '../../src/sim/prepare-model.ts';
import {
  simulateReplication,
  type ReplicationResult,
  type ReplicationWorkspace,
} from '../../src/sim/simulate-replication.ts';
import { prepareRepoScenario } from '../scenarios/repo-scenario-files.ts';
import { countState, q, rule, ruleSetOf, smallScenario } from './small-model.ts';

const SELF = STATES.indexOf('selvforsoergelse');
const PENSION = STATES.indexOf('pension');
const UDREJST = STATES.indexOf('udrejst');

/** Every number of a replication, so that equal strings mean results equal to the bit. */
function numbers(result: ReplicationResult): string {
  const arrays = [result.indicators, result.costs ?? new Float64Array(0), result.states, result.drawn];
  return (
    arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64')).join('|') +
    `|${result.cappedPersonMonths}`
  );
}

/** Replication r stepped with and without rest, and the rows left active at the end with rest. */
function both(model: PreparedModel, r: number) {
  const workspace: ReplicationWorkspace = {};
  const resting = simulateReplication(model, r, { workspace });
  const everyone = simulateReplication(model, r, { fullCohort: true });
  const last = resting.length - 1;
  const persons = STATES.reduce((sum, _, s) => sum + (resting.states[s * resting.length + last] ?? 0), 0);
  return {
    resting,
    everyone,
    active: workspace.state?.cohort.count ?? NaN,
    persons,
    counts: workspace.state?.resting.counts,
  };
}

/** 300 persons aged 55–64 on kontanthjælp, born in every month, so that some reach pension age (62) at rest. */
function olderCohort() {
  const cohort = createCohort(300);
  for (let i = 0; i < 300; i++) {
    appendPerson(
      cohort,
      { ...DEFAULT_PERSON, ydelse: 'kontanthjaelp', previousYdelse: 'kontanthjaelp', age: 55 + (i % 10) },
      { birthMonth: i % 12 },
    );
  }
  return cohort;
}

/** Self-support with re-entry for 3 months only, exits to udrejst, pension age 62, and a rule on kontanthjælp. */
function smallRestingModel(rules = ruleSetOf(countState('kontant', 'kontanthjaelp'))): PreparedModel {
  const scenario = smallScenario(
    300,
    36,
    {
      kontanthjaelp: { exits: { selvforsoergelse: q(0.15), udrejst: q(0.01) } },
      selvforsoergelse: {
        exits: { kontanthjaelp: q(0.1) },
        duration: [{ bands: [{ min: 4, factor: q(0, 'factor') }] }],
      },
    },
    { model: { pensionAge: q(62, 'years') } },
  );
  return prepareModel(scenario, rules, { cohort: olderCohort() });
}

describe('persons at rest', () => {
  it('give the Lyngby-Taarbæk 2015 results to the bit, with about a third of the rows left active', () => {
    const model = prepareRepoScenario('lyngby-taarbaek-2015');
    for (const r of [0, 1, 17]) {
      const { resting, everyone, active, persons } = both(model, r);
      expect(numbers(resting)).toBe(numbers(everyone));
      // Of ≈ 7,900 persons in December 2015 about half are self-supporting, most of them past re-entry.
      expect(active).toBeLessThan(0.7 * persons);
    }
  });

  it('are not stepped: the full run steps every row every month, the run with rest a good deal fewer', () => {
    const model = prepareRepoScenario('lyngby-taarbaek-2015');
    const { resting, everyone } = both(model, 0);
    let rows = 0; // rows before each step: everyone in the cohort the month before
    for (let t = 1; t < everyone.length; t++) {
      for (let s = 0; s < STATES.length; s++) rows += everyone.states[s * everyone.length + t - 1] ?? 0;
    }
    expect(everyone.steppedPersonMonths).toBe(rows);
    expect(resting.steppedPersonMonths).toBeLessThan(0.75 * everyone.steppedPersonMonths);
  });

  it('reach pension age at rest in the month the step would move them, and rest in pension and udrejst', () => {
    const model = smallRestingModel();
    for (const r of [0, 1, 2, 3]) {
      const { resting, everyone, counts } = both(model, r);
      expect(numbers(resting)).toBe(numbers(everyone));
      expect(counts?.[SELF]).toBeGreaterThan(0);
      expect(counts?.[PENSION]).toBeGreaterThan(0);
      expect(counts?.[UDREJST]).toBeGreaterThan(0);
    }
    // Pension comes only through ageing here: it grows in the months of the persons' birthdays.
    const { everyone } = both(model, 0);
    const pension = Array.from(
      everyone.states.subarray(PENSION * everyone.length, (PENSION + 1) * everyone.length),
    );
    expect(pension[0]).toBe(0);
    expect(pension[36]).toBeGreaterThan(100);
  });

  it('do not rest where a rule can fire for them: everyone stays active', () => {
    const rules = ruleSetOf(
      countState('kontant', 'kontanthjaelp'),
      rule(
        'old-persons',
        { all: [{ fact: 'age', operator: 'greaterThanInclusive', value: 60 }] },
        { type: 'indicator', params: { indicator: 'old' } },
      ),
    );
    const model = smallRestingModel(rules);
    expect(model.quiet[SELF]).toBe(0);
    const { resting, everyone, active, persons, counts } = both(model, 0);
    expect(numbers(resting)).toBe(numbers(everyone));
    expect(active).toBe(persons);
    expect(Array.from(counts ?? [])).toEqual(STATES.map(() => 0));
  });
});
