/**
 * The page's side of the import worker: `import(file, options, { signal, onProgress })` sends the file's bytes
 * (read from the Blob off the main thread, then transferred) and resolves with the DataImport. Aborting the
 * signal sends `cancel` and rejects with an AbortError; a worker that crashes rejects the import with its
 * message and is replaced by a new one for the next import. The caller keeps the Blob, so an import can be
 * repeated with another mapping without asking for the file again.
 */
import type {
  DataImport,
  DataImportOptions,
  ImportProgress,
  ImportWorkerRequest,
  ImportWorkerResponse,
} from './import-protocol.ts';

/** The part of a Worker the client uses (a fake in unit tests). */
export interface ImportWorkerLike {
  postMessage(message: ImportWorkerRequest, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ImportWorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface ImportCall {
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
}

/** The app's import worker, bundled by Vite as an ES-module worker. */
export function createImportWorker(): ImportWorkerLike {
  return new Worker(new URL('./import-worker.ts', import.meta.url), {
    type: 'module',
    name: 'maalbar-import',
  }) as unknown as ImportWorkerLike;
}

interface Pending {
  resolve: (result: DataImport) => void;
  reject: (error: Error) => void;
  onProgress: ((progress: ImportProgress) => void) | undefined;
}

const abortError = (): Error => new DOMException('The import was cancelled.', 'AbortError');

export class ImportClient {
  private worker: ImportWorkerLike | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly createWorker: () => ImportWorkerLike = createImportWorker) {}

  /** Imports a file (a Blob or its bytes; bytes are transferred, so pass a copy to keep them). */
  async import(
    source: Blob | ArrayBuffer,
    file: string,
    options: DataImportOptions = {},
    call: ImportCall = {},
  ): Promise<DataImport> {
    const { signal } = call;
    if (signal?.aborted) throw abortError();
    const bytes = source instanceof ArrayBuffer ? source : await source.arrayBuffer();
    if (signal?.aborted) throw abortError();
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<DataImport>((resolve, reject) => {
      const onAbort = (): void => worker.postMessage({ type: 'cancel', id });
      const settle = (): void => {
        signal?.removeEventListener('abort', onAbort);
        this.pending.delete(id);
      };
      this.pending.set(id, {
        resolve: (result) => {
          settle();
          resolve(result);
        },
        reject: (error) => {
          settle();
          reject(error);
        },
        onProgress: call.onProgress,
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.postMessage({ type: 'import', id, bytes, file, options }, [bytes]);
    });
  }

  /** Stops the worker; imports under way are rejected. */
  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.failAll(new Error('The import worker was stopped.'));
  }

  private ensureWorker(): ImportWorkerLike {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => {
      // A crashed worker is replaced at the next import; what it was doing fails with its message.
      event.preventDefault();
      worker.terminate();
      if (this.worker === worker) this.worker = undefined;
      this.failAll(new Error(event.message || 'The import worker stopped unexpectedly.'));
    };
    this.worker = worker;
    return worker;
  }

  private receive(message: ImportWorkerResponse): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    if (message.type === 'progress') {
      const { type: _type, id: _id, ...progress } = message;
      pending.onProgress?.(progress);
    } else if (message.type === 'done') pending.resolve(message.result);
    else if (message.type === 'cancelled') pending.reject(abortError());
    else pending.reject(new Error(message.message));
  }

  private failAll(error: Error): void {
    for (const pending of [...this.pending.values()]) pending.reject(error);
  }
}
