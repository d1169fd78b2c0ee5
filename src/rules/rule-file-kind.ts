/**
 * What a parsed JSON file holds, decided by its content (not its folder), so that a rule directory can mix
 * rule files and shared conditions, and `classify`/`explain` can take plain json-rules-engine rules.
 */

/**
 * - `rule`: a Målbar rule file (an object with `event` and `meta`, `cases` or `$schema`);
 * - `condition`: a shared condition (an object with `conditions` and no `event`);
 * - `plain`: plain json-rules-engine rules (an array, or an object with `event` but no Målbar fields);
 * - `unknown`: anything else.
 */
export type RuleFileKind = 'rule' | 'condition' | 'plain' | 'unknown';

export function ruleFileKind(value: unknown): RuleFileKind {
  if (Array.isArray(value)) return 'plain';
  if (typeof value !== 'object' || value === null) return 'unknown';
  if ('event' in value) return 'meta' in value || 'cases' in value || '$schema' in value ? 'rule' : 'plain';
  if ('conditions' in value) return 'condition';
  return 'unknown';
}
