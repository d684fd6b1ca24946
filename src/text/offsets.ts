// Honest offsets: every derived text (cleaned, unwrapped, normalized for display) keeps
// a map back to the raw text it came from, so any span can be shown in its original page.
import type { OffsetRun } from '../types.js';

/**
 * Builds a derived string piece by piece while recording, for every character appended,
 * the raw offset it came from. Runs are merged as they are appended, so memory stays
 * proportional to the number of edits, not to the text length.
 */
export class MappedTextBuilder {
  private parts: string[] = [];
  private length = 0;
  private runs: OffsetRun[] = [];

  get size(): number {
    return this.length;
  }

  /** Append raw.slice(rawStart, rawStart + text.length) verbatim (text must equal that slice). */
  copy(text: string, rawStart: number): void {
    if (text.length === 0) return;
    const last = this.runs[this.runs.length - 1];
    if (last && last[0] + last[2] === this.length && last[1] + last[2] === rawStart) {
      last[2] += text.length;
    } else {
      this.runs.push([this.length, rawStart, text.length]);
    }
    this.parts.push(text);
    this.length += text.length;
  }

  /** Append text that stands in for the raw character at rawAt (a joined line break, a folded form). */
  insert(text: string, rawAt: number): void {
    for (let i = 0; i < text.length; i++) this.copy(text[i]!, rawAt);
    // copy() merges contiguous raw offsets; a multi-char insert maps every char to rawAt,
    // which copy() records as separate one-char runs when rawAt does not advance.
  }

  build(): { text: string; map: OffsetRun[] } {
    return { text: this.parts.join(''), map: this.runs };
  }
}

/** The raw offset of a derived offset; an offset at the very end maps just past the last run. */
export function toRaw(map: readonly OffsetRun[], offset: number): number {
  let lo = 0;
  let hi = map.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]![0] <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found < 0) return map.length ? map[0]![1] : offset;
  const [start, raw, len] = map[found]!;
  return raw + Math.min(offset - start, len);
}

/** Maps a derived span to the raw span that covers it. */
export function spanToRaw(map: readonly OffsetRun[], start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const r = toRaw(map, start);
    return { start: r, end: r };
  }
  return { start: toRaw(map, start), end: toRaw(map, end - 1) + 1 };
}
