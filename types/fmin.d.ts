/**
 * Types for the untyped `fmin` package (benfred/fmin, BSD-3): only the downhill-simplex minimiser Målbar's
 * calibration uses. Checked against fmin 0.0.4's src/nelderMead.js.
 */
declare module 'fmin' {
  export interface NelderMeadOptions {
    /** Default 200 × dimensions. */
    maxIterations?: number;
    /** Relative step of the initial simplex for non-zero coordinates (default 1.05). */
    nonZeroDelta?: number;
    /** Step of the initial simplex for zero coordinates (default 0.001). */
    zeroDelta?: number;
    /** Stop when the simplex's function values differ by less than this (default 1e-6). */
    minErrorDelta?: number;
    /** Stop when the simplex's points differ by less than this (default 1e-5). */
    minTolerance?: number;
    /** Record each iteration's simplex in `history`. */
    history?: { x: number[]; fx: number; simplex: number[][] }[];
  }

  export interface NelderMeadSolution {
    x: number[];
    fx: number;
  }

  export function nelderMead(
    f: (x: number[]) => number,
    x0: number[],
    options?: NelderMeadOptions,
  ): NelderMeadSolution;
}
