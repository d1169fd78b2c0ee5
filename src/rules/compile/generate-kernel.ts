import { checkKernelSource } from './check-kernel-source.ts';
import type { IntegerRange } from './leaf-predicate.ts';
import type { Kernel, KernelPlan, PlannedLeaf, PlanNode } from './kernel-plan.ts';
import { FALSE, stateDispatch, TRUE, UNKNOWN, type StateDispatch, type Truth } from './state-dispatch.ts';

/**
 * The fast kernel: ONE generated function that loops over persons once, reads each used column once per
 * person, computes each distinct node once (shared across rules) with branch-free integer operations, and
 * writes every rule's byte. Needs `new Function` (a page's CSP must allow 'unsafe-eval'; see interpretKernel).
 *
 * Safety: the source is built only from integers this generator produced (checked with Number.isSafeInteger)
 * and numbered identifiers; fact names and rule values never reach it, and checkKernelSource verifies that.
 *
 * The generated body looks like:
 *   const a0 = cols[0]; const o1 = n * 1;
 *   for (let i = 0; i < n; i++) { const c0 = a0[i]; const v0 = (c0 <= 29); … out[o1 + i] = v4; }
 * and, when rules read the ydelse, branches on it first: `switch (c2) { case 1: { … } … default: { … } }`.
 */
export function generateKernelSource(plan: KernelPlan, dispatch = stateDispatch(plan)): string {
  const head: string[] = [];
  plan.columnFacts.forEach((_, k) => head.push(`const a${k} = cols[${k}];`));
  plan.tables.forEach((_, k) => head.push(`const T${k} = tables[${k}];`));
  plan.roots.forEach((_, r) => head.push(`const o${r} = n * ${int(r)};`));
  const body = dispatch ? dispatchedBody(plan, dispatch) : fullBody(plan, -1);
  const source = `${head.join('\n')}\nfor (let i = 0; i < n; i++) {\n  ${body.join('\n  ')}\n}\n`;
  checkKernelSource(source);
  return source;
}

/** Every column read, every node computed, every row written (`skipSlot`: a column read before). */
function fullBody(plan: KernelPlan, skipSlot: number): string[] {
  const body: string[] = [];
  plan.columnFacts.forEach((_, k) => {
    if (k !== skipSlot) body.push(`const c${k} = a${k}[i];`);
  });
  plan.nodes.forEach((node, k) => body.push(`const v${k} = ${nodeExpression(node)};`));
  plan.roots.forEach((root, r) => {
    body.push(`out[o${r} + i] = ${typeof root === 'number' ? `v${root}` : root ? '1' : '0'};`);
  });
  return body;
}

/**
 * One branch per ydelse computing only the nodes of the rules that can still fire there (state-dispatch.ts);
 * the rows of the others stay at the 0 the caller wrote. Unknown codes take the full body.
 */
function dispatchedBody(plan: KernelPlan, dispatch: StateDispatch): string[] {
  const y = dispatch.slot;
  const cases = dispatch.truths.map((truths, code) => {
    const lines = caseBody(plan, truths, y);
    return lines.length === 0
      ? `case ${int(code)}: break;`
      : `case ${int(code)}: {\n    ${lines.join('\n    ')}\n    break;\n  }`;
  });
  return [
    `const c${y} = a${y}[i];`,
    `switch (c${y}) {`,
    ...cases,
    `default: {\n    ${fullBody(plan, y).join('\n    ')}\n  }`,
    '}',
  ];
}

function caseBody(plan: KernelPlan, truths: readonly Truth[], y: number): string[] {
  const written = plan.roots.flatMap((root, r) =>
    root === true || (typeof root === 'number' && truths[root] !== FALSE) ? [r] : [],
  );
  const needed = new Array<boolean>(plan.nodes.length).fill(false);
  for (const r of written) {
    const root = plan.roots[r];
    if (typeof root === 'number') needed[root] = true;
  }
  // Children come before parents; a node whose truth the ydelse decides needs none of its children.
  for (let k = plan.nodes.length - 1; k >= 0; k--) {
    const node = plan.nodes[k];
    if (!needed[k] || !node || truths[k] !== UNKNOWN) continue;
    if (node.op === 'not') needed[node.arg] = true;
    if (node.op === 'and' || node.op === 'or') for (const arg of node.args) needed[arg] = true;
  }
  const slots = new Set<number>();
  const nodeLines: string[] = [];
  plan.nodes.forEach((node, k) => {
    if (!needed[k]) return;
    const truth = truths[k];
    if (truth !== UNKNOWN) {
      nodeLines.push(`const v${k} = ${truth === TRUE ? '1' : '0'};`);
      return;
    }
    if (node.op === 'leaf') for (const slot of leafSlots(node.leaf)) if (slot !== y) slots.add(slot);
    nodeLines.push(`const v${k} = ${nodeExpression(node)};`);
  });
  const reads = [...slots].sort((a, b) => a - b).map((k) => `const c${k} = a${k}[i];`);
  const writes = written.map((r) => {
    const root = plan.roots[r];
    return `out[o${r} + i] = ${typeof root === 'number' ? `v${root}` : '1'};`;
  });
  return writes.length === 0 ? [] : [...reads, ...nodeLines, ...writes];
}

function leafSlots(leaf: PlannedLeaf): number[] {
  switch (leaf.kind) {
    case 'codes':
    case 'ranges':
      return [leaf.slot];
    case 'compare':
    case 'table':
      return [leaf.left, leaf.right];
  }
}

/** Compiles the generated source; throws an EvalError where the page's CSP forbids eval. */
export function generateKernel(plan: KernelPlan): Kernel {
  const dispatch = stateDispatch(plan);
  const source = generateKernelSource(plan, dispatch);
  const generated = new Function('cols', 'tables', 'n', 'out', source) as (
    columns: readonly (Int32Array | Uint8Array)[],
    tables: readonly Uint8Array[],
    count: number,
    out: Uint8Array,
  ) => void;
  const tables = plan.tables;
  if (!dispatch) return (columns, count, out) => generated(columns, tables, count, out);
  // The branches write only the rows that can fire; every other row must read 0.
  const rows = plan.roots.length;
  return (columns, count, out) => {
    out.fill(0, 0, rows * count);
    generated(columns, tables, count, out);
  };
}

/** An integer literal; anything else is a bug in the compiler, never emitted. */
function int(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`kernel generator: ${value} is not a safe integer`);
  return value < 0 ? `(${String(value)})` : String(value);
}

function nodeExpression(node: PlanNode): string {
  switch (node.op) {
    case 'leaf':
      return leafExpression(node.leaf);
    case 'not':
      return `(v${int(node.arg)} ^ 1)`;
    case 'and':
    case 'or':
      return `(${node.args.map((arg) => `v${int(arg)}`).join(node.op === 'and' ? ' & ' : ' | ')})`;
  }
}

function leafExpression(leaf: PlannedLeaf): string {
  switch (leaf.kind) {
    case 'codes': {
      const c = `c${int(leaf.slot)}`;
      const bits = leaf.mask.toString(2);
      // A single code is the common case (`ydelse equal "kontanthjaelp"`): a plain comparison.
      if (bits.indexOf('1') === bits.lastIndexOf('1')) return `(${c} === ${int(bits.length - 1)})`;
      return `((${int(leaf.mask)} >>> ${c}) & 1)`;
    }
    case 'ranges':
      return rangesExpression(`c${int(leaf.slot)}`, leaf.ranges, leaf.negated);
    case 'compare':
      return `(c${int(leaf.left)} ${leaf.operator} c${int(leaf.right)})`;
    case 'table': {
      const left =
        leaf.leftOffset === 0 ? `c${int(leaf.left)}` : `(c${int(leaf.left)} - ${int(leaf.leftOffset)})`;
      const right =
        leaf.rightOffset === 0 ? `c${int(leaf.right)}` : `(c${int(leaf.right)} - ${int(leaf.rightOffset)})`;
      return `T${int(leaf.tableIndex)}[${left} * ${int(leaf.rightSize)} + ${right}]`;
    }
  }
}

function rangesExpression(c: string, ranges: readonly IntegerRange[], negated: boolean): string {
  const only = ranges.length === 1 ? ranges[0] : undefined;
  if (only && (only.lo === -Infinity || only.hi === Infinity || only.lo === only.hi)) {
    // One comparison: negate it by flipping the operator.
    if (only.lo === -Infinity) return `(${c} ${negated ? '>' : '<='} ${int(only.hi)})`;
    if (only.hi === Infinity) return `(${c} ${negated ? '<' : '>='} ${int(only.lo)})`;
    return `(${c} ${negated ? '!==' : '==='} ${int(only.lo)})`;
  }
  const terms = ranges.map((range) => {
    if (range.lo === -Infinity) return `(${c} <= ${int(range.hi)})`;
    if (range.hi === Infinity) return `(${c} >= ${int(range.lo)})`;
    if (range.lo === range.hi) return `(${c} === ${int(range.lo)})`;
    return `((${c} >= ${int(range.lo)}) & (${c} <= ${int(range.hi)}))`;
  });
  const any = `(${terms.join(' | ')})`;
  return negated ? `(${any} ^ 1)` : any;
}
