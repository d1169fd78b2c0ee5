import { describe, expect, it } from 'vitest';
import { fitErrors } from '../../src/calibrate/fit-errors.ts';

describe('fitErrors', () => {
  it('computes RMSE, MAPE and band coverage by hand-checked formulas', () => {
    const errors = fitErrors([
      { observed: 100, mean: 90, low: 80, high: 110 }, // error −10, 10 %, inside
      { observed: 50, mean: 60, low: 55, high: 65 }, // error +10, 20 %, outside
    ]);
    expect(errors.count).toBe(2);
    expect(errors.rmse).toBeCloseTo(10, 12);
    expect(errors.mape).toBeCloseTo(15, 12);
    expect(errors.coverage).toBe(0.5);
  });

  it('leaves observed zeros out of MAPE and gives NaN without points', () => {
    expect(fitErrors([{ observed: 0, mean: 1, low: 0, high: 2 }]).mape).toBeNaN();
    const none = fitErrors([]);
    expect(none.count).toBe(0);
    expect(none.rmse).toBeNaN();
    expect(none.coverage).toBeNaN();
  });
});
