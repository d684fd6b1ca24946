// The page cleaner: separates a scraped report's title and body from the site's chrome
// (tickers, mastheads, section labels, captions, read-also links, comment forms, share
// bars, footers). Rules are general shapes over line features (lines.ts) and phrase and
// word tables (src/lang/ar/chrome.ts); the result keeps an offset map from the clean text
// back to the raw page. The rules live in chrome-lines.ts (what a line is by itself),
// line-shapes.ts (what a line may be in its place) and page-regions.ts (the steps below).
//
// How a page is read (the fallback order: within each step, the first rule that fires wins):
//  1. Intrinsic chrome, anywhere on the page, from the line alone:
//     a line without letters or digits is a separator → the phrase tables
//     (src/lang/ar/chrome-phrases.ts), a whole-line phrase first (also with a trailing
//     count or form mark dropped: التعليقات (3), الاسم *), then the longest prefix phrase,
//     then a phrase contained in a short line (read-also, related-articles, comment-form,
//     follow-share, correction-notice, back-to-top, ticker labels, ad-slot labels, footer
//     and tag lines)
//     → a correction notice by its shape (gendered slash forms such as تعتقد/تعتقدين with
//     a correction word; or a reader address: a READER_ADDRESS_STARTS word, a correction
//     stem and a word naming the page or newsroom) → a line of only social network names,
//     or a follow verb with a network name → a menu or tool bar (segments between | that
//     are each chrome) → a copyright line (©) → an agency signature of initials → back to
//     top by its words → a source label (المصدر, or المصدر: X on a short line) → a masthead
//     staff-title line → outlet boilerplate (the line recurs in other pages of the outlet).
//     Then, by neighbourhood: the short name line right after a bare staff title is
//     masthead; the link line(s) right under a bare read-also or related label (no blank
//     line between) share its reason.
//  2. Leading region, before the title: blank lines and intrinsic chrome are skipped;
//     a line that is only a date is the page's render date; a line of section words only
//     or a breadcrumb is a section label; a nameplate (NAME - جريدة …, NAME | أخبار …) or a
//     short line found again inside a copyright or nameplate line of the footer is the
//     masthead; a one-word line, or a line of at most SECTION_LABEL_MAX_WORDS words before
//     another headline-like line, is a section label; a headline-like line right under a
//     ticker label or ticker item (or with a ticker label and separator of its own) is a
//     ticker item when another headline-like line follows before the body. The first
//     remaining line is the title if it is headline-like (TITLE_MIN_WORDS..TITLE_MAX_WORDS
//     words, no final period, comma or colon, no sentence break inside, not ending in a
//     function word); otherwise there is no title and the body starts at that line.
//  3. Head zone, after the title, until the lede: repeats of the title and intrinsic
//     chrome are removed; a date-only line is the publication date and stays in the body;
//     section-word lines go; a byline before any caption is masthead; a dateline
//     (بغداد - مراسلنا) opens the body; otherwise up to CAPTION_MAX_LINES short lines
//     without final punctuation are captions when they are noun phrases (a verb-initial
//     one needs a photo marker or caption lead, or a word-prefix relation with another)
//     and the paragraph planner does not run them on into a body line (then they are the
//     first fragment of a hard-wrapped lede).
//  4. Body: intrinsic chrome is removed wherever it stands; short lines without final
//     punctuation between paragraphs (subheadings) stay; nameplates after the last body
//     sentence are masthead.
//  5. Tail: after the last sentence-like paragraph, once a chrome line has been reached,
//     every remaining unclassified paragraph (related headlines, footer menus) is
//     trailing chrome; a lone date-only or section-word line there is chrome too. A comment
//     block (a comment-form line followed by at least one more comment-form, back-to-top
//     or footer line) ends the article outright: whatever follows it, readers' comments
//     included, is trailing chrome even when it reads like a sentence.
import type { ChromeReason, CleanResult, OffsetRun, RemovedLine } from '../types.js';
import { prepareText } from '../text/normalize.js';
import { MappedTextBuilder, toRaw } from '../text/offsets.js';
import { splitLines } from './lines.js';
import type { CleanOptions } from './outlet-profile.js';
import {
  intrinsicLines,
  lastSentenceLine,
  markBodyChrome,
  readHeadZone,
  readLead,
  readTail,
  type PageReading,
} from './page-regions.js';

export { outletLineKey, outletLineKeys, type CleanOptions } from './outlet-profile.js';

const EMPTY: CleanResult = { title: '', text: '', captions: [], removed: [], map: [] };

/** Separates a scraped page's title, captions and body from the site's chrome. */
export function cleanPage(raw: string, opts?: CleanOptions): CleanResult {
  const { text: prepared, map: prepMap } = prepareText(raw);
  if (prepared.trim() === '') return { ...EMPTY, captions: [], removed: [], map: [] };
  const lines = splitLines(prepared);
  const n = lines.length;
  const intr = intrinsicLines(lines, opts);
  const page: PageReading = {
    lines,
    intr,
    reason: new Array<ChromeReason | null>(n).fill(null),
    lastSentence: lastSentenceLine(lines, intr),
  };
  const { title, end: leadEnd } = readLead(page);
  const head = title >= 0 ? readHeadZone(page, title) : { end: leadEnd, captions: [] };
  markBodyChrome(page, head.end);
  const paras = readTail(page, head.end, title);

  // 6. The clean text, mapped back to raw offsets.
  const b = new MappedTextBuilder();
  let prevLast = -1;
  for (const p of paras) {
    if (prevLast >= 0) b.insert('\n', toRaw(prepMap, lines[prevLast]!.lineEnd));
    for (let k = p.first; k <= p.last; k++) {
      const L = lines[k]!;
      if (k > p.first) b.insert(' ', toRaw(prepMap, lines[k - 1]!.lineEnd));
      copyPrepared(b, prepared, prepMap, L.start, L.end);
    }
    prevLast = p.last;
  }
  const { text, map } = b.build();

  const removed: RemovedLine[] = [];
  for (let k = 0; k < n; k++) {
    const r = page.reason[k];
    if (r !== null) removed.push({ line: lines[k]!.text, reason: r, lineNo: lines[k]!.no });
  }
  return {
    title: title >= 0 ? lines[title]!.text : '',
    text,
    captions: head.captions.map((k) => lines[k]!.text),
    removed,
    map,
  };
}

/** Appends prepared[start, end) to the builder, mapped through the prepared text's own map. */
function copyPrepared(b: MappedTextBuilder, prepared: string, map: readonly OffsetRun[], start: number, end: number): void {
  // Find the last run starting at or before `start`.
  let lo = 0;
  let hi = map.length - 1;
  let r = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]![0] <= start) {
      r = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  let pos = start;
  while (pos < end) {
    const run = r >= 0 ? map[r] : undefined;
    if (run && pos >= run[0] && pos < run[0] + run[2]) {
      const stop = Math.min(end, run[0] + run[2]);
      b.copy(prepared.slice(pos, stop), run[1] + (pos - run[0]));
      pos = stop;
      r++;
      continue;
    }
    const next = r + 1 < map.length ? map[r + 1] : undefined;
    if (next && pos >= next[0]) {
      r++;
      continue;
    }
    // Not covered by a run: map the character to where the nearest run puts it.
    const stop = next ? Math.min(end, next[0]) : end;
    for (; pos < stop; pos++) b.insert(prepared[pos]!, toRaw(map, pos));
  }
}
