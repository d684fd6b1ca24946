// Resolution of a date that names a month (with or without a day, Gregorian or Hijri):
// the year as written, relative to the reference (X الماضي، من العام الماضي), taken from
// the reference's year, or inferred from a weekday and the years the text names.
import type { DatePrecision } from '../types.js';
import type { DateExpr } from './date-expr.js';
import {
  WEEKDAY_NAMES_EN,
  dayNumber,
  fromDayNumber,
  hijriAvailable,
  hijriDayNumber,
  isoDay,
  isoMonth,
  toHijri,
  weekdayOf,
} from './date-math.js';
import {
  DELTA,
  HIJRI_MONTH_NAMES,
  REL_WORD,
  monthLabel,
  noRef,
  precisionOf,
  unresolved,
  type Reference,
  type ResolveContext,
  type Resolution,
} from './date-resolve-common.js';

/** How much nearer (in days) another year must put a yearless date before it wins over the reference's year. */
const OTHER_YEAR_PENALTY_DAYS = 120;

/** Day number of a (possibly Hijri) date, or null when it does not exist. */
function dayOf(e: DateExpr, y: number, day: number): number | null {
  return e.calendar === 'hijri' ? hijriDayNumber(y, e.month!, day) : dayNumber(y, e.month!, day);
}

/** The value of a month-precision date in year y: a Hijri month is given by the Gregorian month of its 15th. */
function monthValue(e: DateExpr, y: number): string | null {
  if (e.calendar === 'gregorian') return isoMonth(y, e.month!);
  const n = hijriDayNumber(y, e.month!, 15);
  if (n === null) return null;
  const g = fromDayNumber(n);
  return isoMonth(g.y, g.m);
}

function dayValue(e: DateExpr, y: number, how: string, inferred: boolean): Resolution {
  const n = dayOf(e, y, e.day!);
  if (n === null) {
    return unresolved('day', e.calendar === 'hijri' && !hijriAvailable() ? 'Hijri date: the runtime has no Umm al-Qura calendar' : `${monthLabel(e)} ${y}: no such day`);
  }
  let evidence = how;
  if (e.calendar === 'hijri') evidence += `; ${e.day} ${HIJRI_MONTH_NAMES[e.month! - 1]} ${y} AH is ${isoDay(n)} (Umm al-Qura)`;
  if (e.weekday !== undefined && weekdayOf(n) !== e.weekday) {
    evidence += `; the text says ${WEEKDAY_NAMES_EN[e.weekday]} but it is a ${WEEKDAY_NAMES_EN[weekdayOf(n)]}`;
  }
  return { value: isoDay(n), precision: 'day', inferred, evidence };
}

function monthResult(e: DateExpr, y: number, how: string, inferred: boolean): Resolution {
  if (e.day !== undefined) return dayValue(e, y, how, inferred);
  const v = monthValue(e, y);
  if (v === null) return unresolved('month', 'Hijri month: the runtime has no Umm al-Qura calendar');
  const extra = e.calendar === 'hijri' ? `; ${HIJRI_MONTH_NAMES[e.month! - 1]} ${y} AH is mostly ${v}` : '';
  return { value: v, precision: 'month', inferred, evidence: how + extra };
}

/** The reference in the date's own calendar: year, month and day number. */
function refInCalendar(e: DateExpr, ref: Reference): { y: number; m?: number; n?: number } | null {
  if (e.calendar === 'gregorian') return { y: ref.y, m: ref.m, n: ref.n };
  if (ref.n === undefined) return null;
  const h = toHijri(ref.n);
  return h === null ? null : { y: h.y, m: h.m, n: ref.n };
}

export function resolveMonthDate(e: DateExpr, ctx: ResolveContext): Resolution {
  const precision = precisionOf(e);
  const ref = ctx.ref;
  const label = monthLabel(e);
  if (e.year !== undefined) return monthResult(e, e.year, e.numeric ? 'numeric date as written' : `${label} ${e.year} as written`, false);
  if (e.yearRel !== undefined) {
    const r = ref === null ? null : refInCalendar(e, ref);
    if (r === null) return noRef(precision, `${label} of ${REL_WORD[e.yearRel]} year`);
    return monthResult(e, r.y + DELTA[e.yearRel], `${label} of ${REL_WORD[e.yearRel]} year from the reference date ${ref!.iso}`, true);
  }
  if (e.eventName && e.rel === undefined) return unresolved(precision, `${label} names an event here; its year is not written`);
  if (e.rel !== undefined) return resolveRelativeMonth(e, ref, precision, label);
  if (ref !== null) {
    const r = refInCalendar(e, ref);
    if (r === null) return noRef(precision, label);
    if (r.m === undefined) return monthResult(e, r.y, `year from the reference date ${ref.iso}`, true);
    // The reference's year, unless the year before or after puts the date much nearer
    // the reference (a report of 4 January writing of 28 December means the December
    // just gone); a weekday that fits decides first.
    const anchor = r.n ?? dayOf(e, r.y, 1)!;
    let best: number | null = null;
    let bestKey = Infinity;
    for (const y of [r.y, r.y - 1, r.y + 1]) {
      const n = dayOf(e, y, e.day ?? 15);
      if (n === null) continue;
      const miss = e.weekday !== undefined && weekdayOf(n) !== e.weekday ? 1e6 : 0;
      const k = miss + Math.abs(n - anchor) + (y === r.y ? 0 : OTHER_YEAR_PENALTY_DAYS);
      if (k < bestKey) [best, bestKey] = [y, k];
    }
    if (best === null) return unresolved(precision, `${label}: no such day near the reference date ${ref.iso}`);
    const how = best === r.y ? `year from the reference date ${ref.iso}` : `year ${best}: the ${label} nearest the reference date ${ref.iso}`;
    return monthResult(e, best, how, true);
  }
  if (e.day !== undefined && e.weekday !== undefined && e.calendar === 'gregorian') return inferYearFromWeekday(e, ctx, label);
  return unresolved(precision, `${label} without a year, and the report's date is not known`);
}

function resolveRelativeMonth(e: DateExpr, ref: Reference | null, precision: DatePrecision, label: string): Resolution {
  const rel = e.rel!;
  const what = rel === 'current' ? `${label} (current)` : `${REL_WORD[rel]} ${label}`;
  const r = ref === null ? null : refInCalendar(e, ref);
  if (r === null) return noRef(precision, what);
  if (rel === 'current') return monthResult(e, r.y, `${what}: year of the reference date ${ref!.iso}`, true);
  if (r.m === undefined) return noRef(precision, what);
  let y = r.y;
  if (e.day !== undefined && r.n !== undefined) {
    // The latest such day before the reference, or the first after it.
    const n = dayOf(e, y, e.day);
    if (rel === 'past' && (n === null || n >= r.n)) y--;
    if (rel === 'next' && (n === null || n <= r.n)) y++;
  } else {
    if (rel === 'past' && e.month! >= r.m) y--;
    if (rel === 'next' && e.month! <= r.m) y++;
  }
  const how = `${what}: the ${rel === 'past' ? 'latest before' : 'first after'} the reference date ${ref!.iso}`;
  return monthResult(e, y, how, true);
}

/**
 * A day and month with a weekday but no year, and no reference: the year whose date falls
 * on that weekday, among the latest year the text names and the one after (a report
 * names earlier years for background, seldom later ones). Two consecutive years never
 * put one date on the same weekday, so at most one fits.
 */
function inferYearFromWeekday(e: DateExpr, ctx: ResolveContext, label: string): Resolution {
  const limit = ctx.notAfter === null ? Infinity : fromDayNumber(ctx.notAfter).y;
  const years = ctx.contextYears.filter((y) => y <= limit);
  if (years.length === 0) return unresolved('day', `${label} without a year, and the text names no year to search near`);
  const latest = Math.max(...years);
  const wd = WEEKDAY_NAMES_EN[e.weekday!]!;
  for (const y of [latest, latest + 1]) {
    const n = dayNumber(y, e.month!, e.day!);
    if (n === null || (ctx.notAfter !== null && n > ctx.notAfter)) continue;
    if (weekdayOf(n) === e.weekday) {
      return {
        value: isoDay(n),
        precision: 'day',
        inferred: true,
        evidence: `year inferred: ${label} fell on a ${wd} in ${y} (latest year named in the text: ${latest})`,
      };
    }
  }
  return unresolved('day', `${label} was not a ${wd} in ${latest} or ${latest + 1} (latest year named in the text: ${latest})`);
}
