/**
 * Checks an imported scenario file with the core's validator (src/scenario/validate-scenario-files.ts): JSON
 * syntax with line and column, the generated scenario schema, then resolution — `extends` is resolved against
 * the scenarios the app ships, so a small derived scenario imports as well as a full one. Only the imported
 * file's errors are returned; the known scenarios are context.
 *
 * @example validateScenarioImport('lav-vaekst.json', text, [ltk2015], 'da')
 *   → { ok: false, errors: [{ line: 3, column: 5, pointer: '/seed', message: '…' }] }
 */
import type { Lang } from '../../src/messages.ts';
import type { LocatedError } from '../../src/rules/located-error.ts';
import type { ResolvedScenario, Scenario } from '../../src/scenario/scenario.ts';
import { validateScenarioFiles } from '../../src/scenario/validate-scenario-files.ts';

export type ScenarioImport =
  { ok: true; scenario: Scenario; resolved: ResolvedScenario } | { ok: false; errors: LocatedError[] };

/** The id a text declares, if it parses and has one (to leave out a known scenario it replaces). */
function declaredId(text: string): string | undefined {
  try {
    const value: unknown = JSON.parse(text);
    const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

export function validateScenarioImport(
  fileName: string,
  text: string,
  known: readonly Scenario[],
  lang: Lang,
): ScenarioImport {
  const id = declaredId(text);
  const context = known
    .filter((scenario) => scenario.id !== id)
    .map((scenario) => ({ path: `\u0000known/${scenario.id}.json`, text: JSON.stringify(scenario) }));
  const { scenarios, errors } = validateScenarioFiles([{ path: fileName, text }, ...context], { lang });
  const own = errors.filter((error) => error.file === fileName && error.severity === 'error');
  const resolved = scenarios.get(fileName);
  if (own.length > 0 || !resolved) {
    return {
      ok: false,
      errors:
        own.length > 0
          ? own
          : [
              {
                file: fileName,
                line: 1,
                column: 1,
                pointer: '',
                message: lang === 'da' ? 'scenariet kunne ikke læses' : 'the scenario could not be read',
                severity: 'error',
              },
            ],
    };
  }
  return { ok: true, scenario: JSON.parse(text) as Scenario, resolved };
}
