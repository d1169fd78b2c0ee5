/**
 * Which rules can fire for a person in each ydelse. Almost every rule names the ydelse it is about, so for a
 * given ydelse most rules are false whatever the other facts; the generated kernel then branches once on the
 * person's ydelse and computes only the nodes of the rules still possible there (generate-kernel.ts).
 *
 * A three-valued (Kleene) reading of the plan with only the ydelse column known: a leaf on the ydelse column
 * is true or false, every other leaf unknown. A root that reads FALSE cannot fire for that ydelse, so leaving
 * its byte at 0 gives exactly what evaluating it would. Sound by construction; never guesses.
 */
import { STATES } from '../facts.ts';
import type { IntegerRange } from './leaf-predicate.ts';
import type { KernelPlan, PlanNode } from './kernel-plan.ts';

export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export type Truth = typeof FALSE | typeof TRUE | typeof UNKNOWN;

/** Per ydelse code, the truth of every plan node with only the ydelse known; null when no leaf reads ydelse. */
export interface StateDispatch {
  /** The column slot of ydelse. */
  slot: number;
  /** [state][node] truth. */
  truths: readonly (readonly Truth[])[];
}

export function stateDispatch(plan: KernelPlan): StateDispatch | null {
  const slot = plan.columnFacts.indexOf('ydelse');
  if (slot < 0) return null;
  const truths = STATES.map((_, code) => nodeTruths(plan.nodes, slot, code));
  return { slot, truths };
}

function nodeTruths(nodes: readonly PlanNode[], slot: number, code: number): Truth[] {
  const truths: Truth[] = [];
  for (const node of nodes) truths.push(nodeTruth(node, truths, slot, code));
  return truths;
}

function nodeTruth(node: PlanNode, before: readonly Truth[], slot: number, code: number): Truth {
  switch (node.op) {
    case 'not': {
      const arg = before[node.arg] ?? UNKNOWN;
      return arg === UNKNOWN ? UNKNOWN : arg === TRUE ? FALSE : TRUE;
    }
    case 'and': {
      let result: Truth = TRUE;
      for (const arg of node.args) {
        const value = before[arg] ?? UNKNOWN;
        if (value === FALSE) return FALSE;
        if (value === UNKNOWN) result = UNKNOWN;
      }
      return result;
    }
    case 'or': {
      let result: Truth = FALSE;
      for (const arg of node.args) {
        const value = before[arg] ?? UNKNOWN;
        if (value === TRUE) return TRUE;
        if (value === UNKNOWN) result = UNKNOWN;
      }
      return result;
    }
    case 'leaf': {
      const leaf = node.leaf;
      if (leaf.kind === 'codes' && leaf.slot === slot) return ((leaf.mask >>> code) & 1) === 1 ? TRUE : FALSE;
      if (leaf.kind === 'ranges' && leaf.slot === slot) {
        return inRanges(code, leaf.ranges) !== leaf.negated ? TRUE : FALSE;
      }
      return UNKNOWN;
    }
  }
}

function inRanges(value: number, ranges: readonly IntegerRange[]): boolean {
  return ranges.some((range) => value >= range.lo && value <= range.hi);
}
