/**
 * The rule compiler: a rule set and one parameter set in, a kernel out that evaluates every rule for every
 * person of a columnar cohort in one pass (the contract is CompiledRuleSet in compiled-rule-set.ts). It
 * reproduces json-rules-engine 7.3 exactly; test/rules/compile-differential.test.ts proves it on generated rule
 * sets and persons. The steps, one file each under compile/:
 *   lower-rule-set    conditions → one hash-consed graph (shared conditions and parameters resolved, errors located)
 *   leaf-predicate    each leaf → a predicate on stored codes, by running the engine's operator over the domain
 *   kernel-plan       the nodes the rules need, facts numbered as column slots
 *   generate-kernel   one generated fused loop (`new Function`), or interpret-kernel: eval-free masks
 */
import { lowerRuleSet } from './compile/lower-rule-set.ts';
import { planKernel } from './compile/kernel-plan.ts';
import { generateKernel } from './compile/generate-kernel.ts';
import { interpretKernel } from './compile/interpret-kernel.ts';
import type { Kernel } from './compile/kernel-plan.ts';
import type { CompiledRuleSet, FactColumns } from './compiled-rule-set.ts';
import type { ParameterValues } from './reference-engine.ts';
import type { RuleSet } from './rule-file.ts';

export { CompileError } from './compile/compile-error.ts';

export interface CompileOptions {
  /** Every parameter's value for this run (parameterValues(ruleSet, scenarioOverrides)). */
  parameters: ParameterValues;
  /**
   * true (default): one generated function (`new Function`), the fastest; falls back to the interpreter when
   * the environment forbids eval (a page whose CSP lacks 'unsafe-eval'). false: the eval-free interpreter.
   */
  codegen?: boolean;
  /**
   * What to do with a rule the kernel cannot run (operator decorators, `path`, custom operators or facts):
   * 'throw' (default) a CompileError; 'skip' leaves it out and lists it in slowPathRules, for json-rules-engine.
   * Invalid rules (unknown shared condition or parameter, malformed conditions) always throw.
   */
  onUnsupported?: 'throw' | 'skip';
}

/** A compiled rule set and which kernel it runs on. */
export interface CompiledKernel extends CompiledRuleSet {
  /** `codegen` for the generated loop, `interpreter` for the eval-free one. */
  readonly kernel: 'codegen' | 'interpreter';
}

/**
 * Compiles a rule set for one parameter set.
 *
 * @example
 *   const compiled = compileRuleSet(ruleSet, { parameters: parameterValues(ruleSet) });
 *   const out = new Uint8Array(compiled.ruleNames.length * count);
 *   compiled.evaluate(personsToColumns(persons), count, out); // out[rule * count + person] = 1 when it fires
 */
export function compileRuleSet(ruleSet: RuleSet, options: CompileOptions): CompiledKernel {
  const lowered = lowerRuleSet(ruleSet, options.parameters, options.onUnsupported ?? 'throw');
  const plan = planKernel(
    lowered.graph,
    lowered.rules.map((rule) => rule.root),
  );
  let kernel: Kernel;
  let kind: CompiledKernel['kernel'] = 'interpreter';
  if (options.codegen ?? true) {
    try {
      kernel = generateKernel(plan);
      kind = 'codegen';
    } catch (error) {
      if (!(error instanceof EvalError)) throw error;
      kernel = interpretKernel(plan);
    }
  } else {
    kernel = interpretKernel(plan);
  }
  const rows = lowered.rules.length;
  const evaluate = (columns: FactColumns, count: number, out: Uint8Array): void => {
    if (!Number.isSafeInteger(count) || count < 0)
      throw new RangeError(`count must be a whole number ≥ 0, not ${count}`);
    if (out.length < rows * count) {
      throw new RangeError(
        `out holds ${out.length} bytes; ${rows} rules × ${count} persons need ${rows * count}`,
      );
    }
    const slots = plan.columnFacts.map((fact) => {
      const column = columns[fact];
      if (!column || column.length < count) {
        throw new RangeError(
          `the ${fact} column holds ${column?.length ?? 0} values; ${count} persons need ${count}`,
        );
      }
      return column;
    });
    kernel(slots, count, out);
  };
  return {
    ruleNames: lowered.rules.map((rule) => rule.name),
    events: lowered.rules.map((rule) => rule.event),
    slowPathRules: lowered.slowPathRules,
    kernel: kind,
    evaluate,
  };
}
