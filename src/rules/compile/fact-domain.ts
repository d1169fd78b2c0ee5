import { FACTS, decodeFactValue } from '../facts.ts';
import type { FactName, FactValue } from '../facts.ts';

/**
 * Every value a fact can take, as json-rules-engine sees it, with the code stored in its column. Facts have
 * finite domains (integers from min to max, true/false, a category's values), which is what lets the compiler
 * evaluate json-rules-engine's own operator on each value instead of re-deriving its coercion rules.
 */
export interface FactDomain {
  fact: FactName;
  /** `small` for category and boolean facts (few codes, 0…n−1); `integer` for integer facts. */
  size: 'small' | 'integer';
  /** The code of `values[0]`: the minimum for integer facts, 0 otherwise. */
  offset: number;
  /** `values[k]` is the value of code `offset + k`. */
  values: readonly FactValue[];
}

const cache = new Map<FactName, FactDomain>();

export function factDomain(fact: FactName): FactDomain {
  const cached = cache.get(fact);
  if (cached) return cached;
  const definition = FACTS[fact];
  let domain: FactDomain;
  if (definition.kind === 'integer') {
    const values: number[] = [];
    for (let v = definition.min; v <= definition.max; v++) values.push(v);
    domain = { fact, size: 'integer', offset: definition.min, values };
  } else {
    const count = definition.kind === 'boolean' ? 2 : definition.values.length;
    const values: FactValue[] = [];
    for (let code = 0; code < count; code++) values.push(decodeFactValue(fact, code));
    domain = { fact, size: 'small', offset: 0, values };
  }
  cache.set(fact, domain);
  return domain;
}
