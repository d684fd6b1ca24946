// Event dates of stories: the day range a date at day or month precision stands for, and
// whether two event dates can be one event. Kept apart because both the pairwise decision
// and callers outside the index (tests, diagnostics) read them.

/** Event dates further apart than this (days) are different events. */
export const MAX_EVENT_GAP_DAYS = 3;

export interface EventDay {
  /** First and last day numbers (days since epoch) the date may stand for. */
  lo: number;
  hi: number;
  year: number;
}

function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** The day range of an ISO date at day or month precision; null for anything else. */
export function dateRange(iso: string | null): EventDay | null {
  if (iso === null) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (m) {
    const n = dayNumber(+m[1]!, +m[2]!, +m[3]!);
    return { lo: n, hi: n, year: +m[1]! };
  }
  m = /^(\d{4})-(\d{2})$/u.exec(iso);
  if (m) {
    const y = +m[1]!;
    const mo = +m[2]!;
    return { lo: dayNumber(y, mo, 1), hi: dayNumber(y, mo + 1, 1) - 1, year: y };
  }
  return null;
}

/** Can two event dates be one event? Unknown dates are compatible with anything. */
export function datesCompatible(a: string | null, b: string | null, gap = MAX_EVENT_GAP_DAYS): boolean {
  return rangesCompatible(dateRange(a), dateRange(b), gap);
}

/** datesCompatible on day ranges already parsed (null: unknown). */
export function rangesCompatible(ra: EventDay | null, rb: EventDay | null, gap = MAX_EVENT_GAP_DAYS): boolean {
  if (!ra || !rb) return true;
  if (ra.year !== rb.year) return false;
  // The closest two days the ranges allow.
  const distance = Math.max(0, ra.lo - rb.hi, rb.lo - ra.hi);
  return distance <= gap;
}

/**
 * How many events a set of event dates stands for at least: the most of them that are
 * pairwise incompatible (rangesCompatible false). Dates of different years never meet;
 * within a year, taking each time the range that ends first is optimal (interval
 * scheduling on [lo, hi + gap]).
 */
export function distinctEvents(ranges: readonly EventDay[], gap = MAX_EVENT_GAP_DAYS): number {
  const sorted = [...ranges].sort((a, b) => a.year - b.year || a.hi - b.hi);
  let count = 0;
  let year = Number.NaN;
  let end = 0;
  for (const r of sorted) {
    if (r.year === year && r.lo - end <= gap) continue;
    year = r.year;
    end = r.hi;
    count++;
  }
  return count;
}

/**
 * A report without an event date may still say the day and month it happened ("on Friday
 * 2 May", no year). Against a report dated to the day: 'compatible' when one of those
 * month-days falls within MAX_EVENT_GAP_DAYS of the date (in its year or across a year
 * end), 'incompatible' when none does; null when there is nothing to compare (no
 * month-days, or the other date is not known to the day).
 */
export function monthDaysAgainst(monthDays: readonly string[] | undefined, eventDate: string | null): 'compatible' | 'incompatible' | null {
  return monthDaysAgainstRange(monthDays, dateRange(eventDate));
}

/** monthDaysAgainst on a day range already parsed. */
export function monthDaysAgainstRange(monthDays: readonly string[] | undefined, r: EventDay | null): 'compatible' | 'incompatible' | null {
  if (!monthDays || monthDays.length === 0) return null;
  if (!r || r.lo !== r.hi) return null;
  for (const md of monthDays) {
    const m = /^--(\d{2})-(\d{2})$/u.exec(md);
    if (!m) continue;
    for (const y of [r.year - 1, r.year, r.year + 1]) {
      const n = dayNumber(y, +m[1]!, +m[2]!);
      if (Math.abs(n - r.lo) <= MAX_EVENT_GAP_DAYS) return 'compatible';
    }
  }
  return 'incompatible';
}
