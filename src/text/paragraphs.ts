// Pages come in two shapes: one paragraph a line (where a short unpunctuated line is a
// subheading), or hard-wrapped at a fixed width (where the same line is half a sentence).
// Joining lines is right for one shape and wrong for the other, so the shape is decided
// once per document from how its lines end, and then applied uniformly.
import { CLAUSE_CONTINUERS, CLOSING_MARKS, SENTENCE_TERMINATORS } from '../lang/ar/chars.js';

const FINAL = new Set<number>([...SENTENCE_TERMINATORS, 0x3a /* : */]);
const CLOSERS = new Set<number>(CLOSING_MARKS);
const CLAUSE_END = new Set<number>([...CLAUSE_CONTINUERS, 0x2d, 0x2013, 0x2014]);

/** A line longer than this is a paragraph of its own, never a wrapped fragment. */
const MAX_WRAP_WORDS = 25;
/** An unpunctuated line this long is unlikely to be a subheading. */
const MIN_BODY_WORDS = 5;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0d || c === 0x0a;
}

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (!isSpace(line.charCodeAt(i))) return false;
  return true;
}

/** Index of the last non-space code unit, or -1. */
function lastVisible(line: string): number {
  let j = line.length - 1;
  while (j >= 0 && isSpace(line.charCodeAt(j))) j--;
  return j;
}

/** Does the line end a sentence (terminator, possibly followed by closing quotes or brackets)? */
export function endsSentence(line: string): boolean {
  let j = lastVisible(line);
  while (j >= 0 && CLOSERS.has(line.charCodeAt(j))) j--;
  return j >= 0 && FINAL.has(line.charCodeAt(j));
}

function endsClause(line: string): boolean {
  const j = lastVisible(line);
  return j >= 0 && CLAUSE_END.has(line.charCodeAt(j));
}

function wordCount(line: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const sp = isSpace(line.charCodeAt(i));
    if (!sp && !inWord) n++;
    inWord = !sp;
  }
  return n;
}

/**
 * Is the document hard-wrapped? Evidence is an unpunctuated line that runs into the next
 * line and cannot be a subheading: it sits under another unpunctuated line, or ends in a
 * comma or dash (strong), or is long enough to be body text (weak).
 */
function isHardWrapped(lines: readonly string[], blank: boolean[], final: boolean[]): boolean {
  let continued = 0;
  let strong = 0;
  let weak = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (blank[i] || blank[i + 1]) continue;
    continued++;
    if (final[i]) continue;
    const words = wordCount(lines[i]!);
    if (words > MAX_WRAP_WORDS) continue;
    // Stacks of short unpunctuated lines are mastheads and menus, not wrapped prose.
    if (words < MIN_BODY_WORDS && !(words >= 3 && endsClause(lines[i]!))) continue;
    const prevWords = i > 0 && !blank[i - 1] && !final[i - 1] ? wordCount(lines[i - 1]!) : 0;
    if ((prevWords >= 2 && prevWords <= MAX_WRAP_WORDS) || endsClause(lines[i]!)) strong++;
    else weak++;
  }
  if (strong >= 2 && strong * 100 >= continued * 15) return true;
  return strong + weak >= 3 && (strong + weak) * 2 >= continued;
}

/**
 * Paragraphs of a page body as inclusive ranges of line indices; the caller joins the lines
 * of a range with one space. Blank lines always separate; in a hard-wrapped document a line
 * without sentence-final punctuation runs on into the next one.
 */
export function planParagraphs(lines: readonly string[]): Array<{ first: number; last: number }> {
  const n = lines.length;
  const blank: boolean[] = new Array<boolean>(n);
  const final: boolean[] = new Array<boolean>(n);
  for (let i = 0; i < n; i++) {
    blank[i] = isBlank(lines[i]!);
    final[i] = !blank[i] && endsSentence(lines[i]!);
  }
  const wrapped = isHardWrapped(lines, blank, final);
  const out: Array<{ first: number; last: number }> = [];
  let i = 0;
  while (i < n) {
    if (blank[i]) {
      i++;
      continue;
    }
    const first = i;
    if (wrapped) {
      while (i + 1 < n && !blank[i + 1] && !final[i]) i++;
    }
    out.push({ first, last: i });
    i++;
  }
  return out;
}
