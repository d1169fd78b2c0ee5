/**
 * A scenario file as the commands read it (`run`, `calibrate`, `backtest`): the file and the `extends` chain
 * read from sibling files (<folder>/<id>.json), checked as `maalbar validate` checks them (JSON syntax, the
 * scenario schema, the schema again with the overrides applied; every error printed located with file:line:column
 * and JSON pointer), and resolved. Any error stops the command.
 */
import { existsSync } from 'node:fs';
import { MESSAGES, type Lang } from '../messages.ts';
import type { LocatedError } from '../rules/located-error.ts';
import type { ResolvedScenario } from '../scenario/scenario.ts';
import { validateScenarioFiles } from '../scenario/validate-scenario-files.ts';
import { printLocatedErrors } from './print-errors.ts';
import { CliError, readTextFile } from './read-json-files.ts';
import { readScenarioParents } from './read-scenario-parents.ts';

const BAD_SCENARIO = (path: string) => ({
  da: `${path} kan ikke læses som scenarie`,
  en: `${path} cannot be read as a scenario`,
});

/**
 * The scenario resolved with its parents. Errors of the file or a parent are printed located and throw a
 * CliError that names the file: the simulator never sees a scenario the schema refuses.
 */
export async function loadScenarioFile(path: string, lang: Lang): Promise<ResolvedScenario> {
  if (!existsSync(path)) throw new CliError(MESSAGES.pathNotFound(path)[lang]);
  const file = await readTextFile(path, lang);
  const problems: LocatedError[] = [];
  let resolved: ResolvedScenario | undefined;
  if ('text' in file) {
    const parents = await readScenarioParents([file], lang);
    const checked = validateScenarioFiles([file, ...parents.files], { lang });
    problems.push(...parents.errors, ...checked.errors);
    resolved = checked.scenarios.get(path);
  } else problems.push(file);
  if (printLocatedErrors(problems, (line) => console.error(line), lang) > 0 || !resolved) {
    throw new CliError(BAD_SCENARIO(path)[lang]);
  }
  return resolved;
}
