import { negatePredicate, predicateKey } from './leaf-predicate.ts';
import type { LeafPredicate } from './leaf-predicate.ts';

/** A node of the graph: a leaf predicate, or all / any / not of earlier nodes (by index). */
export type GraphNode =
  | { op: 'leaf'; predicate: Exclude<LeafPredicate, { kind: 'const' }> }
  | { op: 'and' | 'or'; args: readonly number[] }
  | { op: 'not'; arg: number };

/** A node index, or a constant when the condition folded to one. */
export type NodeRef = number | boolean;

/**
 * The conditions of all rules as one hash-consed graph: an identical leaf or sub-condition (a shared condition
 * referenced by several rules, or the same test written twice) is one node, computed once per person. Nodes are
 * created children first, so their order is an evaluation order. Constants are folded the way json-rules-engine
 * evaluates them: `all: []` and `any: []` are true.
 */
export class ConditionGraph {
  readonly nodes: GraphNode[] = [];
  private readonly byKey = new Map<string, number>();

  leaf(predicate: LeafPredicate): NodeRef {
    if (predicate.kind === 'const') return predicate.value;
    return this.intern(`leaf ${predicateKey(predicate)}`, { op: 'leaf', predicate });
  }

  all(args: readonly NodeRef[]): NodeRef {
    return this.junction('and', args, false);
  }

  any(args: readonly NodeRef[]): NodeRef {
    return this.junction('or', args, true);
  }

  not(arg: NodeRef): NodeRef {
    if (typeof arg === 'boolean') return !arg;
    const node = this.nodes[arg];
    if (node?.op === 'not') return node.arg;
    if (node?.op === 'leaf') return this.leaf(negatePredicate(node.predicate));
    return this.intern(`not ${arg}`, { op: 'not', arg });
  }

  /** `and` stops at a false argument, `or` at a true one (`absorbing`); the other constant is dropped. */
  private junction(op: 'and' | 'or', args: readonly NodeRef[], absorbing: boolean): NodeRef {
    // json-rules-engine's quirk: an empty `any` is true as well as an empty `all`.
    if (args.length === 0) return true;
    const kept = new Set<number>();
    for (const arg of args) {
      if (arg === absorbing) return absorbing;
      if (typeof arg === 'number') kept.add(arg);
    }
    const sorted = [...kept].sort((a, b) => a - b);
    if (sorted.length === 0) return !absorbing;
    if (sorted.length === 1 && sorted[0] !== undefined) return sorted[0];
    return this.intern(`${op} ${sorted.join(',')}`, { op, args: sorted });
  }

  private intern(key: string, node: GraphNode): number {
    const existing = this.byKey.get(key);
    if (existing !== undefined) return existing;
    this.nodes.push(node);
    this.byKey.set(key, this.nodes.length - 1);
    return this.nodes.length - 1;
  }
}
