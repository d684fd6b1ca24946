// The best core of each undated report a placement unsettles (story-placement.ts's rule:
// the highest mean affinity over the core's reports, ties to the smallest core name),
// computed over every core the report touches, so that the engine need only re-place the
// stories of the cores chosen, not of every core an undated report touches. An undated
// report of a recurring event touches every edition of it; reading all of them at each
// placement was what made a report's cost grow with the archive.
import { byString } from './story-components.js';
import type { DocModel } from './story-relation.js';

export interface BestCoreInput {
  /** The candidate cores of each unsettled report (names after this placement's merge). */
  candidates: ReadonlyMap<string, readonly string[]>;
  /** The dated reports of each of these cores, sorted. */
  membersOf: (cores: readonly string[]) => Promise<ReadonlyMap<string, readonly string[]>>;
  /** Models of these documents. */
  models: (ids: readonly string[]) => Promise<ReadonlyMap<string, DocModel>>;
  /** affinity(u, x), memoized by the caller; `known` says whether it is memoized (no model needed). */
  affinity: (u: string, x: string, models: ReadonlyMap<string, DocModel>) => number;
  known: (u: string, x: string) => boolean;
}

/** Each unsettled report's best core (null: it touches none). */
export async function bestCores(input: BestCoreInput): Promise<Map<string, string | null>> {
  const wanted = new Set<string>();
  for (const cs of input.candidates.values()) for (const c of cs) wanted.add(c);
  const members = await input.membersOf([...wanted].sort(byString)); // one look-up for all
  // Models only for the pairs not remembered: most were computed at an earlier placement.
  const ids = new Set<string>();
  for (const [u, cs] of input.candidates) {
    for (const c of cs) {
      for (const x of members.get(c) ?? []) {
        if (input.known(u, x)) continue;
        ids.add(u);
        ids.add(x);
      }
    }
  }
  const models = ids.size > 0 ? await input.models([...ids]) : new Map<string, DocModel>();
  const out = new Map<string, string | null>();
  for (const [u, cs] of input.candidates) {
    let best: string | null = null;
    let bestScore = -Infinity;
    for (const c of [...cs].sort(byString)) {
      const ms = members.get(c) ?? [];
      if (ms.length === 0) continue;
      let sum = 0;
      for (const x of ms) sum += input.affinity(u, x, models);
      const score = sum / ms.length;
      if (score > bestScore) [best, bestScore] = [c, score];
    }
    out.set(u, best);
  }
  return out;
}
