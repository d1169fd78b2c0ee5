import { describe, expect, test } from 'vitest';
import { FACT_NAMES } from '../../src/rules/facts.ts';
import { prepareModel } from '../../src/sim/prepare-model.ts';
import { scenarioCohort } from '../../src/sim/scenario-cohort.ts';
import { simulateReplication } from '../../src/sim/simulate-replication.ts';
import { fixtureRuleSet, fixtureScenario } from '../web/sim-fixture.ts';

describe('scenarioCohort', () => {
  test('draws the month-0 cohort prepareModel draws for the scenario, person for person', () => {
    const scenario = fixtureScenario();
    const drawn = scenarioCohort(scenario);
    const prepared = prepareModel(scenario, fixtureRuleSet());
    expect(drawn.cohort.count).toBe(prepared.cohort.count);
    expect(drawn.cohort.count).toBeGreaterThan(0);
    for (const name of FACT_NAMES) {
      expect(drawn.cohort.columns[name].subarray(0, drawn.cohort.count), name).toEqual(
        prepared.cohort.columns[name].subarray(0, prepared.cohort.count),
      );
    }
    expect(drawn.report).toEqual(prepared.cohortReport);
  });

  test('a model prepared from it gives the same replication as one that draws its own', () => {
    const scenario = fixtureScenario();
    const own = prepareModel(scenario, fixtureRuleSet());
    const given = prepareModel(scenario, fixtureRuleSet(), { cohort: scenarioCohort(scenario).cohort });
    expect(given.cohortReport).toBeNull();
    const a = simulateReplication(own, 3);
    const b = simulateReplication(given, 3);
    expect(b.indicators).toEqual(a.indicators);
    expect(b.states).toEqual(a.states);
  });
});
