import { CompileError, childPointer } from './compile-error.ts';
import { parameterNameOf } from '../facts.ts';
import type { ParameterValues } from '../reference-engine.ts';
import type { ResolvedEvent } from '../compiled-rule-set.ts';
import type { RuleEvent } from '../rule-file.ts';

/**
 * A rule's event with every `{"fact": "param:<name>"}` in its params replaced by the parameter's number, so the
 * simulator reads plain numbers. json-rules-engine (`replaceFactsInEventParams`) replaces only top-level params;
 * here nested ones (visitation shares) are replaced too, as the simulator needs numbers there as well. A
 * reference to a person's fact is refused: the compiled event is one per rule, not one per person.
 *
 * @example resolveEvent({type: 'refusion', params: {rate: {fact: 'param:r'}}}, {r: 0.8}, 'x')
 *   // → {type: 'refusion', params: {rate: 0.8}}
 */
export function resolveEvent(event: RuleEvent, parameters: ParameterValues, rule: string): ResolvedEvent {
  const resolve = (value: unknown, pointer: string): unknown => {
    if (Array.isArray(value)) return value.map((item, index) => resolve(item, childPointer(pointer, index)));
    if (value === null || typeof value !== 'object') return value;
    if (Object.prototype.hasOwnProperty.call(value, 'fact')) {
      const fact: unknown = (value as { fact: unknown }).fact;
      const parameter = typeof fact === 'string' ? parameterNameOf(fact) : undefined;
      if (parameter === undefined) {
        throw new CompileError(
          rule,
          pointer,
          `event params may name a parameter ({"fact": "param:<name>"}), not ${JSON.stringify(fact)}: ` +
            'the compiled event is the same for every person.',
          'unsupported',
        );
      }
      if (!Object.prototype.hasOwnProperty.call(parameters, parameter)) {
        throw new CompileError(
          rule,
          pointer,
          `unknown parameter "${parameter}": declare it in meta.parameters of the rule.`,
          'invalid',
        );
      }
      return parameters[parameter];
    }
    const copy: { [key: string]: unknown } = {};
    for (const [key, item] of Object.entries(value)) copy[key] = resolve(item, childPointer(pointer, key));
    return copy;
  };
  return resolve(event, '/event') as ResolvedEvent;
}
