/**
 * How the pool cuts a run into slices, from the measured milliseconds per replication: the first batch (the
 * first answer) as large as the workers can do in about `firstAnswerMs`, between `minFirstBatch` and
 * `firstBatch`; later slices of about `sliceMs` each, so a new run never waits long for a busy worker.
 */

/** The sizing settings (see SimulationPoolOptions). */
export interface SliceSettings {
  workers: number;
  firstBatch: number;
  minFirstBatch: number;
  firstAnswerMs: number;
  sliceMs: number;
}

/** The default worker count: hardwareConcurrency − 1 (the page keeps a core), at least 2, at most 4. */
export function defaultWorkerCount(hardwareConcurrency: number | undefined): number {
  return Math.max(2, Math.min(4, (hardwareConcurrency ?? 2) - 1));
}

/** `firstBatchSize({workers: 2, firstBatch: 50, minFirstBatch: 20, firstAnswerMs: 600, …}, 30)` → 40. */
export function firstBatchSize(settings: SliceSettings, msPerReplication: number): number {
  const { firstBatch, minFirstBatch, firstAnswerMs, workers } = settings;
  const affordable = Math.round((firstAnswerMs / msPerReplication) * workers);
  return Math.max(Math.min(minFirstBatch, firstBatch), Math.min(firstBatch, affordable));
}

/**
 * Replications of the next slice starting at `next`: about sliceMs of work (1–100); within the first batch an
 * equal share per worker (never across the batch's end), so that every worker finishes its part of the first
 * answer at the same time instead of one of them taking a second, smaller slice after the others are done.
 */
export function sliceSize(
  settings: SliceSettings,
  msPerReplication: number,
  next: number,
  firstBatch: number,
): number {
  if (next < firstBatch) return Math.min(Math.ceil(firstBatch / settings.workers), firstBatch - next);
  return Math.max(1, Math.min(100, Math.round(settings.sliceMs / msPerReplication)));
}
