/**
 * One cell of a person-level CSV as a fact value (facts.ts): whole numbers within the fact's range, true/false
 * (also 1/0, ja/nej, yes/no), and category values as written in facts.ts — case, spacing and æ/ø/å do not
 * matter ("Kontanthjælp" is `kontanthjaelp`). An empty cell, "NA", "." or ".." is missing.
 */
import { MESSAGES } from '../messages.ts';
import { FACTS, type FactName, type FactValue, type LocalText } from '../rules/facts.ts';
import { nearestName } from '../rules/nearest-name.ts';
import { foldLabel } from './fold-label.ts';

export type FactCell =
  | { kind: 'value'; value: FactValue }
  | { kind: 'missing' }
  | { kind: 'invalid'; message: LocalText; hint?: LocalText };

/** Cell texts read as missing in person files (compared in lower case). */
export const PERSON_MISSING_MARKERS: readonly string[] = ['', 'na', 'n/a', '.', '..'];

const TRUE_WORDS = new Set(['true', '1', 'ja', 'j', 'yes', 'y', 'sand']);
const FALSE_WORDS = new Set(['false', '0', 'nej', 'n', 'no', 'falsk']);

/**
 * @example parseFactCell("ydelse", "Kontanthjælp") // { kind: "value", value: "kontanthjaelp" }
 * @example parseFactCell("age", "131").kind // "invalid" (age is 0–130)
 */
export function parseFactCell(fact: FactName, cell: string): FactCell {
  const text = cell.trim();
  if (PERSON_MISSING_MARKERS.includes(text.toLowerCase())) return { kind: 'missing' };
  const definition = FACTS[fact];
  switch (definition.kind) {
    case 'integer': {
      const value = /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
      if (!Number.isSafeInteger(value) || value < definition.min || value > definition.max) {
        return {
          kind: 'invalid',
          message: MESSAGES.factValueOutOfRange(fact, definition.min, definition.max, text),
        };
      }
      return { kind: 'value', value };
    }
    case 'boolean': {
      const word = text.toLowerCase();
      if (TRUE_WORDS.has(word)) return { kind: 'value', value: true };
      if (FALSE_WORDS.has(word)) return { kind: 'value', value: false };
      return { kind: 'invalid', message: MESSAGES.factValueNotBoolean(fact, text) };
    }
    case 'category': {
      const folded = foldLabel(text).replace(/ /g, '-');
      const value = definition.values.find((candidate) => candidate === folded);
      if (value !== undefined) return { kind: 'value', value };
      const near = nearestName(folded, definition.values);
      return {
        kind: 'invalid',
        message: MESSAGES.unknownCategoryValue(fact, text),
        hint: near ? MESSAGES.didYouMean(near) : MESSAGES.knownValuesHint(definition.values),
      };
    }
  }
}
