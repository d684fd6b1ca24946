// The event dates an undated report's dated neighbours stand for (story-placement.ts), kept
// with its membership (StoryMember.events) as neighbours arrive, so that a report coming to
// match more than MAX_UNDATED_EVENTS distinct events is taken out of placement then, once:
// a new dated report adds its date to each undated neighbour's; a new undated report starts
// from its dated neighbours' dates.
import type { EventDay } from './story-dates.js';
import { ambiguousUndated } from './story-placement.js';
import type { StoryMember } from '../store/story-store.js';

const sameDay = (a: EventDay, b: EventDay): boolean => a.year === b.year && a.lo === b.lo && a.hi === b.hi;
/** Kept sorted, so that the stored list does not depend on the order neighbours came in. */
const byDay = (a: EventDay, b: EventDay): number => a.lo - b.lo || a.hi - b.hi || a.year - b.year;

export interface UndatedEvents {
  /** A new undated report's own: its dated neighbours' distinct dates (absent when ambiguous). */
  own?: EventDay[];
  /** Undated neighbours whose dates change (a new dated report), or that become ambiguous. */
  neighbours: Array<{ doc: string; events?: EventDay[]; ambiguous?: true }>;
  /** Reports ambiguous from this placement on: the new report itself, or neighbours it tips over. */
  ambiguous: string[];
}

/** A new undated report `id` whose dated same-event neighbours have these event dates. */
export function datedEventsOf(id: string, dates: readonly EventDay[]): UndatedEvents {
  const own: EventDay[] = [];
  for (const d of dates) if (!own.some((e) => sameDay(e, d))) own.push(d);
  own.sort(byDay);
  return ambiguousUndated(own) ? { neighbours: [], ambiguous: [id] } : { own, neighbours: [], ambiguous: [] };
}

/** A new dated report with event date `date`, and its same-event neighbours' memberships. */
export function datedEventsJoin(date: EventDay, neighbours: readonly StoryMember[]): UndatedEvents {
  const out: UndatedEvents = { neighbours: [], ambiguous: [] };
  for (const m of neighbours) {
    if (m.core !== null || m.ambiguous) continue;
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
