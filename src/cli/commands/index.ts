import type { Command } from './command.ts';

/** Every command of the CLI, by name. */
export const commands: Record<string, Command> = {};
