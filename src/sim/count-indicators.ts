/**
 * Step 5's counting: the indicator values of one month from the kernel's output (rule-major rows, so one
 * indicator fed by one rule is one contiguous sum). Counts are persons; a ratio is 100 × numerator / denominator
 * (per cent, 0 when the denominator is 0); a window indicator is the rolling sum of its monthly counts.
 */
import type { EvaluationPlan } from './evaluation-plan.ts';
import type { IndicatorDefinition } from './indicator-layout.ts';

/** Persons [0, count) for whom any of `rows` fired. */
export function countFired(fired: Uint8Array, count: number, rows: readonly number[]): number {
  let total = 0;
  if (rows.length === 1) {
    const offset = (rows[0] ?? 0) * count;
    for (let i = offset; i < offset + count; i++) total += fired[i] ?? 0;
    return total;
  }
  if (rows.length === 0) return 0;
  for (let i = 0; i < count; i++) {
    for (const row of rows) {
      if (fired[row * count + i] === 1) {
        total++;
        break;
      }
    }
  }
  return total;
}

/**
 * Rolling sums of window indicators: ring[k × maxWindow + slot] holds the monthly counts of indicator k.
 * Months up to month 0 are unknown: each holds a seed (a 12-month baseline / 12, so that month 0 shows the
 * baseline), or, without one, month 0's own count (a stationary flow).
 */
export class WindowSums {
  private readonly ring: Float64Array;
  private readonly sums: Float64Array;
  private readonly maxWindow: number;
  private position = 0;

  constructor(private readonly windows: readonly number[]) {
    this.maxWindow = Math.max(1, ...windows);
    this.ring = new Float64Array(windows.length * this.maxWindow);
    this.sums = new Float64Array(windows.length);
  }

  /** Month 0: every month of the window (month 0 and the unknown months before it) holds `perMonth`. */
  start(k: number, perMonth: number): number {
    const w = this.windows[k] ?? 1;
    this.ring.fill(perMonth, k * this.maxWindow, k * this.maxWindow + w);
    const sum = perMonth * w;
    this.sums[k] = sum;
    return sum;
  }

  /** Month t ≥ 1: adds this month's count, drops the month that leaves the window; returns the sum. */
  push(k: number, t: number, count: number): number {
    const w = this.windows[k] ?? 1;
    const slot = k * this.maxWindow + (t % w);
    const sum = (this.sums[k] ?? 0) - (this.ring[slot] ?? 0) + count;
    this.ring[slot] = count;
    this.sums[k] = sum;
    return sum;
  }
}

/** Writes the indicators of month t into out[k × months + t]. */
export function countIndicators(
  plan: EvaluationPlan,
  fired: Uint8Array,
  count: number,
  layout: readonly IndicatorDefinition[],
  windows: WindowSums,
  seeds: Float64Array,
  t: number,
  months: number,
  out: Float64Array,
): void {
  layout.forEach((definition, k) => {
    const rows = plan.indicatorRows[k];
    let value: number;
    if (!rows) value = 0;
    else if (definition.kind === 'ratio') {
      const numerator = countFired(fired, count, rows.numerator);
      const denominator = countFired(fired, count, rows.denominator);
      value = denominator > 0 ? (100 * numerator) / denominator : 0;
    } else value = countFired(fired, count, rows.count);
    if (definition.window > 1) {
      const seed = seeds[k] ?? NaN;
      value = t === 0 ? windows.start(k, Number.isNaN(seed) ? value : seed) : windows.push(k, t, value);
    }
    out[k * months + t] = value;
  });
}
