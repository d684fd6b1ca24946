// Reconciliation (issue 5): the statements a story's reports make, grouped into facts, and
// whether the reports agree on each. Pure, and linear in the number of mentions: mentions
// meet through maps keyed by kind, unit and subject (or by value bucket for a figure
// without a subject), never by comparing every pair in a story.
import type { FactKind, FactMention, FactStatus, ReconciledFact } from './types.js';
import { buckets, coverage, covers, intersect, isExact, shapeOf, statement, type Interval, type Shape } from './coverage.js';

import { mergeActors, splitByMagnitude, splitCoStated } from './regroup.js';

export { APPROX_TOLERANCE, MAX_ROUNDING_SHARE } from './coverage.js';
export { MAX_CONFLICT_RATIO } from './regroup.js';

/** Kinds compared by who says or joins, not by figure: quotes by speaker, memberships by member. */
export const KEYED_BY_SUBJECT_ONLY: ReadonlySet<FactKind> = new Set(['quote', 'membership']);
/**
 * The order a figure without a subject is placed in: exact figures first, so that which
 * approximation meets which figure does not depend on the order the reports came in.
 */
export const UNSUBJECTED_ORDER: readonly Shape[] = ['exact', 'approx', 'range', 'bound'];
/** How facts are listed: by kind, then the best-sourced first. */
export const KIND_ORDER: readonly FactKind[] = ['money', 'count', 'percent', 'membership', 'quote'];

/** A report's statement; a range or a written bound keeps its ends. */
export type FactReport = ReconciledFact['reports'][number] & { min?: number; max?: number };
export type Fact = ReconciledFact & { reports: FactReport[] };

interface Group {
  kind: FactKind;
  unit: string | null;
  subject: string | null;
  members: FactMention[];
}

/** Value-bucket index: bucket key → group → the distinct intervals its members cover there. */
type Index = Map<string, Map<Group, Interval[]>>;

const SEP = '\u0000';
const ivKey = (i: Interval): string => `${i.lo}${SEP}${i.hi}${SEP}${i.loOpen}${SEP}${i.hiOpen}`;

function register(index: Index, ns: string, g: Group, cov: Interval, bs: readonly number[]): void {
  for (const b of bs) {
    const key = `${ns}${SEP}${g.kind}${SEP}${g.unit}${SEP}${b}`;
    let at = index.get(key);
    if (!at) index.set(key, (at = new Map()));
    const list = at.get(g);
    if (!list) at.set(g, [cov]);
    else if (!list.some((x) => ivKey(x) === ivKey(cov))) list.push(cov);
  }
}

/** The one group of `ns` whose figures meet `cov`; null when none does, or several do (which is meant is unknown). */
function uniqueMatch(index: Index, ns: string, m: FactMention, cov: Interval, bs: readonly number[]): Group | null {
  let found: Group | null = null;
  for (const b of bs) {
    const at = index.get(`${ns}${SEP}${m.kind}${SEP}${m.unit}${SEP}${b}`);
    if (!at) continue;
    for (const [g, ivs] of at) {
      if (g === found || !ivs.some((iv) => intersect(iv, cov) !== null)) continue;
      if (found) return null;
      found = g;
    }
  }
  return found;
}

/** Groups mentions into facts (see the file header and resolve for the rules). */
export function groupMentions(mentions: readonly FactMention[]): FactMention[][] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const alone = (m: FactMention): void => void groups.push({ kind: m.kind, unit: m.unit, subject: m.subject, members: [m] });
  const unsubjected = new Map<Shape, FactMention[]>(UNSUBJECTED_ORDER.map((s) => [s, []]));

  for (const m of mentions) {
    if (m.subject === null) {
      const shape = KEYED_BY_SUBJECT_ONLY.has(m.kind) ? null : shapeOf(m);
      if (shape === null) alone(m); // a quote without a speaker, a figure without a figure
      else unsubjected.get(shape)!.push(m);
      continue;
    }
    const key = KEYED_BY_SUBJECT_ONLY.has(m.kind) ? `${m.kind}${SEP}${m.subject}` : `${m.kind}${SEP}${m.unit}${SEP}${m.subject}`;
    const g = byKey.get(key);
    if (g) g.members.push(m);
    else {
      const fresh: Group = { kind: m.kind, unit: KEYED_BY_SUBJECT_ONLY.has(m.kind) ? null : m.unit, subject: m.subject, members: [m] };
      byKey.set(key, fresh);
      groups.push(fresh);
    }
  }

  // The figures of subjected groups, indexed by value, for the figures that name no subject.
  const index: Index = new Map();
  for (const g of groups) {
    if (g.subject === null || KEYED_BY_SUBJECT_ONLY.has(g.kind)) continue;
    for (const m of g.members) {
      const cov = coverage(m);
      const bs = cov && buckets(cov);
      if (cov && bs) register(index, 's', g, cov, bs);
    }
  }
  const bySignature = new Map<string, Group>();
  for (const shape of UNSUBJECTED_ORDER) {
    for (const m of unsubjected.get(shape)!) {
      const cov = coverage(m)!;
      const bs = buckets(cov);
      if (bs === null) {
        // A bare bound ("more than 300") would meet too many figures: it joins only the same statement.
        const key = `${m.kind}${SEP}${m.unit}${SEP}${statement(m)}`;
        const g = bySignature.get(key);
        if (g) g.members.push(m);
        else {
          const fresh: Group = { kind: m.kind, unit: m.unit, subject: null, members: [m] };
          bySignature.set(key, fresh);
          groups.push(fresh);
        }
        continue;
      }
      const subjected = uniqueMatch(index, 's', m, cov, bs);
      if (subjected) {
        subjected.members.push(m);
        continue;
      }
      let g = uniqueMatch(index, 'n', m, cov, bs);
      if (g) g.members.push(m);
      else groups.push((g = { kind: m.kind, unit: m.unit, subject: null, members: [m] }));
      register(index, 'n', g, cov, bs);
    }
  }
  return groups.map((g) => g.members);
}

const byEvidence = (a: FactMention, b: FactMention): number => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start);

function report(m: FactMention, copyOf: (doc: string) => string | null): FactReport {
  const value = KEYED_BY_SUBJECT_ONLY.has(m.kind) ? (m.object ?? null) : m.value;
  const original = copyOf(m.doc);
  return {
    doc: m.doc,
    text: m.text,
    start: m.start,
    end: m.end,
    sentence: m.sentence,
    value,
    ...(m.qualifier !== undefined ? { qualifier: m.qualifier } : {}),
    ...(m.min !== undefined ? { min: m.min } : {}),
    ...(m.max !== undefined ? { max: m.max } : {}),
    ...(original !== null && original !== m.doc ? { copyOf: original } : {}),
  };
}

/** The key with the most distinct sources; null on a tie for first. */
function plurality<K>(bySources: ReadonlyMap<K, ReadonlySet<string>>): K | null {
  let best: K | null = null;
  let n = -1;
  let tie = false;
  for (const [k, s] of bySources) {
    if (s.size > n) [best, n, tie] = [k, s.size, false];
    else if (s.size === n) tie = true;
  }
  return tie ? null : best;
}

function addTo<K>(map: Map<K, Set<string>>, k: K, v: string): void {
  const s = map.get(k);
  if (s) s.add(v);
  else map.set(k, new Set([v]));
}

/** Whether an interval covers one of the sorted values: the first at or above its low end decides. */
function coversAny(i: Interval, sorted: readonly number[]): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < i.lo) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < sorted.length && k <= lo + 1; k++) if (covers(i, sorted[k]!)) return true;
  return false;
}

/**
 * One group's fact. Copies are one source: of a set of copies only one document speaks (the
 * original when the group has it, else the first copy), so a reprint that changed a figure
 * is kept in `reports` (with copyOf) but can neither make nor join a conflict.
 */
function resolve(members: FactMention[], copyOf: (doc: string) => string | null): Fact {
  members.sort(byEvidence);
  const first = members[0]!;
  const sourceOf = (doc: string): string => copyOf(doc) ?? doc;
  const speaker = new Map<string, string>();
  for (const m of members) {
    const src = sourceOf(m.doc);
    const cur = speaker.get(src);
    if (cur === undefined || (cur !== src && (m.doc === src || m.doc < cur))) speaker.set(src, m.doc);
  }
  const sources = speaker.size;
  const reports = members.map((m) => report(m, copyOf));
  // The subject as the reports write it most often (its key may be a spelling skeleton).
  const written = new Map<string, Set<string>>();
  for (const m of members) if (m.subjectText) addTo(written, m.subjectText, sourceOf(m.doc));
  const subjectName = [...written].sort((x, y) => y[1].size - x[1].size || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))[0]?.[0];
  const base = {
    kind: first.kind, unit: first.unit, subject: members.find((m) => m.subject !== null)?.subject ?? null,
    ...(subjectName ? { subjectName } : {}), sources, reports,
  };

  if (KEYED_BY_SUBJECT_ONLY.has(first.kind)) {
    const said = new Map<string, Set<string>>();
    for (const m of members) if (m.object) addTo(said, m.object, sourceOf(m.doc));
    return { ...base, unit: null, value: plurality(said) ?? members.find((m) => m.object)?.object ?? null, status: 'agreed' };
  }

  const speaking = members.filter((m) => speaker.get(sourceOf(m.doc)) === m.doc);
  const exact = new Map<number, Set<string>>();
  const hedged: Array<{ m: FactMention; cov: Interval }> = [];
  for (const m of speaking) {
    if (isExact(m)) addTo(exact, m.value, sourceOf(m.doc));
    else {
      const cov = coverage(m);
      if (cov) hedged.push({ m, cov });
    }
  }
  // Hedged statements that fail the exact figures (or, with none, that meet no common value).
  let outside: FactMention[] = [];
  let conflict = exact.size > 1;
  if (exact.size > 0) {
    const sorted = [...exact.keys()].sort((a, b) => a - b);
    outside = hedged.filter((h) => !coversAny(h.cov, sorted)).map((h) => h.m);
  } else if (hedged.length > 0) {
    let common: Interval | null = hedged[0]!.cov;
    for (const h of hedged) common = common && intersect(common, h.cov);
    if (common === null) [conflict, outside] = [true, hedged.map((h) => h.m)];
  }
  conflict ||= outside.length > 0;

  const approx = new Map<number, Set<string>>();
  for (const h of hedged) if (h.m.qualifier === 'approx' && h.m.value !== null) addTo(approx, h.m.value, sourceOf(h.m.doc));
  const value = exact.size > 0 ? plurality(exact) : plurality(approx);
  const sameStatement = new Set(speaking.map((m) => statement(m))).size <= 1;
  const status: FactStatus = conflict ? 'conflict' : sources <= 1 || (hedged.length === 0 && exact.size <= 1) || (exact.size === 0 && sameStatement) ? 'agreed' : 'compatible';
  if (!conflict) return { ...base, value, status };

  const sides = new Map<number | string, Set<string>>();
  const side = (k: number | string, doc: string): void => addTo(sides, k, doc);
  for (const m of members) if (isExact(m) && exact.has(m.value)) side(m.value, m.doc);
  const outsideStatements = new Set(outside.map((m) => statement(m)));
  for (const m of members) if (!isExact(m) && outsideStatements.has(statement(m))) side(statement(m), m.doc);
  return { ...base, value, status, sides: [...sides].map(([v, docs]) => ({ value: v, docs: [...docs] })) };
}

/**
 * The facts of a set of mentions (usually one story's): grouped, each with its status, its
 * distinct sources (copyOf(doc) names the original a document copies, null for an original)
 * and every report's evidence; for a conflict, the sides.
 */
export function reconcileFacts(mentions: readonly FactMention[], copyOf: (doc: string) => string | null): Fact[] {
  const split = (g: FactMention[]): FactMention[][] => (KEYED_BY_SUBJECT_ONLY.has(g[0]!.kind) ? [g] : splitByMagnitude(g).flatMap(splitCoStated));
  const groups = mergeActors(groupMentions(mentions).flatMap(split));
  const facts = groups.map((g) => resolve(g, copyOf));
  const rank = (k: ReconciledFact['kind']): number => {
    const i = KIND_ORDER.indexOf(k as FactKind);
    return i < 0 ? KIND_ORDER.length : i;
  };
  return facts.sort((a, b) => {
    const x = a.reports[0]!;
    const y = b.reports[0]!;
    return rank(a.kind) - rank(b.kind) || b.sources - a.sources || (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.start - y.start);
  });
}
