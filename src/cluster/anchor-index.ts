// The candidate index of a story engine, in memory: for each index key (anchor-periods.ts:
// "P<week>|<anchor>", "u|<entity>", "<entity>"), the documents carrying it, in placement
// order. Kept in memory rather than as store rows for the reason the copy index is
// (band-table.ts): a report looks up some fifty keys, and as B-tree rows each look-up cost
// two descents whose price grew with the archive (0.2 ms a report at 8,000 reports, 0.5 ms
// at 40,000), while a map look-up does not. The store keeps each report's keys with its
// features, in placement order, and the engine loads them once per run, then only what
// other processes placed since (StoryStore.storyIndex).
//
// The posting cap (stories.ts MAX_POSTINGS) is applied as the reference index applies it:
// a key is listed for at most cap + 1 documents, the first placed; the extra one marks it
// saturated, and a saturated key finds nothing.
import { PARTITION_SEP } from './anchor-periods.js';

/** The anchor a key stands for: "P12|k:x" and "P13|k:x" are one anchor, k:x. */
const anchorOf = (key: string): string => key.slice(key.indexOf(PARTITION_SEP) + 1);

export class AnchorIndex {
  /**
   * Key → its documents: a number for a key of one document (most keys: a rare word in one
   * week), a list from the second on. A one-element list would cost some 150 bytes once
   * pushed to, a number nothing beyond the map's entry.
   */
  private readonly postings = new Map<string, number | number[]>();
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
      const grown = (a: Int32Array): Int32Array<ArrayBuffer> => {
        const out = new Int32Array(a.length * 2);
        out.set(a);
        return out;
      };
      this.shared = grown(this.shared);
      this.seenIn = grown(this.seenIn);
    }
    for (const k of new Set(keys)) {
      const p = this.postings.get(k);
      if (p === undefined) this.postings.set(k, n);
      else if (typeof p === 'number') this.postings.set(k, this.maxPostings >= 1 ? [p, n] : [p]);
      else if (p.length <= this.maxPostings) p.push(n); // one past the cap marks it saturated
    }
  }

  /**
   * Documents sharing at least `minShared` distinct anchors with these keys (a key under
   * several partitions counts once), sorted by id. Saturated keys are skipped.
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
    for (const group of byAnchor.values()) {
      const g = ++this.group;
      for (const k of group) {
        const p = this.postings.get(k);
        if (p === undefined) continue;
        if (typeof p === 'number') {
          if (this.maxPostings < 1) continue;
          this.count(p, g, touched);
        } else if (p.length <= this.maxPostings) {
          for (const d of p) this.count(d, g, touched);
        }
      }
    }
    const out: string[] = [];
    for (const d of touched) {
      if (this.shared[d]! >= minShared) out.push(this.ids[d]!);
      this.shared[d] = 0;
    }
    return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** Counts document d once for anchor group g. */
  private count(d: number, g: number, touched: number[]): void {
    if (this.seenIn[d] === g) return;
    this.seenIn[d] = g;
    if (this.shared[d]++ === 0) touched.push(d);
  }
}
