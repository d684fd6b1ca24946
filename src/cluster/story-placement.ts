// Placing undated reports. An undated report cannot bridge two dated components (it would
// merge Rome 2021 with Riyadh 2023 through a report that gives no date): it joins the one
// dated component, among those it has an edge to, with the highest mean affinity over the
// component's reports (ties: the component whose smallest dated report sorts first); undated reports with no dated neighbour
// form components among themselves. A function of the final edges only, so ingest order
// does not change it.
//
// An undated report whose dated neighbours stand for more than MAX_UNDATED_EVENTS distinct
// events (dates no one event can have: story-dates.ts distinctEvents) is not attributed to
// any of them: it is a story of its own. It reports one edition of a recurring event
// (a weekly briefing, an annual meeting) without saying which, and its wording alone picks
// the wrong edition nearly as often as the right one (measured on the stories bench:
// README, Stories); a report filed under the wrong edition would bring its figures into
// that edition's facts as contradictions. More neighbours only add events, so this too is a
// function of the final edges.
//
// An undated report that copies a dated one (or is copied by one: a reprint that lost its
// dateline) is never ambiguous: it is placed among its dated copies' cores only, by the same
// mean affinity. The engine knows copies (near-duplicates.ts); this reference does not, and
// is compared with the engine on corpora without them (cluster/undated-events.test.ts tests
// the copies on their own).
import { byString, Components } from './story-components.js';
import { distinctEvents, type EventDay } from './story-dates.js';
import { affinity, type DocModel } from './story-relation.js';

/** The most distinct dated events an undated report may match and still be placed among them. */
export const MAX_UNDATED_EVENTS = 3;

/** Is an undated report whose dated neighbours have these event dates too ambiguous to place? */
export const ambiguousUndated = (neighbourDates: readonly EventDay[]): boolean => distinctEvents(neighbourDates) > MAX_UNDATED_EVENTS;

/**
 * An undated report's mean affinity with a core (named by its smallest report) of `size`
 * reports, when it is kept (undated-scores.ts: an exact sum and the size it was kept for);
 * undefined when it is not, or was kept for another size: the mean is then summed here.
 */
export type KeptMean = (u: string, core: string, size: number) => number | undefined;

/**
 * Story id of every undated report. `undatedEdges` holds each undated report's "same event"
 * neighbours; `datedParts` the components of the dated reports. `pairAffinity` may be a
 * memo of affinity (a pure function of the two documents). `isAmbiguous` says which
 * reports are too ambiguous to place (ambiguousUndated); by default it is read from the
 * dated neighbours' models, which needs every neighbour of each undated report.
 */
export function placeUndated(
  undatedEdges: ReadonlyMap<string, ReadonlySet<string>>,
  datedParts: Components,
  models: ReadonlyMap<string, DocModel>,
  pairAffinity: (u: string, x: string) => number = (u, x) => affinity(models.get(u)!, models.get(x)!),
  keptMean?: KeptMean,
  isAmbiguous: (u: string) => boolean = (u) =>
    ambiguousUndated([...undatedEdges.get(u)!].filter((n) => datedParts.has(n)).map((n) => models.get(n)!.range!)),
): Map<string, string> {
  const out = new Map<string, string>();
  const loose = new Components();
  const undated = [...undatedEdges.keys()].sort(byString);
  for (const u of undated) {
    if (isAmbiguous(u)) {
      out.set(u, u);
      continue;
    }
    const roots = new Set<string>();
    for (const n of undatedEdges.get(u)!) if (datedParts.has(n)) roots.add(datedParts.find(n));
    let best: string | null = null;
    let bestScore = -Infinity;
    for (const r of [...roots].sort(byString)) {
      const members = datedParts.membersOf(r);
      let score = keptMean?.(u, r, members.length);
      if (score === undefined) {
        let sum = 0;
        for (const x of members) sum += pairAffinity(u, x);
        score = sum / members.length;
      }
      if (score > bestScore) [best, bestScore] = [r, score];
    }
    if (best !== null) out.set(u, best);
    else loose.add(u);
  }
  for (const u of undated) {
    if (!loose.has(u)) continue;
    for (const n of undatedEdges.get(u)!) if (loose.has(n)) loose.union(u, n);
  }
  for (const u of undated) if (loose.has(u)) out.set(u, loose.find(u));
  return out;
}
