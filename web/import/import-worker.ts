/**
 * The import worker: reads dropped data files off the page's main thread, so that a million-row cohort does not
 * freeze the page. Protocol in import-protocol.ts; the work in run-import.ts. Started by the app as
 * `new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' })`.
 */
import type { Cohort } from '../../src/cohort/cohort.ts';
import type { ImportWorkerRequest, ImportWorkerResponse } from './import-protocol.ts';
import { runImport } from './run-import.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportWorkerRequest>) => void) | null;
  postMessage(message: ImportWorkerResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const cancelled = new Set<number>();

/** The cohort's column buffers, to transfer rather than copy. */
function cohortBuffers(cohort: Cohort | undefined): Transferable[] {
  if (!cohort) return [];
  return [...Object.values(cohort.columns), ...Object.values(cohort.internal)].map(
    (column: ArrayBufferView) => column.buffer as ArrayBuffer,
  );
}

async function handle(request: Extract<ImportWorkerRequest, { type: 'import' }>): Promise<void> {
  const { id } = request;
  try {
    const result = await runImport(new Uint8Array(request.bytes), request.file, request.options, {
      onProgress: (progress) => scope.postMessage({ type: 'progress', id, ...progress }),
      cancelled: () => cancelled.has(id),
      now: () => performance.now(),
    });
    if (!result) scope.postMessage({ type: 'cancelled', id });
    else scope.postMessage({ type: 'done', id, result }, cohortBuffers(result.cohort));
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      id,
      message: error instanceof Error ? error.message : String(error),
    });
  } finally {
    cancelled.delete(id);
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'cancel') cancelled.add(request.id);
  else void handle(request);
};
