/**
 * The parents of scenario files that the files themselves do not include: `"extends": "<id>"` is read from
 * `<id>.json` next to the file that names it (as `maalbar run` reads it), following the chain. So that
 * `maalbar validate my-plan.json` checks a plan against the parent beside it instead of calling it missing.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Lang } from '../messages.ts';
import type { LocatedError } from '../rules/located-error.ts';
import { readTextFile, type TextFile } from './read-json-files.ts';

function declared(text: string): { id?: string; extends?: string } {
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
    const { id, extends: parent } = value as { id?: unknown; extends?: unknown };
    return {
      ...(typeof id === 'string' ? { id } : {}),
      ...(typeof parent === 'string' ? { extends: parent } : {}),
    };
  } catch {
    return {}; // the scenario validator reports the syntax error, located
  }
}

/** `readScenarioParents([{path: 'plans/mine.json', text}], 'en')` → plans/<parent>.json and its parents. */
export async function readScenarioParents(
  files: readonly TextFile[],
  lang: Lang,
): Promise<{ files: TextFile[]; errors: LocatedError[] }> {
  const known = new Set(files.map((file) => declared(file.text).id).filter((id) => id !== undefined));
  const added: TextFile[] = [];
  const errors: LocatedError[] = [];
  const queue = [...files];
  for (let file = queue.shift(); file; file = queue.shift()) {
    const parent = declared(file.text).extends;
    if (parent === undefined || known.has(parent)) continue;
    known.add(parent);
    const path = join(dirname(file.path), `${parent}.json`);
    if (!existsSync(path)) continue; // the validator names the missing parent at /extends
    const read = await readTextFile(path, lang);
    if ('text' in read) {
      added.push(read);
      queue.push(read);
    } else errors.push(read);
  }
  return { files: added, errors };
}
