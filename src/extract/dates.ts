// Dates in Arabic news: every naming of the Gregorian months (Egyptian/Gulf, Levantine,
// Maghrebi, Moroccan), Hijri dates (converted with Intl's Umm al-Qura calendar),
// weekdays, relative words (اليوم, أمس, الشهر الماضي, كانون الثاني الماضي) and seasons,
// each resolved against the document's reference date when one is known. The parser is
// in date-parse.ts, the resolution in date-resolve.ts, the tables in lang/ar/calendar.ts.
import type { DateMention, DatePrecision, Token } from '../types.js';
import { tokenize } from '../text/tokenize.js';
import { parseDates, type DateExpr } from './date-parse.js';
import { contextYears, makeReference, resolveExpr, type ResolveContext } from './date-resolve.js';
import { dayNumber, daysInMonth, parseIso } from './date-math.js';

export interface ExtractDatesOptions {
  /** The document's reference date: its publication date when known. */
  reference?: { date: string; precision: DatePrecision };
  /** The tokens of `text`, when the caller has them already. */
  tokens?: readonly Token[];
  /** The latest date the document can speak of as past (e.g. the page's render date, ISO); inferred years never pass it. */
  notAfter?: string;
  /** parseDates(tokens), when the caller has parsed already (a second resolution pass). */
  exprs?: readonly DateExpr[];
}

/** A mention with the expression it was read from, for callers that need its structure. */
export interface ParsedMention {
  mention: DateMention;
  expr: DateExpr;
}

function context(exprs: readonly DateExpr[], opts: ExtractDatesOptions): ResolveContext {
  const ref = opts.reference ? makeReference(opts.reference.date, opts.reference.precision) : null;
  let notAfter: number | null = null;
  const na = opts.notAfter ? parseIso(opts.notAfter) : null;
  if (na !== null) notAfter = dayNumber(na.y, na.m ?? 12, na.d ?? daysInMonth(na.y, na.m ?? 12));
  return { ref, contextYears: contextYears(exprs), notAfter };
}

/**
 * '--MM-DD' for a Gregorian day and month written without a year of any kind (not
 * "of last year", not "next", not an event name like ثورة 25 يناير); else null.
 */
export function monthDayOf(e: DateExpr): string | null {
  if (e.calendar !== 'gregorian' || e.day === undefined || e.month === undefined) return null;
  if (e.year !== undefined || e.yearRel !== undefined || e.rel !== undefined || e.eventName) return null;
  return `--${String(e.month).padStart(2, '0')}-${String(e.day).padStart(2, '0')}`;
}

/** Dates of text with the expressions they were read from. */
export function extractParsedDates(text: string, opts: ExtractDatesOptions = {}): ParsedMention[] {
  const toks = opts.tokens ?? tokenize(text);
  const exprs = opts.exprs ?? parseDates(toks);
  const ctx = context(exprs, opts);
  return exprs.map((expr) => {
    const start = toks[expr.first]!.start;
    const end = toks[expr.last - 1]!.end;
    const mention: DateMention = { start, end, text: text.slice(start, end), ...resolveExpr(expr, ctx) };
    const md = monthDayOf(expr);
    if (mention.value === null && md !== null) mention.monthDay = md;
    return { mention, expr };
  });
}

/**
 * Every date mention of text, in order, with its value resolved to its precision (or
 * null when the text and the reference do not pin it).
 */
export function extractDates(text: string, opts: ExtractDatesOptions = {}): DateMention[] {
  return extractParsedDates(text, opts).map((p) => p.mention);
}

export type { DateExpr };
// The document-level pass (publication date, then dates against it) lives in published.ts;
// re-exported here for callers that take everything about dates from one module.
export { publicationDate, resolveDocumentDates } from './published.js';
