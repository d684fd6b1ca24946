// A report's publication date, and the document's dates resolved against it. The
// publication date is what the report itself writes where reports date themselves: a
// timestamp line right under the title, the dateline or first sentence, or (with its
// weekday, the way Arabic news dates "today's" statement) the second sentence of the
// lead. A page's render date, removed by the cleaner as 'page-date', is not one: a
// masthead prints the day the page was fetched, not the day the report appeared.
import type { DateMention, Published, Span, Token } from '../types.js';
import { normalizeForMatch } from '../text/normalize.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import { PERIOD_BOUND_WORDS } from '../lang/ar/calendar.js';
import { parseDates } from './date-parse.js';
import { extractDates } from './dates.js';

export interface PublicationInput {
  title: string;
  text: string;
  removed: ReadonlyArray<{ line: string; reason: string }>;
  /** The document's dates read without a reference (extractDates(text)); computed when absent. */
  dates?: DateMention[];
}

/**
 * A first body line with a full date and at most this many other words (نشر في, آخر
 * تحديث, ص, بتوقيت مكة المكرمة) is a timestamp line, not a sentence.
 */
const TIMESTAMP_LINE_MAX_WORDS = 6;

const PERIOD_BOUNDS = new Set(PERIOD_BOUND_WORDS.map(normalizeForMatch));

interface FullDate {
  weekday: boolean;
}

/**
 * Whether a mention writes a whole date the report could be dated by: day, month, and a
 * year written or pinned by the weekday; not relative (الماضي, أمس), not a bare weekday.
 */
function fullDate(m: DateMention): FullDate | null {
  if (m.precision !== 'day' || m.value === null) return null;
  const e = parseDates(tokenize(m.text))[0];
  if (e === undefined || e.day === undefined || e.month === undefined) return null;
  if (e.rel !== undefined || e.yearRel !== undefined || (e.dayOffset !== undefined && e.dayOffset !== 0)) return null;
  if (e.year === undefined && e.weekday === undefined) return null;
  return { weekday: e.weekday !== undefined };
}

/** The word right before offset `at`, without a leading و or ف. */
function wordBefore(text: string, at: number): string {
  const toks = tokenize(text.slice(Math.max(0, at - 24), at));
  const t = toks[toks.length - 1];
  if (t === undefined || t.kind !== 'word') return '';
  return /^[وف]/u.test(t.norm) && t.norm.length > 3 ? t.norm.slice(1) : t.norm;
}

const inside = (m: DateMention, s: Span | undefined): boolean => s !== undefined && m.start >= s.start && m.end <= s.end;

function published(m: DateMention, where: string): Published {
  const how = m.inferred ? `; ${m.evidence}` : '';
  return { date: m.value!, precision: 'day', evidence: `${where}: "${m.text}"${how}` };
}

/** The latest full date among the page-date lines the cleaner removed: the page was rendered on or after it. */
export function pageDateBound(removed: ReadonlyArray<{ line: string; reason: string }>): string | undefined {
  let best: string | undefined;
  for (const r of removed) {
    if (r.reason !== 'page-date') continue;
    for (const m of extractDates(r.line)) if (m.precision === 'day' && m.value !== null && (best === undefined || m.value > best)) best = m.value;
  }
  return best;
}

/**
 * The report's publication date with its evidence, or null when the report does not
 * write one (اليوم الخميس alone dates the report to a weekday, not to a day).
 */
export function publicationDate(input: PublicationInput): Published | null {
  const { text } = input;
  const bound = pageDateBound(input.removed);
  const dates = input.dates ?? extractDates(text, bound !== undefined ? { notAfter: bound } : {});
  const candidates = dates.filter((m) => {
    if (bound !== undefined && m.value !== null && m.value > bound) return false;
    return !PERIOD_BOUNDS.has(wordBefore(text, m.start));
  });
  if (candidates.length === 0) return null;
  const full = new Map<DateMention, FullDate>();
  for (const m of candidates) {
    const f = fullDate(m);
    if (f !== null) full.set(m, f);
  }
  if (full.size === 0) return null;

  // A first line that is little more than a full date: a timestamp under the title.
  const lineEnd = text.indexOf('\n');
  const firstLine: Span = { start: 0, end: lineEnd < 0 ? text.length : lineEnd };
  for (const [m] of full) {
    if (!inside(m, firstLine)) continue;
    const rest = text.slice(firstLine.start, m.start) + ' ' + text.slice(m.end, firstLine.end);
    const words = tokenize(rest).filter((t) => t.kind === 'word').length;
    if (words <= TIMESTAMP_LINE_MAX_WORDS) {
      const line = text.slice(firstLine.start, firstLine.end).trim();
      return published(m, `timestamp line under the title "${line}"`);
    }
  }
  const sentences = splitSentences(text);
  // In the first sentence, a date with its weekday is the report's own (a bare date there
  // may be an anniversary's); without one, the first full date.
  const inFirst = [...full].filter(([m]) => inside(m, sentences[0]));
  const pick = inFirst.find(([, f]) => f.weekday) ?? inFirst[0];
  if (pick !== undefined) return published(pick[0], 'first sentence of the report');
  for (const [m, f] of full) if (f.weekday && inside(m, sentences[1])) return published(m, 'lead of the report, dated with its weekday');
  return null;
}

/**
 * The document's publication date and its dates: a first pass finds what the text writes
 * outright and the publication date; a second resolves the relative dates against it.
 */
export function resolveDocumentDates(
  text: string,
  removed: ReadonlyArray<{ line: string; reason: string }>,
  title: string,
  /** tokenize(text), when the caller has it already. */
  textTokens?: readonly Token[],
): { published: Published | null; dates: DateMention[] } {
  const tokens = textTokens ?? tokenize(text);
  const notAfter = pageDateBound(removed);
  // Parsed once; the second pass only resolves the same expressions against the reference.
  const exprs = parseDates(tokens);
  const base = notAfter !== undefined ? { tokens, notAfter, exprs } : { tokens, exprs };
  const first = extractDates(text, base);
  const pub = publicationDate({ title, text, removed, dates: first });
  if (pub === null) return { published: null, dates: first };
  const second = extractDates(text, { ...base, reference: { date: pub.date, precision: pub.precision } });
  // A date the text pins by itself keeps the first pass's account of it: "as written" or
  // "year from the weekday" says more than "year from the reference" when they agree.
  const own = new Map(first.filter((m) => m.value !== null).map((m) => [m.start, m]));
  const dates = second.map((m) => {
    const f = own.get(m.start);
    return f !== undefined && f.end === m.end && f.value === m.value ? f : m;
  });
  return { published: pub, dates };
}
