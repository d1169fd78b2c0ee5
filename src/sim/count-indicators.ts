/**
 * Step 5's counting: the indicator values of one month from the kernel's output (rule-major rows, so one
 * indicator fed by one rule is one contiguous sum). Counts are persons; a ratio is 100 × numerator / denominator
 * (per cent, 0 when the denominator is 0); a window indicator is the rolling sum of its monthly counts.
 */
import type { EvaluationPlan } from './evaluation-plan.ts';
import type { IndicatorDefinition } from './indicator-layout.ts';

/** Words summed before their byte lanes (each at most this many ones) are added up: lanes never carry. */
const WORDS_PER_FOLD = 127;

/**
 * Persons [0, count) for whom any of `rows` fired, in `fired[row × stride + person]`. With a stride that is a
 * multiple of 4 and bytes beyond `count` in each row set to 0 (simulate-replication pads it so), four persons
 * are summed at a time.
 */
export function countFired(
  fired: Uint8Array,
  count: number,
  rows: readonly number[],
  stride = count,
): number {
  if (rows.length === 0) return 0;
  if (stride % 4 === 0 && fired.byteOffset % 4 === 0) return countFiredWords(fired, stride, rows);
  let total = 0;
  if (rows.length === 1) {
    const offset = (rows[0] ?? 0) * stride;
    for (let i = offset; i < offset + count; i++) total += fired[i] ?? 0;
    return total;
  }
  for (let i = 0; i < count; i++) {
    for (const row of rows) {
      if (fired[row * stride + i] === 1) {
        total++;
        break;
      }
    }
  }
  return total;
}

/** The last word view made, reused while the kernel output keeps its buffer (a view per call is garbage). */
let lastWords: Int32Array = new Int32Array(0);

/** countFired over 32-bit words: OR of the rows' words (bytes are 0 or 1), byte lanes summed in blocks. */
function countFiredWords(fired: Uint8Array, stride: number, rows: readonly number[]): number {
  if (
    lastWords.buffer !== fired.buffer ||
    lastWords.byteOffset !== fired.byteOffset ||
    lastWords.length !== fired.length >> 2
  ) {
    lastWords = new Int32Array(fired.buffer, fired.byteOffset, fired.length >> 2);
  }
  const words = lastWords;
  const perRow = stride >> 2;
  const first = ((rows[0] ?? 0) * stride) >> 2;
  let total = 0;
  for (let start = 0; start < perRow; start += WORDS_PER_FOLD) {
    const end = Math.min(perRow, start + WORDS_PER_FOLD);
    let lanes = 0;
    if (rows.length === 1) {
      for (let w = start; w < end; w++) lanes += words[first + w] ?? 0;
    } else {
      for (let w = start; w < end; w++) {
        let any = 0;
        for (const row of rows) any |= words[((row * stride) >> 2) + w] ?? 0;
        lanes += any;
      }
    }
    total += (lanes & 0xff) + ((lanes >>> 8) & 0xff) + ((lanes >>> 16) & 0xff) + (lanes >>> 24);
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

/** Writes the indicators of month t into out[k × months + t]; `fired` has `stride` bytes per rule row. */
export function countIndicators(
  plan: EvaluationPlan,
  fired: Uint8Array,
  count: number,
  stride: number,
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
      const numerator = countFired(fired, count, rows.numerator, stride);
      const denominator = countFired(fired, count, rows.denominator, stride);
      value = denominator > 0 ? (100 * numerator) / denominator : 0;
    } else value = countFired(fired, count, rows.count, stride);
    if (definition.window > 1) {
      const seed = seeds[k] ?? NaN;
      value = t === 0 ? windows.start(k, Number.isNaN(seed) ? value : seed) : windows.push(k, t, value);
    }
    out[k * months + t] = value;
  });
}
