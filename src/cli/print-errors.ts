/**
 * Printing located errors the same way in every command: one line each (file:line:column pointer: message —
 * hint), at most `limit` of them, then how many more there were.
 */
import { MESSAGES } from '../messages.ts';
import type { Lang } from '../messages.ts';
import { formatLocatedError } from '../rules/located-error.ts';
import type { LocatedError } from '../rules/located-error.ts';

/** Writes the errors (sorted by file order, line, column) to `write`; returns how many were errors. */
export function printLocatedErrors(
  errors: readonly LocatedError[],
  write: (line: string) => void,
  lang: Lang,
  limit = Infinity,
): number {
  const fileOrder = new Map<string, number>();
  for (const error of errors) if (!fileOrder.has(error.file)) fileOrder.set(error.file, fileOrder.size);
  const sorted = [...errors].sort(
    (a, b) =>
      (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) || a.line - b.line || a.column - b.column,
  );
  sorted.slice(0, limit).forEach((error) => write(formatLocatedError(error)));
  if (sorted.length > limit) write(MESSAGES.moreErrors(sorted.length - limit)[lang]);
  return errors.filter((error) => error.severity === 'error').length;
}
