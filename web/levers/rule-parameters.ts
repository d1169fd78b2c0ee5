/**
 * The rule parameters (label, unit, default, source) declared in the bundled rule files' `meta.parameters`,
 * read from the JSON directly: the page needs them for the reform levers without validating the whole rule
 * set, which the worker does. A file or parameter of an unexpected shape is skipped; the suite's rule tests
 * and the worker's validation report such files with their location.
 */
import type { RuleSetSource } from '../../src/rules/load-rule-set.ts';
import type { RuleParameter } from '../../src/rules/rule-file.ts';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isRuleParameter(value: unknown): value is RuleParameter {
  return (
    isRecord(value) &&
    isRecord(value['label']) &&
    typeof value['label']['da'] === 'string' &&
    typeof value['value'] === 'number' &&
    typeof value['unit'] === 'string' &&
    isRecord(value['source'])
  );
}

/** `ruleParameters(BUNDLED_RULES.files)` → every declared parameter by name (the first declaration wins). */
export function ruleParameters(files: readonly RuleSetSource[]): Map<string, RuleParameter> {
  const parameters = new Map<string, RuleParameter>();
  for (const file of files) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(file.text);
    } catch {
      continue;
    }
    const declared = isRecord(parsed) && isRecord(parsed['meta']) ? parsed['meta']['parameters'] : undefined;
    if (!isRecord(declared)) continue;
    for (const [name, parameter] of Object.entries(declared)) {
      if (!parameters.has(name) && isRuleParameter(parameter)) parameters.set(name, parameter);
    }
  }
  return parameters;
}
