// The regions of a page, read in order (steps 1 to 5 at the top of clean.ts): what each
// line is by itself and by its neighbours, the leading region up to the title, the head
// zone with its captions, the body, and the tail. Each step fills in the reason a line is
// removed; the paragraphs that are left are the body text.
import type { ChromeReason } from '../types.js';
import { planParagraphs } from '../text/paragraphs.js';
import {
  CAPTION_MAX_LINES,
  CAPTION_PREFIX_MIN_WORDS,
  NAMEPLATE_ECHO_MAX_WORDS,
  READ_ALSO_LINK_LINES,
  RELATED_LINK_LINES,
  SECTION_LABEL_MAX_WORDS,
} from '../lang/ar/chrome.js';
import { intrinsic, isCopyright, isNameplate, isOutletSlogan, type Intrinsic } from './chrome-lines.js';
import type { Line } from './lines.js';
import {
  containsTokens,
  hasCaptionMarker,
  isByline,
  isCaptionShaped,
  isDateline,
  isHeadlineLike,
  isNameShaped,
  isSectionLine,
  isSentenceLike,
  isSentenceLikeLine,
  isTickerItem,
  isTokenPrefix,
} from './line-shapes.js';
import type { CleanOptions } from './outlet-profile.js';

/** A page being read: its lines, what each is by itself, and the reason each removed line goes. */
export interface PageReading {
  readonly lines: readonly Line[];
  readonly intr: ReadonlyArray<Intrinsic | null>;
  /** Filled in region by region; null for a line that stays. */
  readonly reason: Array<ChromeReason | null>;
  /** The last line that is a body sentence by itself (and not intrinsic chrome), or -1. */
  readonly lastSentence: number;
}

/** A paragraph as the planner gives it: the first and last of its lines. */
export interface Paragraph {
  first: number;
  last: number;
}

/**
 * 1. Intrinsic chrome, with the name line that follows a bare staff title and the link
 *    lines right under a bare read-also or related label.
 */
export function intrinsicLines(lines: readonly Line[], opts: CleanOptions | undefined): Array<Intrinsic | null> {
  const n = lines.length;
  const intr: Array<Intrinsic | null> = new Array<Intrinsic | null>(n).fill(null);
  let pendingName = false;
  let linkReason: ChromeReason | null = null;
  let linkLines = 0;
  for (let i = 0; i < n; i++) {
    const L = lines[i]!;
    if (L.blank) {
      linkLines = 0;
      continue;
    }
    const found = intrinsic(L, opts);
    if (found) {
      intr[i] = found;
      pendingName = found.bareStaff === true;
      linkReason = found.reason;
      linkLines = !found.bareLabel ? 0 : found.reason === 'read-also' ? READ_ALSO_LINK_LINES : RELATED_LINK_LINES;
      continue;
    }
    if (pendingName && isNameShaped(L)) intr[i] = { reason: 'masthead' };
    else if (linkLines > 0 && linkReason !== null && isCaptionShaped(L)) {
      intr[i] = { reason: linkReason };
      linkLines--;
      pendingName = false;
      continue;
    }
    pendingName = false;
    linkLines = 0;
  }
  return intr;
}

/** The last line a body sentence stands on: after it is the page's foot, where nameplates are looked for. */
export function lastSentenceLine(lines: readonly Line[], intr: ReadonlyArray<Intrinsic | null>): number {
  let lastSentence = -1;
  for (let k = 0; k < lines.length; k++) if (intr[k] === null && isSentenceLikeLine(lines[k]!)) lastSentence = k;
  return lastSentence;
}

/** 2. Leading region: skip chrome up to the title. Returns the title (-1 for none) and where the region ends. */
export function readLead(page: PageReading): { title: number; end: number } {
  const { lines, intr, reason, lastSentence } = page;
  const n = lines.length;
  // Footer lines that may carry the site's name: copyright lines and nameplates.
  const footer: Line[] = [];
  for (let k = lastSentence + 1; k < n; k++) {
    const L = lines[k]!;
    if (!L.blank && (isCopyright(L) || isNameplate(L) || intr[k]?.reason === 'trailing-chrome')) footer.push(L);
  }
  const echoesFooter = (L: Line): boolean => {
    if (L.words > NAMEPLATE_ECHO_MAX_WORDS) return false;
    for (const F of footer) if (F !== L && containsTokens(F.tokens, L.tokens)) return true;
    return false;
  };
  // What a line is when it stands before the title (memoised: the lead is read ahead).
  const leadMemo = new Map<number, ChromeReason | null>();
  const leadReason = (k: number): ChromeReason | null => {
    let r = leadMemo.get(k);
    if (r !== undefined) return r;
    const L = lines[k]!;
    r = intr[k]?.reason ?? null;
    if (r === null && L.dateOnly) r = 'page-date';
    if (r === null && isSectionLine(L)) r = 'section-label';
    if (r === null && (isNameplate(L) || echoesFooter(L))) r = 'masthead';
    leadMemo.set(k, r);
    return r;
  };
  const nextContent = (k: number): Line | null => {
    for (let j = k + 1; j < n; j++) if (!lines[j]!.blank && leadReason(j) === null) return lines[j]!;
    return null;
  };
  /** Is there another headline-like line after k, before the first body sentence? */
  const laterHeadline = (k: number): boolean => {
    for (let j = k + 1; j < n; j++) {
      const M = lines[j]!;
      if (M.blank || leadReason(j) !== null) continue;
      if (isSentenceLikeLine(M)) return false;
      if (M.words > SECTION_LABEL_MAX_WORDS && isHeadlineLike(M)) return true;
    }
    return false;
  };

  let title = -1;
  let i = 0;
  let underTicker = false;
  for (; i < n; i++) {
    const L = lines[i]!;
    if (L.blank) {
      underTicker = false;
      continue;
    }
    const r = leadReason(i);
    if (r !== null) {
      reason[i] = r;
      underTicker = r === 'ticker';
      continue;
    }
    const next = nextContent(i);
    if (L.words === 1 || (L.words <= SECTION_LABEL_MAX_WORDS && next !== null && isHeadlineLike(next))) {
      reason[i] = 'section-label';
      underTicker = false;
      continue;
    }
    if (isOutletSlogan(L) && laterHeadline(i)) {
      reason[i] = 'masthead';
      underTicker = false;
      continue;
    }
    // Ticker items: under a ticker label, or with a ticker label of their own, as long as
    // another headline follows before the body.
    if ((underTicker || isTickerItem(L)) && isHeadlineLike(L) && laterHeadline(i)) {
      reason[i] = 'ticker';
      underTicker = true;
      continue;
    }
    if (isHeadlineLike(L)) title = i;
    break;
  }
  return { title, end: i };
}

/** 3. Head zone: repeats of the title, chrome, and the captions before the lede. Returns the captions and where the zone ends. */
export function readHeadZone(page: PageReading, title: number): { end: number; captions: number[] } {
  const { lines, intr, reason } = page;
  const n = lines.length;
  const captions: number[] = [];
  const titleKey = lines[title]!.key;
  const candidates: number[] = [];
  let i = title + 1;
  for (; i < n; i++) {
    const L = lines[i]!;
    if (L.blank) continue;
    if (L.key === titleKey) {
      reason[i] = 'repeated-title';
      continue;
    }
    if (intr[i]) {
      reason[i] = intr[i]!.reason;
      continue;
    }
    // A date line under the title is the publication date: it stays in the body, and
    // captions may still follow it.
    if (L.dateOnly) continue;
    if (isSectionLine(L)) {
      reason[i] = 'section-label';
      continue;
    }
    if (candidates.length === 0 && isByline(L)) {
      reason[i] = 'masthead';
      continue;
    }
    // A dateline (بغداد - مراسلنا) opens the body.
    if (candidates.length < CAPTION_MAX_LINES && isCaptionShaped(L) && !isDateline(L)) {
      candidates.push(i);
      continue;
    }
    break;
  }
  // A candidate that the paragraph planner runs on into a body line is the first
  // fragment of a hard-wrapped lede, not a caption.
  const fragment = new Set<number>();
  if (candidates.length > 0) {
    const isCandidate = new Set(candidates);
    const draft = lines.map((L, k) => (reason[k] !== null || k === title || (intr[k] !== null && k > i) ? '' : L.text));
    for (const p of planParagraphs(draft)) {
      let mixed = false;
      for (let k = p.first; k <= p.last; k++) if (!isCandidate.has(k)) mixed = true;
      if (mixed) for (let k = p.first; k <= p.last; k++) fragment.add(k);
    }
  }
  // A caption is a noun phrase; a verb-initial line needs a photo marker or a prefix
  // relation with another caption line.
  for (const c of candidates) {
    const L = lines[c]!;
    if (fragment.has(c)) continue;
    let evidence = !L.startsVerbLike || hasCaptionMarker(L);
    for (const d of candidates) {
      if (evidence) break;
      if (d === c) continue;
      const M = lines[d]!;
      const [short, long] = L.words < M.words ? [L, M] : [M, L];
      evidence = short.words >= CAPTION_PREFIX_MIN_WORDS && isTokenPrefix(short.tokens, long.tokens);
    }
    if (evidence) {
      captions.push(c);
      reason[c] = 'caption';
    }
  }
  return { end: i, captions };
}

/** 4. Body: intrinsic chrome wherever it stands, and nameplates after the last body sentence. */
export function markBodyChrome(page: PageReading, from: number): void {
  const { lines, intr, reason, lastSentence } = page;
  for (let i = from; i < lines.length; i++) {
    if (reason[i] !== null) continue;
    if (intr[i]) reason[i] = intr[i]!.reason;
    else if (i > lastSentence && !lines[i]!.blank && isNameplate(lines[i]!)) reason[i] = 'masthead';
  }
}

/** 5. Paragraphs of what is left (the title aside), then the tail. Returns the body paragraphs. */
export function readTail(page: PageReading, headEnd: number, title: number): Paragraph[] {
  const { lines, reason } = page;
  const n = lines.length;
  const parLines = lines.map((L, k) => (reason[k] !== null || k === title ? '' : L.text));
  const paras = planParagraphs(parLines);
  const paraWords = (p: Paragraph): number => {
    let w = 0;
    for (let k = p.first; k <= p.last; k++) w += lines[k]!.words;
    return w;
  };
  // A comment block ends the article: a comment-form line with more end chrome after it.
  let hardEnd = -1;
  {
    let endLines = 0;
    for (let k = n - 1; k > headEnd - 1; k--) {
      const r = reason[k];
      if (r === 'comment-form' || r === 'back-to-top' || r === 'trailing-chrome') endLines++;
      if (r === 'comment-form' && endLines >= 2) hardEnd = k;
    }
  }
  let lastReal = headEnd - 1;
  for (const p of paras) {
    if (hardEnd >= 0 && p.first > hardEnd) break;
    if (isSentenceLike(paraWords(p), lines[p.last]!)) lastReal = p.last;
  }
  let trigger = -1;
  for (let k = lastReal + 1; k < n; k++) {
    const r = reason[k];
    if (r !== null && r !== 'caption' && r !== 'repeated-title') {
      trigger = k;
      break;
    }
  }
  const kept: Paragraph[] = [];
  for (const p of paras) {
    if (p.first > lastReal && p.first === p.last) {
      const L = lines[p.first]!;
      if (L.dateOnly) {
        reason[p.first] = 'page-date';
        continue;
      }
      if (isSectionLine(L)) {
        reason[p.first] = 'section-label';
        continue;
      }
    }
    if ((trigger >= 0 && p.first > trigger) || (hardEnd >= 0 && p.first > hardEnd)) {
      for (let k = p.first; k <= p.last; k++) reason[k] = 'trailing-chrome';
      continue;
    }
    kept.push(p);
  }
  return kept;
}
