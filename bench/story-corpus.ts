// A deterministic corpus of story-clustering inputs for the `stories` bench stage, shaped
// like a news archive rather than like noise, because the engine's cost depends on the
// shape: how many candidates share anchors, how large regions grow, how often copies occur.
//   - story sizes are skewed: many singles and pairs, some of 5–20 reports, a few of 50+;
//   - each story is one event: an event day over six years, a scene place and 2–6 entities
//     from pools of hundreds of places and thousands of people and organizations;
//   - a report's body keys mix a Zipfian general vocabulary, its desk's topic words and the
//     event's own keys (kind words, instance words, figures, entity names);
//   - some events recur (same kind: same words, scene and organiser, another year or week), so only
//     the date rule keeps them apart, and some of their reports recall the previous one;
//   - ~10% of reports are undated, some month-precise, and some are reprints of another
//     report of the story with a few words changed (near-duplicate detection has work).
// Documents are produced one at a time from (seed, story, report): only a compact plan
// (story and report number of each document, a few typed arrays) is kept, so the stage's
// memory is the engine's. Reports arrive in publication order, interleaved across stories.
import { prng } from './corpus.js';
import { fmix32 } from '../src/text/hash.js';
import { generalZipf, makeLexicon, mix, orgZipf, personZipf, placeZipf, RARE_WORDS, topicZipf, TOPIC_WORDS, TOPICS, Zipf } from './story-lexicon.js';
import type { ClusterInput } from '../src/cluster/engine.js';
import type { StoryDoc } from '../src/cluster/story-features.js';

/**
 * Kinds of recurring events (summits, annual meetings, seasonal disasters), by default. With
 * 30% of the stories recurring, a corpus of 100,000 reports gives the most frequent kinds
 * hundreds of editions (weekly briefings of one organiser at one place); `--kinds` sets
 * another number, to tell the cost of more stories from that of more editions of a kind.
 */
export const RECURRING_KINDS = 800;
const RECURRING_SHARE = 0.3;
/** The years the archive spans, by default (`--years`: the same density over a longer span). */
export const YEARS = 6;
/**
 * Editions of one kind are at least a week apart: a report's event date may be a day early
 * or two late, so two editions' reports stay more than MAX_EVENT_GAP_DAYS (3) apart.
 */
export const MIN_EDITION_GAP_DAYS = 7;
/** The most editions a kind can have in `years` years. */
export const maxEditions = (years: number): number => Math.floor((365 * years) / MIN_EDITION_GAP_DAYS);
export const FIRST_DAY = Math.floor(Date.UTC(2019, 0, 1) / 86_400_000);

/** Many singles and pairs, some 5–20, a few 50+ (mean ≈ 4 reports). */
function storySize(rnd: () => number): number {
  const u = rnd();
  if (u < 0.45) return 1;
  if (u < 0.65) return 2;
  if (u < 0.75) return 3;
  if (u < 0.82) return 4;
  if (u < 0.97) return 5 + Math.floor(16 * rnd() ** 2);
  if (u < 0.996) return 21 + Math.floor(29 * rnd());
  return 50 + Math.floor(150 * rnd() ** 2);
}

const isoDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

interface Story {
  scene: string;
  entities: string[];
  /** Event keys, most prominent first. */
  keys: string[];
  topic: number;
  day: number;
  /** The previous instance's event day (recurring events after the first), else null. */
  previous: number | null;
}

export interface StoryCorpus {
  readonly size: number;
  /** Stories generated (the gold partition has this many clusters). */
  readonly stories: number;
  /** Editions (stories) of the most frequent recurring kind. */
  readonly maxEditions: number;
  /** Story s's recurring kind (-1: a one-off event) and event day (days since 1970-01-01). */
  plan(s: number): { kind: number; day: number };
  /** The generated story (gold cluster) of document i. */
  storyOf(i: number): number;
  /** The id of document i (without generating it). */
  idOf(i: number): string;
  /** Document i: a pure function of (seed, i). */
  doc(i: number): ClusterInput;
}

export function storyCorpus(seed: number, n: number, recurringKinds = RECURRING_KINDS, years = YEARS): StoryCorpus {
  if (!Number.isInteger(recurringKinds) || recurringKinds < 1) throw new RangeError(`storyCorpus: recurringKinds must be a positive integer, got ${recurringKinds}`);
  if (!Number.isInteger(years) || years < 1) throw new RangeError(`storyCorpus: years must be a positive integer, got ${years}`);
  const MAX_EDITIONS = maxEditions(years);
  const lex = makeLexicon(seed);
  const kindZipf = new Zipf(recurringKinds, 0.7);
  // The plan: sizes, kinds and event days of the stories, then the arrival order.
  const sizes: number[] = [];
  const kinds: number[] = [];
  const days: number[] = [];
  const prevDays: number[] = [];
  /** Per recurring story: its edition number within its kind. */
  const editionOf: number[] = [];
  const editions = new Map<number, number>();
  const planRnd = prng(mix(seed, 9));
  for (let total = 0; total < n; ) {
    const size = Math.min(storySize(planRnd), n - total);
    total += size;
    const recurring = planRnd() < RECURRING_SHARE;
    let kind = recurring ? kindZipf.sample(planRnd) : -1;
    // Drawn for every story, so that the plan's sizes do not depend on the kinds.
    const freeDay = FIRST_DAY + Math.floor(planRnd() * 365 * years);
    // A kind that has all the editions the years can hold a week apart has no more:
    // the story is a one-off event instead.
    if (kind >= 0 && (editions.get(kind) ?? 0) >= MAX_EDITIONS) kind = -1;
    editionOf.push(kind >= 0 ? editions.get(kind) ?? 0 : -1);
    if (kind >= 0) editions.set(kind, editionOf[editionOf.length - 1]! + 1);
    sizes.push(size);
    kinds.push(kind);
    days.push(freeDay);
  }
  // The editions of a kind, spread evenly over the years in order: yearly for a kind
  // with up to `years` editions, down to weekly for the most frequent; never spilling past the
  // last year (an archive's last months must look like its others), and always at least
  // MIN_EDITION_GAP_DAYS apart, so that two editions are never one event by date.
  const lastOfKind = new Map<number, number>();
  for (let s = 0; s < sizes.length; s++) {
    const kind = kinds[s]!;
    if (kind < 0) {
      prevDays.push(-1);
      continue;
    }
    const step = Math.floor((365 * years) / Math.max(years, editions.get(kind)!));
    days[s] = FIRST_DAY + (mix(seed, 10, kind) % Math.min(300, step)) + editionOf[s]! * step;
    // Reports may recall the previous edition.
    prevDays.push(lastOfKind.get(kind) ?? -1);
    lastOfKind.set(kind, days[s]!);
  }
  const docStory = new Int32Array(n);
  const docReport = new Int32Array(n);
  const arrival = new Float64Array(n);
  for (let s = 0, i = 0; s < sizes.length; s++) {
    for (let r = 0; r < sizes[s]!; r++, i++) {
      docStory[i] = s;
      docReport[i] = r;
      // Published 0–3 days after the event (mostly the same day), at some time of day.
      const h = mix(seed, 11, s, r);
      arrival[i] = days[s]! + [0, 0, 0, 1, 1, 2, 3]![h % 7]! + (h >>> 8) / 2 ** 24;
    }
  }
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => arrival[a]! - arrival[b]! || a - b);
  const storyOfDoc = new Int32Array(n);
  const reportOfDoc = new Int32Array(n);
  order.forEach((k, i) => {
    storyOfDoc[i] = docStory[k]!;
    reportOfDoc[i] = docReport[k]!;
  });

  const storyCache = new Map<number, Story>();
  function story(s: number): Story {
    const hit = storyCache.get(s);
    if (hit) return hit;
    const kind = kinds[s]!;
    // A recurring kind fixes topic, scene, organiser and words; an instance adds its own.
    const krnd = prng(kind >= 0 ? mix(seed, 12, kind) : mix(seed, 13, s));
    const rnd = prng(mix(seed, 14, s));
    const topic = Math.floor(krnd() * TOPICS);
    const scene = `LOC:${lex.places[placeZipf.sample(krnd)]}`;
    const entities = [scene];
    const entity = (r: () => number): string => {
      const u = r();
      return u < 0.45 ? `PER:${lex.people[personZipf.sample(r)]}` : u < 0.8 ? `ORG:${lex.orgs[orgZipf.sample(r)]}` : `LOC:${lex.places[placeZipf.sample(r)]}`;
    };
    // 1–5 more entities (2–6 with the scene); a recurring kind fixes the first one or two
    // (drawn whatever their number, so that the kind's words below are the same each time).
    const organisers = kind >= 0 ? [entity(krnd), entity(krnd)].slice(0, 1 + Math.floor(krnd() * 2)) : [];
    for (let k = 1 + Math.floor(rnd() * 5); k > 0; k--) {
      const e = organisers.shift() ?? entity(rnd);
      if (!entities.includes(e)) entities.push(e);
    }
    const keys: string[] = [];
    const kindKeys = 10 + Math.floor(krnd() * 7);
    for (let k = 0; k < kindKeys; k++) {
      keys.push(k < 6 ? lex.topics[topic]![20 + Math.floor(krnd() * (TOPIC_WORDS - 20))]! : lex.rare[Math.floor(krnd() * RARE_WORDS)]!);
    }
    for (let k = 3 + Math.floor(rnd() * 4); k > 0; k--) keys.push(lex.rare[Math.floor(rnd() * RARE_WORDS)]!);
    for (let k = 2 + Math.floor(rnd() * 3); k > 0; k--) keys.push(String(Math.floor(rnd() * (rnd() < 0.5 ? 100 : 5000)) + 2));
    for (const e of entities) keys.push(...e.slice(4).split(' '));
    const prev = prevDays[s]!;
    const st: Story = { scene, entities, keys, topic, day: days[s]!, previous: prev >= 0 ? prev : null };
    if (storyCache.size >= 4096) storyCache.delete(storyCache.keys().next().value!);
    storyCache.set(s, st);
    return st;
  }

  const eventZipfs = new Map<number, Zipf>();
  const eventZipf = (len: number): Zipf => {
    let z = eventZipfs.get(len);
    if (!z) eventZipfs.set(len, (z = new Zipf(len, 0.8)));
    return z;
  };

  /** Report r of story s, without its id; reprints are derived from their original. */
  function report(s: number, r: number): Omit<ClusterInput, 'id'> & { keys: string[] } {
    const st = story(s);
    const rnd = prng(mix(seed, 15, s, r));
    if (r > 0 && rnd() < 0.1) {
      const orig = report(s, Math.floor(rnd() * r));
      const keys = orig.keys.slice(0, orig.keys.length - Math.floor(rnd() * orig.keys.length * 0.1));
      for (let k = 0; k < keys.length; k++) if (rnd() < 0.03) keys[k] = lex.general[generalZipf.sample(rnd)]!;
      const undated = rnd() < 0.3;
      const f = orig.features;
      const features: StoryDoc = { ...f, keys, ...(undated ? { eventDate: null, published: null, dates: [] } : {}) };
      return { title: orig.title, text: keys.join(' '), features, keys };
    }
    const len = 150 + Math.floor(rnd() * 351);
    // 20–40% of a report is about its event; same-story cosines then fall around 0.35–0.5
    // and unrelated pairs around 0.1 (measured on this generator).
    const eventShare = 0.2 + rnd() * 0.2;
    const ez = eventZipf(st.keys.length);
    const topicWords = lex.topics[st.topic]!;
    const keys: string[] = [];
    for (let k = 0; k < len; k++) {
      const u = rnd();
      if (u < eventShare) keys.push(st.keys[ez.sample(rnd)]!);
      else if (u < eventShare + 0.15) keys.push(topicWords[topicZipf.sample(rnd)]!);
      else keys.push(lex.general[generalZipf.sample(rnd)]!);
    }
    const titleKeys = [st.keys[0]!, st.keys[1 + Math.floor(rnd() * 4)]!, st.keys[6 + Math.floor(rnd() * 4)]!, ...st.scene.slice(4).split(' ')];
    for (let k = Math.floor(rnd() * 4); k > 0; k--) titleKeys.push(lex.general[generalZipf.sample(rnd)]!);
    const entities = st.entities.filter((e, k) => rnd() < (k === 0 ? 0.95 : 0.8));
    for (let k = Math.floor(rnd() * 3); k > 0; k--) {
      entities.push(rnd() < 0.5 ? `LOC:${lex.places[placeZipf.sample(rnd)]}` : `PER:${lex.people[personZipf.sample(rnd)]}`);
    }
    const locs = entities.filter((e) => e.startsWith('LOC:'));
    // Some reports are filed from elsewhere: the dateline is another place than the scene.
    const places = [...new Set(rnd() < 0.12 ? [`LOC:${lex.places[placeZipf.sample(rnd)]}`, ...locs] : locs)];
    let eventDate: string | null = null;
    let published: string | null = null;
    const dates: string[] = [];
    const u = rnd();
    if (u >= 0.1) {
      const day = st.day + [0, 0, 0, 0, 1, 1, 2, -1][Math.floor(rnd() * 8)]!;
      eventDate = u < 0.16 ? isoDay(day).slice(0, 7) : isoDay(day);
      published = isoDay(day + Math.floor(rnd() * 2));
      dates.push(eventDate);
      if (st.previous !== null && rnd() < 0.2) dates.push(isoDay(st.previous));
    }
    const features: StoryDoc = {
      id: '',
      keys,
      titleKeys,
      entities: [...new Set(entities)].sort(),
      places,
      eventDate,
      published,
      dates: [...new Set(dates)].sort(),
    };
    return { title: titleKeys.join(' '), text: keys.join(' '), features, keys };
  }

  /** Hash-like ids (as content hashes are): arrival order says nothing about id order. */
  const idOf = (i: number): string =>
    fmix32(mix(seed, 16) ^ i).toString(16).padStart(8, '0') + fmix32(mix(seed, 17) ^ i).toString(16).padStart(8, '0');

  return {
    size: n,
    stories: sizes.length,
    maxEditions: Math.max(0, ...editions.values()),
    plan: (s) => ({ kind: kinds[s]!, day: days[s]! }),
    storyOf: (i) => storyOfDoc[i]!,
    idOf,
    doc(i) {
      const { title, text, features } = report(storyOfDoc[i]!, reportOfDoc[i]!);
      const id = idOf(i);
      return { id, title, text, features: { ...features, id } };
    },
  };
}
