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
//   3. Two dated, date-compatible reports are one story when cosine ≥ MIN_COSINE, or
//      cosine ≥ MIN_COSINE_WITH_ENTITIES and they share MIN_SHARED_ENTITIES entities (and
//      a lead place when both leads name places). When either report is undated, wording
//      and entities must agree (the second rule) and so must the scene: one's first lead
//      place must be among the other's lead places.
//
// A report that recalls another event (a date it mentions matching the other's event date
// while their own event dates are incompatible, and cosine ≥ MIN_MENTION_COSINE) is linked
// to it as a mention (Story.mentions), never merged with it.
import { stem } from '../text/stem.js';
import type { StoryDoc } from './story-features.js';

export type { StoryDoc } from './story-features.js';

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

export interface StoryIndexOptions {
  /** A fixed document-frequency table (key → documents containing it) for IDF. */
  df?: ReadonlyMap<string, number>;
  /** The number of documents the df table was counted over. */
  dfDocs?: number;
}

/** Event dates further apart than this (days) are different events. */
export const MAX_EVENT_GAP_DAYS = 3;
/** Cosine at or above which wording alone makes two date-compatible reports one story. */
export const MIN_COSINE = 0.5;
/** Cosine at or above which shared entities make two reports one story. */
export const MIN_COSINE_WITH_ENTITIES = 0.3;
/** Entities two reports must share for MIN_COSINE_WITH_ENTITIES. */
export const MIN_SHARED_ENTITIES = 2;
/** Cosine at or above which a date-incompatible pair, one recalling the other's date, is a mention. */
export const MIN_MENTION_COSINE = 0.3;
/** Weight of a title key relative to a body occurrence. */
export const TITLE_WEIGHT = 2;
/** Weight of a number key (figures are specific to an event). */
export const NUMBER_WEIGHT = 1.5;
/** Weight of the share of lead places in common when placing an undated report. */
export const PLACE_BONUS = 0.5;
/** The keys with the highest weights that serve as index anchors. */
export const ANCHOR_KEYS = 40;
/** An anchor with more postings than this is not used to find candidates. */
export const MAX_POSTINGS = 1000;

/**
 * Function words and the most generic news words; stemmed on load like index keys. They
 * weigh nothing and are never anchors.
 */
const STOPWORDS_RAW = `
في من إلى الى على عن مع هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللتين اللواتي
و أو ثم بل لكن لا لم لن ما ماذا متى أين كيف كم كل بعض أي إن أن إنه أنه كان كانت يكون تكون
كانوا قد لقد هو هي هم هن نحن أنا أنت انت هما له لها لهم به بها بهم منه منها منهم عنه عنها
فيه فيها فيهم عليه عليها عليهم إليه إليها بين بعد قبل خلال حتى عند عندما حيث حين منذ
أمام وراء فوق تحت دون غير سوى مثل نحو لدى إذا إذ كما أيضا أيضاً ضمن عبر حول وفق وفقا
ليس ليست يوم اليوم أمس غدا العام عام الماضي المقبل الجاري الحالي الأول الثاني الثالث
قال قالت وقال وقالت أضاف أضافت وأضاف وأضافت أكد أكدت وأكد وأكدت أوضح أوضحت وأوضح وأشار
أشار أشارت وأشارت ذكر ذكرت وذكر وذكرت أعلن أعلنت وأعلن وأعلنت بحسب حسب وفق
تم يتم وتم جرى يجرى ويجري إلى جانب بينما فيما كذلك إضافة بالإضافة
الساعة ساعة دقيقة أسبوع شهر سنة
يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر
كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين
جانفي فيفري أفريل ماي جوان جويلية أوت
السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة
`;
const STOPWORDS: ReadonlySet<string> = new Set(
  STOPWORDS_RAW.split(/\s+/u)
    .filter((w) => w.length > 0)
    .map((w) => stem(w))
    .filter((k) => k.length > 0),
);

const isNumberKey = (k: string): boolean => /^[0-9]/u.test(k);

// ---- dates ----

interface EventDay {
  /** First and last day numbers (days since epoch) the date may stand for. */
  lo: number;
  hi: number;
  year: number;
}

function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** The day range of an ISO date at day or month precision; null for anything else. */
export function dateRange(iso: string | null): EventDay | null {
  if (iso === null) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (m) {
    const n = dayNumber(+m[1]!, +m[2]!, +m[3]!);
    return { lo: n, hi: n, year: +m[1]! };
  }
  m = /^(\d{4})-(\d{2})$/u.exec(iso);
  if (m) {
    const y = +m[1]!;
    const mo = +m[2]!;
    return { lo: dayNumber(y, mo, 1), hi: dayNumber(y, mo + 1, 1) - 1, year: y };
  }
  return null;
}

/** Can two event dates be one event? Unknown dates are compatible with anything. */
export function datesCompatible(a: string | null, b: string | null, gap = MAX_EVENT_GAP_DAYS): boolean {
  const ra = dateRange(a);
  const rb = dateRange(b);
  if (!ra || !rb) return true;
  if (ra.year !== rb.year) return false;
  // The closest two days the ranges allow.
  const distance = Math.max(0, ra.lo - rb.hi, rb.lo - ra.hi);
  return distance <= gap;
}

// ---- the per-document model ----

interface Model {
  doc: StoryDoc;
  vec: Map<string, number>;
  norm: number;
  entities: ReadonlySet<string>;
  places: ReadonlySet<string>;
  anchors: string[];
  /** Day ranges of the dates the document's body mentions (for mention links). */
  recalled: EventDay[];
}

function weigh(doc: StoryDoc, opts: StoryIndexOptions): Map<string, number> {
  const tf = new Map<string, number>();
  const add = (k: string, w: number): void => {
    if (k.length < 2 || STOPWORDS.has(k)) return;
    tf.set(k, (tf.get(k) ?? 0) + w);
  };
  for (const k of doc.keys) add(k, 1);
  for (const k of doc.titleKeys) add(k, TITLE_WEIGHT);
  const vec = new Map<string, number>();
  const N = opts.dfDocs ?? 0;
  for (const [k, f] of tf) {
    let idf = 1;
    if (opts.df && N > 0) idf = Math.log((N + 1) / ((opts.df.get(k) ?? 0) + 1)) + 1;
    const w = (1 + Math.log(f)) * idf * (isNumberKey(k) ? NUMBER_WEIGHT : 1);
    if (w > 0) vec.set(k, w);
  }
  return vec;
}

function model(doc: StoryDoc, opts: StoryIndexOptions): Model {
  const vec = weigh(doc, opts);
  let norm = 0;
  for (const w of vec.values()) norm += w * w;
  const top = [...vec].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, ANCHOR_KEYS);
  const entities = new Set(doc.entities);
  const anchors = [...top.map(([k]) => `k:${k}`), ...[...entities].map((e) => `e:${e}`)];
  const recalled = (doc.dates ?? []).map(dateRange).filter((r): r is EventDay => r !== null);
  return { doc, vec, norm: Math.sqrt(norm), entities, places: new Set(doc.places), anchors, recalled };
}

function cosine(a: Model, b: Model): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [s, l] = a.vec.size <= b.vec.size ? [a.vec, b.vec] : [b.vec, a.vec];
  let dot = 0;
  for (const [k, w] of s) {
    const v = l.get(k);
    if (v !== undefined) dot += w * v;
  }
  return dot / (a.norm * b.norm);
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** How two documents relate: one story, one recalling the other's event, or neither. */
export type Relation = 'same' | 'mention' | null;

const dated = (m: Model): boolean => dateRange(m.doc.eventDate) !== null;

/** Does one document's first lead place (its dateline or scene) appear among the other's lead places? False when either names none. */
function sitesAgree(a: Model, b: Model): boolean {
  const sa = a.doc.places[0];
  const sb = b.doc.places[0];
  if (sa === undefined || sb === undefined) return false;
  return b.places.has(sa) || a.places.has(sb);
}

function relate(a: Model, b: Model, cos: number): Relation {
  if (datesCompatible(a.doc.eventDate, b.doc.eventDate)) {
    const entities = sharedCount(a.entities, b.entities) >= MIN_SHARED_ENTITIES;
    if (!dated(a) || !dated(b)) {
      // Without a date, wording, entities and the scene must all agree.
      return cos >= MIN_COSINE_WITH_ENTITIES && entities && sitesAgree(a, b) ? 'same' : null;
    }
    if (cos >= MIN_COSINE) return 'same';
    if (cos >= MIN_COSINE_WITH_ENTITIES && entities) {
      // When both leads name places, they must name a common one.
      if (a.places.size === 0 || b.places.size === 0 || sharedCount(a.places, b.places) > 0) return 'same';
    }
    return null;
  }
  if (cos < MIN_MENTION_COSINE) return null;
  const recalls = (x: Model, y: Model): boolean => {
    const ry = dateRange(y.doc.eventDate);
    return ry !== null && x.recalled.some((r) => r.year === ry.year && Math.max(0, r.lo - ry.hi, ry.lo - r.hi) <= MAX_EVENT_GAP_DAYS);
  };
  return recalls(a, b) || recalls(b, a) ? 'mention' : null;
}

/** Similarity used to place an undated report: cosine plus PLACE_BONUS × the share of lead places in common. */
function affinity(a: Model, b: Model): number {
  const small = Math.min(a.places.size, b.places.size);
  return cosine(a, b) + (small === 0 ? 0 : (PLACE_BONUS * sharedCount(a.places, b.places)) / small);
}

/** The pairwise decision on two documents alone (exported for tests and diagnostics). */
export function relateDocs(a: StoryDoc, b: StoryDoc, opts: StoryIndexOptions = {}): { relation: Relation; cosine: number } {
  const ma = model(a, opts);
  const mb = model(b, opts);
  const cos = cosine(ma, mb);
  return { relation: relate(ma, mb, cos), cosine: cos };
}

// ---- the index ----

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Union-find over string ids; a component's name is its smallest member; members are kept. */
class Components {
  private readonly parent = new Map<string, string>();
  private readonly members = new Map<string, string[]>();

  add(x: string): void {
    if (this.parent.has(x)) return;
    this.parent.set(x, x);
    this.members.set(x, [x]);
  }

  has(x: string): boolean {
    return this.parent.has(x);
  }

  /** The component's smallest member. */
  find(x: string): string {
    let r = x;
    while (this.parent.get(r) !== r) r = this.parent.get(r)!;
    while (x !== r) {
      const next = this.parent.get(x)!;
      this.parent.set(x, r);
      x = next;
    }
    return r;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent.set(drop, keep);
    const km = this.members.get(keep)!;
    for (const x of this.members.get(drop)!) km.push(x);
    this.members.delete(drop);
  }

  membersOf(x: string): readonly string[] {
    return this.members.get(this.find(x))!;
  }
}

/**
 * Stories, built incrementally. Dated reports (an event date is known) form components over
 * their "same event" edges. An undated report cannot bridge two dated components (it would
 * merge Rome 2021 with Riyadh 2023 through a report that gives no date): it joins the one
 * dated component, among those it has an edge to, with the highest mean affinity over the
 * component's reports (ties: the smallest story id); undated reports with no dated neighbour
 * form components among themselves. Both are functions of the final set of edges, so ingest
 * order does not change them; placing the undated reports is redone only after an add, over
 * the undated reports and their neighbours' components.
 */
export class StoryIndex {
  private readonly models = new Map<string, Model>();
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
  private candidates(m: Model): string[] {
    const out = new Set<string>();
    for (const a of m.anchors) {
      const p = this.postings.get(a);
      if (!p || p.length > MAX_POSTINGS) continue;
      for (const id of p) out.add(id);
    }
    return [...out].sort(byString);
  }

  /** Story id of every undated report (the dated ones read datedParts). */
  private resolve(): Map<string, string> {
    if (this.resolved) return this.resolved;
    const out = new Map<string, string>();
    const loose = new Components();
    const undated = [...this.undatedEdges.keys()].sort(byString);
    for (const u of undated) {
      const mu = this.models.get(u)!;
      const roots = new Set<string>();
      for (const n of this.undatedEdges.get(u)!) if (this.datedParts.has(n)) roots.add(this.datedParts.find(n));
      let best: string | null = null;
      let bestScore = -Infinity;
      for (const r of [...roots].sort(byString)) {
        const members = this.datedParts.membersOf(r);
        let sum = 0;
        for (const x of members) sum += affinity(mu, this.models.get(x)!);
        const score = sum / members.length;
        if (score > bestScore) [best, bestScore] = [r, score];
      }
      if (best !== null) out.set(u, best);
      else loose.add(u);
    }
    for (const u of undated) {
      if (!loose.has(u)) continue;
      for (const n of this.undatedEdges.get(u)!) if (loose.has(n)) loose.union(u, n);
    }
    for (const u of undated) if (loose.has(u)) out.set(u, loose.find(u));
    this.resolved = out;
    return out;
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
    const m = model(doc, this.opts);
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
