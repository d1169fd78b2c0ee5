import type { ConditionGraph, NodeRef } from './condition-graph.ts';
import type { CompareOperator, IntegerRange } from './leaf-predicate.ts';
import type { FactName } from '../facts.ts';

/** A leaf predicate with fact names replaced by column slots: the kernels never see a name or a rule string. */
export type PlannedLeaf =
  | { kind: 'codes'; slot: number; mask: number }
  | { kind: 'ranges'; slot: number; ranges: readonly IntegerRange[]; negated: boolean }
  | { kind: 'compare'; left: number; operator: CompareOperator; right: number }
  | {
      kind: 'table';
      left: number;
      right: number;
      table: Uint8Array;
      /** Index of `table` in KernelPlan.tables. */
      tableIndex: number;
      leftOffset: number;
      rightOffset: number;
      rightSize: number;
    };

export type PlanNode =
  | { op: 'leaf'; leaf: PlannedLeaf }
  | { op: 'and' | 'or'; args: readonly number[] }
  | { op: 'not'; arg: number };

/** What both kernels (generated and interpreted) evaluate. */
export interface KernelPlan {
  /** The facts the kernel reads; column slot k holds the column of `columnFacts[k]`. */
  columnFacts: readonly FactName[];
  /** The nodes reachable from a rule, children before parents. */
  nodes: readonly PlanNode[];
  /** Per output row (rule), the node written for it, or a constant. */
  roots: readonly NodeRef[];
  /** Lookup tables of `table` leaves; a table leaf refers to its table by index. */
  tables: readonly Uint8Array[];
}

/** A kernel: writes `out[row · count + person]` for every row of the plan and persons [0, count). */
export type Kernel = (columns: readonly (Int32Array | Uint8Array)[], count: number, out: Uint8Array) => void;

/** Keeps the nodes some rule needs, numbers the facts they read, and collects lookup tables. */
export function planKernel(graph: ConditionGraph, roots: readonly NodeRef[]): KernelPlan {
  const needed = new Array<boolean>(graph.nodes.length).fill(false);
  for (const root of roots) if (typeof root === 'number') needed[root] = true;
  // Children come before parents, so one pass from the end marks everything below a needed node.
  for (let k = graph.nodes.length - 1; k >= 0; k--) {
    const node = graph.nodes[k];
    if (!needed[k] || !node) continue;
    if (node.op === 'not') needed[node.arg] = true;
    if (node.op === 'and' || node.op === 'or') for (const arg of node.args) needed[arg] = true;
  }
  const renumber = new Map<number, number>();
  const slots = new Map<FactName, number>();
  const slot = (fact: FactName): number => {
    const existing = slots.get(fact);
    if (existing !== undefined) return existing;
    slots.set(fact, slots.size);
    return slots.size - 1;
  };
  const index = (old: number): number => {
    const k = renumber.get(old);
    if (k === undefined) throw new Error(`unreachable: node ${old} used before it is planned`);
    return k;
  };
  const nodes: PlanNode[] = [];
  const tables: Uint8Array[] = [];
  graph.nodes.forEach((node, old) => {
    if (!needed[old]) return;
    renumber.set(old, nodes.length);
    if (node.op === 'not') {
      nodes.push({ op: 'not', arg: index(node.arg) });
      return;
    }
    if (node.op !== 'leaf') {
      nodes.push({ op: node.op, args: node.args.map(index) });
      return;
    }
    const p = node.predicate;
    switch (p.kind) {
      case 'codes':
        nodes.push({ op: 'leaf', leaf: { kind: 'codes', slot: slot(p.fact), mask: p.mask } });
        break;
      case 'ranges':
        nodes.push({
          op: 'leaf',
          leaf: { kind: 'ranges', slot: slot(p.fact), ranges: p.ranges, negated: p.negated },
        });
        break;
      case 'compare':
        nodes.push({
          op: 'leaf',
          leaf: { kind: 'compare', left: slot(p.left), operator: p.operator, right: slot(p.right) },
        });
        break;
      case 'table':
        nodes.push({
          op: 'leaf',
          leaf: {
            kind: 'table',
            left: slot(p.left),
            right: slot(p.right),
            table: p.table,
            tableIndex: tables.push(p.table) - 1,
            leftOffset: p.leftOffset,
            rightOffset: p.rightOffset,
            rightSize: p.rightSize,
          },
        });
        break;
    }
  });
  return {
    columnFacts: [...slots.keys()],
    nodes,
    roots: roots.map((root) => (typeof root === 'number' ? index(root) : root)),
    tables,
  };
}
