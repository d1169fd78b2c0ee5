/**
 * Views loaded on first visit: the training view (json-rules-engine for the explanation trees, the rule
 * editor) and the data view (importers, calibration) are most of the app's code, and the board — the first
 * answer a politician waits for — needs none of it. The element tag is rendered at once and upgrades when its
 * module has loaded (Lit keeps properties set before the upgrade).
 */
const LOADERS = {
  training: () => import('../maalbar-training/maalbar-training.ts'),
  data: () => import('../maalbar-data/maalbar-data.ts'),
} as const;

export type LazyView = keyof typeof LOADERS;

const started = new Set<LazyView>();

/** Starts loading `view`'s module once; `done` is called with the error if it fails (nothing when it loads). */
export function loadLazyView(view: LazyView, done: (error?: unknown) => void): void {
  if (started.has(view)) return;
  started.add(view);
  LOADERS[view]().then(
    () => done(),
    (error: unknown) => {
      started.delete(view); // try again on the next visit
      done(error);
    },
  );
}
