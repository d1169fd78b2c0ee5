/**
 * The Quantities of a resolved scenario, each with its path, and their values for one replication. An uncertain
 * Quantity is drawn from its own stream, derived from (seed, its path, replication), so that adding or removing
 * one uncertain Quantity leaves every other draw unchanged. The cohort, targets and observations are not drawn.
 */
import { createStream } from '../random/random-stream.ts';
import { drawQuantity } from '../random/draw-quantity.ts';
import type { Quantity } from './scenario.ts';

/** Stream purpose key of Quantity draws ("QTY"). */
const QUANTITY_STREAM_KEY = 0x515459;

/** Fields of a scenario whose Quantities are not drawn per replication. */
const NOT_DRAWN = new Set(['cohort', 'targets', 'observations']);

/** Every drawn Quantity of a scenario, in document order, with its JSON pointer. */
export interface QuantityIndex {
  /** JSON pointers, e.g. "/transitions/kontanthjaelp/exits/selvforsoergelse". */
  readonly paths: readonly string[];
  readonly quantities: readonly Quantity[];
  /** Position of each Quantity object (by identity) in `quantities`. */
  readonly positions: ReadonlyMap<Quantity, number>;
  /** Positions of the Quantities with an uncertainty range. */
  readonly uncertain: readonly number[];
}

export function isQuantity(value: unknown): value is Quantity {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return typeof record['value'] === 'number' && typeof record['unit'] === 'string' && 'source' in record;
}

/** Walks the scenario (any JSON object) and indexes its Quantities. */
export function indexQuantities(scenario: object): QuantityIndex {
  const paths: string[] = [];
  const quantities: Quantity[] = [];
  const visit = (node: unknown, path: string): void => {
    if (isQuantity(node)) {
      paths.push(path);
      quantities.push(node);
      return;
    }
    if (Array.isArray(node)) node.forEach((child, i) => visit(child, `${path}/${i}`));
    else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (path === '' && NOT_DRAWN.has(key)) continue;
        visit(child, `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      }
    }
  };
  visit(scenario, '');
  const positions = new Map(quantities.map((q, i) => [q, i] as const));
  const uncertain = quantities.flatMap((q, i) => (q.uncertainty ? [i] : []));
  return { paths, quantities, positions, uncertain };
}

/** FNV-1a hash of a path: the stream key of the Quantity at that path. */
export function pathKey(path: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    h ^= path.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The values of every indexed Quantity in replication r (certain ones at their value), in index order.
 * `drawQuantities(index, 42, 0)` is the same in every process and for every worker count.
 */
export function drawQuantities(index: QuantityIndex, seed: number, replication: number): Float64Array {
  const values = Float64Array.from(index.quantities, (q) => q.value);
  for (const i of index.uncertain) {
    const quantity = index.quantities[i];
    const path = index.paths[i];
    if (quantity === undefined || path === undefined) continue;
    values[i] = drawQuantity(quantity, createStream(seed, QUANTITY_STREAM_KEY, pathKey(path), replication));
  }
  return values;
}
