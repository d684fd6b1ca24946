// The statistical named-entity tagger as the rest of rasd uses it: load a model once, then
// tag tokens (from src/text/tokenize.ts) or plain words with BIO tags over PERS, LOC, ORG
// and MISC, one tag per token, punctuation included.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RasdError } from '../../errors.js';
import type { BioTag, Token } from '../../types.js';
import { TAGS } from './conll.js';
import { documentHints, wordInfo, type WordInfo } from './features.js';
import { parseModel, type Model } from './perceptron.js';
import { defaultModelPath } from './paths.js';

export interface Tagger {
  /** One tag per token, in order; a long text is decoded sentence by sentence. */
  tag(tokens: readonly Token[]): BioTag[];
  /** One tag per word; the words are taken as one sentence. */
  tagWords(words: readonly string[]): BioTag[];
  /**
   * Tags consecutive sentences (a CoNLL file) where no document boundaries are known: the
   * second stage looks at the model's training window of sentences either side.
   */
  tagSentences(sentences: readonly (readonly string[])[]): BioTag[][];
  /** The file the model was read from. */
  readonly file: string;
  readonly model: Model;
}

/** Tokens after which a new sentence starts, as ANERcorp cuts its sentences. */
const SENTENCE_END = new Set(['.', '!', '?', '؟', '…']);
/** Longest stretch decoded at once when a text has no sentence ends. */
const MAX_SEGMENT = 400;

/**
 * Tag ids for the sentences of one document: the first stage alone, or the first stage and
 * then the second, which reads the first's tags of other occurrences of each word's stem
 * within `window` sentences either side.
 */
export function decodeDocument(model: Model, sentences: readonly (readonly WordInfo[])[], window = Infinity): Int32Array[] {
  const [first, second] = model.stages;
  const tags = sentences.map((s) => {
    const out = new Int32Array(s.length);
    first!.decode(s, null, out);
    return out;
  });
  if (second === undefined) return tags;
  const hints = documentHints(sentences, tags, window);
  return sentences.map((s, k) => {
    const out = new Int32Array(s.length);
    second.decode(s, hints[k]!, out);
    return out;
  });
}

/** The window a two-stage model was trained with (sentences either side). */
export function modelWindow(model: Model): number {
  const w = model.meta['docWindow'];
  return typeof w === 'number' && w >= 0 ? w : Infinity;
}

class PerceptronTagger implements Tagger {
  constructor(
    readonly model: Model,
    readonly file: string,
  ) {}

  tag(tokens: readonly Token[]): BioTag[] {
    const segments: WordInfo[][] = [];
    let cur: WordInfo[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      cur.push(wordInfo(t.text));
      if ((t.kind === 'punct' && SENTENCE_END.has(t.text)) || cur.length >= MAX_SEGMENT) {
        segments.push(cur);
        cur = [];
      }
    }
    if (cur.length > 0) segments.push(cur);
    const ids = decodeDocument(this.model, segments);
    const out: BioTag[] = [];
    for (const seg of ids) for (let i = 0; i < seg.length; i++) out.push(TAGS[seg[i]!]!);
    return out;
  }

  tagWords(words: readonly string[]): BioTag[] {
    const [ids] = decodeDocument(this.model, [words.map(wordInfo)]);
    return Array.from(ids!, (id) => TAGS[id]!);
  }

  tagSentences(sentences: readonly (readonly string[])[]): BioTag[][] {
    const ids = decodeDocument(
      this.model,
      sentences.map((s) => s.map(wordInfo)),
      modelWindow(this.model),
    );
    return ids.map((seg) => Array.from(seg, (id) => TAGS[id]!));
  }
}

/** Reads a model file; errors name the file. */
export function readTagger(file: string): Tagger {
  if (!existsSync(file)) throw new RasdError('NOT_FOUND', `${file} (the NER model)`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new RasdError('UNREADABLE', `${file}: ${(e as Error).message}`);
  }
  try {
    return new PerceptronTagger(parseModel(bytes), file);
  } catch (e) {
    throw new RasdError('UNREADABLE', `${file}: ${(e as Error).message}`);
  }
}

const loaded = new Map<string, Tagger>();

/** The tagger for a model file (default: the committed models/ner.bin.gz), loaded once and cached. */
export function loadTagger(file?: string): Tagger {
  const p = path.resolve(file ?? defaultModelPath());
  let t = loaded.get(p);
  if (t === undefined) {
    t = readTagger(p);
    loaded.set(p, t);
  }
  return t;
}
