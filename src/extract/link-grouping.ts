// Grouping keys into entities (steps 2 and 3 of link.ts): short forms join the full name
// they shorten, near-miss spellings join when context agrees. Both only union nodes; the
// caller reads the groups off the union-find.
import type { MentionKey } from './link-keys.js';
import type { LinkOptions } from './link.js';
import { deletionKeys, withinOneEdit } from './skeleton.js';
import { normalizeForMatch } from '../text/normalize.js';
import { FOREIGN_NAME_PARTICLES } from '../lang/ar/gazetteer-names.js';

/** One key's share of the document set: its mentions, documents and surfaces. */
export interface Node {
  k: MentionKey;
  mentions: number;
  docs: Set<string>;
  surfaces: Map<string, number>;
  /** Surfaces of the mentions that name the key themselves (aliases with a ref do not). */
  names: Map<string, number>;
}

export class UnionFind {
  private readonly parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Particles that lead a short form: بن سلمان، دي مايو، فون دير لاين. */
const PARTICLES = new Set(['بن', 'بنت', ...FOREIGN_NAME_PARTICLES.map((p) => normalizeForMatch(p))]);

/** Short forms of people and organizations join the one full name they shorten. */
export function joinShortForms(nodes: readonly Node[], uf: UnionFind): void {
  // Roots and documents of the longer names, taken once before any short form joins them.
  const rootOf = nodes.map((_, i) => uf.find(i));
  const rootDocs = new Map<number, Set<string>>();
  nodes.forEach((n, i) => {
    let s = rootDocs.get(rootOf[i]!);
    if (!s) rootDocs.set(rootOf[i]!, (s = new Set()));
    for (const d of n.docs) s.add(d);
  });
  const sharing = (a: Node, roots: number[]): number[] => roots.filter((r) => [...a.docs].some((d) => rootDocs.get(r)!.has(d)));
  const add = (m: Map<string, number[]>, k: string, i: number): void => {
    const l = m.get(k);
    if (l) l.push(i);
    else m.set(k, [i]);
  };
  // People: full names by their last part, or their trailing particles + last part.
  const bySuffix = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    if (n.k.type !== 'PER' || n.k.gaz || n.k.short || n.k.units.length < 2) return;
    const u = n.k.units;
    let p = u.length - 1;
    while (p > 1 && PARTICLES.has(u[p - 1]!)) p--;
    add(bySuffix, u.slice(p).join(' '), i);
  });
  nodes.forEach((n, i) => {
    if (n.k.type !== 'PER' || !n.k.short) return;
    const full = bySuffix.get(n.k.units.join(' '));
    if (!full) return;
    let roots = [...new Set(full.map((j) => rootOf[j]!))];
    if (roots.length > 1) roots = sharing(n, roots);
    if (roots.length === 1) uf.union(i, roots[0]!);
  });
  // Organizations: every proper prefix of two words or more of each name. A longer name that
  // is itself the first words of another (الشراكة المتوسطية للهجرة / ... للهجرة والتنمية) counts
  // as that one.
  const byPrefix = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    if (n.k.type !== 'ORG' || n.k.units.length < 3) return;
    for (let l = 2; l < n.k.units.length; l++) add(byPrefix, n.k.units.slice(0, l).join(' '), i);
  });
  nodes.forEach((n, i) => {
    if (n.k.type !== 'ORG' || n.k.gaz || n.k.units.length < 2) return;
    const longer = byPrefix.get(n.k.units.join(' '));
    if (!longer) return;
    const words = (j: number): string => nodes[j]!.k.units.join(' ');
    const maximal = longer.filter((j) => !longer.some((x) => x !== j && words(x).startsWith(`${words(j)} `)));
    const roots = [...new Set(maximal.map((j) => rootOf[j]!))].filter((r) => r !== rootOf[i]);
    if (roots.length === 1 && sharing(n, roots).length === 1) uf.union(i, roots[0]!);
  });
}

/**
 * Near-miss spellings of one entity join when context agrees (see the head of this file).
 * Every pair is judged on the entities as they stand before any near-miss join, so the
 * outcome does not depend on the order pairs are met in.
 */
export function joinNearMisses(nodes: readonly Node[], uf: UnionFind, opts: Required<LinkOptions>): void {
  const rootOf = nodes.map((_, i) => uf.find(i));
  const docs = new Map<number, Set<string>>();
  const mentions = new Map<number, number>();
  const rootsInDoc = new Map<string, Set<number>>();
  nodes.forEach((n, i) => {
    const r = rootOf[i]!;
    let ds = docs.get(r);
    if (!ds) docs.set(r, (ds = new Set()));
    mentions.set(r, (mentions.get(r) ?? 0) + n.mentions);
    for (const d of n.docs) {
      ds.add(d);
      let s = rootsInDoc.get(d);
      if (!s) rootsInDoc.set(d, (s = new Set()));
      s.add(r);
    }
  });
  const contexts = new Map<number, Set<number>>();
  const context = (r: number): Set<number> => {
    let out = contexts.get(r);
    if (out) return out;
    out = new Set<number>();
    for (const d of docs.get(r)!) for (const x of rootsInDoc.get(d)!) if (x !== r) out.add(x);
    contexts.set(r, out);
    return out;
  };
  const index = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    if (n.k.gaz || n.k.short || n.k.skel.length < 3) return;
    for (const d of deletionKeys(n.k.skel)) {
      const key = `${n.k.type}|${d}`;
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
  });
  const tried = new Set<string>();
  const joins: Array<[number, number]> = [];
  for (const list of index.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = nodes[list[x]!]!;
        const b = nodes[list[y]!]!;
        const ra = rootOf[list[x]!]!;
        const rb = rootOf[list[y]!]!;
        const pair = ra < rb ? `${ra}:${rb}` : `${rb}:${ra}`;
        if (ra === rb || tried.has(pair) || !withinOneEdit(a.k.skel, b.k.skel)) continue;
        tried.add(pair);
        if (a.k.head && b.k.head && a.k.head !== b.k.head) continue;
        const da = docs.get(ra)!;
        if ([...docs.get(rb)!].some((d) => da.has(d))) continue;
        if (Math.min(mentions.get(ra)!, mentions.get(rb)!) > opts.maxVariantMentions) continue;
        const sameHead = a.k.head !== null && a.k.head === b.k.head;
        const ca = context(ra);
        let shared = 0;
        for (const r of context(rb)) if (ca.has(r)) shared++;
        if (shared >= (sameHead ? 1 : opts.minSharedContext)) joins.push([ra, rb]);
      }
    }
  }
  // Only unambiguous pairs: a spelling one edit from two others joins neither, and no
  // chain of near-misses (A ~ B ~ C) grows one entity out of several.
  const partners = new Map<number, number>();
  for (const [a, b] of joins) {
    partners.set(a, (partners.get(a) ?? 0) + 1);
    partners.set(b, (partners.get(b) ?? 0) + 1);
  }
  for (const [a, b] of joins) if (partners.get(a) === 1 && partners.get(b) === 1) uf.union(a, b);
}
