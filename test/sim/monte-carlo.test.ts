import { describe, expect, it } from 'vitest';
import { STATES } from '../../src/rules/facts.ts';
import { monteCarlo, MonteCarloAbortedError } from '../../src/sim/monte-carlo.ts';
import { prepareModel } from '../../src/sim/prepare-model.ts';
import { countState, q, ruleSetOf, smallScenario } from './small-model.ts';

function sampleMoments(values: Float64Array, replications: number, months: number, t: number) {
  let sum = 0;
  for (let r = 0; r < replications; r++) sum += values[r * months + t] ?? 0;
  const mean = sum / replications;
  let ss = 0;
  for (let r = 0; r < replications; r++) ss += ((values[r * months + t] ?? 0) - mean) ** 2;
  return { mean, variance: ss / (replications - 1) };
}

describe('monteCarlo against known answers', () => {
  it('a one-state cohort with constant exit probability h shrinks as N0(1−h)^t with binomial variance', () => {
    // Analytic: each of N0 persons survives t months independently with q = (1−h)^t, so N_t ~ Binomial(N0, q):
    // E[N_t] = N0 q and Var[N_t] = N0 q (1−q). Tolerances: the mean within 4 standard errors
    // sqrt(Var/R); the sample variance within 30 % (its relative SE is sqrt(2/(R−1)) ≈ 7 % at R = 400).
    const N0 = 1000;
    const h = 0.05;
    const R = 400;
    const scenario = smallScenario(N0, 24, { kontanthjaelp: { exits: { udrejst: q(h) } } });
    const model = prepareModel(scenario, ruleSetOf(countState('kontant', 'kontanthjaelp')));
    const result = monteCarlo(model, { replications: R });
    const values = result.indicators[0]!.values;
    for (const t of [1, 6, 12, 24]) {
      const qt = (1 - h) ** t;
      const expectedMean = N0 * qt;
      const expectedVariance = N0 * qt * (1 - qt);
      const { mean, variance } = sampleMoments(values, R, 25, t);
      expect(Math.abs(mean - expectedMean)).toBeLessThan(4 * Math.sqrt(expectedVariance / R));
      expect(Math.abs(variance / expectedVariance - 1)).toBeLessThan(0.3);
    }
    expect(result.indicators[0]!.mean[0]).toBe(N0);
  });

  it('a two-state chain converges to its stationary distribution b/(a+b)', () => {
    // kontanthjælp → self-support with a = 0.10, back with b = 0.05: the stationary share on kontanthjælp is
    // b/(a+b) = 1/3 (Markov chain, hand calculation); from everyone on kontanthjælp the gap shrinks by
    // (1−a−b)^t = 0.85^60 ≈ 6e-5 by month 60. Tolerance 0.005: 4 × the SE of the mean share, sqrt(p(1−p)/N/R).
    const N = 3000;
    const R = 50;
    const scenario = smallScenario(N, 60, {
      kontanthjaelp: { exits: { selvforsoergelse: q(0.1) } },
      selvforsoergelse: { exits: { kontanthjaelp: q(0.05) } },
    });
    const model = prepareModel(scenario, ruleSetOf(countState('kontant', 'kontanthjaelp')));
    const result = monteCarlo(model, { replications: R });
    const kontant = result.states['kontanthjaelp']!;
    const self = result.states['selvforsoergelse']!;
    expect(kontant[60]! / N).toBeCloseTo(1 / 3, 2);
    expect(Math.abs(kontant[60]! / N - 1 / 3)).toBeLessThan(0.005);
    expect(kontant[60]! + self[60]!).toBe(N);
    // The transient follows the analytic path p_t = 1/3 + (2/3)·0.85^t as well (t = 5: 0.6291).
    expect(Math.abs(kontant[5]! / N - (1 / 3 + (2 / 3) * 0.85 ** 5))).toBeLessThan(0.005);
  });

  it('keeps every person in exactly one state in every month', () => {
    const scenario = smallScenario(500, 12, {
      kontanthjaelp: { exits: { selvforsoergelse: q(0.1), sygedagpenge: q(0.02) } },
      sygedagpenge: { exits: { kontanthjaelp: q(0.2) } },
    });
    const model = prepareModel(scenario, ruleSetOf(countState('kontant', 'kontanthjaelp')));
    const result = monteCarlo(model, { replications: 3 });
    const months = 13;
    for (let r = 0; r < 3; r++) {
      for (let t = 0; t < months; t++) {
        let total = 0;
        for (let s = 0; s < STATES.length; s++)
          total += result.raw.states[(r * STATES.length + s) * months + t]!;
        expect(total).toBe(500);
      }
    }
  });

  it('reports progress after each replication and stops when the signal aborts', () => {
    const scenario = smallScenario(50, 3, { kontanthjaelp: { exits: { udrejst: q(0.1) } } });
    const model = prepareModel(scenario, ruleSetOf(countState('kontant', 'kontanthjaelp')));
    const progress: number[] = [];
    const signal = { aborted: false };
    expect(() =>
      monteCarlo(model, {
        replications: 10,
        signal,
        onProgress: (done, total) => {
          progress.push(done);
          expect(total).toBe(10);
          if (done === 4) signal.aborted = true;
        },
      }),
    ).toThrow(MonteCarloAbortedError);
    expect(progress).toEqual([1, 2, 3, 4]);
  });

  it('refuses a slice outside the replications', () => {
    const scenario = smallScenario(10, 2, {});
    const model = prepareModel(scenario, ruleSetOf(countState('kontant', 'kontanthjaelp')));
    expect(() => monteCarlo(model, { replications: 5, from: 3, to: 6 })).toThrow(/slice \[3, 6\)/);
  });
});
