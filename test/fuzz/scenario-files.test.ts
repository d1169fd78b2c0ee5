/**
 * Hostile scenario files: arbitrary text, the Lyngby-Taarbæk 2015 scenario with one value anywhere replaced by
 * something hostile (code-like strings, `__proto__` keys, wrong types), and child scenarios whose `extends` and
 * `overrides` paths and values look like code or reach for the prototype (`/__proto__/x`, `/constructor/…`).
 * validateScenarioFiles never throws and locates every error; resolveScenario throws only Errors (its documented
 * way to refuse); and nothing is written onto Object.prototype.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocatedError } from '../../src/rules/located-error.ts';
import { resolveScenario } from '../../src/scenario/resolve-scenario.ts';
import type { Scenario } from '../../src/scenario/scenario.ts';
import { validateScenarioFiles } from '../../src/scenario/validate-scenario-files.ts';
import { fuzz, hostileString, PROTOTYPE_KEYS, prototypeIsClean } from './fuzz-settings.ts';

const PARENT_PATH = 'scenarios/lyngby-taarbaek-2015.json';
const PARENT_TEXT = readFileSync(new URL(`../../${PARENT_PATH}`, import.meta.url), 'utf8');
const PARENT = JSON.parse(PARENT_TEXT) as Scenario;

function expectLocated(errors: readonly LocatedError[], files: readonly string[]): void {
  for (const error of errors) {
    expect(files).toContain(error.file);
    expect(Number.isInteger(error.line) && error.line >= 1, JSON.stringify(error)).toBe(true);
    expect(Number.isInteger(error.column) && error.column >= 1, JSON.stringify(error)).toBe(true);
    expect(error.pointer === '' || error.pointer.startsWith('/'), error.pointer).toBe(true);
    expect(error.message.length).toBeGreaterThan(0);
  }
}

/** Every JSON pointer of a value (objects and arrays included), in document order. */
function pointersOf(value: unknown, pointer = ''): string[] {
  if (value === null || typeof value !== 'object') return [pointer];
  const children = Object.entries(value as { [key: string]: unknown }).flatMap(([key, child]) =>
    pointersOf(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`),
  );
  return [pointer, ...children];
}
const PARENT_POINTERS = pointersOf(PARENT).filter((p) => p !== '');

/** JSON text of an object with a `__proto__` key written as an own key. */
const protoObject = (value: unknown): unknown => {
  const object: { [key: string]: unknown } = {};
  Object.defineProperty(object, '__proto__', { value, enumerable: true, writable: true, configurable: true });
  return object;
};

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom<unknown>(null, -1, 1e308, 0.5, true, [], {}, { value: 'x' }),
  hostileString.map((text) => ({ value: text, unit: text, source: { document: text } })),
  hostileString.map(protoObject),
  fc.constantFrom(...PROTOTYPE_KEYS).map((key) => ({ [key]: { polluted: true } })),
);

/** The value with the part at `pointer` replaced (a fresh copy). */
function replaced(value: unknown, pointer: string, replacement: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(value)) as unknown;
  const segments = pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = segments.pop() ?? '';
  let node = copy as { [key: string]: unknown };
  for (const segment of segments) node = node[segment] as { [key: string]: unknown };
  node[last] = replacement;
  return copy;
}

/** A pointer that may name a real field, or reach for the prototype or past the end. */
const overridePath = fc.oneof(
  fc.constantFrom(...PARENT_POINTERS),
  fc.constantFrom(
    '/__proto__/polluted',
    '/__proto__',
    '/constructor/prototype/polluted',
    '/targets/0/__proto__',
    '/targets/__proto__/x',
    '/targets/-',
    '/targets/99',
    '/parameters/constructor',
    '',
    'no-slash',
    '/~2',
  ),
  hostileString.map((text) => `/${text}`),
);

const childScenario = fc
  .tuple(
    fc.oneof(fc.constant(PARENT.id), fc.constantFrom(...PROTOTYPE_KEYS), hostileString),
    fc.array(fc.record({ path: overridePath, value: hostileValue }), { minLength: 1, maxLength: 3 }),
    fc.oneof(fc.constant('child'), hostileString),
  )
  .map(([parent, overrides, id]) => ({
    id,
    title: { da: id, en: id },
    extends: parent,
    overrides,
  }));

describe('the scenario loader on hostile input', () => {
  it('validateScenarioFiles never throws on arbitrary text or JSON and locates every error', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc.nat().map((cut) => PARENT_TEXT.slice(0, cut % PARENT_TEXT.length)),
    );
    fc.assert(
      fc.property(text, (input) => {
        const { errors } = validateScenarioFiles([{ path: 'f.json', text: input }]);
        expectLocated(errors, ['f.json']);
        expect(prototypeIsClean()).toBe(true);
      }),
      fuzz(30),
    );
  });

  it('the 2015 scenario with one value anywhere made hostile: located errors, never a crash', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PARENT_POINTERS), hostileValue, (pointer, value) => {
        const text = JSON.stringify(replaced(PARENT, pointer, value), null, 2);
        const { scenarios, errors } = validateScenarioFiles([{ path: PARENT_PATH, text }]);
        expectLocated(errors, [PARENT_PATH]);
        if (scenarios.size === 0) expect(errors.some((e) => e.severity === 'error')).toBe(true);
        expect(prototypeIsClean()).toBe(true);
      }),
      fuzz(30),
    );
  });

  it('child scenarios with hostile extends and override paths: located errors, no prototype pollution', () => {
    fc.assert(
      fc.property(childScenario, (child) => {
        const files = [
          { path: PARENT_PATH, text: PARENT_TEXT },
          { path: 'scenarios/child.json', text: JSON.stringify(child, null, 2) },
        ];
        const { scenarios, errors } = validateScenarioFiles(files);
        expectLocated(
          errors,
          files.map((f) => f.path),
        );
        expect(scenarios.has(PARENT_PATH)).toBe(true);
        for (const scenario of scenarios.values()) {
          expect(Object.getPrototypeOf(scenario)).toBe(Object.prototype);
          expect(Object.getPrototypeOf(scenario.targets)).toBe(Array.prototype);
        }
        try {
          resolveScenario(child as Scenario, (id) => (id === PARENT.id ? PARENT : undefined));
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message.length).toBeGreaterThan(0);
        }
        expect(prototypeIsClean()).toBe(true);
      }),
      fuzz(40),
    );
  });
});
