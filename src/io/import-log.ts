/**
 * Collects an import's located errors and warnings in one language. Importers report as they read, so a
 * broken file yields every problem at once — up to a limit, so that a binary file fed to the CSV reader does
 * not produce a million errors.
 */
import type { Lang } from '../messages.ts';
import type { LocalText } from '../rules/facts.ts';
import type { LocatedError, Severity } from '../rules/located-error.ts';
import type { TextPosition } from '../rules/locate-json-pointer.ts';
import { IO_MESSAGES } from './io-messages.ts';
import type { ImportOptions } from './long-table.ts';

/** Most errors (and, separately, warnings) one import reports; the last one says that more were left out. */
export const MAX_REPORTED = 200;

export class ImportLog {
  readonly file: string;
  readonly lang: Lang;
  readonly errors: LocatedError[] = [];
  readonly warnings: LocatedError[] = [];
  private omittedErrors = 0;
  private omittedWarnings = 0;

  constructor(options: ImportOptions = {}) {
    this.file = options.file ?? 'input';
    this.lang = options.lang ?? 'en';
  }

  /**
   * Reports an error at a place: `pointer` is a JSON pointer for JSON files, a cell reference ("C5") for
   * spreadsheets, "" for the whole file.
   */
  error(at: TextPosition, pointer: string, message: LocalText, hint?: LocalText): void {
    this.add('error', at, pointer, message, hint);
  }

  warning(at: TextPosition, pointer: string, message: LocalText, hint?: LocalText): void {
    this.add('warning', at, pointer, message, hint);
  }

  get hasErrors(): boolean {
    return this.errors.length > 0;
  }

  /** The errors and warnings, each list in reading order, with a closing note when some were left out. */
  result(): { errors: LocatedError[]; warnings: LocatedError[] } {
    const byPlace = (a: LocatedError, b: LocatedError): number => a.line - b.line || a.column - b.column;
    const errors = [...this.errors].sort(byPlace);
    const warnings = [...this.warnings].sort(byPlace);
    if (this.omittedErrors > 0) errors.push(this.omitted('error', this.omittedErrors));
    if (this.omittedWarnings > 0) warnings.push(this.omitted('warning', this.omittedWarnings));
    return { errors, warnings };
  }

  private omitted(severity: Severity, count: number): LocatedError {
    return this.locate(severity, FILE_START, '', IO_MESSAGES.moreProblems(count));
  }

  /** A problem of this file in this language, not added to the log. */
  locate(
    severity: Severity,
    at: TextPosition,
    pointer: string,
    message: LocalText,
    hint?: LocalText,
  ): LocatedError {
    const located: LocatedError = {
      file: this.file,
      line: at.line,
      column: at.column,
      pointer,
      message: message[this.lang],
      severity,
    };
    if (hint) located.hint = hint[this.lang];
    return located;
  }

  private add(
    severity: Severity,
    at: TextPosition,
    pointer: string,
    message: LocalText,
    hint: LocalText | undefined,
  ): void {
    const list = severity === 'error' ? this.errors : this.warnings;
    if (list.length >= MAX_REPORTED) {
      if (severity === 'error') this.omittedErrors++;
      else this.omittedWarnings++;
      return;
    }
    list.push(this.locate(severity, at, pointer, message, hint));
  }
}

/** The start of a file, for problems with the whole file. */
export const FILE_START: TextPosition = { line: 1, column: 1 };
