/**
 * A RandomStream that hands out the numbers of another stream in the same order, refilled in blocks. Every
 * BufferedStream shares one `next` method, so a hot loop calls the same function in every replication; calling
 * each replication's own stream closure instead makes V8 throw away the loop's optimised code once per
 * replication ("wrong call target"), which cost more than the step itself.
 */
import type { RandomStream } from '../random/random-stream.ts';

const BLOCK = 1024;

export class BufferedStream implements RandomStream {
  private readonly block = new Uint32Array(BLOCK);
  private position = BLOCK;

  constructor(private readonly source: RandomStream) {}

  /** The source's next uniform in [0, 1): nextUint32() / 2^32, exactly as RandomStream.next. */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  nextUint32(): number {
    if (this.position === BLOCK) this.refill();
    return this.block[this.position++] ?? 0;
  }

  private refill(): void {
    for (let i = 0; i < BLOCK; i++) this.block[i] = this.source.nextUint32();
    this.position = 0;
  }
}
