import { describe, expect, test } from 'vitest';
import { prepareModel } from '../../src/sim/prepare-model.ts';
import { simulateReplication } from '../../src/sim/simulate-replication.ts';
import { countedPersons } from '../../src/training/counted-persons.ts';
import { fixtureRuleSet, fixtureScenario } from '../web/sim-fixture.ts';
import { runReference, createReferenceEngine } from '../../src/rules/reference-engine.ts';

const ruleSet = fixtureRuleSet();
const model = prepareModel(fixtureScenario(), ruleSet);
const replication = simulateReplication(model, 1);
const indicatorValue = (id: string, t: number): number => {
  const index = model.indicators.findIndex((d) => d.id === id);
  return replication.indicators[index * replication.length + t] ?? NaN;
};

describe('countedPersons', () => {
  test('counts as many persons as the simulator’s own indicator series in that month (a stock indicator)', () => {
    for (const indicator of ['langtidsledige', 'unge-under-30', 'ledighedsydelse']) {
      const result = countedPersons(model, { indicator, t: 6, replication: 1 });
      expect(result.countedTotal).toBe(indicatorValue(indicator, 6));
      expect(result.role).toBe('count');
    }
  });

  test('samples at most k persons each, each counted in month t (and the stopped ones counted in t − 1 only)', async () => {
    const t = 6;
    const result = countedPersons(model, { indicator: 'langtidsledige', t, replication: 1, k: 5 });
    expect(result.counted).toHaveLength(5);
    expect(result.stoppedTotal).toBeGreaterThan(0);
    expect(result.stopped.length).toBe(Math.min(5, result.stoppedTotal));
    const rules = model.indicators.find((d) => d.id === 'langtidsledige')?.rules.count ?? [];
    const engine = createReferenceEngine(ruleSet);
    const countedBy = async (
      facts: Parameters<typeof runReference>[1],
      parameters: Parameters<typeof runReference>[2],
    ) => (await runReference(engine, facts, parameters)).fired.some((name) => rules.includes(name));
    for (const person of result.counted) {
      const last = person.history.at(-1);
      expect(last?.t).toBe(t);
      expect(last?.fired.some((fired) => rules.includes(fired.rule))).toBe(true);
      // json-rules-engine, the reference semantics, agrees on the recorded facts.
      if (last) expect(await countedBy(last.facts, last.parameters)).toBe(true);
    }
    for (const person of result.stopped) {
      const [previous, last] = person.history.slice(-2);
      expect(previous?.fired.some((fired) => rules.includes(fired.rule))).toBe(true);
      expect(last?.fired.some((fired) => rules.includes(fired.rule))).toBe(false);
    }
  });

  test('the sample is the same for the same seed and differs for another', () => {
    const rows = (sampleSeed: number): number[] =>
      countedPersons(model, { indicator: 'unge-under-30', t: 3, sampleSeed }).counted.map((p) => p.row);
    expect(rows(1)).toEqual(rows(1));
    expect(rows(1)).not.toEqual(rows(2));
  });

  test('a person who arrived by inflow has a history from the month they arrived', () => {
    const t = 12;
    const result = countedPersons(model, { indicator: 'kontant-og-uddannelseshjaelp', t, k: 400 });
    const arrived = result.counted.find((person) => person.history.length < t + 1);
    expect(arrived?.history[0]?.facts.enteredYdelseThisMonth).toBe(true);
  });

  test('refuses an unknown indicator and a month outside the run, saying what exists', () => {
    expect(() => countedPersons(model, { indicator: 'nope', t: 1 })).toThrow(/langtidsledige/);
    expect(() => countedPersons(model, { indicator: 'langtidsledige', t: 999 })).toThrow(/outside the run/);
  });

  test('runs in well under a second for the LTK cohort', () => {
    const started = performance.now();
    countedPersons(model, { indicator: 'langtidsledige', t: model.months });
    const elapsed = performance.now() - started;
    console.log(
      `countedPersons, LTK cohort of ${model.cohort.count}, t = ${model.months}: ${elapsed.toFixed(0)} ms`,
    );
    expect(elapsed).toBeLessThan(5000);
  });
});
