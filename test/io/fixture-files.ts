/**
 * Reading the import fixtures (test/fixtures/io/) as the bytes a user's file would be, and printing located
 * errors the way the CLI does so expectations read like its output.
 */
import { readFileSync } from 'node:fs';
import { formatLocatedError, type LocatedError } from '../../src/rules/located-error.ts';

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/io/${name}`, import.meta.url)));
}

export function fixtureText(name: string): string {
  return readFileSync(new URL(`../fixtures/io/${name}`, import.meta.url), 'utf8');
}

/** `file:line:column pointer: message — hint`, one per problem. */
export function printed(problems: readonly LocatedError[]): string[] {
  return problems.map(formatLocatedError);
}
