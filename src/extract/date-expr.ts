// A date expression as the parser reads it, before resolution (date-resolve.ts). Its own
// module so the parser's parts (date-parse*.ts) and the resolver share it without a cycle.
import type { Relation } from '../lang/ar/calendar.js';
import type { Unit } from './date-lexicon.js';

/** A date expression as written, before resolution. Token indexes are [first, last). */
export interface DateExpr {
  first: number;
  last: number;
  calendar: 'gregorian' | 'hijri';
  day?: number;
  month?: number;
  /** A year written in the text. */
  year?: number;
  /** The year given as العام الماضي / الحالي / المقبل (يونيو من العام الماضي). */
  yearRel?: Relation;
  weekday?: number;
  /** الماضي / المقبل / الحالي after a month, weekday, season or unit. */
  rel?: Relation;
  /** اليوم 0, أمس -1, أول أمس -2, غدا 1, بعد غد 2. */
  dayOffset?: number;
  unit?: Unit;
  season?: number;
  /** Written as digits with separators (8/6/2023). */
  numeric?: boolean;
  /** A day and month naming an event or movement (ثورة 25 يناير): no year to take from the reference. */
  eventName?: boolean;
}
