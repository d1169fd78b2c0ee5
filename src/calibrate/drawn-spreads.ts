/**
 * How much of the calibrated parameters' uncertainty the scenario's Quantities carry. The Monte Carlo draws
 * every Quantity from its own stream, independently; the posterior of the parameters is not independent (an
 * exit and an inflow rate of the same stock are tied together by the data: their marginal spreads are large
 * but their ratio is well known). Drawn independently with their marginal spreads they would scatter the
 * projection far more than the data allow. So the drawn spreads are the conditional ones (1/√precision_jj),
 * scaled by one factor c chosen so that the independent draws give the projected series the same parameter
 * variance, summed over the run's months, as the joint posterior does (delta method with the Jacobian of the
 * projection): Σ_p J_p Cov J_pᵀ = c² Σ_p Σ_j J_pj² cond_j². Each is capped at the marginal spread.
 */
import { invertSymmetric } from './invert-symmetric.ts';

/** Drawn standard deviations of the standardised coordinates (multiply by priorSd for the optimisation scale). */
export function drawnSpreads(
  covariance: readonly (readonly number[])[],
  projectedJacobian: readonly (readonly number[])[],
): number[] {
  const k = covariance.length;
  const marginal = covariance.map((row, j) => Math.sqrt(Math.max(0, row[j] ?? 0)));
  let precision: number[][];
  try {
    precision = invertSymmetric(covariance);
  } catch {
    return marginal;
  }
  const conditional = precision.map((row, j) => 1 / Math.sqrt(Math.max(1e-12, row[j] ?? 1)));
  let joint = 0;
  let independent = 0;
  for (const row of projectedJacobian) {
    for (let a = 0; a < k; a++) {
      const ja = row[a] ?? 0;
      independent += ja * ja * (conditional[a] ?? 0) ** 2;
      for (let b = 0; b < k; b++) joint += ja * (covariance[a]?.[b] ?? 0) * (row[b] ?? 0);
    }
  }
  const c = independent > 0 && joint > 0 ? Math.sqrt(joint / independent) : 1;
  return conditional.map((sd, j) => Math.min(c * sd, marginal[j] ?? 0));
}
