// The best core of each undated report, kept as cores grow instead of recomputed.
//
// An undated report joins, among the dated cores it has a same-event edge to, the one of
// highest mean affinity over the core's reports (ties: the smallest core name; see
// story-placement.ts). An undated report of a recurring event touches every edition of it,
// so recomputing its means at each placement read every report of every edition, and the
// cost of a placement grew with the archive. Instead the store keeps, for each (undated
// report, core) pair, the affinity sum and the core's size (AdjacencyRow), and each undated
// report's joined core. When a dated report d joins cores C1..Ck (merged under one name K):
//   - every undated report u touching one of them gets the row (K, u): the sum of its rows
//     for C1..Ck (computed from the members for a core it did not touch, or a row not
//     known yet) plus affinity(u, d), and the sizes plus one;
//   - u's best core changes only through K: if u had joined one of C1..Ck and K's mean is
//     not lower, K is still best; if u had joined another core, K takes over only by beating
//     that core's mean (or tying it under a smaller name); otherwise, and when nothing is
//     known, all of u's rows are read again (rescan).
// Only the reports whose best core changes have their stories placed again (engine.ts).
// Sums are exact (AFFINITY_GRAIN), so a sum kept over many placements equals the one the
// reference computes at once, and the choice does not depend on ingest order.
import { byString } from './story-components.js';
import type { AdjacencyRow, StoryStore } from '../store/story-store.js';
import type { KeptMean } from './story-placement.js';

/** What scoring reads: the store's adjacency rows and core members, and affinity sums. */
export interface ScoreDeps {
  store: Pick<StoryStore, 'coreAdjacency' | 'docAdjacency' | 'joinedCores' | 'coreMembers'>;
  /** For each request [u, xs], the sum of affinity(u, x) over xs (exact: AFFINITY_GRAIN). */
  affinitySums(requests: ReadonlyArray<readonly [string, readonly string[]]>): Promise<number[]>;
}

/** A row whose sum and size are known. */
export type KnownRow = AdjacencyRow & { sum: number; n: number };

export interface Scored {
  /** Rows to write (after the commit's renames): every row this placement made or completed. */
  rows: KnownRow[];
  /** The best core of each report scored (null: it touches none). */
  best: Map<string, string | null>;
  /** Reports whose best core is not the one they had joined (under its new name), sorted. */
  changed: string[];
  /** Reports whose stored joined core must be rewritten (changed, or renamed by the merge). */
  joined: Array<{ doc: string; core: string | null }>;
}

/** Nothing scored (a report that is not placed among cores). */
export const noScores = (): Scored => ({ rows: [], best: new Map(), changed: [], joined: [] });

const known = (r: AdjacencyRow | undefined): r is KnownRow => r !== undefined && r.sum !== null && r.n !== null && r.n > 0;

/** The row of highest mean (ties: smallest core name); null for none. */
function bestOf(rows: readonly KnownRow[]): string | null {
  let best: string | null = null;
  let bestMean = -Infinity;
  for (const r of [...rows].sort((a, b) => byString(a.core, b.core))) {
    const mean = r.sum / r.n;
    if (mean > bestMean) [best, bestMean] = [r.core, mean];
  }
  return best;
}

/**
 * Completes rows whose sum or size is unknown, from the cores' members: `wanted` lists, for
 * each report, the cores to sum over; returns the sum and size of each (report, core) pair.
 */
async function sumsFromMembers(
  wanted: ReadonlyArray<readonly [string, string]>,
  deps: ScoreDeps,
): Promise<{ sums: Map<string, number>; sizes: Map<string, number> }> {
  const sums = new Map<string, number>();
  const sizes = new Map<string, number>();
  if (wanted.length === 0) return { sums, sizes };
  const members = await deps.store.coreMembers([...new Set(wanted.map(([, c]) => c))].sort(byString));
  for (const [c, ms] of members) sizes.set(c, ms.length);
  const found = await deps.affinitySums(wanted.map(([u, c]) => [u, members.get(c) ?? []] as const));
  wanted.forEach(([u, c], i) => sums.set(`${u} ${c}`, found[i]!));
  return { sums, sizes };
}

/** Every row of these reports, known: unknown ones computed from the cores' members. */
async function allRows(docs: readonly string[], deps: ScoreDeps, skip: ReadonlySet<string>): Promise<{ rows: Map<string, KnownRow[]>; completed: KnownRow[] }> {
  const stored = await deps.store.docAdjacency(docs);
  const wanted: Array<[string, string]> = [];
  for (const [u, rs] of stored) for (const r of rs) if (!skip.has(r.core) && !known(r)) wanted.push([u, r.core]);
  const { sums, sizes } = await sumsFromMembers(wanted, deps);
  const rows = new Map<string, KnownRow[]>();
  const completed: KnownRow[] = [];
  for (const u of docs) {
    const list: KnownRow[] = [];
    for (const r of stored.get(u) ?? []) {
      if (skip.has(r.core)) continue;
      if (known(r)) list.push(r);
      else if (sizes.has(r.core)) {
        const row = { core: r.core, doc: u, sum: sums.get(`${u} ${r.core}`)!, n: sizes.get(r.core)! };
        completed.push(row);
        list.push(row);
      }
    }
    rows.set(u, list);
  }
  return { rows, completed };
}

/**
 * A dated report `id` joins `cores` (its dated neighbours' cores), now one core named `core`:
 * scores again every undated report touching one of them, and `neighbours`, its undated
 * same-event neighbours (which now touch `core`), but those `leaving` placement (they have
 * become ambiguous: story-placement.ts); those `forced` (it is their first dated copy) take
 * `core`, whatever their other rows say.
 */
export async function rescoreJoin(
  input: { id: string; core: string; cores: readonly string[]; neighbours: readonly string[]; leaving?: ReadonlySet<string>; forced?: ReadonlySet<string> },
  deps: ScoreDeps,
): Promise<Scored> {
  const { id, core, cores } = input;
  const merged = new Set(cores);
  const leaving = input.leaving ?? new Set<string>();
  const stored = (await deps.store.coreAdjacency(cores)).filter((r) => !leaving.has(r.doc));
  const rowOf = new Map(stored.map((r) => [`${r.doc} ${r.core}`, r]));
  const undated = [...new Set([...stored.map((r) => r.doc), ...input.neighbours])].sort(byString);
  const out: Scored = { rows: [], best: new Map(), changed: [], joined: [] };
  if (undated.length === 0) return out;

  // The new core's sum for each report: its known rows of the merged cores, the rest from members.
  const wanted: Array<[string, string]> = [];
  for (const u of undated) for (const c of cores) if (!known(rowOf.get(`${u} ${c}`))) wanted.push([u, c]);
  const fromMembers = await sumsFromMembers(wanted, deps);
  const sizeOf = new Map(fromMembers.sizes);
  for (const r of stored) if (known(r)) sizeOf.set(r.core, r.n);
  const size = 1 + cores.reduce((n, c) => n + (sizeOf.get(c) ?? 0), 0);
  const withNew = await deps.affinitySums(undated.map((u) => [u, [id]] as const));
  const newRow = new Map<string, KnownRow>();
  undated.forEach((u, i) => {
    let sum = withNew[i]!;
    for (const c of cores) {
      const r = rowOf.get(`${u} ${c}`);
      sum += known(r) ? r.sum : fromMembers.sums.get(`${u} ${c}`)!;
    }
    newRow.set(u, { core, doc: u, sum, n: size });
  });

  const joined = await deps.store.joinedCores(undated);
  const renamed = (c: string): string => (merged.has(c) ? core : c);
  const rescan: string[] = [];
  for (const u of undated) {
    const row = newRow.get(u)!;
    const mean = row.sum / row.n;
    const was = joined.get(u);
    if (input.forced?.has(u)) out.best.set(u, core);
    else if (was && merged.has(was.core)) {
      // Its core grew: still best unless its mean fell (another core may now be ahead).
      const before = rowOf.get(`${u} ${was.core}`);
      if (known(before) && mean >= before.sum / before.n) out.best.set(u, core);
      else rescan.push(u);
    } else if (was && known(was)) {
      // Another core held it; only the grown core's mean changed.
      const held = was.sum / was.n;
      out.best.set(u, mean > held || (mean === held && core < was.core) ? core : was.core);
    } else rescan.push(u);
  }
  if (rescan.length > 0) {
    const { rows, completed } = await allRows(rescan, deps, merged);
    out.rows.push(...completed);
    for (const u of rescan) out.best.set(u, bestOf([...rows.get(u)!, newRow.get(u)!]));
  }
  out.rows.push(...newRow.values());
  for (const u of undated) {
    const best = out.best.get(u)!;
    const was = joined.get(u)?.core ?? null;
    if (was === null || renamed(was) !== best) out.changed.push(u);
    if (was !== best) out.joined.push({ doc: u, core: best });
  }
  return out;
}

/** A new undated report `id` touching `cores`: its rows and its best core. */
export async function scoreUndated(input: { id: string; cores: readonly string[] }, deps: ScoreDeps): Promise<Scored> {
  const { sums, sizes } = await sumsFromMembers(input.cores.map((c) => [input.id, c] as const), deps);
  const rows = input.cores.filter((c) => sizes.has(c)).map((c) => ({ core: c, doc: input.id, sum: sums.get(`${input.id} ${c}`)!, n: sizes.get(c)! }));
  const best = bestOf(rows);
  return { rows, best: new Map([[input.id, best]]), changed: [input.id], joined: best === null ? [] : [{ doc: input.id, core: best }] };
}

/**
 * The means placement may read (story-placement.ts KeptMean): the stored rows of these
 * reports, except those of the cores a placement merged (`merged`), replaced by the rows it
 * made (`fresh`). A row kept for another size than the core's is not used.
 */
export function keptMeans(
  stored: ReadonlyMap<string, readonly AdjacencyRow[]>,
  fresh: readonly AdjacencyRow[],
  merged: ReadonlySet<string>,
): KeptMean {
  const kept = new Map<string, AdjacencyRow>();
  for (const rows of stored.values()) for (const r of rows) if (!merged.has(r.core)) kept.set(`${r.doc} ${r.core}`, r);
  for (const r of fresh) kept.set(`${r.doc} ${r.core}`, r);
  return (u, core, size) => {
    const r = kept.get(`${u} ${core}`);
    return r && r.sum !== null && r.n === size ? r.sum / r.n : undefined;
  };
}
