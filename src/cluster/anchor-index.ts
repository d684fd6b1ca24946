// The candidate index of a story engine, in memory: for each index key (anchor-periods.ts:
// "P<week>|<anchor>", "u|<entity>", "<entity>"), the documents carrying it. Kept in memory
// rather than as store rows for the reason the copy index is (band-table.ts): a report
// looks up some fifty keys, and as B-tree rows each look-up cost two descents whose price
// grew with the archive (0.2 ms a report at 8,000 reports, 0.5 ms at 40,000), while a
// hash look-up does not. The store keeps each report's keys beside its features, in
// placement order, and the engine loads them once per run, then only what other processes
// placed since (StoryStore.storyIndex).
//
// Layout: typed arrays only, which the garbage collector never walks. A key is its 64-bit
// hash (two 32-bit halves) in an open-addressing table; its first document sits in the
// table, the others in blocks of a pool, each block twice the size of the one before (up to
// MAX_BLOCK) and linked to it, so that a look-up reads a few runs of memory, not one place per
// document. At 100,000 generated reports (3.3 million postings of about a million keys) this
// takes about 85 MB; a Map from key strings to lists took 152 MB of objects, which every full
// collection marked. Two keys hashing alike (about one chance in ten million for a million
// keys) only add candidates, and the engine checks every candidate's anchors against its own
// (sharesAnchors).
//
// The posting cap (stories.ts MAX_POSTINGS) is applied as the reference index applies it:
// a key is listed for at most cap + 1 documents, the first placed; the extra one marks it
// saturated, and a saturated key finds nothing.
import { HALVES, hashHalves } from '../text/hash.js';
import { PARTITION_SEP } from './anchor-periods.js';

/** The anchor a key stands for: "P12|k:x" and "P13|k:x" are one anchor, k:x. */
const anchorOf = (key: string): string => key.slice(key.indexOf(PARTITION_SEP) + 1);

/** Largest share of table slots in use before the table doubles. */
const MAX_LOAD = 0.5;
const EMPTY = -1;
/** Documents in a key's first block of the pool, and in its largest. */
const FIRST_BLOCK = 2;
const MAX_BLOCK = 256;
/** A block: the previous block of its key (EMPTY: none), its size, then its documents. */
const HEADER = 2;

function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(size);
  out.set(a);
  return out;
}

/**
 * A slot of the key table: SLOT consecutive numbers, so that a probe reads one run of memory
 * (with a million keys the table is tens of MB, and six arrays side by side cost a cache
 * miss each per probe): the key's hash halves, its first document, how many documents it
 * lists, its last block of the pool (EMPTY: none), and how many documents that block holds.
 */
const SLOT = 6;
const HI = 0;
const LO = 1;
const FIRST = 2;
const LISTED = 3;
const LAST = 4;
const FILL = 5;

function emptyTable(slots: number): Int32Array<ArrayBuffer> {
  const t = new Int32Array(slots * SLOT);
  for (let i = 0; i < t.length; i += SLOT) {
    t[i + FIRST] = EMPTY;
    t[i + LAST] = EMPTY;
  }
  return t;
}

export class AnchorIndex {
  /** The key table (SLOT numbers a slot); a slot's index below is its first number's. */
  private table = emptyTable(1 << 12);
  private used = 0;
  // The pool of blocks: the documents after each key's first.
  private pool = new Int32Array(1 << 14);
  private pooled = 0;
  private readonly ids: string[] = [];
  private readonly ordinal = new Map<string, number>();
  /** Per document: how many anchors the current query shares, and the last anchor group that counted it. */
  private shared = new Int32Array(1024);
  private seenIn = new Int32Array(1024);
  private group = 0;

  constructor(private readonly maxPostings: number) {}

  get size(): number {
    return this.ids.length;
  }

  has(doc: string): boolean {
    return this.ordinal.has(doc);
  }

  /** Adds a placed document's keys (once per document; again: nothing). */
  add(doc: string, keys: readonly string[]): void {
    if (this.ordinal.has(doc)) return;
    const n = this.ids.length;
    this.ids.push(doc);
    this.ordinal.set(doc, n);
    if (n >= this.shared.length) {
      this.shared = grown(this.shared, this.shared.length * 2);
      this.seenIn = grown(this.seenIn, this.seenIn.length * 2);
    }
    // this.table, not a local: rehash replaces it.
    for (const k of keys) {
      // A key is its two 32-bit hashes (text/hash.ts hashHalves), int32 as the table holds them.
      hashHalves(k);
      const slot = this.find(HALVES[0]!, HALVES[1]!);
      if (this.table[slot + FIRST] === EMPTY) {
        this.table[slot + HI] = HALVES[0]!;
        this.table[slot + LO] = HALVES[1]!;
        this.table[slot + FIRST] = n;
        this.table[slot + LISTED] = 1;
        if (++this.used > MAX_LOAD * (this.table.length / SLOT)) this.rehash();
      } else if (this.lastListed(slot) === n) {
        continue; // the same key twice in one document's list
      } else if (this.table[slot + LISTED]! <= this.maxPostings) {
        // One past the cap marks the key saturated.
        let block = this.table[slot + LAST]!;
        if (block === EMPTY || this.table[slot + FILL] === this.pool[block + 1]) {
          const size = block === EMPTY ? FIRST_BLOCK : Math.min(MAX_BLOCK, 2 * this.pool[block + 1]!);
          if (this.pooled + HEADER + size > this.pool.length) this.pool = grown(this.pool, 2 * (this.pooled + HEADER + size));
          this.pool[this.pooled] = block;
          this.pool[this.pooled + 1] = size;
          block = this.table[slot + LAST] = this.pooled;
          this.pooled += HEADER + size;
          this.table[slot + FILL] = 0;
        }
        this.pool[block + HEADER + this.table[slot + FILL]!++] = n;
        this.table[slot + LISTED]!++;
      }
    }
  }

  /**
   * Documents sharing at least `minShared` distinct anchors with these keys (a key under
   * several partitions counts once), in no particular order (the engine sorts the union of
   * its look-ups once). Saturated keys are skipped.
   */
  candidates(keys: readonly string[], minShared: number): string[] {
    const byAnchor = new Map<string, string[]>();
    for (const k of new Set(keys)) {
      const a = anchorOf(k);
      const list = byAnchor.get(a);
      if (list) list.push(k);
      else byAnchor.set(a, [k]);
    }
    if (this.group > 1 << 30) {
      this.seenIn.fill(0);
      this.group = 0;
    }
    const touched: number[] = [];
    const t = this.table;
    for (const group of byAnchor.values()) {
      const g = ++this.group;
      for (const k of group) {
        hashHalves(k);
        const slot = this.find(HALVES[0]!, HALVES[1]!);
        if (t[slot + FIRST] === EMPTY || t[slot + LISTED]! > this.maxPostings) continue;
        this.count(t[slot + FIRST]!, g, touched);
        // The last block holds `fill` documents; the ones before it are full.
        for (let b = t[slot + LAST]!, n = t[slot + FILL]!; b !== EMPTY; b = this.pool[b]!, n = b === EMPTY ? 0 : this.pool[b + 1]!) {
          for (let j = b + HEADER, end = j + n; j < end; j++) this.count(this.pool[j]!, g, touched);
        }
      }
    }
    const out: string[] = [];
    for (const d of touched) {
      if (this.shared[d]! >= minShared) out.push(this.ids[d]!);
      this.shared[d] = 0;
    }
    return out;
  }

  /** The document listed last for the key in this slot. */
  private lastListed(slot: number): number {
    const block = this.table[slot + LAST]!;
    return block === EMPTY ? this.table[slot + FIRST]! : this.pool[block + HEADER + this.table[slot + FILL]! - 1]!;
  }

  /** The slot holding this hash, or the empty slot where it would go (hash halves as int32). */
  private find(h: number, l: number): number {
    const t = this.table;
    const mask = t.length / SLOT - 1;
    let i = (l & mask) * SLOT;
    while (t[i + FIRST] !== EMPTY && (t[i + LO] !== l || t[i + HI] !== h)) i = i + SLOT === t.length ? 0 : i + SLOT;
    return i;
  }

  private rehash(): void {
    const old = this.table;
    this.table = emptyTable((old.length / SLOT) * 2);
    for (let i = 0; i < old.length; i += SLOT) {
      if (old[i + FIRST] === EMPTY) continue;
      const slot = this.find(old[i + HI]!, old[i + LO]!);
      this.table.set(old.subarray(i, i + SLOT), slot);
    }
  }

  /** Counts document d once for anchor group g. */
  private count(d: number, g: number, touched: number[]): void {
    if (this.seenIn[d] === g) return;
    this.seenIn[d] = g;
    if (this.shared[d]++ === 0) touched.push(d);
  }
}
