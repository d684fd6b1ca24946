// The event dates an undated report's dated neighbours stand for (story-placement.ts), kept
// with its membership (StoryMember.events) as neighbours arrive, so that a report coming to
// match more than MAX_UNDATED_EVENTS distinct events is taken out of placement then: a new
// dated report adds its date to each undated neighbour's; a new undated report starts from
// its dated neighbours' dates. A dated copy of an undated report places it among its copies'
// cores from then on, ambiguous or not.
import type { EventDay } from './story-dates.js';
import { ambiguousUndated } from './story-placement.js';
import type { StoryMember } from '../store/story-store.js';

const sameDay = (a: EventDay, b: EventDay): boolean => a.year === b.year && a.lo === b.lo && a.hi === b.hi;
/** Kept sorted, so that the stored list does not depend on the order neighbours came in. */
const byDay = (a: EventDay, b: EventDay): number => a.lo - b.lo || a.hi - b.hi || a.year - b.year;

export interface UndatedEvents {
  /** A new undated report's own: its dated neighbours' distinct dates (absent when ambiguous or copied). */
  own?: EventDay[];
  /** A new undated report with a dated copy: placed among its copies' cores. */
  ownCopied?: true;
  /** Undated neighbours whose dates change (a new dated report), become ambiguous, or are copied by it. */
  neighbours: Array<{ doc: string; events?: EventDay[]; ambiguous?: true; copiedInto?: string }>;
  /** Reports ambiguous from this placement on: the new report itself, or neighbours it tips over. */
  ambiguous: string[];
  /** Undated neighbours the new dated report copies (or is copied by) that had no dated copy before. */
  copied: string[];
}

/**
 * A new undated report `id` whose dated same-event neighbours have these event dates;
 * `hasDatedCopy`: one of them is its copy, and it is placed among its copies' cores.
 */
export function datedEventsOf(id: string, dates: readonly EventDay[], hasDatedCopy = false): UndatedEvents {
  if (hasDatedCopy) return { ownCopied: true, neighbours: [], ambiguous: [], copied: [] };
  const own: EventDay[] = [];
  for (const d of dates) if (!own.some((e) => sameDay(e, d))) own.push(d);
  own.sort(byDay);
  return ambiguousUndated(own) ? { neighbours: [], ambiguous: [id], copied: [] } : { own, neighbours: [], ambiguous: [], copied: [] };
}

/**
 * A new dated report with event date `date`, whose core is `core`, and its same-event
 * neighbours' memberships; `copies`: the undated ones among them it copies or is copied by.
 */
export function datedEventsJoin(date: EventDay, neighbours: readonly StoryMember[], copies: ReadonlySet<string>, core: string): UndatedEvents {
  const out: UndatedEvents = { neighbours: [], ambiguous: [], copied: [] };
  for (const m of neighbours) {
    if (m.core !== null || m.copied) continue;
    if (copies.has(m.doc)) {
      // Its first dated copy: from now on it is placed among its copies' cores only.
      out.copied.push(m.doc);
      out.neighbours.push({ doc: m.doc, copiedInto: core });
      continue;
    }
    if (m.ambiguous) continue;
    const known = m.events ?? [];
    if (known.some((e) => sameDay(e, date))) continue;
    const events = [...known, date].sort(byDay);
    if (ambiguousUndated(events)) {
      out.ambiguous.push(m.doc);
      out.neighbours.push({ doc: m.doc, ambiguous: true });
    } else out.neighbours.push({ doc: m.doc, events });
  }
  return out;
}
