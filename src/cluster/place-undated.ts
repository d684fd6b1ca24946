// Placing a new undated report (engine.ts add), without placing its stories again.
//
// By the placement rules (story-placement.ts) a new undated report u changes no other report's
// choice: it cannot bridge dated cores, so no core changes and no undated report's best core
// changes; and it joins loose reports (undated, touching no core) only when it is loose itself.
// So u's story is, by its best core (undated-scores.ts scoreUndated):
//   - a core: the story holding that core, renamed to u when u's id is smaller (a story is
//     named by its smallest report);
//   - none (u touches no core): the union of the stories of its loose same-event neighbours
//     and u, under the smallest of their names; a story holding a loose report holds no
//     other kind, so the union is the merge of those stories whole.
// Either way the stories it joins are renamed, never taken apart: a placement of a dozen
// store reads, where placing the stories again (place-again.ts) read every report of every
// story u touches, and an undated report of a recurring event touches every edition.
import type { StoryMember, StoryStore } from '../store/story-store.js';
import { byString } from './story-components.js';

export interface UndatedPlacement {
  /** The story the report joins (after the rename). */
  member: string;
  /** The stories it now includes (their ids before this placement), renamed to `member`. */
  joins: string[];
}

/**
 * The story of a new undated report `id`, given its best core (null: it touches none) and
 * its same-event neighbours' memberships before this placement.
 */
export async function placeNewUndated(
  input: { id: string; best: string | null; neighbours: ReadonlyMap<string, StoryMember> },
  store: Pick<StoryStore, 'docAdjacency'>,
): Promise<UndatedPlacement> {
  const { id, best, neighbours } = input;
  let joins: string[];
  if (best !== null) {
    const holder = [...neighbours.values()].find((m) => m.core === best);
    if (!holder) throw new Error(`placeNewUndated: ${id}'s best core ${best} is none of its neighbours' cores`);
    joins = [holder.story];
  } else {
    // Its undated neighbours that touch no core (no adjacency row) are the loose ones.
    // (An ambiguous one has no row either, but it is a story of its own: story-placement.ts.)
    const undated = [...neighbours.values()].filter((m) => m.core === null && !m.ambiguous).map((m) => m.doc);
    const touching = await store.docAdjacency(undated);
    joins = [...new Set(undated.filter((d) => !touching.has(d)).map((d) => neighbours.get(d)!.story))].sort(byString);
  }
  return { member: [id, ...joins].sort(byString)[0]!, joins };
}
