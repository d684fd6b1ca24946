// Two corrections to the first grouping of reconcile.ts, both linear after a sort:
//
//   1. Magnitude. One subject key can cover different facts: "86 member states" and "8
//      states pledged", or a coalition's 86 members and an organisation's "5,000 to 7,000
//      members". Reports of one fact that disagree do so by a typo or a revision, not by an
//      order of magnitude, so a group's figures are split where one is more than
//      MAX_CONFLICT_RATIO times the one before it (sorted by value).
//   2. Actors of different kinds. Money is given by a country and announced by its
//      minister: one report writes "the United States gives 148.7 million", another "Blinken
//      announced about 150 million". Groups of money whose givers are entities of different
//      types (a person and a place or organisation), or where one names none, are one fact
//      when their figures meet. Two countries or two people stay two facts.
//   3. Co-stated figures. A report that gives two figures of one subject ("30 aircraft
//      ordered, a fleet of 26"; "236 mm in Mirbat and 118 mm in Salalah") shows them to be two
//      facts; reports disagree only about a figure none of them states beside the other. So
//      a group in which one report states two exact values is split by value (a hedged
//      figure joins the value it covers).
import type { FactMention } from './types.js';
import { buckets, coverage, covers, intersect, isExact, type Interval } from './coverage.js';

/** Figures of one subject further apart than this factor are different facts, not a conflict. */
export const MAX_CONFLICT_RATIO = 2;

/** A representative value of a figure: its value, the middle of its range, or its one bound. */
function centre(m: FactMention): number | null {
  if (m.value !== null) return m.value;
  if (m.min !== undefined && m.max !== undefined) return (m.min + m.max) / 2;
  return m.min ?? m.max ?? null;
}

/** Splits a group where consecutive figures (by value) differ by more than MAX_CONFLICT_RATIO. */
export function splitByMagnitude(members: FactMention[]): FactMention[][] {
  const valued = members.filter((m) => centre(m) !== null);
  if (valued.length < 2) return [members];
  const rest = members.filter((m) => centre(m) === null);
  valued.sort((a, b) => centre(a)! - centre(b)!);
  const parts: FactMention[][] = [[valued[0]!]];
  for (let i = 1; i < valued.length; i++) {
    const prev = Math.abs(centre(valued[i - 1]!)!);
    const cur = Math.abs(centre(valued[i]!)!);
    if (prev > 0 ? cur / prev > MAX_CONFLICT_RATIO : cur > 0) parts.push([]);
    parts.at(-1)!.push(valued[i]!);
  }
  parts[0]!.push(...rest);
  return parts;
}

/** 'PER' for 'PER:…', null for no subject or a non-entity subject ('noun:…'). */
const actorType = (subject: string | null): string | null => {
  if (subject === null) return null;
  const t = subject.slice(0, subject.indexOf(':'));
  return t === 'PER' || t === 'ORG' || t === 'LOC' || t === 'MISC' ? (t === 'PER' ? 'PER' : 'GROUP') : null;
};

/** Can givers a and b be one actor's two names? Yes unless both are people or both are groups and differ. */
function actorsCompatible(a: ReadonlySet<string | null>, b: ReadonlySet<string | null>): boolean {
  for (const x of a) {
    for (const y of b) {
      if (x === null || y === null || x === y) continue;
      const tx = actorType(x);
      const ty = actorType(y);
      if (tx !== null && tx === ty) return false;
    }
  }
  return true;
}

/** Are two groups' figures within MAX_CONFLICT_RATIO of each other (their extremes)? */
function withinRatio(a: readonly FactMention[], b: readonly FactMention[]): boolean {
  const vals = [...a, ...b].map(centre).filter((v): v is number => v !== null && v > 0);
  return vals.length > 0 && Math.max(...vals) / Math.min(...vals) <= MAX_CONFLICT_RATIO;
}

/** Joins money groups whose givers may be one actor's and whose figures meet (see the header). */
export function mergeActors(groups: FactMention[][]): FactMention[][] {
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const subjects = groups.map((g) => new Set(g.map((m) => m.subject)));
  const index = new Map<string, Array<{ group: number; cov: Interval }>>();
  groups.forEach((g, i) => {
    for (const m of g) {
      if (m.kind !== 'money') continue;
      const cov = coverage(m);
      const bs = cov && buckets(cov);
      if (!cov || !bs) continue;
      for (const b of bs) {
        const key = `${m.unit}\u0000${b}`;
        for (const other of index.get(key) ?? []) {
          const [ri, ro] = [find(i), find(other.group)];
          if (ri === ro || intersect(cov, other.cov) === null) continue;
          if (!actorsCompatible(subjects[ri]!, subjects[ro]!)) continue;
          parent[Math.max(ri, ro)] = Math.min(ri, ro);
          for (const s of subjects[Math.max(ri, ro)]!) subjects[Math.min(ri, ro)]!.add(s);
        }
        const list = index.get(key);
        if (list) list.push({ group: i, cov });
        else index.set(key, [{ group: i, cov }]);
      }
    }
  });
  // One story's loan (or grant, deal, cost) given two amounts: groups naming the same thing
  // whose figures are within MAX_CONFLICT_RATIO and whose givers may be one are one fact.
  const byThing = new Map<string, number[]>();
  groups.forEach((g, i) => {
    const things = new Set(g.flatMap((m) => (m.kind === 'money' && m.thing ? [`${m.unit}\u0000${m.thing}`] : [])));
    for (const t of things) (byThing.get(t) ?? byThing.set(t, []).get(t)!).push(i);
  });
  for (const members of byThing.values()) {
    for (const i of members.slice(1)) {
      const [ri, r0] = [find(i), find(members[0]!)];
      if (ri === r0 || !actorsCompatible(subjects[ri]!, subjects[r0]!) || !withinRatio(groups[i]!, groups[members[0]!]!)) continue;
      parent[Math.max(ri, r0)] = Math.min(ri, r0);
      for (const s of subjects[Math.max(ri, r0)]!) subjects[Math.min(ri, r0)]!.add(s);
    }
  }
  const out = new Map<number, FactMention[]>();
  groups.forEach((g, i) => {
    const r = find(i);
    const list = out.get(r);
    if (list) list.push(...g);
    else out.set(r, [...g]);
  });
  return [...out.values()];
}

/**
 * Splits a group whose reports state two of its exact values side by side (see the header).
 * Values are placed one by one, the best-sourced first (ties: the smaller): each joins the
 * nearest fact (by ratio, within MAX_CONFLICT_RATIO) holding no value stated beside it in any
 * report, else starts a fact. So "4.9" and an aftershock's "3.8", stated together, are two
 * facts, and another report's "4.7" still meets the 4.9 it contradicts. A hedged figure
 * joins the fact of the first value it covers.
 */
export function splitCoStated(members: FactMention[]): FactMention[][] {
  const valuesOf = new Map<string, Set<number>>();
  const sourcesOf = new Map<number, Set<string>>();
  for (const m of members) {
    if (!isExact(m)) continue;
    const set = valuesOf.get(m.doc);
    if (set) set.add(m.value);
    else valuesOf.set(m.doc, new Set([m.value]));
    const src = sourcesOf.get(m.value);
    if (src) src.add(m.doc);
    else sourcesOf.set(m.value, new Set([m.doc]));
  }
  if (![...valuesOf.values()].some((v) => v.size > 1)) return [members];
  const beside = new Map<number, Set<number>>();
  for (const vs of valuesOf.values()) {
    for (const v of vs) for (const w of vs) if (v !== w) (beside.get(v) ?? beside.set(v, new Set()).get(v)!).add(w);
  }
  const order = [...sourcesOf.keys()].sort((a, b) => sourcesOf.get(b)!.size - sourcesOf.get(a)!.size || a - b);
  const facts: number[][] = [];
  const factOf = new Map<number, number>();
  for (const v of order) {
    let best = -1;
    let bestDist = Infinity;
    facts.forEach((f, i) => {
      if (f.some((w) => beside.get(v)?.has(w))) return;
      const anchor = f[0]!;
      const ratio = Math.max(Math.abs(v), Math.abs(anchor)) / Math.max(Math.min(Math.abs(v), Math.abs(anchor)), Number.MIN_VALUE);
      const dist = Math.log(ratio);
      if (ratio <= MAX_CONFLICT_RATIO && dist < bestDist) [best, bestDist] = [i, dist];
    });
    if (best < 0) facts.push([v]), factOf.set(v, facts.length - 1);
    else facts[best]!.push(v), factOf.set(v, best);
  }
  const parts: FactMention[][] = facts.map(() => []);
  const loose: FactMention[][] = [];
  const sorted = [...factOf.keys()].sort((a, b) => a - b);
  for (const m of members) {
    if (isExact(m)) {
      parts[factOf.get(m.value)!]!.push(m);
      continue;
    }
    const cov = coverage(m);
    const v = cov ? sorted.find((x) => covers(cov, x)) : undefined;
    if (v !== undefined) parts[factOf.get(v)!]!.push(m);
    else loose.push([m]);
  }
  return [...parts, ...loose];
}
