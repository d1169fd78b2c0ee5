/**
 * The calibration's objective. Parameters are optimised in standardised coordinates x (x_j = (θ_j − start_j) /
 * priorSd_j on the log scale of multipliers), so that one simplex step means the same for every parameter and
 * the prior penalty is Σ x_j². The data term is the weighted sum of squares Σ w_i (m_i(θ) − y_i)² over the
 * fitted points, where m_i is the mean of `replications` simulations and w_i = series weight / v_i with v_i the
 * simulation's own variance at the point under the starting values (+ 1, so that month-0 points with no
 * variance do not dominate): −2 log-likelihood of a Gaussian approximation. Every evaluation runs the same
 * replications 0 … R−1 of the same seed: common random numbers, so differences between evaluations come from
 * the parameters, not from the draws.
 */
import type { ResolvedScenario } from '../scenario/scenario.ts';
import { monteCarlo } from '../sim/monte-carlo.ts';
import type { MonteCarloResult } from '../sim/monte-carlo-result.ts';
import type { PreparedModel } from '../sim/prepare-model.ts';
import { parameterUpdates, withQuantities } from './apply-parameters.ts';
import type { CalibrationParameter, SeriesTarget } from './calibration-types.ts';
import { modelForScenario } from './model-for-scenario.ts';
import { seriesSamples } from './series-samples.ts';

/** A fitted point: a series' target at month index t of the run. */
export interface FitPoint {
  target: SeriesTarget;
  t: number;
  observed: number;
  /** The series' weight (before dividing by the variance). */
  weight: number;
}

/** Largest |x_j| the optimiser may reach: 6 prior standard deviations. */
const MAX_STANDARDISED = 6;

/** Natural parameter values (multipliers, shift) of standardised coordinates. */
export function naturalValues(parameters: readonly CalibrationParameter[], x: readonly number[]): number[] {
  return parameters.map((parameter, j) => {
    const z = Math.max(-MAX_STANDARDISED, Math.min(MAX_STANDARDISED, x[j] ?? 0));
    return parameter.scale === 'log'
      ? parameter.start * Math.exp(parameter.priorSd * z)
      : parameter.start + parameter.priorSd * z;
  });
}

/** The replication values of every point, [point][replication]. */
export function pointSamples(result: MonteCarloResult, points: readonly FitPoint[]): Float64Array[] {
  return points.map((point) => seriesSamples(result, point.target, point.t));
}

export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] ?? 0;
  return values.length > 0 ? sum / values.length : NaN;
}

/** The objective's evaluator for one calibration problem. */
export class CalibrationObjective {
  /** 1 / v_i per point (set from the first evaluation, at the starting values). */
  private inverseVariance: number[] | undefined;
  evaluations = 0;

  constructor(
    readonly model: PreparedModel,
    readonly base: ResolvedScenario,
    readonly parameters: readonly CalibrationParameter[],
    readonly points: readonly FitPoint[],
    readonly replications: number,
    readonly seed: number,
    readonly signal?: { readonly aborted: boolean },
  ) {}

  /** Runs the simulations at standardised coordinates x. */
  simulate(x: readonly number[], replications = this.replications): MonteCarloResult {
    if (this.signal?.aborted) throw new Error('The calibration was stopped.');
    this.evaluations++;
    const updates = parameterUpdates(this.base, this.parameters, naturalValues(this.parameters, x));
    const scenario = { ...withQuantities(this.base, updates), seed: this.seed };
    return monteCarlo(modelForScenario(this.model, scenario), { replications });
  }

  /** The weights w_i = series weight / v_i (fixed by the first call, at the starting values). */
  weights(samples?: readonly Float64Array[]): number[] {
    if (!this.inverseVariance) {
      const start = samples ?? pointSamples(this.simulate(this.parameters.map(() => 0)), this.points);
      this.inverseVariance = start.map((values) => {
        const m = mean(values);
        let squares = 0;
        for (const value of values) squares += (value - m) ** 2;
        return 1 / (squares / Math.max(1, values.length - 1) + 1);
      });
    }
    return this.points.map((point, i) => point.weight * (this.inverseVariance?.[i] ?? 1));
  }

  /** The data term Σ w_i (m_i − y_i)² of simulated means. */
  dataTerm(means: readonly number[]): number {
    const weights = this.weights();
    return this.points.reduce((sum, point, i) => {
      const error = (means[i] ?? NaN) - point.observed;
      return sum + (weights[i] ?? 0) * error * error;
    }, 0);
  }

  /** Data term plus prior penalty Σ x_j² at standardised coordinates x. */
  value(x: readonly number[]): number {
    const samples = pointSamples(this.simulate(x), this.points);
    this.weights(samples);
    const prior = x.reduce((sum, z) => sum + z * z, 0);
    return this.dataTerm(samples.map(mean)) + prior;
  }
}
