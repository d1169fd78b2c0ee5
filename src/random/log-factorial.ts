/** ln(k!) for whole k ≥ 0: a table below 256, Stirling's series above (relative error < 1e-15 there). */

const TABLE_SIZE = 256;
const TABLE = new Float64Array(TABLE_SIZE);
for (let k = 1; k < TABLE_SIZE; k++) TABLE[k] = (TABLE[k - 1] ?? 0) + Math.log(k);

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

export function logFactorial(k: number): number {
  if (k < TABLE_SIZE) {
    const value = TABLE[k];
    if (value === undefined) throw new RangeError(`logFactorial needs a whole number ≥ 0, got ${k}`);
    return value;
  }
  // ln Γ(n + 1) with n = k: (n + 1/2) ln n − n + ½ ln 2π + 1/(12n) − 1/(360n³) + 1/(1260n⁵).
  const n = k;
  const inv = 1 / n;
  const inv2 = inv * inv;
  return (n + 0.5) * Math.log(n) - n + HALF_LOG_TWO_PI + inv * (1 / 12 - inv2 * (1 / 360 - inv2 / 1260));
}
