// Resolution of parsed date expressions to ISO values against a reference date (the
// report's publication date when known). What the text writes is taken as written; what
// it leaves out is filled from the reference, or for a day and month with a weekday from
// the years the text names, and the mention says so (inferred + evidence).
import type { DatePrecision } from '../types.js';
import type { DateExpr, Relation } from './date-parse.js';
import {
  MONTH_NAMES_EN,
  WEEKDAY_NAMES_EN,
  dayNumber,
  fromDayNumber,
  hijriAvailable,
  hijriDayNumber,
  hijriMonthStart,
  isoDay,
  isoMonth,
  isoYear,
  parseIso,
  toHijri,
  weekdayOf,
} from './date-math.js';
import { SEASON_START_MONTH } from '../lang/ar/calendar.js';

/** The reference a document's dates are read against. */
export interface Reference {
  iso: string;
  y: number;
  m?: number;
  /** Day number (days since 1970-01-01) when the reference is a full date. */
  n?: number;
}

export interface ResolveContext {
  ref: Reference | null;
  /** Gregorian years written in the document (with a year word, a month, a day). */
  contextYears: readonly number[];
  /** No inferred date may fall after this day number (e.g. the page's render date). */
  notAfter: number | null;
}

export interface Resolution {
  value: string | null;
  precision: DatePrecision;
  inferred: boolean;
  evidence: string;
}

export function makeReference(date: string, precision: DatePrecision): Reference | null {
  const p = parseIso(date);
  if (p === null) return null;
  const ref: Reference = { iso: date, y: p.y };
  if (precision === 'year' || precision === 'season' || p.m === undefined) return ref;
  ref.m = p.m;
  if (precision === 'day' && p.d !== undefined) ref.n = dayNumber(p.y, p.m, p.d)!;
  return ref;
}

const HIJRI_MONTH_NAMES = [
  'Muharram', 'Safar', 'Rabi al-Awwal', 'Rabi al-Akhir', 'Jumada al-Ula', 'Jumada al-Akhira', 'Rajab',
  "Sha'ban", 'Ramadan', 'Shawwal', "Dhu al-Qa'da", 'Dhu al-Hijja',
];

/** How much nearer (in days) another year must put a yearless date before it wins over the reference's year. */
const OTHER_YEAR_PENALTY_DAYS = 120;

const DELTA: Record<Relation, number> = { past: -1, current: 0, next: 1 };
const REL_WORD: Record<Relation, string> = { past: 'last', current: 'this', next: 'next' };

function precisionOf(e: DateExpr): DatePrecision {
  if (e.season !== undefined) return 'season';
  if (e.day !== undefined || e.dayOffset !== undefined || e.weekday !== undefined) return 'day';
  if (e.month !== undefined || e.unit === 'month' || e.unit === 'week') return 'month';
  return 'year';
}

const unresolved = (precision: DatePrecision, evidence: string): Resolution => ({ value: null, precision, inferred: false, evidence });
const noRef = (precision: DatePrecision, what: string): Resolution =>
  unresolved(precision, `${what}: relative to the report's date, which is not known`);

function monthLabel(e: DateExpr): string {
  const m = e.month! - 1;
  const name = e.calendar === 'hijri' ? HIJRI_MONTH_NAMES[m]! : MONTH_NAMES_EN[m]!;
  return e.day !== undefined ? `${e.day} ${name}` : name;
}

export function resolveExpr(e: DateExpr, ctx: ResolveContext): Resolution {
  if (e.season !== undefined) return resolveSeason(e, ctx.ref);
  if (e.month !== undefined) return resolveMonthDate(e, ctx);
  if (e.dayOffset !== undefined) return resolveDayOffset(e, ctx.ref);
  if (e.unit !== undefined) return resolveUnit(e, ctx.ref);
  if (e.weekday !== undefined) return resolveWeekday(e, ctx.ref);
  if (e.year !== undefined) return resolveYear(e);
  return unresolved(precisionOf(e), 'not a date');
}

function resolveYear(e: DateExpr): Resolution {
  const y = e.year!;
  if (e.calendar === 'gregorian') return { value: isoYear(y), precision: 'year', inferred: false, evidence: `year ${y} as written` };
  const start = hijriMonthStart(y, 1);
  if (start === null) return unresolved('year', 'Hijri year: the runtime has no Umm al-Qura calendar');
  // A Hijri year runs over two Gregorian years; the one holding its middle holds most of it.
  const gy = fromDayNumber(start + 177).y;
  return { value: isoYear(gy), precision: 'year', inferred: false, evidence: `Hijri year ${y} AH falls mostly in ${gy}` };
}

function resolveDayOffset(e: DateExpr, ref: Reference | null): Resolution {
  const off = e.dayOffset!;
  const what = off === 0 ? "'today'" : off === -1 ? "'yesterday'" : off === 1 ? "'tomorrow'" : `${off > 0 ? '+' : ''}${off} days`;
  if (ref?.n === undefined) return noRef('day', what);
  const n = ref.n + off;
  if (e.weekday !== undefined && weekdayOf(n) !== e.weekday) {
    return unresolved(
      'day',
      `${what} names a ${WEEKDAY_NAMES_EN[e.weekday]} but ${isoDay(n)} is a ${WEEKDAY_NAMES_EN[weekdayOf(n)]}: the text contradicts the reference date ${ref.iso}`,
    );
  }
  const wd = e.weekday !== undefined ? ` (a ${WEEKDAY_NAMES_EN[e.weekday]}, as written)` : '';
  return { value: isoDay(n), precision: 'day', inferred: true, evidence: `${what} of the reference date ${ref.iso}${wd}` };
}

function resolveWeekday(e: DateExpr, ref: Reference | null): Resolution {
  const wd = e.weekday!;
  const name = WEEKDAY_NAMES_EN[wd]!;
  if (ref?.n === undefined) return noRef('day', `${e.rel ? REL_WORD[e.rel] + ' ' : ''}${name}`);
  const back = (weekdayOf(ref.n) - wd + 7) % 7;
  let n: number;
  let how: string;
  if (e.rel === 'next') {
    n = ref.n + (((wd - weekdayOf(ref.n) + 7) % 7) || 7);
    how = `the ${name} after the reference date ${ref.iso}`;
  } else if (e.rel === 'past') {
    n = ref.n - (back || 7);
    how = `the ${name} before the reference date ${ref.iso}`;
  } else {
    n = ref.n - back;
    how = back === 0 ? `weekday of the reference date ${ref.iso}` : `the ${name} on or before the reference date ${ref.iso}`;
  }
  return { value: isoDay(n), precision: 'day', inferred: true, evidence: how };
}

function resolveUnit(e: DateExpr, ref: Reference | null): Resolution {
  const rel = e.rel ?? 'current';
  const d = DELTA[rel];
  const label = `${REL_WORD[rel]} ${e.unit}`;
  if (e.unit === 'year') {
    if (ref === null) return noRef('year', label);
    return { value: isoYear(ref.y + d), precision: 'year', inferred: true, evidence: `${label} from the reference date ${ref.iso}` };
  }
  if (e.unit === 'month') {
    if (ref?.m === undefined) return noRef('month', label);
    const abs = ref.y * 12 + (ref.m - 1) + d;
    return {
      value: isoMonth(Math.floor(abs / 12), (abs % 12) + 1),
      precision: 'month',
      inferred: true,
      evidence: `${label} from the reference date ${ref.iso}`,
    };
  }
  // A week has no ISO precision of its own: take the finest precision its days share,
  // over every reading (the calendar week, or the last/next seven days).
  if (ref?.n === undefined) return noRef('month', label);
  const [a, b] = rel === 'past' ? [ref.n - 13, ref.n - 1] : rel === 'next' ? [ref.n + 1, ref.n + 13] : [ref.n - 6, ref.n + 6];
  const A = fromDayNumber(a);
  const B = fromDayNumber(b);
  const evidence = `${label}: days ${isoDay(a)} to ${isoDay(b)} around the reference date ${ref.iso}`;
  if (A.y === B.y && A.m === B.m) return { value: isoMonth(A.y, A.m), precision: 'month', inferred: true, evidence };
  if (A.y === B.y) return { value: isoYear(A.y), precision: 'year', inferred: true, evidence };
  return unresolved('month', `${evidence} span two years`);
}

function resolveSeason(e: DateExpr, ref: Reference | null): Resolution {
  const s = e.season!;
  const names = ['spring', 'summer', 'autumn', 'winter'];
  if (e.year !== undefined) return { value: isoYear(e.year), precision: 'season', inferred: false, evidence: `${names[s]} of ${e.year} as written` };
  if (e.yearRel !== undefined) {
    if (ref === null) return noRef('season', `${names[s]} of ${REL_WORD[e.yearRel]} year`);
    const y = ref.y + DELTA[e.yearRel];
    return { value: isoYear(y), precision: 'season', inferred: true, evidence: `${names[s]} of ${REL_WORD[e.yearRel]} year from the reference date ${ref.iso}` };
  }
  const rel = e.rel ?? 'current';
  if (ref?.m === undefined) return noRef('season', `${REL_WORD[rel]} ${names[s]}`);
  // Seasons as month ranges on one absolute month axis; winter opens in December and is
  // named by the year of its January.
  const refAbs = ref.y * 12 + ref.m - 1;
  const startAbs = (y: number): number => y * 12 + SEASON_START_MONTH[s]! - 1 - (s === 3 ? 12 : 0);
  let y = ref.y + (s === 3 && ref.m === 12 ? 1 : 0);
  if (rel === 'past') while (startAbs(y) + 2 >= refAbs) y--;
  else if (rel === 'next') while (startAbs(y) <= refAbs) y++;
  return { value: isoYear(y), precision: 'season', inferred: true, evidence: `${REL_WORD[rel]} ${names[s]} from the reference date ${ref.iso}` };
}

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

function resolveMonthDate(e: DateExpr, ctx: ResolveContext): Resolution {
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

/** The Gregorian years a document writes (explicit years, month-year pairs, full dates). */
export function contextYears(exprs: readonly DateExpr[]): number[] {
  const out = new Set<number>();
  for (const e of exprs) if (e.year !== undefined && e.calendar === 'gregorian') out.add(e.year);
  return [...out].sort((a, b) => a - b);
}
