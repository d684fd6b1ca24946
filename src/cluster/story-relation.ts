// The pairwise "same event" decision (see stories.ts for the rules): each document's own
// weighted key vector, entities, lead places and recalled dates, and the relation of two
// documents read from those alone, never from corpus statistics that drift as documents
// arrive. Also the affinity used to place an undated report.
import { stem } from '../text/stem.js';
import { hash52 } from '../text/hash.js';
import { dateRange, MAX_EVENT_GAP_DAYS, monthDaysAgainstRange, rangesCompatible, type EventDay } from './story-dates.js';
import type { StoryDoc } from './story-features.js';

export interface StoryIndexOptions {
  /** A fixed document-frequency table (key → documents containing it) for IDF. */
  df?: ReadonlyMap<string, number>;
  /** The number of documents the df table was counted over. */
  dfDocs?: number;
}

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
export const ANCHOR_KEYS = 20;

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

const isNumberKey = (k: string): boolean => k.charCodeAt(0) >= 48 && k.charCodeAt(0) <= 57;

// ---- the per-document model ----

/** What the decision reads of a document, computed once when it is added. */
export interface DocModel {
  doc: StoryDoc;
  /** The weighted key vector: key hashes (text/hash.ts hash52), ascending, and their weights. */
  ids: Float64Array;
  weights: Float64Array;
  norm: number;
  entities: ReadonlySet<string>;
  places: ReadonlySet<string>;
  anchors: string[];
  /** Day ranges of the dates the document's body mentions (for mention links). */
  recalled: EventDay[];
  /** The day range of its event date, parsed once (null: undated). */
  range: EventDay | null;
}

/** The document's weighted keys (weight > 0), in the order first met. */
function weigh(doc: StoryDoc, opts: StoryIndexOptions): { keys: string[]; weights: number[] } {
  const tf = new Map<string, number>();
  const add = (k: string, w: number): void => {
    if (k.length < 2 || STOPWORDS.has(k)) return;
    tf.set(k, (tf.get(k) ?? 0) + w);
  };
  for (const k of doc.keys) add(k, 1);
  for (const k of doc.titleKeys) add(k, TITLE_WEIGHT);
  const keys: string[] = [];
  const weights: number[] = [];
  const N = opts.dfDocs ?? 0;
  for (const [k, f] of tf) {
    let idf = 1;
    if (opts.df && N > 0) idf = Math.log((N + 1) / ((opts.df.get(k) ?? 0) + 1)) + 1;
    const w = (1 + Math.log(f)) * idf * (isNumberKey(k) ? NUMBER_WEIGHT : 1);
    if (w > 0) {
      keys.push(k);
      weights.push(w);
    }
  }
  return { keys, weights };
}

/** Indices of the `k` highest weights (ties: the smaller key), best first: a partial selection, not a sort. */
function topKeys(keys: readonly string[], weights: readonly number[], k: number): number[] {
  const better = (i: number, j: number): boolean => weights[i]! > weights[j]! || (weights[i] === weights[j] && keys[i]! < keys[j]!);
  const top: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    if (top.length === k && !better(i, top[k - 1]!)) continue;
    let at = top.length === k ? k - 1 : top.length;
    while (at > 0 && better(i, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = i;
  }
  return top;
}

/** The index of `x` in the ascending array `xs` (where it is). */
function indexOf(xs: Float64Array, x: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function docModel(doc: StoryDoc, opts: StoryIndexOptions): DocModel {
  const { keys, weights: w } = weigh(doc, opts);
  // The key vector by 52-bit key hashes (text/hash.ts hash52), ascending: a cosine is a merge
  // of two sorted arrays of numbers, not a string look-up per key (cosines of candidate pairs
  // are a large share of placing a report), and it adds its products in an order fixed by
  // the keys alone, so a pair gets the same cosine, to the last bit, in every process. Two
  // keys of one report that hash alike (about one report in ten million) share one weight.
  const hashes = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i++) hashes[i] = hash52(keys[i]!);
  const sorted = hashes.slice().sort();
  let distinct = 0;
  for (let j = 0; j < sorted.length; j++) if (distinct === 0 || sorted[j] !== sorted[distinct - 1]) sorted[distinct++] = sorted[j]!;
  const ids = sorted.slice(0, distinct);
  const weights = new Float64Array(distinct);
  for (let i = 0; i < keys.length; i++) weights[indexOf(ids, hashes[i]!)]! += w[i]!;
  let norm = 0;
  for (const x of weights) norm += x * x;
  const entities = new Set(doc.entities);
  const anchors = [...topKeys(keys, w, ANCHOR_KEYS).map((i) => `k:${keys[i]!}`), ...[...entities].map((e) => `e:${e}`)];
  const recalled = (doc.dates ?? []).map(dateRange).filter((r): r is EventDay => r !== null);
  return { doc, ids, weights, norm: Math.sqrt(norm), entities, places: new Set(doc.places), anchors, recalled, range: dateRange(doc.eventDate) };
}

/** Cosine of two key vectors (a merge of their sorted key hashes; symmetric to the last bit). */
export function cosine(a: DocModel, b: DocModel): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const ia = a.ids;
  const ib = b.ids;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < ia.length && j < ib.length) {
    const x = ia[i]!;
    const y = ib[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
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

export const dated = (m: DocModel): boolean => m.range !== null;

/** Does one document's first lead place (its dateline or scene) appear among the other's lead places? False when either names none. */
function sitesAgree(a: DocModel, b: DocModel): boolean {
  const sa = a.doc.places[0];
  const sb = b.doc.places[0];
  if (sa === undefined || sb === undefined) return false;
  return b.places.has(sa) || a.places.has(sb);
}

/**
 * An undated report's month-days (no year) against a dated report's day: they may fix the
 * pair's dates as compatible or not (story-dates.ts monthDaysAgainst); null otherwise.
 */
function partialDates(a: DocModel, b: DocModel): 'compatible' | 'incompatible' | null {
  if (!dated(a) && dated(b)) return monthDaysAgainstRange(a.doc.monthDays, b.range);
  if (dated(a) && !dated(b)) return monthDaysAgainstRange(b.doc.monthDays, a.range);
  return null;
}

/**
 * Does x recall the event that undated y reports? One of x's recalled sentences names y's
 * scene (its first lead place) and another of y's entities, while the two scenes differ.
 */
function recallsUndated(x: DocModel, y: DocModel): boolean {
  const scene = y.doc.places[0];
  if (dated(y) || scene === undefined || sitesAgree(x, y)) return false;
  return (x.doc.recalls ?? []).some((r) => r.entities.includes(scene) && r.entities.some((e) => e !== scene && y.entities.has(e)));
}

export function relate(a: DocModel, b: DocModel, cos: number): Relation {
  // A report without an event date links to another only through shared entities: the
  // undated rule below asks for them, a recalled sentence naming the other's scene and
  // another of its entities implies them, and a month-day match (rule 2b) needs them too.
  // This is also what lets the index look up an undated report's candidates by entities
  // alone (anchor-periods.ts).
  if ((!dated(a) || !dated(b)) && sharedCount(a.entities, b.entities) < MIN_SHARED_ENTITIES) return null;
  if (cos >= MIN_MENTION_COSINE && (recallsUndated(a, b) || recallsUndated(b, a))) return 'mention';
  const partial = partialDates(a, b);
  if (partial !== 'incompatible' && rangesCompatible(a.range, b.range)) {
    const entities = sharedCount(a.entities, b.entities) >= MIN_SHARED_ENTITIES;
    if ((!dated(a) || !dated(b)) && partial !== 'compatible') {
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
  const recalls = (x: DocModel, y: DocModel): boolean => {
    const ry = y.range;
    return ry !== null && x.recalled.some((r) => r.year === ry.year && Math.max(0, r.lo - ry.hi, ry.lo - r.hi) <= MAX_EVENT_GAP_DAYS);
  };
  return recalls(a, b) || recalls(b, a) ? 'mention' : null;
}

/**
 * The grain of affinities: a multiple of 2^-32 below 2 is exact in a double, and so is any
 * sum of up to a million of them, in any order. An undated report's affinity sum with a
 * core is kept as the core grows (undated-scores.ts) and compared with sums made in
 * another order: only exact sums make that comparison, and ties, independent of order.
 */
export const AFFINITY_GRAIN = 2 ** -32;

/** Similarity used to place an undated report: cosine plus PLACE_BONUS × the share of lead places in common, on AFFINITY_GRAIN. */
export function affinity(a: DocModel, b: DocModel): number {
  const small = Math.min(a.places.size, b.places.size);
  const raw = cosine(a, b) + (small === 0 ? 0 : (PLACE_BONUS * sharedCount(a.places, b.places)) / small);
  return Math.round(raw / AFFINITY_GRAIN) * AFFINITY_GRAIN;
}

/** The pairwise decision on two documents alone (exported for tests and diagnostics). */
export function relateDocs(a: StoryDoc, b: StoryDoc, opts: StoryIndexOptions = {}): { relation: Relation; cosine: number } {
  const ma = docModel(a, opts);
  const mb = docModel(b, opts);
  const cos = cosine(ma, mb);
  return { relation: relate(ma, mb, cos), cosine: cos };
}
