// Synthetic story documents for the engine tests (engine.test.ts): features built by hand,
// so each pairwise decision is known from the numbers. Every key weighs 1 (no title keys,
// no repeats, no digits), so the cosine of two documents is |shared| / √(|a|·|b|), and the
// thresholds (0.5 with wording alone, 0.3 with two shared entities) are met with margin.
// Also what the tests compare between runs (state) and a store that fails once (interrupting).
import { createHash } from 'node:crypto';
import type { StoryCommit, StoryEdge, StoryMember, StoryRecord, StoryStore } from '../store/story-store.js';
import type { ClusterInput } from './engine.js';
import type { StoryDoc } from './story-features.js';

/**
 * An id shaped like the store's (12 hex characters), so story ids do not follow the names.
 * ur1's sorts before every other, so the flood story is named by an undated report.
 */
export const idOf = (name: string): string =>
  name === 'ur1' ? '00a1b2c3d4e5' : createHash('sha256').update(`engine-fixture:${name}`).digest('hex').slice(0, 12);

const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';

/** Words `from`..`to` (inclusive) of a topic: its stem and one letter, distinct across topics. */
function words(topic: string, ...ranges: Array<[number, number]>): string[] {
  const out: string[] = [];
  for (const [from, to] of ranges) for (let i = from; i <= to; i++) out.push(`${topic}${LETTERS[i]!}`);
  return out;
}

/** A seeded generator of numbers in [0, 1) (a linear congruential generator). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
}

/** A seeded shuffle, for texts and ingest orders. */
export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const rnd = random(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface Spec {
  topic: string;
  ranges: Array<[number, number]>;
  date?: string;
  places?: string[];
  entities: string[];
  dates?: string[];
}

const QUAKE = { topic: 'زلزل', places: ['LOC:حلب'], entities: ['ORG:دفاع مدني', 'LOC:حلب', 'PER:سامر'] };
const FLOOD = { topic: 'فيضن', places: ['LOC:درنه'], entities: ['ORG:هلال احمر', 'LOC:درنه', 'PER:ليلى'] };
const SUMMIT = { topic: 'قمم', places: ['LOC:الرباط'], entities: ['ORG:جامعه عربيه', 'PER:امين', 'LOC:الرباط'] };
const FIRE = { topic: 'حرق', places: ['LOC:صور'], entities: ['ORG:اطفاء', 'LOC:صور', 'PER:خالد'] };
const MINE = { topic: 'منجم', places: ['LOC:قفصه'], entities: ['ORG:شركه فسفاط', 'LOC:قفصه', 'PER:منير'] };
const DAM = { topic: 'سدود', places: ['LOC:اسوان'], entities: ['ORG:وزاره ري', 'LOC:اسوان'] };
const OIL = { topic: 'نفط', places: ['LOC:البصره'], entities: ['ORG:اوبك', 'LOC:البصره', 'PER:رائد'] };
const single = (topic: string, date?: string): Spec => ({ topic, ranges: [[0, 11]], entities: [`ORG:${topic}`], ...(date ? { date } : {}) });

/**
 * The corpus, by name. Quake: a chain q1–q2–q3 (q1 and q3 unrelated) tied by q4, and q5 a
 * reprint of q1. Flood: three dated reports, two undated ones attached to them, and ur3,
 * whose only neighbour is the undated ur2 (so it stays alone). Summit: the same meeting in
 * 2023 (m1*) and 2024 (m2*, recalling 2023: mention links), and the undated um related to
 * all six, closer to 2024. Fire: undated v1–v2–v3, v2 bridging. Mine: an undated pair and
 * w3 with no scene. Dam: month and day precision together, s3 two months later. Oil: a clique.
 */
export const SPECS: Record<string, Spec> = {
  q1: { ...QUAKE, ranges: [[0, 9]], date: '2024-02-10' },
  q2: { ...QUAKE, ranges: [[4, 13]], date: '2024-02-11' },
  q3: { ...QUAKE, ranges: [[8, 17]], date: '2024-02-12' },
  q4: { ...QUAKE, ranges: [[0, 5], [14, 17]], date: '2024-02-12' },
  q5: { ...QUAKE, ranges: [[0, 9]], date: '2024-02-10' },
  r1: { ...FLOOD, ranges: [[0, 9]], date: '2024-02-10' },
  r2: { ...FLOOD, ranges: [[2, 11]], date: '2024-02-11' },
  r3: { ...FLOOD, ranges: [[4, 13]], date: '2024-02-12' },
  ur1: { ...FLOOD, ranges: [[0, 7], [20, 21]] },
  ur2: { ...FLOOD, ranges: [[3, 9], [22, 24]] },
  ur3: { ...FLOOD, ranges: [[22, 27]] },
  m1a: { ...SUMMIT, ranges: [[0, 9]], date: '2023-05-01' },
  m1b: { ...SUMMIT, ranges: [[1, 10]], date: '2023-05-02' },
  m1c: { ...SUMMIT, ranges: [[2, 11]], date: '2023-05-02' },
  m2a: { ...SUMMIT, ranges: [[6, 15]], date: '2024-05-01' },
  m2b: { ...SUMMIT, ranges: [[7, 16]], date: '2024-05-02' },
  m2c: { ...SUMMIT, ranges: [[8, 16]], date: '2024-05-02', dates: ['2023-05', '2024-05-02'] },
  um: { ...SUMMIT, ranges: [[5, 14]] },
  v1: { ...FIRE, ranges: [[0, 9]] },
  v2: { ...FIRE, ranges: [[6, 15]] },
  v3: { ...FIRE, ranges: [[12, 21]] },
  w1: { ...MINE, ranges: [[0, 9]] },
  w2: { ...MINE, ranges: [[3, 12]] },
  w3: { ...MINE, ranges: [[0, 9]], places: [] },
  s1: { ...DAM, ranges: [[0, 9]], date: '2024-07' },
  s2: { ...DAM, ranges: [[1, 10]], date: '2024-07-15' },
  s3: { ...DAM, ranges: [[0, 9]], date: '2024-09-01' },
  o1: { ...OIL, ranges: [[0, 9]], date: '2024-03-01' },
  o2: { ...OIL, ranges: [[1, 10]], date: '2024-03-02' },
  o3: { ...OIL, ranges: [[2, 11]], date: '2024-03-02' },
  o4: { ...OIL, ranges: [[0, 4], [6, 10]], date: '2024-03-03' },
  x1: single('جسر', '2024-01-05'),
  x2: single('قطار', '2024-01-05'),
  x3: single('مطار', '2024-04-20'),
  x4: single('مصنع', '2024-06'),
  x5: single('مدرس', '2024-10-09'),
  x6: single('ملعب', '2024-11-30'),
  y1: single('كتاب'),
  y2: single('مسرح'),
  y3: single('بحير'),
};

export const NAMES = Object.keys(SPECS);

function storyDoc(name: string, s: Spec): StoryDoc {
  return {
    id: idOf(name),
    keys: words(s.topic, ...s.ranges),
    titleKeys: [],
    entities: s.entities,
    places: s.places ?? [],
    eventDate: s.date ?? null,
    published: s.date ?? null,
    ...(s.dates ? { dates: s.dates } : {}),
  };
}

/** The engine's input for a document of this spec: its keys in a shuffled order as text. */
export function inputOf(name: string, spec: Spec): ClusterInput {
  const features = storyDoc(name, spec);
  const seed = [...name].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261);
  return { id: features.id, title: `تقرير ${name}`, text: shuffled(features.keys, seed).join(' '), features };
}

/** The engine's input for a named document of SPECS; q5 reprints q1. */
export function input(name: string): ClusterInput {
  const doc = inputOf(name, SPECS[name]!);
  return name === 'q5' ? { ...doc, text: `${input('q1').text} وصور` } : doc;
}

export const INPUTS: readonly ClusterInput[] = NAMES.map(input);

/** A date within `spanDays` days from 1 March 2024 (12: within March, at day precision; longer: a tenth at month precision). */
function dayIn(spanDays: number, rnd: () => number): string {
  if (spanDays === 12) return `2024-03-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}`;
  const iso = new Date(Date.UTC(2024, 2, 1) + Math.floor(rnd() * spanDays) * 86_400_000).toISOString();
  return rnd() < 0.1 ? iso.slice(0, 7) : iso.slice(0, 10);
}

/**
 * A random corpus: 30 to 59 documents over three topics (overlapping runs of 6 to 11 words),
 * half of them dated within twelve days (or `spanDays`), most with a scene and some of three entities. Each
 * text is one word of its own, so there are no copies (which only the engine knows of).
 */
export function randomCorpus(seed: number, spanDays = 12): ClusterInput[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const n = 30 + Math.floor(rnd() * 30);
  return Array.from({ length: n }, (_, i) => {
    const topic = pick(['سفن', 'نهر', 'جبل']);
    const from = Math.floor(rnd() * 14);
    const keys = words(topic, [from, from + 5 + Math.floor(rnd() * 6)]);
    const day = rnd() < 0.5 ? dayIn(spanDays, rnd) : null;
    const places = rnd() < 0.8 ? [pick([`LOC:${topic}`, 'LOC:مدينه'])] : [];
    const entities = [`ORG:${topic}`, `PER:${topic}`, `ORG:${Math.floor(rnd() * 2)}`].filter(() => rnd() < 0.8);
    const id = `${Math.floor(rnd() * 0xffffff).toString(16).padStart(6, '0')}${i}`;
    const features: StoryDoc = { id, keys, titleKeys: [], entities, places, eventDate: day, published: day };
    return { id, title: `خبر ${i}`, text: `نص${id}`, features };
  });
}
/**
 * A recurring event: 3 to 8 weekly editions of one council's meeting at one place (two or
 * three dated reports each, a day or two apart, with the minister of that week: one of
 * three taking turns), and 4 to 9 undated reports of it. An undated report names the
 * council and the place (it then matches every edition: ambiguous from the fourth), or a
 * minister and the place (the editions of that minister only), or the council and a
 * minister (likewise); and 1 to 3 loose undated reports, filed from a suburb that only some
 * undated reports name. Dated reports of different editions are a week apart: never one event.
 */
export function weeklyCorpus(seed: number, reprints = false): ClusterInput[] {
  const rnd = random(seed);
  const out: ClusterInput[] = [];
  // With reprints, each report has a text of its own (30 three-letter words), and a few
  // undated reports are reprints of a dated one that lost its date (its text and one word more).
  const text = (id: string): string =>
    reprints ? Array.from({ length: 30 }, () => [0, 1, 2].map(() => LETTERS[Math.floor(rnd() * LETTERS.length)]).join('')).join(' ') : `نص${id}`;
  const editions = 3 + Math.floor(rnd() * 6);
  const minister = (e: number): string => `PER:وزير${LETTERS[e % 3]}`;
  const doc = (i: number, eventDate: string | null, entities: string[], from: number, places = ['LOC:عمان']): ClusterInput => {
    const id = `${Math.floor(rnd() * 0xffffff).toString(16).padStart(6, '0')}w${i}`;
    const keys = words('جلس', [from, from + 7]);
    const features: StoryDoc = { id, keys, titleKeys: [], entities: [...entities].sort(), places, eventDate, published: eventDate };
    return { id, title: `جلسة ${i}`, text: text(id), features };
  };
  for (let e = 0; e < editions; e++) {
    const day = new Date(Date.UTC(2024, 2, 4 + 7 * e)).getTime();
    for (let r = 2 + Math.floor(rnd() * 2); r > 0; r--) {
      const date = new Date(day + Math.floor(rnd() * 2) * 86_400_000).toISOString().slice(0, 10);
      out.push(doc(out.length, date, ['ORG:مجلس', minister(e), 'LOC:عمان'], Math.floor(rnd() * 4)));
    }
  }
  for (let u = 4 + Math.floor(rnd() * 6); u > 0; u--) {
    const k = Math.floor(rnd() * 3);
    const entities = k === 0 ? ['ORG:مجلس', 'LOC:عمان'] : k === 1 ? [minister(u), 'LOC:عمان'] : ['ORG:مجلس', minister(u)];
    // Some also name the suburb where the council met: the scene of the loose reports below.
    out.push(doc(out.length, null, entities, Math.floor(rnd() * 4), rnd() < 0.5 ? ['LOC:عمان', 'LOC:الزرقاء'] : ['LOC:عمان']));
  }
  // Loose: filed from the suburb, so no dated report shares their scene; they relate only
  // to undated reports naming it.
  for (let l = 1 + Math.floor(rnd() * 3); l > 0; l--) out.push(doc(out.length, null, ['ORG:مجلس', 'LOC:عمان'], Math.floor(rnd() * 4), ['LOC:الزرقاء']));
  if (reprints) {
    const dated = out.filter((d) => d.features.eventDate !== null);
    for (let r = 1 + Math.floor(rnd() * 3); r > 0; r--) {
      const original = dated[Math.floor(rnd() * dated.length)]!;
      const id = `${Math.floor(rnd() * 0xffffff).toString(16).padStart(6, '0')}r${out.length}`;
      const features: StoryDoc = { ...original.features, id, eventDate: null, published: null };
      out.push({ id, title: original.title, text: `${original.text} عاجل`, features });
    }
  }
  return out;
}

export const nameOf = new Map(NAMES.map((n) => [idOf(n), n]));
const ALL_IDS = INPUTS.map((d) => d.id);

export interface State {
  stories: StoryRecord[];
  members: StoryMember[][];
  edges: StoryEdge[];
  /** Copy pairs as "a b" (a < b): which of the two was placed first depends on the order. */
  copies: string[];
}

/** What a store holds about the corpus, for comparing two runs. */
export async function state(s: StoryStore): Promise<State> {
  const stories = await s.listStories();
  const members = await Promise.all(stories.map((r) => s.storyDocs(r.id)));
  const edges = (await s.storyEdges(ALL_IDS)).sort((x, y) => (x.a + x.b < y.a + y.b ? -1 : 1));
  const copies = (await s.copyPairs(ALL_IDS)).map((c) => [c.doc, c.of].sort().join(' ')).sort();
  return { stories, members, edges, copies };
}

/**
 * The store with commitStoryDoc failing once for `victim`: before reaching the store, or
 * inside its transaction (the document's own row names an already placed document, so the
 * primary key refuses it after features, anchors, buckets, edges and renames were written).
 */
export function interrupting(inner: StoryStore, victim: string, mode: 'before' | 'inside', placed: string): StoryStore {
  let armed = true;
  const commitStoryDoc = async (c: StoryCommit): Promise<void> => {
    if (!armed || c.doc !== victim) return inner.commitStoryDoc(c);
    armed = false;
    if (mode === 'before') throw new Error('interrupted');
    return inner.commitStoryDoc({ ...c, member: { ...c.member, doc: placed } });
  };
  return new Proxy(inner, {
    get(target, prop) {
      if (prop === 'commitStoryDoc') return commitStoryDoc;
      const v: unknown = Reflect.get(target, prop, target);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}
