/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal (so that piped or redirected output
 * and test runs stay clean). Redraws at most every `minIntervalMs` to keep the cost of many small updates low.
 */
import type { WriteStream } from 'node:tty';

/** What the progress bar needs from a stream: `isTTY`, `columns` and `write` (process.stderr has them). */
export type ProgressStream = Pick<WriteStream, 'write'> & { isTTY?: boolean; columns?: number };

export interface ProgressBarOptions {
  /** Text before the bar, e.g. "Simulerer" or "Simulating". */
  label: string;
  /** Where to draw; default process.stderr. */
  stream?: ProgressStream;
  /** Smallest interval between two redraws in ms; default 100. */
  minIntervalMs?: number;
}

export interface ProgressBar {
  /** Sets the number of finished units (replications) out of the total. */
  update(done: number): void;
  /** Draws the final state and moves to a new line. Safe to call more than once. */
  finish(): void;
}

const WIDTH = 30;

/** A progress bar for `total` units; a no-op when the stream is not a terminal. */
export function createProgressBar(total: number, options: ProgressBarOptions): ProgressBar {
  const stream = options.stream ?? process.stderr;
  const minInterval = options.minIntervalMs ?? 100;
  if (!stream.isTTY || total <= 0) return { update: () => undefined, finish: () => undefined };
  let done = 0;
  let lastDraw = -Infinity;
  let finished = false;
  const started = performance.now();

  const draw = (): void => {
    const share = Math.min(1, done / total);
    const filled = Math.round(share * WIDTH);
    const seconds = (performance.now() - started) / 1000;
    const line =
      `${options.label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ` +
      `${done}/${total} ${(share * 100).toFixed(0).padStart(3)} % ${seconds.toFixed(1)} s`;
    const columns = stream.columns ?? 80;
    stream.write(`\r${line.slice(0, Math.max(0, columns - 1))}`);
  };

  return {
    update(value: number): void {
      if (finished) return;
      done = value;
      const now = performance.now();
      if (now - lastDraw >= minInterval) {
        lastDraw = now;
        draw();
      }
    },
    finish(): void {
      if (finished) return;
      finished = true;
      draw();
      stream.write('\n');
    },
  };
}
