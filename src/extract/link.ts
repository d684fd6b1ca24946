// Linking: mentions across documents become canonical entities.
//
// 1. Every mention gets a key (link-keys.ts): spelling variants, gazetteer aliases and
//    quoted or bracketed surfaces fold there, and equal keys are one entity. An alias with a
//    ref (MPMD, المفوضية) takes its full name's key; a homograph place name takes the key of
//    its reading (sense), and one its document left open takes the reading whose documents
//    share the most entities with its own (two at least), else the first (عمان: Oman).
// 2. Short forms: a person's family name alone (بلينكن), or particle + family name (دي مايو),
//    joins the one full name in the document set that ends with it; when several do, the
//    one that shares a document with it, if that is a single one. An organization named by
//    the first words of a longer one (X ... = X ... Y) joins it when exactly one longer name
//    extends it (a longer name that is the first words of another counts as that one) and
//    both occur in a common document.
// 3. Near-misses: two keys of one type within one edit of each other (مخيم الخول / الهول)
//    join only when context agrees: they never occur in the same document, the rarer one
//    has at most two mentions, other entities occur both in one's and in the other's
//    documents (two of them, or one when both have the same head word: مخيم، سجن), and
//    neither spelling is one edit from a third (no chains, no ambiguous pairs).
// 4. The canonical name is the gazetteer's name for a known entity, else the most frequent
//    surface of the entity's principal key (full names before short forms; aliases with a
//    ref do not name it, and للشراكة is named الشراكة). Entity ids are
//    a hash of type and principal key, so the same corpus always gives the same ids.
//
// Steps 1 and 4 are here; steps 2 and 3, and the union-find they share, are in link-grouping.ts.
import { createHash } from 'node:crypto';
import type { Entity, EntityType, Mention } from '../types.js';
import { mentionKey, type MentionKey } from './link-keys.js';
import { joinNearMisses, joinShortForms, UnionFind, type Node } from './link-grouping.js';

export interface LinkOptions {
  /** Join near-miss spellings when context agrees (default true). */
  nearMiss?: boolean;
  /** Other entities two near-miss spellings' documents must share (default 2). */
  minSharedContext?: number;
  /** Most mentions the rarer of two near-miss spellings may have (default 2). */
  maxVariantMentions?: number;
}

export interface LinkResult {
  entities: Entity[];
  /** The input documents, each mention (same order) with its entity id set. */
  docs: Array<{ docId: string; mentions: Mention[] }>;
  /** Roles seen for each person entity (وزير الخارجية الأمريكي ...), most frequent first. */
  roles: Record<string, string[]>;
}

const collapse = (s: string): string => s.replace(/\s+/gu, ' ').trim();

function entityId(type: EntityType, key: string): string {
  return createHash('sha1').update(`${type}\u0000${key}`).digest('hex').slice(0, 12);
}

/** Strings by count, then (on ties) the fuller one first, then code point order. */
function countedOrder(m: Map<string, number>): string[] {
  const words = (s: string): number => s.split(' ').length;
  return [...m.entries()]
    .sort((a, b) => b[1] - a[1] || words(b[0]) - words(a[0]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([s]) => s);
}

/**
 * Homograph place names their documents left undecided (عمان with no word of Jordan or Oman
 * around it) take the reading whose documents share the most other entities with theirs
 * (two at least, and more than any other reading's); else the first reading.
 */
function decideReadings(keyOf: MentionKey[][]): void {
  const decided = new Map<string, Set<number>>();
  keyOf.forEach((ks, d) => {
    for (const k of ks) {
      if (k.readings || !k.gaz) continue;
      let s = decided.get(k.key);
      if (!s) decided.set(k.key, (s = new Set()));
      s.add(d);
    }
  });
  const context = new Map<string, Set<string>>();
  const contextOf = (id: string): Set<string> => {
    let out = context.get(id);
    if (out) return out;
    out = new Set();
    for (const d of decided.get(id) ?? []) for (const k of keyOf[d]!) if (!k.readings && k.key !== id) out.add(k.key);
    context.set(id, out);
    return out;
  };
  keyOf.forEach((ks, d) => {
    const own = new Set(ks.filter((k) => !k.readings).map((k) => k.key));
    ks.forEach((k, i) => {
      if (!k.readings) return;
      const scores = k.readings.map((r) => {
        const ctx = contextOf(r.id);
        let n = 0;
        for (const x of own) if (x !== r.id && ctx.has(x)) n++;
        return n;
      });
      const best = Math.max(...scores);
      const pick = best >= 2 && scores.filter((x) => x === best).length === 1 ? scores.indexOf(best) : 0;
      const hit = k.readings[pick]!;
      ks[i] = { type: hit.type, key: hit.id, gaz: hit, short: false, units: k.units, head: null, skel: '' };
    });
  });
}

/** Links the mentions of a set of documents to canonical entities. */
export function linkMentions(docs: ReadonlyArray<{ docId: string; mentions: readonly Mention[] }>, opts: LinkOptions = {}): LinkResult {
  const o: Required<LinkOptions> = { nearMiss: true, minSharedContext: 2, maxVariantMentions: 2, ...opts };
  const byKey = new Map<string, Node>();
  const seen = new Map<string, MentionKey>(); // one key per surface and type: surfaces repeat
  const keyOf: MentionKey[][] = docs.map((d) =>
    d.mentions.map((m) => {
      const sk = `${m.type}\u0000${m.text}\u0000${m.ref ?? ''}\u0000${m.sense ?? ''}`;
      let k = seen.get(sk);
      if (!k) seen.set(sk, (k = mentionKey(m)));
      return k;
    }),
  );
  decideReadings(keyOf);
  docs.forEach((d, di) =>
    d.mentions.forEach((m, mi) => {
      const k = keyOf[di]![mi]!;
      let n = byKey.get(k.key);
      if (!n) byKey.set(k.key, (n = { k, mentions: 0, docs: new Set(), surfaces: new Map(), names: new Map() }));
      n.mentions++;
      n.docs.add(d.docId);
      const s = collapse(m.text);
      n.surfaces.set(s, (n.surfaces.get(s) ?? 0) + 1);
      // A name written with ل + ال (للشراكة ...) is named without the preposition.
      const named = s.startsWith('لل') && (k.units[0] ?? '').startsWith('ال') ? `ا${s.slice(1)}` : s;
      if (!m.ref) n.names.set(named, (n.names.get(named) ?? 0) + 1);
    }),
  );
  // Sorted keys: the result does not depend on the order of the documents.
  const nodes = [...byKey.values()].sort((a, b) => (a.k.key < b.k.key ? -1 : a.k.key > b.k.key ? 1 : 0));
  const index = new Map<string, number>();
  const uf = new UnionFind();
  nodes.forEach((n) => index.set(n.k.key, uf.add()));
  joinShortForms(nodes, uf);
  if (o.nearMiss) joinNearMisses(nodes, uf, o);

  const members = new Map<number, number[]>();
  nodes.forEach((_, i) => {
    const r = uf.find(i);
    const g = members.get(r);
    if (g) g.push(i);
    else members.set(r, [i]);
  });
  const idOfRoot = new Map<number, string>();
  const entities: Array<Entity & { count: number }> = [];
  for (const [root, group] of members) {
    const ns = group.map((i) => nodes[i]!);
    const rank = [...ns].sort(
      (a, b) =>
        Number(!!b.k.gaz) - Number(!!a.k.gaz) ||
        Number(a.k.short) - Number(b.k.short) ||
        b.mentions - a.mentions ||
        b.docs.size - a.docs.size ||
        b.k.units.length - a.k.units.length ||
        (a.k.key < b.k.key ? -1 : a.k.key > b.k.key ? 1 : 0),
    );
    const anchor = rank[0]!;
    const type = anchor.k.gaz ? anchor.k.gaz.type : anchor.k.type;
    const key = anchor.k.gaz ? anchor.k.gaz.id : anchor.k.key;
    const name = anchor.k.gaz ? anchor.k.gaz.name : countedOrder(anchor.names.size > 0 ? anchor.names : anchor.surfaces)[0]!;
    const all = new Map<string, number>();
    for (const n of ns) for (const [s, c] of n.surfaces) all.set(s, (all.get(s) ?? 0) + c);
    const id = entityId(type, key);
    idOfRoot.set(root, id);
    entities.push({ id, name, type, surfaces: countedOrder(all), count: ns.reduce((a, n) => a + n.mentions, 0) });
  }
  entities.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));

  const roleCounts = new Map<string, Map<string, number>>();
  const out = docs.map((d, di) => ({
    docId: d.docId,
    mentions: d.mentions.map((m, mi) => {
      const id = idOfRoot.get(uf.find(index.get(keyOf[di]![mi]!.key)!))!;
      if (m.role) {
        let r = roleCounts.get(id);
        if (!r) roleCounts.set(id, (r = new Map()));
        r.set(m.role, (r.get(m.role) ?? 0) + 1);
      }
      return { ...m, entity: id };
    }),
  }));
  const roles: Record<string, string[]> = {};
  for (const [id, r] of roleCounts) roles[id] = countedOrder(r);
  return { entities: entities.map(({ count: _count, ...e }) => e), docs: out, roles };
}
