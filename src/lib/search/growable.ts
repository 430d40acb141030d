/** Append-only typed arrays: the index build collects millions of postings without boxing them. */

type Typed = Uint32Array | Uint8Array | Uint16Array;

class Growable<T extends Typed> {
  length = 0;
  constructor(
    protected data: T,
    private readonly make: (n: number) => T,
  ) {}

  push(v: number): void {
    if (this.length === this.data.length) {
      const next = this.make(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }

  get(i: number): number {
    return this.data[i]!;
  }

  set(i: number, v: number): void {
    this.data[i] = v;
  }

  /** A trimmed copy. */
  toArray(): T {
    return this.data.slice(0, this.length) as T;
  }
}

export const growU32 = (n = 1024) => new Growable(new Uint32Array(n), (m) => new Uint32Array(m));
export const growU16 = (n = 1024) => new Growable(new Uint16Array(n), (m) => new Uint16Array(m));
export const growU8 = (n = 1024) => new Growable(new Uint8Array(n), (m) => new Uint8Array(m));
