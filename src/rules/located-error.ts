/**
 * Errors users can hit in their files say where (file, line, column, JSON pointer), what is wrong, and what to
 * do. Checks produce language-free `Problem`s (a pointer and a LocalText); `locateProblems` turns them into
 * `LocatedError`s in one language once the text is known.
 */
import type { LocalText } from './facts.ts';
import type { Lang } from '../messages.ts';
import type { PointerLocator } from './locate-json-pointer.ts';

export type Severity = 'error' | 'warning';

/** One problem in one file, ready to print or show next to the file in the editor. */
export interface LocatedError {
  /** The file as the user named it, e.g. "rules/reforms/x.json". */
  file: string;
  /** 1-based line and column where the offending value (or its key) starts. */
  line: number;
  column: number;
  /** JSON pointer to the offending value ("" for the whole file). */
  pointer: string;
  /** What is wrong, in the requested language. */
  message: string;
  /** What to do about it ("did you mean …?"), when there is something to say. */
  hint?: string;
  /** Errors stop a file from loading; warnings do not. */
  severity: Severity;
}

/** A problem found by a check, before it is placed in a text and put into words of one language. */
export interface Problem {
  pointer: string;
  message: LocalText;
  hint?: LocalText;
  severity: Severity;
}

/** Collects problems while a check walks a value. */
export class ProblemList {
  readonly problems: Problem[] = [];

  error(pointer: string, message: LocalText, hint?: LocalText): void {
    this.problems.push(
      hint ? { pointer, message, hint, severity: 'error' } : { pointer, message, severity: 'error' },
    );
  }

  warning(pointer: string, message: LocalText, hint?: LocalText): void {
    this.problems.push(
      hint ? { pointer, message, hint, severity: 'warning' } : { pointer, message, severity: 'warning' },
    );
  }

  get hasErrors(): boolean {
    return this.problems.some((problem) => problem.severity === 'error');
  }
}

/** Places problems in a file's text and words them in one language. */
export function locateProblems(
  problems: readonly Problem[],
  file: string,
  locator: PointerLocator,
  lang: Lang,
): LocatedError[] {
  const located = problems.map((problem) => {
    const { line, column } = locator.locate(problem.pointer);
    const error: LocatedError = {
      file,
      line,
      column,
      pointer: problem.pointer,
      message: problem.message[lang],
      severity: problem.severity,
    };
    if (problem.hint) error.hint = problem.hint[lang];
    return error;
  });
  // In reading order, as an editor lists them (the sort is stable for problems at one place).
  return located.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * One line, as compilers print it:
 * `rules/reforms/x.json:12:7 /conditions/all/0/fact: unknown fact "monthsInYdelsen" — did you mean "monthsInYdelse"?`
 * Warnings say so after the pointer.
 */
export function formatLocatedError(error: LocatedError): string {
  const where = `${error.file}:${error.line}:${error.column}${error.pointer ? ' ' + error.pointer : ''}`;
  const severity = error.severity === 'warning' ? ' warning:' : '';
  return `${where}:${severity} ${error.message}${error.hint ? ' — ' + error.hint : ''}`;
}

/** True when any of the errors is an error (not only warnings). */
export function hasErrors(errors: readonly LocatedError[]): boolean {
  return errors.some((error) => error.severity === 'error');
}
