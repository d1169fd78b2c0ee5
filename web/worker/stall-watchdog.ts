/**
 * A periodic check that runs while there is something to watch: `start()` begins checking every quarter of
 * `stallMs` (at least every 50 ms); the check returns false when there is nothing left to watch, which stops
 * the timer until the next `start()`. The pool uses it to notice workers that died without a word.
 */
export class StallWatchdog {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly stallMs: number,
    private readonly check: () => boolean,
  ) {}

  start(): void {
    this.timer ??= setInterval(
      () => {
        if (!this.check()) this.stop();
      },
      Math.max(50, this.stallMs / 4),
    );
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }
}
