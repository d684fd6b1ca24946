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
  const ra = dateRange(a);
  const rb = dateRange(b);
  if (!ra || !rb) return true;
  if (ra.year !== rb.year) return false;
  // The closest two days the ranges allow.
  const distance = Math.max(0, ra.lo - rb.hi, rb.lo - ra.hi);
  return distance <= gap;
}
