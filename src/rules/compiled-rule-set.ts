/**
 * The contract of the fast path: a rule set compiled for one parameter set into a kernel that evaluates every
 * rule for every person of a columnar cohort in one pass. Implemented by compileRuleSet (compile-rule-set.ts);
 * used by the simulator, `maalbar classify` and the bench. json-rules-engine (reference-engine.ts) is the
 * reference semantics it must reproduce exactly.
 */
import type { FactName } from './facts.ts';
import type { RuleEvent } from './rule-file.ts';

/** One typed-array column per fact, in the encoding of facts.ts. Rows beyond the count are ignored. */
export type FactColumns = { [K in FactName]: Int32Array | Uint8Array };

/** A rule's event with every `{"fact": "param:…"}` replaced by the parameter's number. */
export type ResolvedEvent = RuleEvent;

export interface CompiledRuleSet {
  /** Rule names in the order of the output rows. */
  readonly ruleNames: readonly string[];
  /** The event of each rule, parameters resolved, in the same order. */
  readonly events: readonly ResolvedEvent[];
  /**
   * Evaluates every rule for persons [0, count) and writes `out[rule * count + person]` = 1 when the rule fires,
   * else 0 (rule-major, so that counting one indicator is one contiguous sum). `out.length` ≥ rules × count.
   */
  evaluate(columns: FactColumns, count: number, out: Uint8Array): void;
  /** Rules that could not be compiled and run on json-rules-engine instead (empty when all compiled). */
  readonly slowPathRules: readonly string[];
}
