/**
 * A scenario file as the commands read it (`run`, `calibrate`, `backtest`): JSON syntax errors printed located
 * (file:line:column) and stopping the command, then the `extends` chain read from sibling files
 * (<folder>/<id>.json) and resolved.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MESSAGES, type Lang } from '../messages.ts';
import type { LocatedError } from '../rules/located-error.ts';
import { parseJsonText } from '../rules/parse-json-text.ts';
import { resolveScenario } from '../scenario/resolve-scenario.ts';
import type { ResolvedScenario, Scenario } from '../scenario/scenario.ts';
import { printLocatedErrors } from './print-errors.ts';
import { CliError, readTextFile } from './read-json-files.ts';

const BAD_SCENARIO = (path: string) => ({
  da: `${path} kan ikke læses som scenarie`,
  en: `${path} cannot be read as a scenario`,
});

/** The file's JSON object; syntax errors are printed and throw a CliError. */
export async function readScenarioFile(path: string, lang: Lang): Promise<Scenario> {
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
  if (errors.length > 0 || value === null || typeof value !== 'object' || Array.isArray(value)) {
    printLocatedErrors(errors, (line) => console.error(line), lang);
    throw new CliError(BAD_SCENARIO(path)[lang]);
  }
  return value as Scenario;
}

/** The scenario resolved with its parents; a resolve error names the file. */
export async function loadScenarioFile(path: string, lang: Lang): Promise<ResolvedScenario> {
  const scenario = await readScenarioFile(path, lang);
  const parents = new Map<string, Scenario>();
  for (let current: Scenario = scenario; 'extends' in current && typeof current.extends === 'string';) {
    const parentPath = join(dirname(path), `${current.extends}.json`);
    if (parents.has(current.extends) || !existsSync(parentPath)) break;
    const parent = await readScenarioFile(parentPath, lang);
    parents.set(current.extends, parent);
    current = parent;
  }
  try {
    return resolveScenario(scenario, (id) => parents.get(id));
  } catch (error) {
    throw new CliError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
