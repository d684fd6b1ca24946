// What is decided about each pair a new document is compared with (engine.ts add, step 2):
// same-event and mention edges with its anchor candidates (relate), verified copies among its
// LSH band candidates (near-duplicates.ts), and each copy made a same-event edge.
import type { CopyPair, StoryEdge } from '../store/story-store.js';
import type { DocCache, Known } from './doc-cache.js';
import { isCopy, shingleSimilarity } from './near-duplicates.js';
import { sharesAnchors } from './anchor-periods.js';
import { cosine, relate, type DocModel } from './story-relation.js';
import { MIN_SHARED_ANCHORS } from './stories.js';

export interface PairInput {
  id: string;
  model: DocModel;
  shingles: Uint32Array;
  /** Anchor candidates (anchor-index.ts), sorted. */
  related: readonly string[];
  /** Band candidates (band-table.ts), sorted. */
  copyCandidates: readonly string[];
}

export async function decidePairs(
  input: PairInput,
  docs: DocCache,
): Promise<{ edges: StoryEdge[]; copies: CopyPair[]; others: Map<string, Known> }> {
  const { id, model, shingles, related, copyCandidates } = input;
  const others = await docs.known([...new Set([...related, ...copyCandidates])]);
  const edges: StoryEdge[] = [];
  for (const o of related) {
    const other = others.get(o);
    if (!other || o === id) continue;
    // relate is monotone in the cosine, so a pair it rejects even at cosine 1 (event dates
    // too far apart with no recall; an undated pair without shared entities and scene) is
    // no edge whatever the cosine: skip the cosine and the other's key vector. Most
    // candidates of a large archive share words but not dates; building their models and
    // cosines was most of the engine's time.
    if (relate(model, other.gate, 1) === null) continue;
    const otherModel = docs.model(other);
    // A candidate must share MIN_SHARED_ANCHORS anchors in fact: the entity look-ups
    // return a superset (anchor-periods.ts), and two index keys may hash alike (anchor-index.ts).
    if (!sharesAnchors(model, otherModel, MIN_SHARED_ANCHORS)) continue;
    const cos = cosine(model, otherModel);
    const relation = relate(model, otherModel, cos);
    if (relation) edges.push({ a: id < o ? id : o, b: id < o ? o : id, relation, cosine: cos });
  }
  const copies: CopyPair[] = [];
  for (const o of copyCandidates) {
    const other = others.get(o);
    if (!other || o === id) continue;
    const sim = shingleSimilarity(shingles, other.shingles);
    if (isCopy(sim, Math.min(shingles.length, other.shingles.length))) {
      copies.push({ doc: id, of: o, jaccard: sim.jaccard, containment: sim.containment });
    }
  }
  // A copy reports the same event as its original, whatever the date estimates say (a
  // reprint may lose the dateline that dated the original).
  for (const c of copies) {
    const [a, b] = id < c.of ? [id, c.of] : [c.of, id];
    const e = edges.find((x) => x.a === a && x.b === b);
    if (e) e.relation = 'same';
    else edges.push({ a, b, relation: 'same', cosine: cosine(model, docs.model(others.get(c.of)!)) });
  }
  return { edges, copies, others };
}
