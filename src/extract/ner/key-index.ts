// The hash map from feature keys to weight rows. Kept apart from the model so that training
// (which grows it to millions of keys) and tagging share one implementation.

/** An open-addressing map from 32-bit keys (never 0) to row numbers; grows as needed. */
export class KeyIndex {
  /** Slot pairs: [key, row] at 2 * slot, so one probe reads one cache line. */
  private slots: Uint32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    let cap = 16;
    while (cap < capacity * 2) cap <<= 1;
    this.slots = new Uint32Array(cap * 2);
    this.mask = cap - 1;
  }

  get(key: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let i = (key ^ (key >>> 15)) & mask;
    for (;;) {
      const k = slots[2 * i]!;
      if (k === key) return slots[2 * i + 1]!;
      if (k === 0) return -1;
      i = (i + 1) & mask;
    }
  }

  /** The row of a key, adding it as row `size` when new. */
  add(key: number): number {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const slots = this.slots;
    const mask = this.mask;
    let i = (key ^ (key >>> 15)) & mask;
    for (;;) {
      const k = slots[2 * i]!;
      if (k === key) return slots[2 * i + 1]!;
      if (k === 0) {
        slots[2 * i] = key;
        slots[2 * i + 1] = this.size;
        return this.size++;
      }
      i = (i + 1) & mask;
    }
  }

  /** Every key, in row order. */
  keys(): Uint32Array {
    const out = new Uint32Array(this.size);
    for (let i = 0; i <= this.mask; i++) if (this.slots[2 * i] !== 0) out[this.slots[2 * i + 1]!] = this.slots[2 * i]!;
    return out;
  }

  private grow(): void {
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    this.slots = new Uint32Array(cap * 2);
    this.mask = cap - 1;
    for (let i = 0; i < old.length; i += 2) {
      const key = old[i]!;
      if (key === 0) continue;
      let j = (key ^ (key >>> 15)) & this.mask;
      while (this.slots[2 * j] !== 0) j = (j + 1) & this.mask;
      this.slots[2 * j] = key;
      this.slots[2 * j + 1] = old[i + 1]!;
    }
  }
}
