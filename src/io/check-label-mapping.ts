/**
 * Checking a label mapping (the shape of default-label-mapping.json): `{"ydelser": {label: state},
 * "indicators": {label: indicator id}, "ignore": [label…], "replaceDefaults": bool}`. Every ydelse must be a
 * state of facts.ts, every indicator id kebab-case, and no label may appear twice (after folding).
 */
import { MESSAGES } from '../messages.ts';
import { type LocalText, type State, STATES } from '../rules/facts.ts';
import { jsonPointer } from '../rules/locate-json-pointer.ts';
import { nearestName } from '../rules/nearest-name.ts';
import { foldLabel } from './fold-label.ts';
import { IO_MESSAGES } from './io-messages.ts';
import { isJsonObject } from './json-source.ts';
import type { LabelMapping } from './label-mapping.ts';

/** Reports a problem at a JSON pointer. */
export type ReportProblem = (pointer: string, message: LocalText, hint?: LocalText) => void;

const KEYS = ['$comment', '$schema', 'ydelser', 'indicators', 'ignore', 'replaceDefaults'];
const INDICATOR_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A parsed mapping value → the mapping and whether it replaces the defaults; undefined after an error. */
export function checkLabelMapping(
  value: unknown,
  report: ReportProblem,
): { mapping: LabelMapping; replaceDefaults: boolean } | undefined {
  if (!isJsonObject(value)) {
    report('', IO_MESSAGES.mappingNotObject());
    return undefined;
  }
  let ok = true;
  const fail: ReportProblem = (pointer, message, hint) => {
    ok = false;
    report(pointer, message, hint);
  };
  for (const key of Object.keys(value)) {
    if (KEYS.includes(key)) continue;
    const near = nearestName(key, KEYS);
    fail(jsonPointer([key]), MESSAGES.unknownProperty(key), near ? MESSAGES.didYouMean(near) : undefined);
  }
  const section = (name: string): { [label: string]: unknown } => {
    const entries = value[name];
    if (entries === undefined) return {};
    if (isJsonObject(entries)) return entries;
    fail(jsonPointer([name]), MESSAGES.wrongType(['object']));
    return {};
  };
  const seen = new Map<string, string>();
  const claim = (label: string, pointer: string): void => {
    const folded = foldLabel(label);
    const other = seen.get(folded);
    if (other !== undefined) fail(pointer, IO_MESSAGES.mappingLabelTwice(label, other));
    seen.set(folded, pointer);
  };
  // No prototype: a label "__proto__" is kept as a label, not taken for the object's prototype (fuzz-found).
  const ydelser: { [label: string]: State } = Object.create(null) as { [label: string]: State };
  for (const [label, state] of Object.entries(section('ydelser'))) {
    const pointer = jsonPointer(['ydelser', label]);
    claim(label, pointer);
    const known = STATES.find((candidate) => candidate === state);
    if (known) ydelser[label] = known;
    else {
      const near = typeof state === 'string' ? nearestName(state, STATES) : undefined;
      fail(pointer, MESSAGES.notOneOf(state, STATES), near ? MESSAGES.didYouMean(near) : undefined);
    }
  }
  const indicators: { [label: string]: string } = Object.create(null) as { [label: string]: string };
  for (const [label, id] of Object.entries(section('indicators'))) {
    const pointer = jsonPointer(['indicators', label]);
    claim(label, pointer);
    if (typeof id === 'string' && INDICATOR_ID.test(id)) indicators[label] = id;
    else fail(pointer, IO_MESSAGES.mappingBadIndicator(id));
  }
  const ignore: string[] = [];
  const ignoreList = value['ignore'] ?? [];
  if (!Array.isArray(ignoreList)) fail('/ignore', MESSAGES.wrongType(['array']));
  else
    ignoreList.forEach((label: unknown, index) => {
      const pointer = jsonPointer(['ignore', index]);
      if (typeof label !== 'string') return fail(pointer, MESSAGES.wrongType(['string']));
      claim(label, pointer);
      ignore.push(label);
    });
  const replace = value['replaceDefaults'] ?? false;
  if (typeof replace !== 'boolean') fail('/replaceDefaults', MESSAGES.wrongType(['boolean']));
  return ok ? { mapping: { ydelser, indicators, ignore }, replaceDefaults: replace === true } : undefined;
}
