/**
 * Test helper for the CLI tests: builds the bundle with scripts/build-cli.mjs (call `buildCli` in a beforeAll,
 * once per test file), runs `node bin/maalbar.js …` in a child process, and writes fixture files to a fresh
 * temporary directory so that the tests never depend on the repository's own rules.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function buildCli(): void {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: REPO_ROOT, stdio: 'pipe' });
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI with `args` in `cwd` (default: the repository), optionally feeding `input` on stdin. */
export function runCli(args: readonly string[], options: { cwd?: string; input?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'bin/maalbar.js'), ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A new temporary directory holding `files` (relative path → text or bytes); returns its path. */
export function fixtureDir(files: { [path: string]: string | Uint8Array }): string {
  const root = mkdtempSync(join(tmpdir(), 'maalbar-cli-'));
  created.push(root);
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return root;
}

const created: string[] = [];

/** Removes every directory fixtureDir made (call in an afterAll). */
export function removeFixtureDirs(): void {
  for (const root of created.splice(0)) rmSync(root, { recursive: true, force: true });
}
