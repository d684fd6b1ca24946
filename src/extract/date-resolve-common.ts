// What every date resolver shares: the reference and context a document's dates are read
// against, the shape of a resolution, and the wording of its evidence. Apart from
// date-resolve.ts so the month-and-day resolver (date-resolve-month.ts) can use it too.
import type { DatePrecision } from '../types.js';
import type { Relation } from '../lang/ar/calendar.js';
import type { DateExpr } from './date-expr.js';
import { MONTH_NAMES_EN } from './date-math.js';

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

export const HIJRI_MONTH_NAMES = [
  'Muharram', 'Safar', 'Rabi al-Awwal', 'Rabi al-Akhir', 'Jumada al-Ula', 'Jumada al-Akhira', 'Rajab',
  "Sha'ban", 'Ramadan', 'Shawwal', "Dhu al-Qa'da", 'Dhu al-Hijja',
];

export const DELTA: Record<Relation, number> = { past: -1, current: 0, next: 1 };
export const REL_WORD: Record<Relation, string> = { past: 'last', current: 'this', next: 'next' };

export function precisionOf(e: DateExpr): DatePrecision {
  if (e.season !== undefined) return 'season';
  if (e.day !== undefined || e.dayOffset !== undefined || e.weekday !== undefined) return 'day';
  if (e.month !== undefined || e.unit === 'month' || e.unit === 'week') return 'month';
  return 'year';
}

export const unresolved = (precision: DatePrecision, evidence: string): Resolution => ({ value: null, precision, inferred: false, evidence });
export const noRef = (precision: DatePrecision, what: string): Resolution =>
  unresolved(precision, `${what}: relative to the report's date, which is not known`);

export function monthLabel(e: DateExpr): string {
  const m = e.month! - 1;
  const name = e.calendar === 'hijri' ? HIJRI_MONTH_NAMES[m]! : MONTH_NAMES_EN[m]!;
  return e.day !== undefined ? `${e.day} ${name}` : name;
}
