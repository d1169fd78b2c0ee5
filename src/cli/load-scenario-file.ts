/**
 * A scenario file as the commands read it (`run`, `calibrate`, `backtest`): JSON syntax errors printed located
 * (file:line:column) and stopping the command, then the `extends` chain read from sibling files
 * (<folder>/<id>.json), the file and its parents checked against the scenario schema as `maalbar validate`
 * checks them (errors printed located, with JSON pointer), and resolved.
 */
import { existsSync } from 'node:fs';
import { MESSAGES, type Lang } from '../messages.ts';
import type { LocatedError } from '../rules/located-error.ts';
import { parseJsonText } from '../rules/parse-json-text.ts';
import type { ResolvedScenario } from '../scenario/scenario.ts';
import { validateScenarioFiles, type ScenarioFileText } from '../scenario/validate-scenario-files.ts';
import { printLocatedErrors } from './print-errors.ts';
import { CliError, readTextFile } from './read-json-files.ts';
import { readScenarioParents } from './read-scenario-parents.ts';

const BAD_SCENARIO = (path: string) => ({
  da: `${path} kan ikke læses som scenarie`,
  en: `${path} cannot be read as a scenario`,
});

/** The file's text, once it is a JSON object; syntax errors are printed and throw a CliError. */
async function readScenarioFile(path: string, lang: Lang): Promise<string> {
  if (!existsSync(path)) throw new CliError(MESSAGES.pathNotFound(path)[lang]);
  const file = await readTextFile(path, lang);
  const errors: LocatedError[] = [];
  let value: unknown;
  if ('text' in file) {
    const parsed = parseJsonText(file.text);
    value = parsed.value;
    for (const problem of parsed.problems) {
      const error: LocatedError = {
        file: path,
        ...problem.position,
        pointer: '',
        message: problem.message[lang],
        severity: 'error',
      };
      if (problem.hint) error.hint = problem.hint[lang];
      errors.push(error);
    }
  } else errors.push(file);
  if (
    !('text' in file) ||
    errors.length > 0 ||
    value === null ||
    typeof value !== 'object' ||
    Array.isArray(value)
  ) {
    printLocatedErrors(errors, (line) => console.error(line), lang);
    throw new CliError(BAD_SCENARIO(path)[lang]);
  }
  return file.text;
}

/**
 * The scenario resolved with its parents. Schema and resolve errors (of the file or a parent) are printed
 * located and throw a CliError that names the file: the simulator never sees a scenario the schema refuses.
 */
export async function loadScenarioFile(path: string, lang: Lang): Promise<ResolvedScenario> {
  const file: ScenarioFileText = { path, text: await readScenarioFile(path, lang) };
  const parents = await readScenarioParents([file], lang);
  const { scenarios, errors } = validateScenarioFiles([file, ...parents.files], { lang });
  const resolved = scenarios.get(path);
  const problems = [...parents.errors, ...errors];
  if (printLocatedErrors(problems, (line) => console.error(line), lang) > 0 || !resolved) {
    throw new CliError(BAD_SCENARIO(path)[lang]);
  }
  return resolved;
}
