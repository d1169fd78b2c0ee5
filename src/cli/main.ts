/**
 * The `maalbar` command line. Each command lives in its own file under src/cli/commands/ and returns an exit
 * code; this file only dispatches. The only part of src/ that may touch Node APIs is src/cli/.
 */
import { commands } from './commands/index.ts';

const USAGE = `maalbar <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`)
  .join('\n')}

Run "maalbar <command> --help" for the options of one command.`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    console.error(`maalbar: unknown command "${name}".\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    console.error(`maalbar ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
