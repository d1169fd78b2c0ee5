import { describe, expect, it } from 'vitest';
import { mergeMonteCarlo } from '../../src/sim/merge-monte-carlo.ts';
import { monteCarlo } from '../../src/sim/monte-carlo.ts';
import type { MonteCarloResult } from '../../src/sim/monte-carlo-result.ts';
import { prepareModel } from '../../src/sim/prepare-model.ts';
import { richRuleSet, richScenario } from './small-model.ts';

const R = 12;

function bytes(array: Float64Array | null): Uint8Array {
  return array ? new Uint8Array(array.buffer, array.byteOffset, array.byteLength) : new Uint8Array(0);
}

/** Every number of a result as bytes and the rest as JSON: equal strings mean identical results. */
function fingerprint(result: MonteCarloResult): string {
  const arrays = [...result.raw.indicators, result.raw.costs, result.raw.states, result.raw.parameters].map(
    (a) => Buffer.from(bytes(a)).toString('base64'),
  );
  const rest = JSON.stringify({
    ...result,
    raw: { from: result.raw.from, to: result.raw.to },
    indicators: result.indicators.map(({ values: _v, ...i }) => i),
  });
  return arrays.join('|') + rest;
}

describe('determinism', () => {
  it('gives identical Float64Array bytes for the same seed in two independent runs', () => {
    const a = monteCarlo(prepareModel(richScenario(), richRuleSet()), { replications: R });
    const b = monteCarlo(prepareModel(richScenario(), richRuleSet()), { replications: R });
    expect(fingerprint(a)).toBe(fingerprint(b));
    // The run is not trivially constant: the replications differ.
    const kontant = a.indicators[0]!.values;
    expect(kontant[24]).not.toBe(kontant[2 * 25 + 24]);
  });

  it('gives identical results when kernels are shared from an earlier model, compiling none again', () => {
    const first = prepareModel(richScenario(), richRuleSet());
    monteCarlo(first, { replications: 2 });
    const compiled = [...first.kernels.values()];
    expect(compiled.length).toBeGreaterThan(0);
    const lever = { ...richScenario(), seed: 11 }; // a lever change: same rules and months
    const shared = prepareModel(lever, richRuleSet(), { kernels: first.kernels });
    const fresh = prepareModel(lever, richRuleSet());
    expect(fingerprint(monteCarlo(shared, { replications: 6 }))).toBe(
      fingerprint(monteCarlo(fresh, { replications: 6 })),
    );
    expect([...shared.kernels.values()]).toEqual(compiled); // the very same kernel objects, none added
  });

  it('gives another result for another seed', () => {
    const a = monteCarlo(prepareModel(richScenario(), richRuleSet()), { replications: 4 });
    const scenario = { ...richScenario(), seed: 7 };
    const b = monteCarlo(prepareModel(scenario, richRuleSet()), { replications: 4 });
    expect(fingerprint(a)).not.toBe(fingerprint(b));
  });

  it('merges slices 0–k and k–R into exactly the one-run result, for every k and in any order', () => {
    const model = prepareModel(richScenario(), richRuleSet());
    const whole = fingerprint(monteCarlo(model, { replications: R }));
    for (const k of [1, 5, 11]) {
      const first = monteCarlo(model, { replications: R, from: 0, to: k });
      const second = monteCarlo(model, { replications: R, from: k, to: R });
      expect(fingerprint(mergeMonteCarlo([second, first]))).toBe(whole);
    }
    const thirds = [0, 4, 8].map((from) => monteCarlo(model, { replications: R, from, to: from + 4 }));
    expect(fingerprint(mergeMonteCarlo(thirds))).toBe(whole);
  });

  it('refuses to merge slices with a gap', () => {
    const model = prepareModel(richScenario(100, 3), richRuleSet());
    const a = monteCarlo(model, { replications: 6, from: 0, to: 2 });
    const b = monteCarlo(model, { replications: 6, from: 3, to: 6 });
    expect(() => mergeMonteCarlo([a, b])).toThrow(/\[2, 3\) out/);
  });

  it('never mutates the scenario, the rule set or the month-0 cohort', () => {
    const scenario = richScenario();
    const ruleSet = richRuleSet();
    const before = JSON.stringify([scenario, ruleSet]);
    const model = prepareModel(scenario, ruleSet);
    const cohortBefore = Buffer.from(bytes(new Float64Array(model.cohort.columns.ydelse))).toString('base64');
    const ages = Int32Array.from(model.cohort.columns.age);
    monteCarlo(model, { replications: 3 });
    expect(JSON.stringify([scenario, ruleSet])).toBe(before);
    expect(Buffer.from(bytes(new Float64Array(model.cohort.columns.ydelse))).toString('base64')).toBe(
      cohortBefore,
    );
    expect(Int32Array.from(model.cohort.columns.age)).toEqual(ages);
    expect(model.cohort.count).toBe(400);
  });
});
