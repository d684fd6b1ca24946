// Reading CoNLL files as ANERcorp ships them: one `token TAG` per line, a blank line between
// sentences, BIO tags over the types PERS, LOC, ORG and MISC. ANERcorp's tokens are words
// with their clitics attached (والرئيس, بلبنان) and punctuation as tokens of its own.
import { existsSync, readFileSync } from 'node:fs';
import { RasdError } from '../../errors.js';
import type { BioTag } from '../../types.js';

/** The entity types of ANERcorp, in the order reports list them. */
export const NER_TYPES = ['PERS', 'LOC', 'ORG', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];

/** Every tag a CoNLL file (and the tagger) may use; the index of a tag is its id. */
export const TAGS: readonly BioTag[] = ['O', ...NER_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
const TAG_SET = new Set<string>(TAGS);

export function isTag(s: string): boolean {
  return TAG_SET.has(s);
}

export interface ConllSentence {
  words: string[];
  tags: BioTag[];
  /** 1-based line of the sentence's first token in its file. */
  line: number;
}

function malformed(file: string, line: number, why: string): RasdError {
  return new RasdError('UNREADABLE', `${file} line ${line}: ${why} (a CoNLL line is 'TOKEN TAG', tags O, B-/I- ${NER_TYPES.join(' ')})`);
}

/**
 * Parses CoNLL text. Tolerates a BOM, CRLF or CR line ends, tabs or runs of spaces between
 * the columns, and trailing blanks; a line of blanks separates sentences like an empty one.
 * With more than two columns the token is the first and the tag the last (CoNLL-2003 style).
 */
export function parseConll(text: string, file = '<input>'): ConllSentence[] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split(/\r\n|\r|\n/u);
  const out: ConllSentence[] = [];
  let cur: ConllSentence | null = null;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '') {
      if (cur) out.push(cur);
      cur = null;
      continue;
    }
    const cols = raw.split(/[ \t]+/u);
    const lineNo = i + 1;
    if (cols.length < 2) {
      throw malformed(file, lineNo, `'${shorten(raw)}' has no tag`);
    }
    const tag = cols[cols.length - 1]!;
    if (!TAG_SET.has(tag)) throw malformed(file, lineNo, `unknown tag '${shorten(tag)}'`);
    cur ??= { words: [], tags: [], line: lineNo };
    cur.words.push(cols[0]!);
    cur.tags.push(tag);
  }
  if (cur) out.push(cur);
  return out;
}

function shorten(s: string): string {
  return s.length > 40 ? s.slice(0, 40) + '…' : s;
}

/** Reads and parses a CoNLL file, naming the file in every error. */
export function readConll(file: string): ConllSentence[] {
  if (!existsSync(file)) throw new RasdError('NOT_FOUND', file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new RasdError('UNREADABLE', `${file}: ${(e as Error).message}`);
  }
  return parseConll(text, file);
}

/** Writes sentences back as CoNLL text (`token TAG`, blank line after each sentence). */
export function formatConll(sentences: readonly { words: readonly string[]; tags: readonly BioTag[] }[]): string {
  const parts: string[] = [];
  for (const s of sentences) {
    for (let i = 0; i < s.words.length; i++) parts.push(`${s.words[i]} ${s.tags[i]}\n`);
    parts.push('\n');
  }
  return parts.join('');
}
