// What `rasd stories` and `rasd story` print, as data: one builder per verb, shared by the
// text and the JSON output so that the two never disagree.
//
// Everything here is read back from the store and recomputed at read time (similarities to
// the centroid, the copy groups), never cached: the engine rewrites a story whenever a
// document lands in its region, and a recomputation from the stored features is cheap for
// one story.
import type { Store } from '../store/store.js';
import type { CopyPair, StoryRecord } from '../store/story-store.js';
import { isRasdError, RasdError } from '../errors.js';
import type { EntityType } from '../types.js';
import { storySimilarities } from './region.js';
import { docModel, type DocModel } from './story-relation.js';
import { byString, Components } from './story-components.js';

/** How many places and main entities a story detail lists. */
export const TOP_PLACES = 8;
export const TOP_ENTITIES = 10;

export interface StorySummary {
  id: string;
  title: string;
  size: number;
  firstDate: string | null;
  lastDate: string | null;
  documents: Array<{ id: string; source: string }>;
}

/** A canonical entity as a story counts it: in how many of its documents, how many mentions there. */
export interface StoryEntity {
  id: string;
  name: string;
  type: EntityType;
  docs: number;
  mentions: number;
}

export interface StoryDocDetail {
  id: string;
  source: string;
  outlet: string;
  title: string;
  /** Cosine to the story's centroid, 4 decimals (1 for a story of one report). */
  similarity: number;
  eventDate: string | null;
  published: string | null;
  /** The original this document copies (see copyGroups), with the pair's scores. */
  copyOf: { id: string; jaccard: number; containment: number } | null;
  /** The documents that copy this one (it is their group's original). */
  copies: string[];
  /**
   * An undated report that matches more than MAX_UNDATED_EVENTS distinct events (editions of
   * a recurring one): a story of its own, attributed to none of them (story-placement.ts).
   */
  unattributed: boolean;
}

export interface StoryLink {
  story: string;
  title: string;
  /** Which of this story's documents (doc) recalls or is recalled by which of the other's (other). */
  via: Array<{ doc: string; other: string }>;
}

export interface StoryDetail {
  id: string;
  title: string;
  central: string;
  size: number;
  dates: { first: string | null; last: string | null };
  places: StoryEntity[];
  entities: StoryEntity[];
  documents: StoryDocDetail[];
  mentions: StoryLink[];
}

const round4 = (x: number): number => Math.round(x * 10000) / 10000;

/** Every story, largest first, with its documents' ids and sources (no per-document loads). */
export async function storySummaries(store: Store): Promise<StorySummary[]> {
  const records = await store.stories.listStories();
  if (records.length === 0) return [];
  const sources = await store.documentSources();
  const out: StorySummary[] = [];
  for (const r of records) {
    const members = await store.stories.storyDocs(r.id);
    out.push({
      id: r.id,
      title: r.title,
      size: r.size,
      firstDate: r.firstDate,
      lastDate: r.lastDate,
      documents: members.map((m) => ({ id: m.doc, source: sources.get(m.doc) ?? '' })),
    });
  }
  return out;
}

/** An unknown publication date sorts after every known one. */
const publishedKey = (p: string | null): string => p ?? '\u{10FFFF}';

/**
 * The copy relation inside a story, independent of the order documents arrived in: the
 * documents connected by copy pairs form a group; its original is the earliest published
 * (unknown last); among reports of one day, the longest (most shingles: a reprint trims
 * and seldom adds); then the smallest id. Every other member copies the original, scored by
 * their direct pair when there is one, else by the member's best direct pair.
 */
export function copyGroups(
  members: ReadonlySet<string>,
  pairs: readonly CopyPair[],
  publishedOf: (doc: string) => string | null,
  sizeOf: (doc: string) => number = () => 0,
): Map<string, { copyOf: StoryDocDetail['copyOf']; copies: string[] }> {
  const inside = pairs.filter((p) => members.has(p.doc) && members.has(p.of));
  const parts = new Components();
  for (const p of inside) {
    parts.add(p.doc);
    parts.add(p.of);
    parts.union(p.doc, p.of);
  }
  const out = new Map<string, { copyOf: StoryDocDetail['copyOf']; copies: string[] }>();
  for (const m of members) out.set(m, { copyOf: null, copies: [] });
  const done = new Set<string>();
  for (const m of [...members].sort(byString)) {
    if (!parts.has(m) || done.has(parts.find(m))) continue;
    done.add(parts.find(m));
    const group = [...parts.membersOf(m)].sort(byString);
    const original = group.reduce((best, d) => {
      const a = publishedKey(publishedOf(d));
      const b = publishedKey(publishedOf(best));
      if (a !== b) return a < b ? d : best;
      const sd = sizeOf(d);
      const sb = sizeOf(best);
      return sd > sb || (sd === sb && d < best) ? d : best;
    });
    out.get(original)!.copies = group.filter((d) => d !== original);
    for (const d of group) {
      if (d === original) continue;
      const own = inside.filter((p) => p.doc === d || p.of === d);
      const direct = own.find((p) => p.doc === original || p.of === original);
      const best = direct ?? own.reduce((x, y) => (y.jaccard > x.jaccard || (y.jaccard === x.jaccard && y.containment > x.containment) ? y : x));
      out.get(d)!.copyOf = { id: original, jaccard: round4(best.jaccard), containment: round4(best.containment) };
    }
  }
  return out;
}

/** The places and the main other entities of a story's documents, most documents first. */
async function storyEntities(store: Store, members: ReadonlySet<string>): Promise<{ places: StoryEntity[]; entities: StoryEntity[] }> {
  const counted: StoryEntity[] = [];
  for (const e of await store.entitiesOfDocs([...members])) counted.push({ id: e.id, name: e.name, type: e.type, docs: e.docs, mentions: e.mentions });
  counted.sort((a, b) => b.docs - a.docs || b.mentions - a.mentions || byString(a.name, b.name) || byString(a.id, b.id));
  return {
    places: counted.filter((e) => e.type === 'LOC').slice(0, TOP_PLACES),
    entities: counted.filter((e) => e.type !== 'LOC').slice(0, TOP_ENTITIES),
  };
}

/** The links of a story to other stories through 'mention' edges, by story id. */
async function storyLinks(store: Store, members: ReadonlySet<string>): Promise<StoryLink[]> {
  const edges = (await store.stories.storyEdges([...members])).filter(
    (e) => e.relation === 'mention' && members.has(e.a) !== members.has(e.b),
  );
  if (edges.length === 0) return [];
  const pairs = edges.map((e) => (members.has(e.a) ? { doc: e.a, other: e.b } : { doc: e.b, other: e.a }));
  const where = await store.stories.storyMembership(pairs.map((p) => p.other));
  const byStory = new Map<string, Array<{ doc: string; other: string }>>();
  for (const p of pairs) {
    const story = where.get(p.other)?.story;
    if (story === undefined) continue;
    const list = byStory.get(story);
    if (list) list.push(p);
    else byStory.set(story, [p]);
  }
  const out: StoryLink[] = [];
  for (const story of [...byStory.keys()].sort(byString)) {
    const via = byStory.get(story)!.sort((x, y) => byString(x.doc, y.doc) || byString(x.other, y.other));
    out.push({ story, title: (await store.stories.getStory(story)).title, via });
  }
  return out;
}

/**
 * A story by its id or prefix, else the story of the document with that id or prefix (a
 * reader often has a report in hand, and a story's id changes when a smaller report joins).
 */
async function findStory(store: Store, idOrPrefix: string): Promise<StoryRecord> {
  try {
    return await store.stories.getStory(idOrPrefix);
  } catch (e) {
    if (!isRasdError(e) || e.code !== 'STORY_NOT_FOUND') throw e;
    let doc: string;
    try {
      doc = (await store.getDocument(idOrPrefix)).id;
    } catch {
      throw e;
    }
    const member = (await store.stories.storyMembership([doc])).get(doc);
    if (!member) throw new RasdError('STORY_NOT_FOUND', `document ${doc} is in no story yet (run rasd ingest or rasd recluster)`);
    return store.stories.getStory(member.story);
  }
}

/** One story in full, by id or unique prefix (throws STORY_NOT_FOUND / AMBIGUOUS_ID). */
export async function storyDetail(store: Store, idOrPrefix: string): Promise<StoryDetail> {
  const record = await findStory(store, idOrPrefix);
  const memberRows = await store.stories.storyDocs(record.id);
  const ids = memberRows.map((m) => m.doc);
  const unattributed = new Set(memberRows.filter((m) => m.ambiguous).map((m) => m.doc));
  const members = new Set(ids);
  const features = await store.stories.storyFeatures(ids);
  // The engine models documents without a df table (place.ts), so the same here.
  const models = new Map<string, DocModel>(ids.map((id) => [id, docModel(features.get(id)!.doc, {})]));
  const sims = storySimilarities(ids, models);
  const publishedOf = (d: string): string | null => features.get(d)!.doc.published;
  const sizeOf = (d: string): number => features.get(d)!.shingles.length;
  const copies = copyGroups(members, await store.stories.copyPairs(ids), publishedOf, sizeOf);

  const documents: Array<StoryDocDetail & { raw: number }> = [];
  for (const id of ids) {
    const d = await store.getDocument(id);
    const f = features.get(id)!;
    const sim = sims.get(id)!;
    documents.push({
      id,
      source: d.source,
      outlet: d.outlet,
      title: f.title,
      similarity: round4(sim),
      eventDate: f.doc.eventDate,
      published: f.doc.published,
      ...copies.get(id)!,
      unattributed: unattributed.has(id),
      raw: sim,
    });
  }
  documents.sort((a, b) => b.raw - a.raw || byString(a.id, b.id));
  const { places, entities } = await storyEntities(store, members);
  return {
    id: record.id,
    title: record.title,
    central: record.central,
    size: record.size,
    dates: { first: record.firstDate, last: record.lastDate },
    places,
    entities,
    documents: documents.map(({ raw: _raw, ...doc }) => doc),
    mentions: await storyLinks(store, members),
  };
}
