/**
 * Nelder–Mead downhill simplex minimisation (Nelder & Mead 1965, standard coefficients: reflection 1,
 * expansion 2, contraction ½, shrink ½). Målbar's own because fmin 0.0.4, the package the brief named, throws
 * "i is not defined" in the shrink step under ES-module strict mode (benfred/fmin#20, #23; unreleased fix) and
 * ignores its minTolerance option (benfred/fmin#14).
 */

export interface NelderMeadOptions {
  /** Most iterations. @default 200 × dimensions */
  maxIterations?: number;
  /** Side of the initial simplex along each axis. @default 1 */
  step?: number;
  /** Stop when the function values span less than this and the simplex is within minTolerance. @default 1e-6 */
  minErrorDelta?: number;
  /** Stop when every vertex lies within this distance (per coordinate) of the best. @default 1e-5 */
  minTolerance?: number;
}

export interface NelderMeadSolution {
  x: number[];
  fx: number;
  iterations: number;
}

interface Vertex {
  x: number[];
  fx: number;
}

/** `nelderMead(([a, b]) => (a - 1) ** 2 + (b + 2) ** 2, [0, 0])` → x ≈ [1, −2]. */
export function nelderMead(
  f: (x: number[]) => number,
  x0: readonly number[],
  options: NelderMeadOptions = {},
): NelderMeadSolution {
  const n = x0.length;
  const maxIterations = options.maxIterations ?? 200 * n;
  const step = options.step ?? 1;
  const minErrorDelta = options.minErrorDelta ?? 1e-6;
  const minTolerance = options.minTolerance ?? 1e-5;
  const evaluate = (x: number[]): Vertex => ({ x, fx: f(x) });
  const simplex: Vertex[] = [evaluate([...x0])];
  for (let i = 0; i < n; i++) {
    const x = [...x0];
    x[i] = (x[i] ?? 0) + step;
    simplex.push(evaluate(x));
  }
  const combine = (a: readonly number[], wa: number, b: readonly number[], wb: number): number[] =>
    a.map((v, i) => wa * v + wb * (b[i] ?? 0));
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    simplex.sort((a, b) => a.fx - b.fx);
    const best = simplex[0];
    const worst = simplex[n];
    const secondWorst = simplex[n - 1] ?? best;
    if (!best || !worst || !secondWorst) break;
    const spread = worst.fx - best.fx;
    const size = Math.max(
      ...simplex.slice(1).map((v) => Math.max(...v.x.map((xi, i) => Math.abs(xi - (best.x[i] ?? 0))))),
    );
    // Both, as scipy's xatol and fatol: a flat spread alone is no convergence (a simplex can straddle a
    // minimum), and a small simplex alone may still sit on a slope.
    if (spread < minErrorDelta && size < minTolerance) break;
    const centroid = new Array<number>(n).fill(0);
    for (const vertex of simplex.slice(0, n))
      vertex.x.forEach((v, i) => (centroid[i] = (centroid[i] ?? 0) + v / n));
    const reflected = evaluate(combine(centroid, 2, worst.x, -1));
    if (reflected.fx < best.fx) {
      const expanded = evaluate(combine(centroid, 3, worst.x, -2));
      simplex[n] = expanded.fx < reflected.fx ? expanded : reflected;
      continue;
    }
    if (reflected.fx < secondWorst.fx) {
      simplex[n] = reflected;
      continue;
    }
    const outside = reflected.fx < worst.fx;
    const contracted = evaluate(
      outside ? combine(centroid, 1.5, worst.x, -0.5) : combine(centroid, 0.5, worst.x, 0.5),
    );
    if (contracted.fx < (outside ? reflected.fx : worst.fx)) {
      simplex[n] = contracted;
      continue;
    }
    for (let i = 1; i <= n; i++) {
      const vertex = simplex[i];
      if (vertex) simplex[i] = evaluate(combine(best.x, 0.5, vertex.x, 0.5));
    }
  }
  simplex.sort((a, b) => a.fx - b.fx);
  const best = simplex[0] ?? { x: [...x0], fx: NaN };
  return { x: best.x, fx: best.fx, iterations };
}
