/**
 * The calibrated parameters' uncertainty by a sandwich (Gauss–Newton) approximation around the optimum, in
 * standardised coordinates x (prior precision I):
 *
 *   H = JᵀWJ + I,   M = φ · (1 + 1/R) · JᵀW Σ W J + I,   Cov(x) ≈ H⁻¹ M H⁻¹
 *
 * J is the Jacobian of the simulated means at the fitted points (central differences, common random numbers),
 * W the objective's weights, Σ the covariance of the points over the simulation's replications — the noise an
 * observed history has around the model's mean, autocorrelation within a series included, which is why a
 * sandwich rather than (JᵀWJ)⁻¹: the months of one series are not independent data. (1 + 1/R) adds the Monte
 * Carlo error of the R-replication mean the optimiser fitted. φ ≥ 1 widens everything when the residuals are
 * larger than the simulation's own noise explains (model error, measurement differences).
 */
import type { CalibrationObjective, FitPoint } from './calibration-objective.ts';
import { mean, pointSamples } from './calibration-objective.ts';
import { invertSymmetric } from './invert-symmetric.ts';

/** Step of the central differences in standardised coordinates (0.4 × 0.5 = 0.2 on log scale, ±22 %). */
export const JACOBIAN_STEP = 0.4;

export interface ParameterCovariance {
  /** Covariance of the standardised coordinates. */
  covariance: number[][];
  /** ∂ mean / ∂ x_j at each of the `projected` points: how the parameters move the projection. */
  projectedJacobian: number[][];
  /** φ (≥ 1). */
  dispersion: number;
  /**
   * The Gauss–Newton step from x towards the optimum, −H⁻¹ (JᵀW(m − y) + x): it follows a narrow valley (an
   * exit and an inflow rate that trade off) that the simplex crawls along.
   */
  gaussNewtonStep: number[];
}

function multiply(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number[][] {
  return a.map((row) => (b[0] ?? []).map((_, j) => row.reduce((s, v, l) => s + v * (b[l]?.[j] ?? 0), 0)));
}

/** The covariance of x at the optimum `x`; runs 2k + 1 simulations. */
export function parameterCovariance(
  objective: CalibrationObjective,
  x: readonly number[],
  projected: readonly FitPoint[],
  onStep?: (done: number, total: number) => void,
): ParameterCovariance {
  const k = x.length;
  const total = 2 * k + 1;
  const atOptimum = pointSamples(objective.simulate(x), objective.points);
  onStep?.(1, total);
  const means = atOptimum.map(mean);
  const weights = objective.weights();
  // J[i][j] = ∂ m_i / ∂ x_j.
  const jacobian = means.map(() => new Array<number>(k).fill(0));
  const projectedJacobian = projected.map(() => new Array<number>(k).fill(0));
  const difference = (rows: number[][], j: number, up: readonly number[], down: readonly number[]): void =>
    up.forEach((m, i) => {
      const row = rows[i];
      if (row) row[j] = (m - (down[i] ?? NaN)) / (2 * JACOBIAN_STEP);
    });
  for (let j = 0; j < k; j++) {
    const up = [...x];
    const down = [...x];
    up[j] = (up[j] ?? 0) + JACOBIAN_STEP;
    down[j] = (down[j] ?? 0) - JACOBIAN_STEP;
    const upResult = objective.simulate(up);
    const downResult = objective.simulate(down);
    difference(
      jacobian,
      j,
      pointSamples(upResult, objective.points).map(mean),
      pointSamples(downResult, objective.points).map(mean),
    );
    difference(
      projectedJacobian,
      j,
      pointSamples(upResult, projected).map(mean),
      pointSamples(downResult, projected).map(mean),
    );
    onStep?.(3 + 2 * j, total);
  }
  const weighted = jacobian.map((row, i) => row.map((v) => v * (weights[i] ?? 0))); // WJ
  const curvature = multiply(
    jacobian[0] ? jacobian[0].map((_, a) => jacobian.map((row) => row[a] ?? 0)) : [],
    weighted,
  ); // JᵀWJ
  const replications = atOptimum[0]?.length ?? 0;
  const meat = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  let traceWSigma = 0;
  for (let r = 0; r < replications; r++) {
    // g = JᵀW (x_r − m): one replication's pull on the parameters.
    const g = new Array<number>(k).fill(0);
    atOptimum.forEach((values, i) => {
      const deviation = (values[r] ?? NaN) - (means[i] ?? NaN);
      traceWSigma += ((weights[i] ?? 0) * deviation * deviation) / Math.max(1, replications - 1);
      weighted[i]?.forEach((v, j) => (g[j] = (g[j] ?? 0) + v * deviation));
    });
    for (let a = 0; a < k; a++) {
      const row = meat[a];
      if (row)
        for (let b = 0; b < k; b++)
          row[b] = (row[b] ?? 0) + ((g[a] ?? 0) * (g[b] ?? 0)) / Math.max(1, replications - 1);
    }
  }
  const inflation = 1 + 1 / Math.max(1, replications);
  const residual = objective.dataTerm(means);
  const expected = Math.max(1, traceWSigma * inflation - k);
  const dispersion = Math.max(1, residual / expected);
  const h = curvature.map((row, a) => row.map((v, b) => v + (a === b ? 1 : 0)));
  const m = meat.map((row, a) => row.map((v, b) => dispersion * inflation * v + (a === b ? 1 : 0)));
  const hInverse = invertSymmetric(h);
  const gradient = x.map(
    (xj, j) =>
      xj +
      objective.points.reduce(
        (sum, point, i) => sum + (weighted[i]?.[j] ?? 0) * ((means[i] ?? NaN) - point.observed),
        0,
      ),
  );
  const gaussNewtonStep = hInverse.map((row) => -row.reduce((sum, v, j) => sum + v * (gradient[j] ?? 0), 0));
  return {
    covariance: multiply(multiply(hInverse, m), hInverse),
    projectedJacobian,
    dispersion,
    gaussNewtonStep,
  };
}
