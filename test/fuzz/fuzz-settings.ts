/**
 * Shared settings of the fuzz tests: one fixed fast-check seed (override with FUZZ_SEED=<n> to explore), so CI
 * is reproducible, and the runs of each property kept small enough that all fuzz files together stay under a
 * minute on a loaded 2-core machine. On a failure fast-check's message holds the seed and the shrunk path;
 * `fuzz` also prints the seed so the run can be repeated with FUZZ_SEED. Also the strings a hostile file would
 * use: quotes, backticks, `</script>`, `${…}`, line separators, prototype keys and spreadsheet formulas.
 */
import fc from 'fast-check';

/** The seed of every fuzz property: FUZZ_SEED from the environment, else a fixed one. */
export const FUZZ_SEED = Number(process.env['FUZZ_SEED'] ?? 20_150_224);

/** fast-check parameters: the fixed seed and `numRuns` (scaled by FUZZ_SCALE, default 1, for a longer hunt). */
export function fuzz(numRuns: number): fc.Parameters<unknown> {
  const scale = Number(process.env['FUZZ_SCALE'] ?? 1);
  return {
    seed: FUZZ_SEED,
    numRuns: Math.max(1, Math.round(numRuns * scale)),
    reporter: (details) => {
      if (!details.failed) return;
      const message = fc.defaultReportMessage(details) ?? 'property failed';
      const cause = details.errorInstance;
      const why = cause instanceof Error ? `\n${cause.stack ?? cause.message}` : '';
      throw new Error(
        `${message}${why}\nRepeat with FUZZ_SEED=${FUZZ_SEED} (fast-check seed ${details.seed}).`,
        {
          cause,
        },
      );
    },
  };
}

/** Whole strings that break naive code: markup, template and string delimiters, prototype keys, formulas. */
export const HOSTILE_PIECES = [
  '"',
  "'",
  '`',
  '\\',
  '${x}',
  '${process.exit(1)}',
  '</script>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '\u2028',
  '\u2029',
  '\u0000',
  '\ufeff',
  '*/',
  '/*',
  '//',
  '");process.exit(1);("',
  "'+alert(1)+'",
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  "=cmd|' /C calc'!A0",
  '+1',
  '-1+2',
  '@SUM(1)',
  '\t=1',
  '\r=1',
  ';',
  ',',
  '\n',
  'æøå',
  '~1',
  '/',
] as const;

/** A code-like string: one or a few hostile pieces, sometimes with plain text around them. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ maxLength: 4 })), {
        minLength: 1,
        maxLength: 4,
      })
      .map((parts) => parts.join('')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

/** Keys that touch an object's prototype when used as property names. */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
] as const;

/** True when nothing has been written onto Object.prototype (a prototype pollution). */
export function prototypeIsClean(): boolean {
  return Object.getOwnPropertyNames(Object.prototype).every((name) =>
    [
      'constructor',
      '__defineGetter__',
      '__defineSetter__',
      'hasOwnProperty',
      '__lookupGetter__',
      '__lookupSetter__',
      'isPrototypeOf',
      'propertyIsEnumerable',
      'toString',
      'valueOf',
      '__proto__',
      'toLocaleString',
    ].includes(name),
  );
}
