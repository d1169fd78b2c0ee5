/**
 * Vitest global setup: builds the app once per test run into a folder of its own and hands its path to the
 * browser tests (`inject('siteDir')`). One build for all browser test files; a private folder so that two
 * test runs on one machine (or a developer's `npm run build`) never empty each other's site mid-test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the built static site (index.html at its root). */
    siteDir: string;
  }
}

export default function buildSite(project: TestProject): () => void {
  const siteDir = mkdtempSync(join(tmpdir(), 'maalbar-site-'));
  execFileSync(
    process.execPath,
    [resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--outDir', siteDir],
    { stdio: 'inherit' },
  );
  if (!existsSync(join(siteDir, 'index.html'))) throw new Error(`vite build wrote no ${siteDir}/index.html`);
  project.provide('siteDir', siteDir);
  return () => rmSync(siteDir, { recursive: true, force: true });
}
