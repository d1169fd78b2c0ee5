/**
 * Seeded random streams. The core never calls Math.random: every draw comes from a stream passed in, so a run is a
 * pure function of its seed. Replication r of a run draws from `replicationStream(seed, r)`, which depends on
 * (seed, r) alone — the same numbers whatever the number of workers, in Node and in the browser.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 128-bit state, passes PractRand),
 * seeded through splitmix32 so that nearby seeds give unrelated streams.
 */

export interface RandomStream {
  /** A uniform number in [0, 1) with 32 bits of randomness. */
  next(): number;
  /** A uniform unsigned 32-bit integer. */
  nextUint32(): number;
}

/** splitmix32: turns any 32-bit input into a well-mixed 32-bit output (used for seeding only). */
export function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * An sfc32 stream. The state lives in four fields of one class rather than in closure variables: V8 keeps small
 * integers in fields unboxed (closure variables that change on every draw become heap numbers, ≈ 7.5 ns a draw),
 * and every stream shares the same `next`, so a hot loop stays optimised from one replication to the next.
 */
class Sfc32 implements RandomStream {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(a0: number, b0: number, c0: number, d0: number) {
    this.a = a0 | 0;
    this.b = b0 | 0;
    this.c = c0 | 0;
    this.d = d0 | 0;
    // Discard the first outputs: sfc32's state needs a few rounds to mix a weak seed.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const a = this.a;
    const b = this.b;
    const c = this.c;
    const d = this.d;
    const t = (((a + b) | 0) + d) | 0;
    this.d = (d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    this.c = (((c << 21) | (c >>> 11)) + t) | 0;
    return t >>> 0;
  }

  next(): number {
    return this.nextUint32() / 4294967296;
  }
}

/** A stream from a seed and any number of further keys (replication, purpose…), each a 32-bit integer. */
export function createStream(seed: number, ...keys: number[]): RandomStream {
  let h = splitmix32(seed >>> 0);
  for (const key of keys) h = splitmix32((h ^ (key >>> 0)) >>> 0);
  return new Sfc32(h, splitmix32(h ^ 0x1), splitmix32(h ^ 0x2), splitmix32(h ^ 0x3));
}

/** The stream of replication r of a run with this seed. */
export function replicationStream(seed: number, replication: number): RandomStream {
  return createStream(seed, 0x5ee0, replication);
}
