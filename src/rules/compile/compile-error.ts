/**
 * A rule the compiler refuses, located: the rule, the JSON pointer of the condition inside the rule file (for a
 * shared condition also its name and the pointer inside rules/conditions/<name>.json), and what is wrong.
 */

/**
 * `unsupported`: json-rules-engine can run it but the kernel cannot (operator decorators, `path`, custom
 * operators or facts); with `onUnsupported: 'skip'` such a rule runs on json-rules-engine instead.
 * `invalid`: json-rules-engine would refuse or throw too (a malformed condition, an unknown shared condition or
 * parameter, `in` on a number); always an error.
 */
export type CompileErrorKind = 'unsupported' | 'invalid';

/** Where in a shared condition file the problem is. */
export interface SharedConditionLocation {
  /** The shared condition's name (rules/conditions/<name>.json). */
  name: string;
  /** JSON pointer inside that file, e.g. `/conditions/any/1`. */
  pointer: string;
}

export class CompileError extends Error {
  override readonly name = 'CompileError';
  constructor(
    /** The rule's name (its file is rules/<folder>/<name>.json). */
    readonly rule: string,
    /** JSON pointer inside the rule file, e.g. `/conditions/all/2/any/0` or `/event/params/rate`. */
    readonly pointer: string,
    /** What is wrong and what to do about it. */
    readonly reason: string,
    readonly kind: CompileErrorKind,
    /** Set when the problem is inside a shared condition the rule refers to at `pointer`. */
    readonly sharedCondition?: SharedConditionLocation,
  ) {
    const inShared = sharedCondition
      ? ` (inside shared condition "${sharedCondition.name}" at ${sharedCondition.pointer || '/'})`
      : '';
    super(`Rule "${rule}" at ${pointer}${inShared}: ${reason}`);
  }
}

/** Appends a key or index to a JSON pointer, escaping `~` and `/` as RFC 6901 says. */
export function childPointer(pointer: string, key: string | number): string {
  return `${pointer}/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`;
}
