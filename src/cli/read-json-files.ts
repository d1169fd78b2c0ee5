/**
 * Finding and reading the JSON files a command is pointed at: directories are searched recursively for *.json
 * (not *.schema.json, not hidden folders or node_modules), files are taken as given. Text must be UTF-8; a file
 * in another encoding gets a located error instead of garbled names.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MESSAGES } from '../messages.ts';
import type { Lang } from '../messages.ts';
import type { LocatedError } from '../rules/located-error.ts';
import { createPointerLocator } from '../rules/locate-json-pointer.ts';

/** A file's path (as the user should see it) and its text. */
export interface TextFile {
  path: string;
  text: string;
}

/** An error the user caused on the command line (a missing path…): printed without a stack, exit code 1. */
export class CliError extends Error {}

/** Every JSON file under the paths, in a stable (sorted) order; throws CliError for a path that is missing. */
export async function expandJsonPaths(paths: readonly string[], lang: Lang = 'en'): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new CliError(MESSAGES.pathNotFound(path)[lang]);
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const found = await jsonFilesUnder(path);
    if (found.length === 0) throw new CliError(MESSAGES.noJsonFiles(path)[lang]);
    files.push(...found);
  }
  return files;
}

async function jsonFilesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules')
        files.push(...(await jsonFilesUnder(path)));
    } else if (entry.name.endsWith('.json') && !entry.name.endsWith('.schema.json')) {
      files.push(path);
    }
  }
  return files;
}

/** Reads one file as UTF-8; a file that is not UTF-8 gives a LocatedError at the first bad byte. */
export async function readTextFile(path: string, lang: Lang = 'en'): Promise<TextFile | LocatedError> {
  const bytes = await readFile(path);
  try {
    return { path, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const { line, column } = createPointerLocator(text).position(Math.max(0, text.indexOf('\uFFFD')));
    return {
      file: path,
      line,
      column,
      pointer: '',
      message: MESSAGES.notUtf8()[lang],
      hint: MESSAGES.notUtf8Hint()[lang],
      severity: 'error',
    };
  }
}

/** Reads every file; files that cannot be decoded become errors. */
export async function readTextFiles(
  paths: readonly string[],
  lang: Lang = 'en',
): Promise<{ files: TextFile[]; errors: LocatedError[] }> {
  const files: TextFile[] = [];
  const errors: LocatedError[] = [];
  for (const path of paths) {
    const read = await readTextFile(path, lang);
    if ('text' in read) files.push(read);
    else errors.push(read);
  }
  return { files, errors };
}
