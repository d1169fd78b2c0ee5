import { describe, expect, it } from 'vitest';
import { formatLocatedError, hasErrors } from '../../src/rules/located-error.ts';
import type { LocatedError } from '../../src/rules/located-error.ts';

const error: LocatedError = {
  file: 'rules/reforms/x.json',
  line: 12,
  column: 7,
  pointer: '/conditions/all/0/fact',
  message: 'unknown fact "monthsInYdelsen"',
  hint: 'did you mean "monthsInYdelse"?',
  severity: 'error',
};

describe('formatLocatedError', () => {
  it('prints file:line:column pointer: message — hint', () => {
    expect(formatLocatedError(error)).toBe(
      'rules/reforms/x.json:12:7 /conditions/all/0/fact: unknown fact "monthsInYdelsen" — did you mean "monthsInYdelse"?',
    );
  });

  it('marks warnings and leaves out an empty pointer and a missing hint', () => {
    const { hint: _hint, ...noHint } = error;
    expect(formatLocatedError({ ...noHint, pointer: '', severity: 'warning' })).toBe(
      'rules/reforms/x.json:12:7: warning: unknown fact "monthsInYdelsen"',
    );
  });

  it('hasErrors ignores warnings', () => {
    expect(hasErrors([{ ...error, severity: 'warning' }])).toBe(false);
    expect(hasErrors([{ ...error, severity: 'warning' }, error])).toBe(true);
  });
});
