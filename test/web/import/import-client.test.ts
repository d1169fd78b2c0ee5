// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ImportClient, type ImportWorkerLike } from '../../../web/import/import-client.ts';
import type { ImportWorkerRequest, ImportWorkerResponse } from '../../../web/import/import-protocol.ts';
import { runImport } from '../../../web/import/run-import.ts';
import { personCsvParts } from './million-rows.ts';

/** A worker that runs runImport in this thread, as import-worker.ts does in its own. */
class FakeWorker implements ImportWorkerLike {
  onmessage: ((event: MessageEvent<ImportWorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly cancelled = new Set<number>();
  readonly transfers: Transferable[][] = [];

  postMessage(message: ImportWorkerRequest, transfer: Transferable[] = []): void {
    this.transfers.push(transfer);
    if (message.type === 'cancel') {
      this.cancelled.add(message.id);
      return;
    }
    const { id } = message;
    const send = (data: ImportWorkerResponse): void =>
      this.onmessage?.({ data } as MessageEvent<ImportWorkerResponse>);
    void runImport(new Uint8Array(message.bytes), message.file, message.options, {
      onProgress: (progress) => send({ type: 'progress', id, ...progress }),
      cancelled: () => this.cancelled.has(id),
      now: () => 0,
    }).then((result) => send(result ? { type: 'done', id, result } : { type: 'cancelled', id }));
  }

  terminate(): void {
    this.terminated = true;
  }
}

const bytesOf = (rows: number): ArrayBuffer =>
  new TextEncoder().encode([...personCsvParts(rows)].join('')).buffer as ArrayBuffer;

describe('ImportClient', () => {
  it('transfers the bytes, forwards progress and resolves with the import', async () => {
    const worker = new FakeWorker();
    const client = new ImportClient(() => worker);
    const rows: number[] = [];
    const bytes = bytesOf(30);
    const result = await client.import(
      bytes,
      'p.csv',
      { chunkRows: 10 },
      { onProgress: (p) => rows.push(p.rows) },
    );
    expect(result.cohort?.count).toBe(30);
    expect(rows).toEqual([0, 10, 20, 30]);
    expect(worker.transfers[0]).toEqual([bytes]);
  });

  it('reads a Blob, so the page keeps the file for a second import', async () => {
    const client = new ImportClient(() => new FakeWorker());
    const blob = new Blob([bytesOf(12)]);
    const first = await client.import(blob, 'p.csv');
    const second = await client.import(blob, 'p.csv', { suppressBelow: 5 });
    expect(first.cohort?.count).toBe(12);
    expect(second.suppressBelow).toBe(5);
  });

  it('rejects with an AbortError when the signal aborts mid-import', async () => {
    const client = new ImportClient(() => new FakeWorker());
    const controller = new AbortController();
    const promise = client.import(
      bytesOf(200),
      'p.csv',
      { chunkRows: 10 },
      {
        signal: controller.signal,
        onProgress: (progress) => {
          if (progress.rows >= 20) controller.abort();
        },
      },
    );
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('fails the import of a crashed worker and starts a new worker for the next one', async () => {
    const workers: FakeWorker[] = [];
    const client = new ImportClient(() => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    });
    const crashing = workers.length;
    const first = client.import(bytesOf(5), 'p.csv');
    await Promise.resolve();
    await Promise.resolve();
    workers[crashing]?.onerror?.({ message: 'boom', preventDefault: () => undefined } as ErrorEvent);
    await expect(first).rejects.toThrow('boom');
    expect(workers[0]?.terminated).toBe(true);
    const second = await client.import(bytesOf(5), 'p.csv');
    expect(second.cohort?.count).toBe(5);
    expect(workers).toHaveLength(2);
  });
});
