import { describe, expect, it } from 'vitest';
import { monteCarlo } from '../../src/sim/monte-carlo.ts';
import { prepareModel } from '../../src/sim/prepare-model.ts';
import { quantile, sortedCopy } from '../../src/targets/quantile.ts';
import {
  ASSUMED,
  countState,
  q,
  rule,
  richRuleSet,
  richScenario,
  ruleSetOf,
  smallScenario,
} from './small-model.ts';

describe('target results of a Monte Carlo run', () => {
  const model = prepareModel(richScenario(), richRuleSet());
  const result = monteCarlo(model, { replications: 40 });
  const byId = new Map(result.targets.map((t) => [t.id, t]));

  it('keeps an unsimulated target with its reason and no figures', () => {
    const target = byId.get('8')!;
    expect(target.simulated).toBe(false);
    expect(target.reason?.en).toBe('Needs firm data.');
    expect(target.pReach).toBeUndefined();
  });

  it('matches the baseline at month 0 and computes P(reach), its SE and the verdict from the target-month values', () => {
    const target = byId.get('6')!;
    expect(target.simulatedBaseline).toBe(400);
    expect(target.level).toBe(320); // 400 × (1 − 0.20)
    const values = Float64Array.from({ length: 40 }, (_, r) => result.indicators[0]!.values[r * 25 + 24]!);
    const p = values.filter((v) => v <= 320).length / 40;
    expect(target.pReach).toBe(p);
    expect(target.pReachSE).toBeCloseTo(Math.sqrt((p * (1 - p)) / 40), 15);
    expect(target.verdict?.id).toBe(
      p >= 0.9 ? 'safe' : p >= 0.5 ? 'realistic' : p >= 0.2 ? 'veryAmbitious' : 'unrealistic',
    );
    // atMost: the level reachable with probability 0.9 is the 0.9-quantile (type 7).
    expect(target.levelAt?.['0.9']).toBe(quantile(sortedCopy(values), 0.9));
  });

  it('proposes levels for a target without one, from the (1 − p)-quantile for atLeast', () => {
    const target = byId.get('9')!;
    expect(target.level).toBeUndefined();
    expect(target.pReach).toBeUndefined();
    const values = Float64Array.from({ length: 40 }, (_, r) => result.indicators[2]!.values[r * 25 + 24]!);
    expect(target.levelAt?.['0.7']).toBe(quantile(sortedCopy(values), 1 - 0.7));
  });

  it('names the uncertain assumptions that go most with the result', () => {
    const drivers = byId.get('6')!.drivers!;
    expect(drivers.length).toBeGreaterThan(0);
    expect(model.quantities.uncertain.map((i) => model.quantities.paths[i])).toContain(drivers[0]!.path);
    for (let i = 1; i < drivers.length; i++) {
      expect(Math.abs(drivers[i - 1]!.correlation)).toBeGreaterThanOrEqual(Math.abs(drivers[i]!.correlation));
    }
  });

  it('refuses a target whose indicator no rule counts', () => {
    const scenario = smallScenario(
      5,
      2,
      {},
      {
        targets: [
          {
            id: '1',
            indicator: 'unge',
            title: { da: 'u', en: 'u' },
            direction: 'atMost',
            baseline: { month: '2013-12', value: 5, source: ASSUMED },
            month: '2014-02',
          },
        ],
      },
    );
    expect(() => prepareModel(scenario, ruleSetOf(countState('kontant', 'kontanthjaelp')))).toThrow(
      /\/targets\/0\/indicator: no rule counts indicator "unge" \(the rules count kontant\)/,
    );
  });
});

describe('kernels and parameters', () => {
  it('compiles once per rule set when only event parameters are uncertain', () => {
    const share = rule(
      'share',
      { all: [{ fact: 'ydelse', operator: 'equal', value: 'sygedagpenge' }] },
      { type: 'transition', params: { to: 'jobafklaring', probability: { fact: 'param:p' } } },
    );
    share.meta.parameters = {
      p: { label: { da: 'p', en: 'p' }, value: 0.5, unit: 'share', source: { document: 't' } },
    };
    const scenario = smallScenario(5, 3, {}, { parameters: { p: q(0.5, 'share', [0.2, 0.8]) } });
    const model = prepareModel(scenario, ruleSetOf(countState('kontant', 'kontanthjaelp'), share));
    monteCarlo(model, { replications: 6 });
    expect(model.kernels.size).toBe(1);
    const probabilities = new Set([...model.plans.values()].map((plan) => plan.transitions[0]!.probability));
    expect(probabilities.size).toBe(6); // one drawn value per replication, each resolved into its plan
  });
});
