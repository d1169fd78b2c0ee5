/**
 * Merges results of disjoint, contiguous replication slices (from worker threads, or a browser run in steps)
 * into the result of one run: the values are concatenated in replication order and the summaries recomputed,
 * so the merge is byte-identical to monteCarlo over the whole range whatever the slicing.
 */
import type { MonteCarloResult, MonteCarloValues } from './monte-carlo-result.ts';
import { summariseMonteCarlo } from './summarise-monte-carlo.ts';

function concat(parts: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(parts.reduce((n, part) => n + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * `mergeMonteCarlo([monteCarlo(m, {from: 0, to: k}), monteCarlo(m, {from: k, to: R})])` equals
 * `monteCarlo(m)`. Slices may come in any order; they must be of the same run and cover a range without gaps.
 */
export function mergeMonteCarlo(slices: readonly MonteCarloResult[]): MonteCarloResult {
  const sorted = [...slices].sort((a, b) => a.raw.from - b.raw.from);
  const first = sorted[0];
  if (!first) throw new RangeError('mergeMonteCarlo needs at least one slice.');
  const context = first.context;
  let next = first.raw.from;
  for (const slice of sorted) {
    if (slice.context.scenario !== context.scenario || slice.context.seed !== context.seed) {
      throw new Error(
        `Cannot merge slices of different runs (${slice.context.scenario}, seed ${slice.context.seed} and ` +
          `${context.scenario}, seed ${context.seed}).`,
      );
    }
    if (slice.raw.from !== next) {
      throw new Error(`The slices leave replications [${next}, ${slice.raw.from}) out or overlap.`);
    }
    next = slice.raw.to;
  }
  const raws = sorted.map((slice) => slice.raw);
  const costs = raws.map((raw) => raw.costs);
  const raw: MonteCarloValues = {
    from: first.raw.from,
    to: next,
    indicators: context.indicators.map((_, k) =>
      concat(raws.map((r) => r.indicators[k] ?? new Float64Array(0))),
    ),
    costs: costs.every((c): c is Float64Array => c !== null) ? concat(costs) : null,
    states: concat(raws.map((r) => r.states)),
    parameters: concat(raws.map((r) => r.parameters)),
    cappedPersonMonths: raws.reduce((n, r) => n + r.cappedPersonMonths, 0),
  };
  return summariseMonteCarlo(context, raw);
}
