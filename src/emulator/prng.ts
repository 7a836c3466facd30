/** A seeded pseudo-random generator (mulberry32): the same seed always yields the same sequence. */
export class Prng {
  private state: number;

  constructor(seed: number | string) {
    this.state = typeof seed === 'number' ? seed >>> 0 : hashString(seed);
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An unsigned 32-bit integer. */
  uint32(): number {
    return Math.floor(this.next() * 4294967296) >>> 0;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('Prng.pick needs a non-empty array');
    return item;
  }

  /** A uint64 rendered as a 19-digit decimal string, as Compute renders resource ids. */
  uint64String(): string {
    const hi = 1_000_000_000 + Math.floor(this.next() * 8_999_999_999);
    const lo = Math.floor(this.next() * 1_000_000_000);
    return `${hi}${String(lo).padStart(9, '0')}`;
  }

  /** Base64 of `bytes` random bytes, the shape of Compute fingerprints. */
  base64(bytes = 8): string {
    const buf = Buffer.allocUnsafe(bytes);
    for (let i = 0; i < bytes; i++) buf[i] = Math.floor(this.next() * 256);
    return buf.toString('base64');
  }
}

/** Derives a child PRNG from a seed and labels, so independent parts draw independent sequences. */
export function derivePrng(seed: number | string, ...labels: (string | number)[]): Prng {
  return new Prng(hashString(`${seed}\u0000${labels.join('\u0000')}`));
}

/** A 32-bit FNV-1a hash of a string. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
