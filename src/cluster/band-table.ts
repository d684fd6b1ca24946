// The near-duplicate (LSH) index of a story engine, in memory: each placed document's band
// hashes (one 32-bit hash per band of its MinHash signature) in one open-addressing table
// of typed arrays, about 8 bytes a band (64 bands: ~80 MB for 100,000 documents). Kept in
// memory rather than as store rows because its keys are random by design: as B-tree rows,
// every batch of placements rewrote most of the table's pages, a cost that grew with the
// archive. The store keeps each document's band hashes beside its features (appended in
// placement order), and the engine loads them once per run and then only what other
// processes placed since (StoryStore.storyIndex, which also gives the anchor index its keys).
//
// A band and its hash are folded into one 32-bit key; two (band, hash) pairs folding alike
// only add a candidate, which the exact shingle check then rejects. Nothing is ever removed:
// after an undone batch the engine drops the table and loads it again.

/** Largest share of slots in use before the table doubles. */
const MAX_LOAD = 0.7;
const EMPTY = -1;

const fold = (band: number, hash: number): number => {
  let h = Math.imul(hash ^ Math.imul(band + 1, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

export class BandTable {
  private keys: Uint32Array;
  private docs: Int32Array;
  private used = 0;
  private readonly ids: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(capacity = 1 << 16) {
    this.keys = new Uint32Array(capacity);
    this.docs = new Int32Array(capacity).fill(EMPTY);
  }

  /** Documents in the table. */
  get size(): number {
    return this.ids.length;
  }

  has(doc: string): boolean {
    return this.index.has(doc);
  }

  /** Adds a document's band hashes (none: a document without shingles, which resembles nothing). Once per document. */
  add(doc: string, bands: Uint32Array): void {
    if (this.index.has(doc)) return;
    const n = this.ids.length;
    this.ids.push(doc);
    this.index.set(doc, n);
    if ((this.used + bands.length) / this.keys.length > MAX_LOAD) this.grow(this.used + bands.length);
    for (let b = 0; b < bands.length; b++) this.put(fold(b, bands[b]!), n);
  }

  /** Documents sharing a band hash with these, each once, in the order first met. */
  candidates(bands: Uint32Array): string[] {
    const found = new Set<number>();
    const cap = this.keys.length;
    for (let b = 0; b < bands.length; b++) {
      const key = fold(b, bands[b]!);
      for (let i = key % cap; this.docs[i] !== EMPTY; i = i + 1 === cap ? 0 : i + 1) {
        if (this.keys[i] === key) found.add(this.docs[i]!);
      }
    }
    return [...found].map((d) => this.ids[d]!);
  }

  private put(key: number, doc: number): void {
    const cap = this.keys.length;
    let i = key % cap;
    while (this.docs[i] !== EMPTY) i = i + 1 === cap ? 0 : i + 1;
    this.keys[i] = key;
    this.docs[i] = doc;
    this.used++;
  }

  private grow(need: number): void {
    const { keys, docs } = this;
    let cap = keys.length * 2;
    while (need / cap > MAX_LOAD / 2) cap *= 2;
    this.keys = new Uint32Array(cap);
    this.docs = new Int32Array(cap).fill(EMPTY);
    this.used = 0;
    for (let i = 0; i < keys.length; i++) if (docs[i] !== EMPTY) this.put(keys[i]!, docs[i]!);
  }
}
