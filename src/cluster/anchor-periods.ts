// Partitions of the anchor index, so that a report's candidates are the reports its dates
// and entities allow, not every report of the archive that shares its words.
//
// What the decision (story-relation.ts relate) allows:
//   - two dated reports link only when their event dates are within MAX_EVENT_GAP_DAYS, or
//     a date one recalls is that close to the other's event date;
//   - a link with an undated report always needs MIN_SHARED_ENTITIES shared entities.
//
// So the index keys are (partition first, so that the postings of one period sit together
// in the store's B-tree and a run of reports in date order writes and reads few pages):
//   dated report      "P<period>|<anchor>" for every anchor and each period
//                     (ANCHOR_PERIOD_DAYS days) of its event date and of the dates it
//                     recalls; "<anchor>" for its entity anchors
//   undated report    "u|<anchor>" and "<anchor>" for its entity anchors
// and a report looks up:
//   dated report      "P<period>|<anchor>" for the periods within MAX_EVENT_GAP_DAYS of its
//                     dates, sharing MIN_SHARED_ANCHORS anchors; "u|<entity anchor>",
//                     sharing MIN_SHARED_ENTITIES
//   undated report    "<entity anchor>", sharing MIN_SHARED_ENTITIES
// The entity lookups return a superset; the engine then keeps the candidates sharing
// MIN_SHARED_ANCHORS anchors, as an unpartitioned index would (sharesAnchors). Every pair
// the decision can link is found whichever of the two comes second (engine.test.ts runs
// the engine against the unpartitioned reference of stories.ts), and a dated report's
// lookups no longer grow with the length of the archive, only with what happened in its
// weeks.
import { MAX_EVENT_GAP_DAYS, type EventDay } from './story-dates.js';
import type { DocModel } from './story-relation.js';

/** Width of a period in days. */
export const ANCHOR_PERIOD_DAYS = 7;
/** The separator between a partition and its anchor; the store counts an anchor once across partitions. */
export const PARTITION_SEP = '|';
const UNDATED = 'u';
const ENTITY_PREFIX = 'e:';

const period = (day: number): number => Math.floor(day / ANCHOR_PERIOD_DAYS);

/** The periods of these day ranges, each widened by `pad` days on both sides (sorted). */
function periods(ranges: readonly EventDay[], pad: number): number[] {
  const out = new Set<number>();
  for (const r of ranges) for (let p = period(r.lo - pad); p <= period(r.hi + pad); p++) out.add(p);
  return [...out].sort((a, b) => a - b);
}

const dates = (m: DocModel): EventDay[] => (m.range === null ? [] : [m.range, ...m.recalled]);
const partitioned = (part: string, anchors: readonly string[]): string[] => anchors.map((a) => `${part}${PARTITION_SEP}${a}`);
const entityAnchors = (m: DocModel): string[] => m.anchors.filter((a) => a.startsWith(ENTITY_PREFIX));

/** The keys a document is indexed under. */
export function indexKeys(m: DocModel): string[] {
  const entities = entityAnchors(m);
  if (m.range === null) return [...entities, ...partitioned(UNDATED, entities)];
  return [...entities, ...periods(dates(m), 0).flatMap((p) => partitioned(`P${p}`, m.anchors))];
}

/** One lookup: keys, and how many distinct anchors a candidate must share among them. */
export interface AnchorQuery {
  keys: string[];
  minShared: number;
}

/** The lookups that find a document's candidates. */
export function anchorQueries(m: DocModel, minSharedAnchors: number, minSharedEntities: number): AnchorQuery[] {
  const entities = entityAnchors(m);
  if (m.range === null) return [{ keys: entities, minShared: minSharedEntities }];
  return [
    { keys: periods(dates(m), MAX_EVENT_GAP_DAYS).flatMap((p) => partitioned(`P${p}`, m.anchors)), minShared: minSharedAnchors },
    { keys: partitioned(UNDATED, entities), minShared: minSharedEntities },
  ];
}

/** Each model's anchors as a set, made once: the engine checks one document against all its candidates. */
const anchorSets = new WeakMap<DocModel, ReadonlySet<string>>();

/** Do two documents share at least `min` anchors? (`a`'s anchor set is remembered.) */
export function sharesAnchors(a: DocModel, b: DocModel, min: number): boolean {
  let set = anchorSets.get(a);
  if (!set) anchorSets.set(a, (set = new Set(a.anchors)));
  let n = 0;
  for (const x of b.anchors) if (set.has(x) && ++n >= min) return true;
  return false;
}
