// Stories: reports of one event, grouped incrementally.
//
// Edges are pairwise "same event" decisions (relate) that read only the two documents' own
// features, never corpus statistics that drift as documents arrive. The candidates a new
// document is compared with come from an inverted index over its anchors (its entities and
// its ANCHOR_KEYS most weighted keys, fixed functions of the document), never from a scan;
// anchors are indexed and queried alike, so a pair is examined whichever of the two comes
// second. The stories are then a function of the final edge set (see StoryIndex): dated
// reports form connected components; an undated report joins one of the dated components it
// has edges to (the best by mean affinity), so it can never bridge two. Hence the grouping
// does not depend on ingest order; a story's id is its smallest document id.
//
// The one exception is the posting cap: an anchor carried by more than MAX_POSTINGS
// documents stops being used to find candidates, and a pair that shares only such anchors
// may then be found or missed depending on order. Anchors are each document's most
// specific terms, so this takes a very large archive.
//
// The decision:
//   1. Dates: two documents whose event dates are both known and differ by more than
//      MAX_EVENT_GAP_DAYS (at month precision: months that cannot hold dates that close),
//      or fall in different years, are never one story, whatever their wording. This keeps
//      meetings of one body in different years, rounds of the same talks, or two
//      earthquakes in one province apart: they share most of their words.
//   2. Wording: cosine of TF-IDF vectors over the stemmed keys (title keys weigh
//      TITLE_WEIGHT). IDF comes from a fixed document-frequency table when one is given
//      (StoryIndexOptions.df, fixed for the index's life), else every key not in the
//      built-in stopword list weighs 1 (numbers NUMBER_WEIGHT), with 1 + log tf.
//   2b. A report without an event date whose lead gives a day and month with no year
//      (DateMention.monthDay: "Friday 2 May") is compared with a report dated to the day
//      as if dated: a month-day within MAX_EVENT_GAP_DAYS makes the pair date-compatible
//      and it follows rule 3; none within makes it incompatible (story-dates.ts).
//   3. Two dated, date-compatible reports are one story when cosine ≥ MIN_COSINE, or
//      cosine ≥ MIN_COSINE_WITH_ENTITIES and they share MIN_SHARED_ENTITIES entities (and
//      a lead place when both leads name places). When either report is undated, wording
//      and entities must agree (the second rule) and so must the scene: one's first lead
//      place must be among the other's lead places.
//   4. Any link (same or mention) with a report that has no event date needs
//      MIN_SHARED_ENTITIES shared entities, a month-day match included.
//
// A report that recalls another event is linked to it as a mention (Story.mentions), never
// merged with it, when cosine ≥ MIN_MENTION_COSINE and either a date it mentions matches the
// other's event date while their own event dates are incompatible, or (the other report
// undated, the two scenes different) one of its recalled sentences (StoryDoc.recalls: a
// sentence naming a day or month that cannot be its own event's) names the other's scene and
// another of its entities.
//
// The decision and the document model it reads are in story-relation.ts, dates in
// story-dates.ts, union-find in story-components.ts and the placing of undated reports in
// story-placement.ts; this module is the index, and re-exports what importers used from it.
import { byString, Components } from './story-components.js';
import { placeUndated } from './story-placement.js';
import { cosine, dated, docModel, relate, type DocModel, type StoryIndexOptions } from './story-relation.js';
import type { StoryDoc } from './story-features.js';

export type { StoryDoc } from './story-features.js';
export { dateRange, datesCompatible, MAX_EVENT_GAP_DAYS } from './story-dates.js';
export {
  ANCHOR_KEYS,
  MIN_COSINE,
  MIN_COSINE_WITH_ENTITIES,
  MIN_MENTION_COSINE,
  MIN_SHARED_ENTITIES,
  NUMBER_WEIGHT,
  PLACE_BONUS,
  relateDocs,
  TITLE_WEIGHT,
  type Relation,
  type StoryIndexOptions,
} from './story-relation.js';

export interface Story {
  /** The smallest document id of the story. */
  id: string;
  /** Document ids, sorted. */
  docs: string[];
  /** Ids of other stories that this story's reports recall (or that recall it), sorted. */
  mentions: string[];
}

export interface AddResult {
  /** The id of the story the document is now in. */
  story: string;
  /** Ids of the stories (before this add) that the document joined; several are merged. */
  joined: string[];
  /** Ids of the documents this one recalls or is recalled by (mention links, not merges). */
  mentions: string[];
}

/** An anchor with more postings than this is not used to find candidates. */
export const MAX_POSTINGS = 1000;
/**
 * A document is a candidate only when it shares at least this many anchors: one shared
 * common word is no evidence, and the pairs that relate share far more (on eval/corpus and
 * the seeds the result is the same for any value from 1 to 6).
 */
export const MIN_SHARED_ANCHORS = 3;

/**
 * Stories, built incrementally. Dated reports (an event date is known) form components over
 * their "same event" edges. An undated report cannot bridge two dated components (it would
 * merge Rome 2021 with Riyadh 2023 through a report that gives no date): it joins the one
 * dated component, among those it has an edge to, with the highest mean affinity over the
 * component's reports (ties: the component whose smallest dated report sorts first); undated reports with no dated neighbour
 * form components among themselves. Both are functions of the final set of edges, so ingest
 * order does not change them; placing the undated reports is redone only after an add, over
 * the undated reports and their neighbours' components.
 */
export class StoryIndex {
  private readonly models = new Map<string, DocModel>();
  private readonly datedParts = new Components();
  /** Edges of each undated report: neighbour → true. */
  private readonly undatedEdges = new Map<string, Set<string>>();
  private readonly postings = new Map<string, string[]>();
  private readonly mentionLinks = new Map<string, Set<string>>();
  private resolved: Map<string, string> | null = null;

  constructor(private readonly opts: StoryIndexOptions = {}) {}

  get size(): number {
    return this.models.size;
  }

  /** Documents that share an anchor with m, each once, sorted. */
  private candidates(m: DocModel): string[] {
    const hits = new Map<string, number>();
    for (const a of m.anchors) {
      const p = this.postings.get(a);
      if (!p || p.length > MAX_POSTINGS) continue;
      for (const id of p) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
    const out: string[] = [];
    for (const [id, n] of hits) if (n >= MIN_SHARED_ANCHORS) out.push(id);
    return out.sort(byString);
  }

  /** Story id of every undated report (the dated ones read datedParts), cached until the next add. */
  private resolve(): Map<string, string> {
    if (this.resolved) return this.resolved;
    this.resolved = placeUndated(this.undatedEdges, this.datedParts, this.models);
    return this.resolved;
  }

  /** The story id (smallest document id of its story's dated core, or of its undated group) of a document. */
  storyOf(docId: string): string | undefined {
    if (this.datedParts.has(docId)) return this.datedParts.find(docId);
    if (this.undatedEdges.has(docId)) return this.resolve().get(docId);
    return undefined;
  }

  private edge(u: string, v: string): void {
    let s = this.undatedEdges.get(u);
    if (!s) this.undatedEdges.set(u, (s = new Set()));
    s.add(v);
  }

  /** Adds a document: it joins the stories of the documents it reports the same event as, or starts one. */
  add(doc: StoryDoc): AddResult {
    if (this.models.has(doc.id)) {
      return { story: this.storyOf(doc.id)!, joined: [], mentions: [...(this.mentionLinks.get(doc.id) ?? [])].sort(byString) };
    }
    const m = docModel(doc, this.opts);
    const mentions: string[] = [];
    const same: string[] = [];
    for (const id of this.candidates(m)) {
      const o = this.models.get(id)!;
      const rel = relate(m, o, cosine(m, o));
      if (rel === 'same') same.push(id);
      else if (rel === 'mention') mentions.push(id);
    }
    const before = new Map(same.map((id) => [id, this.storyOf(id)!]));

    this.models.set(doc.id, m);
    for (const a of m.anchors) {
      const p = this.postings.get(a);
      if (!p) this.postings.set(a, [doc.id]);
      else if (p.length <= MAX_POSTINGS) p.push(doc.id); // one past the cap marks it saturated
    }
    const isDated = dated(m);
    if (isDated) this.datedParts.add(doc.id);
    else this.undatedEdges.set(doc.id, new Set());
    for (const id of same) {
      const other = this.models.get(id)!;
      if (isDated && dated(other)) this.datedParts.union(doc.id, id);
      else {
        if (!isDated) this.edge(doc.id, id);
        if (!dated(other)) this.edge(id, doc.id);
      }
    }
    for (const id of mentions) {
      this.link(doc.id, id);
      this.link(id, doc.id);
    }
    this.resolved = null;
    const story = this.storyOf(doc.id)!;
    const joined = new Set<string>();
    for (const [id, was] of before) if (this.storyOf(id) === story) joined.add(was);
    return { story, joined: [...joined].sort(byString), mentions: mentions.sort(byString) };
  }

  private link(a: string, b: string): void {
    let s = this.mentionLinks.get(a);
    if (!s) this.mentionLinks.set(a, (s = new Set()));
    s.add(b);
  }

  /** All stories, sorted by id, each with its documents sorted. */
  stories(): Story[] {
    const byStory = new Map<string, string[]>();
    for (const id of this.models.keys()) {
      const s = this.storyOf(id)!;
      let docs = byStory.get(s);
      if (!docs) byStory.set(s, (docs = []));
      docs.push(id);
    }
    const out: Story[] = [];
    for (const docs of byStory.values()) {
      docs.sort(byString);
      const id = docs[0]!;
      const mentioned = new Set<string>();
      for (const d of docs) for (const o of this.mentionLinks.get(d) ?? []) mentioned.add(this.storyOf(o)!);
      out.push({ id, docs, mentions: [...mentioned] });
    }
    // Story ids are the smallest document of each story; mentions are renamed to them.
    const rename = new Map<string, string>();
    for (const [key, docs] of byStory) rename.set(key, docs[0]!);
    for (const s of out) s.mentions = [...new Set(s.mentions.map((k) => rename.get(k)!))].filter((k) => k !== s.id).sort(byString);
    return out.sort((a, b) => byString(a.id, b.id));
  }
}

/** Stories of a set of documents: the same as adding them to a StoryIndex in any order. */
export function clusterStories(docs: readonly StoryDoc[], opts: StoryIndexOptions = {}): Story[] {
  const index = new StoryIndex(opts);
  for (const d of [...docs].sort((a, b) => byString(a.id, b.id))) index.add(d);
  return index.stories();
}
