// Stories inside one region. A region is a connected component of the "same event" edges
// over all documents, dated or not. The story rules (stories.ts) only ever look along
// those edges: dated reports form components over dated–dated edges, an undated report
// joins the best dated component among its neighbours' (placeUndated). So the stories of a
// region are a function of the region's documents and edges alone, and a new document only
// changes the region it lands in: that is what lets the engine place it without touching
// the rest of the store, and still give the same stories as clustering everything at once
// (the reference StoryIndex of stories.ts, except that the engine also makes every verified
// copy a same-event edge).
import { byString, Components } from './story-components.js';
import { placeUndated, type KeptMean } from './story-placement.js';
import type { DocModel } from './story-relation.js';
import type { StoryRecord } from '../store/story-store.js';

/**
 * Story of every document of a region: the smallest id among the story's documents.
 * `coreOf` gives each dated document's core (the component of dated reports over dated–dated
 * edges, kept by the store) and null for an undated one; `sameEdges` must hold every
 * "same event" edge of the region's undated documents. `isAmbiguous` says which undated
 * documents match too many events to be placed (story-placement.ts); without it, that is
 * read from the edges, which must then reach every dated neighbour of each undated document.
 */
export function assignRegion(
  docs: readonly string[],
  models: ReadonlyMap<string, DocModel>,
  sameEdges: ReadonlyArray<{ a: string; b: string }>,
  coreOf: (doc: string) => string | null,
  pairAffinity?: (u: string, x: string) => number,
  keptMean?: KeptMean,
  isAmbiguous?: (u: string) => boolean,
): Map<string, string> {
  const datedParts = new Components();
  const undatedEdges = new Map<string, Set<string>>();
  for (const id of docs) {
    const core = coreOf(id);
    if (core === null) undatedEdges.set(id, new Set());
    else {
      datedParts.add(id);
      datedParts.add(core);
      datedParts.union(id, core);
    }
  }
  for (const { a, b } of sameEdges) {
    if (undatedEdges.has(a) && (undatedEdges.has(b) || datedParts.has(b))) undatedEdges.get(a)!.add(b);
    if (undatedEdges.has(b) && (undatedEdges.has(a) || datedParts.has(a))) undatedEdges.get(b)!.add(a);
  }
  const undatedStory = placeUndated(undatedEdges, datedParts, models, pairAffinity, keptMean, isAmbiguous);
  const key = new Map<string, string>();
  for (const id of docs) key.set(id, undatedEdges.has(id) ? undatedStory.get(id)! : datedParts.find(id));
  // Name each story by its smallest document (the dated core's name may be larger than an undated member's).
  const smallest = new Map<string, string>();
  for (const id of [...docs].sort(byString)) if (!smallest.has(key.get(id)!)) smallest.set(key.get(id)!, id);
  return new Map(docs.map((id) => [id, smallest.get(key.get(id)!)!]));
}

/**
 * Each document's similarity to its story: the cosine of its weighted key vector with the
 * story's centroid (the mean of its members' unit vectors); 1 for a story of one report.
 */
export function storySimilarities(members: readonly string[], models: ReadonlyMap<string, DocModel>): Map<string, number> {
  const out = new Map<string, number>();
  if (members.length === 1) return out.set(members[0]!, 1);
  const centroid = new Map<number, number>();
  for (const id of members) {
    const m = models.get(id)!;
    if (m.norm === 0) continue;
    for (let i = 0; i < m.ids.length; i++) centroid.set(m.ids[i]!, (centroid.get(m.ids[i]!) ?? 0) + m.weights[i]! / m.norm);
  }
  let cn = 0;
  for (const w of centroid.values()) cn += w * w;
  cn = Math.sqrt(cn);
  for (const id of members) {
    const m = models.get(id)!;
    let dot = 0;
    for (let i = 0; i < m.ids.length; i++) dot += m.weights[i]! * (centroid.get(m.ids[i]!) ?? 0);
    out.set(id, m.norm === 0 || cn === 0 ? 0 : dot / (m.norm * cn));
  }
  return out;
}

/** A story's summary: size, event-date span, and its most central report's title. */
export function storyRecord(
  id: string,
  docs: readonly string[],
  models: ReadonlyMap<string, DocModel>,
  titleOf: (doc: string) => string,
): StoryRecord {
  const sims = storySimilarities(docs, models);
  let central = docs[0]!;
  const dates: string[] = [];
  for (const d of docs) {
    const sim = sims.get(d)!;
    const best = sims.get(central)!;
    if (sim > best || (sim === best && d < central)) central = d;
    const ev = models.get(d)!.doc.eventDate;
    if (ev) dates.push(ev);
  }
  dates.sort(byString);
  return { id, title: titleOf(central), central, size: docs.length, firstDate: dates[0] ?? null, lastDate: dates.at(-1) ?? null };
}
