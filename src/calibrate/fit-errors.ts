/**
 * Error figures of a model's projection against observed values: RMSE, MAPE and the share of observed values
 * inside the projection's 80 % band.
 */
import type { FitErrors } from './calibration-types.ts';

/** One compared point: observed value, simulated mean and the band's ends. */
export interface ComparedPoint {
  observed: number;
  mean: number;
  low: number;
  high: number;
}

/** `fitErrors([{observed: 100, mean: 90, low: 80, high: 110}])` → {count: 1, rmse: 10, mape: 10, coverage: 1}. */
export function fitErrors(points: readonly ComparedPoint[]): FitErrors {
  if (points.length === 0) return { count: 0, rmse: NaN, mape: NaN, coverage: NaN };
  let squares = 0;
  let percentages = 0;
  let withPercentage = 0;
  let inside = 0;
  for (const point of points) {
    const error = point.mean - point.observed;
    squares += error * error;
    if (point.observed !== 0) {
      percentages += Math.abs(error / point.observed);
      withPercentage++;
    }
    if (point.low <= point.observed && point.observed <= point.high) inside++;
  }
  return {
    count: points.length,
    rmse: Math.sqrt(squares / points.length),
    mape: withPercentage > 0 ? (100 * percentages) / withPercentage : NaN,
    coverage: inside / points.length,
  };
}
