/**
 * Reading a user's label mapping file: checked (check-label-mapping.ts) and merged over the defaults unless it
 * sets "replaceDefaults": true. Problems are located (file:line:column /pointer).
 */
import type { LocatedError } from '../rules/located-error.ts';
import { checkLabelMapping } from './check-label-mapping.ts';
import { DEFAULT_LABEL_MAPPING } from './default-label-mapping.ts';
import { readJsonSource } from './json-source.ts';
import { type LabelMapping, mergeMappings } from './label-mapping.ts';
import type { ImportOptions } from './long-table.ts';

/**
 * Reads a user's mapping file: the defaults with the file's entries over them (or only the file's, with
 * "replaceDefaults": true).
 */
export function readLabelMapping(
  input: Uint8Array | string,
  options: ImportOptions = {},
): { mapping?: LabelMapping; errors: LocatedError[]; warnings: LocatedError[] } {
  const { log, source } = readJsonSource(input, options);
  if (!source) return log.result();
  const checked = checkLabelMapping(source.value, source.error);
  if (!checked) return log.result();
  const mapping = checked.replaceDefaults
    ? checked.mapping
    : mergeMappings(DEFAULT_LABEL_MAPPING, checked.mapping);
  return { mapping, ...log.result() };
}
