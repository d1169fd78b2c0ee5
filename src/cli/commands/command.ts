/** A CLI command: a one-line summary for the usage text and a run function that returns the exit code. */
export interface Command {
  summary: string;
  run(argv: string[]): Promise<number>;
}
