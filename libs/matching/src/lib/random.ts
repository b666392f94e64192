/**
 * A small seeded pseudo-random generator (mulberry32) for reproducible test and benchmark
 * instances. Not for anything secret.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** k distinct integers from [0, n), in random order (k ≤ n). */
  sample(n: number, k: number): number[] {
    const chosen = new Set<number>();
    if (k > n / 2) {
      const all = Array.from({ length: n }, (_, i) => i);
      for (let i = 0; i < k; i++) {
        const j = i + Math.floor(this.next() * (n - i));
        [all[i], all[j]] = [all[j], all[i]];
      }
      return all.slice(0, k);
    }
    const out: number[] = [];
    while (out.length < k) {
      const x = Math.floor(this.next() * n);
      if (!chosen.has(x)) {
        chosen.add(x);
        out.push(x);
      }
    }
    return out;
  }
}
