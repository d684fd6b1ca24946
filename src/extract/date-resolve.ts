// Resolution of parsed date expressions to ISO values against a reference date (the
// report's publication date when known). What the text writes is taken as written; what
// it leaves out is filled from the reference, or for a day and month with a weekday from
// the years the text names, and the mention says so (inferred + evidence).
//
// Shared types and evidence wording are in date-resolve-common.ts; dates that name a
// month are resolved in date-resolve-month.ts.
import type { DatePrecision } from '../types.js';
import type { DateExpr } from './date-expr.js';
import { WEEKDAY_NAMES_EN, dayNumber, fromDayNumber, hijriMonthStart, isoDay, isoMonth, isoYear, parseIso, weekdayOf } from './date-math.js';
import { SEASON_START_MONTH } from '../lang/ar/calendar.js';
import { DELTA, REL_WORD, noRef, precisionOf, unresolved, type Reference, type ResolveContext, type Resolution } from './date-resolve-common.js';
import { resolveMonthDate } from './date-resolve-month.js';

export type { Reference, ResolveContext, Resolution };

export function makeReference(date: string, precision: DatePrecision): Reference | null {
  const p = parseIso(date);
  if (p === null) return null;
  const ref: Reference = { iso: date, y: p.y };
  if (precision === 'year' || precision === 'season' || p.m === undefined) return ref;
  ref.m = p.m;
  if (precision === 'day' && p.d !== undefined) ref.n = dayNumber(p.y, p.m, p.d)!;
  return ref;
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

/** The Gregorian years a document writes (explicit years, month-year pairs, full dates). */
export function contextYears(exprs: readonly DateExpr[]): number[] {
  const out = new Set<number>();
  for (const e of exprs) if (e.year !== undefined && e.calendar === 'gregorian') out.add(e.year);
  return [...out].sort((a, b) => a - b);
}
