// Exact and near copies: wire reprints with a changed headline, a trimmed paragraph or a
// different spelling of hamza and digits. Candidates come from MinHash/LSH over the word
// shingles (shingles.ts, minhash.ts); every candidate is verified on the exact shingle sets.
//
// Memory per document: its sorted shingle set (4 bytes per distinct shingle, about one per
// word), its MinHash signature (4 · numHashes bytes, 512 with the defaults) and one id
// reference in each of the LSH index's bands. The text itself is not kept.
//
// Limit: verification only sees LSH candidates. A copy far shorter than its original (Jaccard
// well below 0.3 even though it is contained) may not become a candidate.
import { intersectionSize, wordShingles } from './shingles.js';
import { LshIndex, minhashSignature } from './minhash.js';

/** A pair is a copy when the Jaccard index of its shingle sets reaches this … */
export const COPY_MIN_JACCARD = 0.5;
/**
 * … or when the smaller document's shingles lie in the larger one at least this much.
 * Not 0.8: a reprint keeps its outlet's leftovers the cleaner misses (a "read also" line, a
 * comment disclaimer, a headline glued to its date), which count against containment. On
 * eval/corpus the listed reprints reach 0.69 at least; other pairs, same story and same
 * vocabulary included, stay at 0.20 at most.
 */
export const COPY_MIN_CONTAINMENT = 0.6;
/** Containment alone counts only for a document with at least this many shingles. */
export const CONTAINMENT_MIN_SHINGLES = 10;

export interface NearDuplicateOptions {
  /** Words per shingle (default 4). */
  k?: number;
  /** LSH bands (default 64) and rows per band (default 2); numHashes = bands · rows. */
  bands?: number;
  rows?: number;
}

export interface Copy {
  /** The earlier document copied. */
  of: string;
  /** Jaccard index of the two shingle sets. */
  similarity: number;
  /** |A ∩ B| / min(|A|, |B|): how much of the smaller document lies in the larger one. */
  containment: number;
}

export interface PairSimilarity {
  jaccard: number;
  containment: number;
}

/** Exact Jaccard and containment of two sorted shingle sets. */
export function shingleSimilarity(a: Uint32Array, b: Uint32Array): PairSimilarity {
  if (a.length === 0 || b.length === 0) return { jaccard: 0, containment: 0 };
  const inter = intersectionSize(a, b);
  return { jaccard: inter / (a.length + b.length - inter), containment: inter / Math.min(a.length, b.length) };
}

/** Whether a verified pair counts as a copy (the thresholds above). */
export function isCopy(sim: PairSimilarity, smallerSize: number): boolean {
  return sim.jaccard >= COPY_MIN_JACCARD || (smallerSize >= CONTAINMENT_MIN_SHINGLES && sim.containment >= COPY_MIN_CONTAINMENT);
}

/**
 * Incremental finder: each document added is compared with the earlier ones that share an
 * LSH bucket with it. The default 64 bands × 2 rows make a pair with Jaccard 0.3 a candidate
 * with probability 0.998 (0.5: 1 − 1e-8); false candidates cost one merge each.
 */
export class NearDuplicateFinder {
  private readonly k: number;
  private readonly numHashes: number;
  private readonly index: LshIndex;
  private readonly shingles = new Map<string, Uint32Array>();

  constructor(opts: NearDuplicateOptions = {}) {
    this.k = opts.k ?? 4;
    const bands = opts.bands ?? 64;
    const rows = opts.rows ?? 2;
    this.index = new LshIndex(bands, rows);
    this.numHashes = bands * rows;
  }

  get size(): number {
    return this.shingles.size;
  }

  /** Adds a document; returns the earlier documents it copies, most similar first. */
  add(id: string, text: string): { copies: Copy[] } {
    if (this.shingles.has(id)) throw new Error(`NearDuplicateFinder: duplicate id ${JSON.stringify(id)}`);
    const sh = wordShingles(text, this.k);
    const sig = minhashSignature(sh, this.numHashes);
    const copies: Copy[] = [];
    for (const other of this.index.candidates(sig)) {
      const osh = this.shingles.get(other)!;
      const sim = shingleSimilarity(sh, osh);
      if (isCopy(sim, Math.min(sh.length, osh.length))) copies.push({ of: other, similarity: sim.jaccard, containment: sim.containment });
    }
    copies.sort((x, y) => y.similarity - x.similarity || y.containment - x.containment || cmp(x.of, y.of));
    this.index.add(id, sig);
    this.shingles.set(id, sh);
    return { copies };
  }
}

export interface NearDuplicatePair extends PairSimilarity {
  /** The pair's ids, a < b. */
  a: string;
  b: string;
}

export interface NearDuplicateGroup {
  /** Sorted ids; at least two. */
  members: string[];
  /** The verified copy pairs that join the group, sorted by (a, b). */
  pairs: NearDuplicatePair[];
}

/**
 * The groups of copies among docs: connected components of the copy relation, each with
 * its verified pairs. Documents without a copy are left out. The result does not depend on
 * the input order (documents are processed in id order; groups are sorted by first member).
 */
export function nearDuplicateGroups(docs: ReadonlyArray<{ id: string; text: string }>, opts?: NearDuplicateOptions): NearDuplicateGroup[] {
  const sorted = [...docs].sort((x, y) => cmp(x.id, y.id));
  const finder = new NearDuplicateFinder(opts);
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    while (x !== r) {
      const next = parent.get(x)!;
      parent.set(x, r);
      x = next;
    }
    return r;
  };
  const pairs: NearDuplicatePair[] = [];
  for (const d of sorted) {
    parent.set(d.id, d.id);
    for (const c of finder.add(d.id, d.text).copies) {
      const [a, b] = cmp(c.of, d.id) < 0 ? [c.of, d.id] : [d.id, c.of];
      pairs.push({ a, b, jaccard: c.similarity, containment: c.containment });
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent.set(cmp(ra, rb) < 0 ? rb : ra, cmp(ra, rb) < 0 ? ra : rb);
    }
  }
  const byRoot = new Map<string, NearDuplicateGroup>();
  for (const p of pairs) {
    const root = find(p.a);
    let g = byRoot.get(root);
    if (!g) byRoot.set(root, (g = { members: [], pairs: [] }));
    g.pairs.push(p);
  }
  for (const d of sorted) {
    const g = byRoot.get(find(d.id));
    if (g) g.members.push(d.id);
  }
  const groups = [...byRoot.values()];
  for (const g of groups) g.pairs.sort((x, y) => cmp(x.a, y.a) || cmp(x.b, y.b));
  groups.sort((x, y) => cmp(x.members[0]!, y.members[0]!));
  return groups;
}

/** Code-unit order, independent of locale. */
function cmp(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
