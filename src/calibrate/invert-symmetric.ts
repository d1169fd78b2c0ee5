/**
 * The inverse of a small symmetric positive definite matrix (the calibration's k × k curvature, k ≤ ~20) by
 * Gauss–Jordan elimination with partial pivoting. Matrices are arrays of rows.
 */

/** `invertSymmetric([[4, 0], [0, 2]])` → [[0.25, 0], [0, 0.5]]; throws when the matrix is singular. */
export function invertSymmetric(matrix: readonly (readonly number[])[]): number[][] {
  const n = matrix.length;
  const a = matrix.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  const at = (i: number, j: number): number => a[i]?.[j] ?? NaN;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let i = col + 1; i < n; i++) if (Math.abs(at(i, col)) > Math.abs(at(pivot, col))) pivot = i;
    const pivotRow = a[pivot];
    const current = a[col];
    if (!pivotRow || !current || !(Math.abs(at(pivot, col)) > 1e-300)) {
      throw new RangeError('The matrix is singular; it has no inverse.');
    }
    a[pivot] = current;
    a[col] = pivotRow;
    const scale = 1 / (pivotRow[col] ?? NaN);
    for (let j = 0; j < 2 * n; j++) pivotRow[j] = (pivotRow[j] ?? 0) * scale;
    for (let i = 0; i < n; i++) {
      const row = a[i];
      if (i === col || !row) continue;
      const factor = row[col] ?? 0;
      if (factor === 0) continue;
      for (let j = 0; j < 2 * n; j++) row[j] = (row[j] ?? 0) - factor * (pivotRow[j] ?? 0);
    }
  }
  return a.map((row) => row.slice(n));
}
