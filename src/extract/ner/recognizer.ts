// rasd's whole named-entity recognizer (src/extract/entities.ts: the tagger's tags, lexicons
// and rules combined) run over CoNLL sentences, so it can be scored as the tagger alone is.
//
// A CoNLL file has no document boundaries; each run of `window` consecutive sentences is
// taken as one document. Its words are joined into a text (single spaces within a
// sentence, a line break between sentences), which rasd tokenizes and reads with
// findMentions as it would any document. The tagger's tags come by default from tagging the
// CoNLL words of the whole file, as `rasd eval ner --model-only` scores it, so the two
// scores differ only by what the lexicons and rules do; they are carried to rasd's tokens
// (a word's first token keeps its B-). The mentions found are projected back onto the CoNLL words through
// character offsets (rasd's tokenizer and the corpus's may cut differently): a word belongs
// to a mention when their spans overlap, so a word whose proclitic the mention leaves out
// (بسوريا → سوريا) is tagged whole. The first word of a mention in a sentence is B-, the
// rest I-; PER is written PERS as ANERcorp writes it.
import type { BioTag, EntityType, Mention, Token } from '../../types.js';
import { tokenize } from '../../text/tokenize.js';
import { findMentions } from '../entities.js';
import type { Tagger } from './tagger.js';

/** Sentences per document when the file gives no document boundaries. */
export const DEFAULT_WINDOW = 10;

/** Sentences laid out as one text, with each word's character span in it. */
export interface Layout {
  text: string;
  /** spans[s][i]: [start, end) of word i of sentence s in `text`. */
  spans: [number, number][][];
}

/** Joins the words with single spaces, the sentences with line breaks. */
export function layout(sentences: readonly (readonly string[])[]): Layout {
  const parts: string[] = [];
  const spans: [number, number][][] = [];
  let pos = 0;
  sentences.forEach((words, s) => {
    if (s > 0) {
      parts.push('\n');
      pos += 1;
    }
    const row: [number, number][] = [];
    words.forEach((w, i) => {
      if (i > 0) {
        parts.push(' ');
        pos += 1;
      }
      row.push([pos, pos + w.length]);
      parts.push(w);
      pos += w.length;
    });
    spans.push(row);
  });
  return { text: parts.join(''), spans };
}

const CONLL_TYPE: Record<EntityType, string> = { PER: 'PERS', LOC: 'LOC', ORG: 'ORG', MISC: 'MISC' };

/**
 * BIO tags for the laid-out words from character spans (mentions, sorted by start and not
 * overlapping each other). A word overlapped by a span takes its type; a word already
 * claimed by an earlier span keeps it. A span that crosses a sentence boundary opens again
 * with B- in the next sentence.
 */
export function projectMentions(lay: Layout, mentions: readonly Pick<Mention, 'start' | 'end' | 'type'>[]): BioTag[][] {
  const tags: BioTag[][] = lay.spans.map((row) => row.map(() => 'O'));
  // Words in text order, flattened, for a single sweep.
  const flat: { s: number; i: number; start: number; end: number }[] = [];
  lay.spans.forEach((row, s) => row.forEach(([start, end], i) => flat.push({ s, i, start, end })));
  let k = 0;
  for (const m of mentions) {
    if (m.end <= m.start) continue;
    while (k < flat.length && flat[k]!.end <= m.start) k++;
    const type = CONLL_TYPE[m.type];
    let open = -1; // sentence of the chunk being written
    for (let j = k; j < flat.length && flat[j]!.start < m.end; j++) {
      const w = flat[j]!;
      if (tags[w.s]![w.i] !== 'O') {
        open = -1;
        continue;
      }
      tags[w.s]![w.i] = `${open === w.s ? 'I' : 'B'}-${type}`;
      open = w.s;
    }
  }
  return tags;
}

/** How the tagger's tags for rasd's tokens are obtained. */
export type ModelTagSource =
  /**
   * As rasd does for any document: tagger.tag(tokens) over each document's rasd tokens.
   * On ANERcorp's dev split the tagger alone scores 1.8 F1 points lower so with documents
   * of 10 sentences (its second stage sees less context than tagSentences' sliding window
   * gives it) and 0.6 lower with the whole file as one document.
   */
  | 'tokens'
  /**
   * The tagger run on the CoNLL words of the whole input (tagSentences, with the model's own
   * window of sentences either side, as `rasd eval ner --model-only` scores it), its tags
   * carried to rasd's tokens.
   */
  | 'words';

export interface RecognizeOptions {
  /** Sentences per document (default DEFAULT_WINDOW); Infinity: the whole file is one. */
  window?: number;
  /** Default 'words'. */
  modelTags?: ModelTagSource;
  /**
   * Called for each document with its mentions before projection; what it returns is
   * projected instead: for experiments with how the evidence is combined.
   */
  adjust?: (doc: RecognizedDocument) => Pick<Mention, 'start' | 'end' | 'type'>[];
}

/** One document as the recognizer saw it. */
export interface RecognizedDocument {
  layout: Layout;
  tokens: Token[];
  /** The tagger's tags, one per token. */
  tags: BioTag[];
  mentions: Mention[];
}

/**
 * Carries the words' tags to the rasd tokens inside each word: a word's first token takes
 * the word's tag, the rest I- of its type; a token outside every word is O.
 */
export function carryWordTags(lay: Layout, wordTags: readonly (readonly BioTag[])[], tokens: readonly Token[]): BioTag[] {
  const flat: { start: number; end: number; tag: BioTag }[] = [];
  lay.spans.forEach((row, s) => row.forEach(([start, end], i) => flat.push({ start, end, tag: wordTags[s]![i]! })));
  const out: BioTag[] = [];
  let k = 0;
  let prevWord = -1;
  for (const t of tokens) {
    while (k < flat.length && flat[k]!.end <= t.start) k++;
    const w = flat[k];
    if (!w || w.start >= t.end) {
      out.push('O');
      prevWord = -1;
      continue;
    }
    out.push(w.tag !== 'O' && prevWord === k ? `I-${w.tag.slice(2)}` : w.tag);
    prevWord = k;
  }
  return out;
}

/**
 * Runs one document's sentences through the recognizer. `wordTags`, when given, are the
 * tagger's tags for the sentences' words, carried to rasd's tokens; otherwise the tagger
 * tags rasd's tokens as it does for any document.
 */
export function recognizeDocument(
  sentences: readonly (readonly string[])[],
  tagger: Tagger,
  wordTags?: readonly (readonly BioTag[])[],
): RecognizedDocument {
  const lay = layout(sentences);
  const tokens = tokenize(lay.text);
  const tags = wordTags ? carryWordTags(lay, wordTags, tokens) : tagger.tag(tokens);
  return { layout: lay, tokens, tags, mentions: findMentions(lay.text, tokens, tags) };
}

/**
 * BIO tags (ANERcorp types) for CoNLL sentences from rasd's full recognizer, one tag per
 * word; each run of `window` sentences is read as one document.
 */
export function recognizeSentences(
  sentences: readonly (readonly string[])[],
  tagger: Tagger,
  options: RecognizeOptions = {},
): BioTag[][] {
  const window = Math.max(1, options.window ?? DEFAULT_WINDOW);
  const wordTags = options.modelTags === 'tokens' ? undefined : tagger.tagSentences(sentences);
  const out: BioTag[][] = [];
  for (let s = 0; s < sentences.length; s += window) {
    const doc = recognizeDocument(sentences.slice(s, s + window), tagger, wordTags?.slice(s, s + window));
    const mentions = options.adjust ? options.adjust(doc) : doc.mentions;
    out.push(...projectMentions(doc.layout, [...mentions].sort((a, b) => a.start - b.start)));
  }
  return out;
}
