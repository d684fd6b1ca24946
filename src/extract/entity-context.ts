// What the entity rules share: the candidate and context types, the precedence levels,
// the flag sets that say what a word may be, and small token tests (words, commas, quotes).
import type { BioTag, EntityType, Token } from '../types.js';
import {
  LEX_AMBIGUOUS_PLACE,
  LEX_CITY,
  LEX_COUNTRY,
  LEX_IN_PHRASE,
  LEX_KNOWN_ORG,
  LEX_NAME_ALSO_WORD,
  LEX_NATIONALITY,
  LEX_ORG_TRIGGER,
  LEX_PERSON_TITLE,
  LEX_PLACE_TRIGGER,
  LEX_REGION,
  LEX_SITE_TRIGGER,
  LEX_STOP,
  LEX_VIA_CLITIC,
  type WordAnalysis,
} from './lexicon.js';
import type { Tables } from './lexicon-build.js';

export type Via = 'model' | 'lexicon' | 'rule';

/** A proposed mention over tokens [s, e); `skip` letters of token s are a proclitic left out of the span. */
export interface Cand {
  s: number;
  e: number;
  type: EntityType;
  via: Via;
  prio: number;
  skip: number;
  role?: { s: number; skip: number; e: number };
  /** The reading of a homograph place name (a gazetteer id), when the document tells it. */
  sense?: string;
  /** The fuller name, as written in the document, that this mention stands for. */
  ref?: string;
  /** A place name kept only if it is coordinated with another place (سيئون والمكلا). */
  coord?: boolean;
}

/** What the rules read about a text: its tokens with their lexicon analysis. */
export interface Ctx {
  text: string;
  tokens: readonly Token[];
  flags: Int32Array;
  ana: readonly WordAnalysis[];
  t: Tables;
  /** The statistical tagger's tags, one per token, when there are any. */
  tags?: readonly BioTag[];
  /** Evidence for the readings of homographs in this text, by homograph key (built on first use). */
  evidence?: Map<string, number[]>;
  /** Words right after a word for a kind of place or site, with their counts (built on first use). */
  afterTrigger?: Map<string, number>;
}

export const PRIO_RULE = 3;
export const PRIO_LEXICON = 2;
export const PRIO_MODEL = 1;

export const NOT_A_NAME = LEX_STOP | LEX_PERSON_TITLE | LEX_NATIONALITY | LEX_ORG_TRIGGER | LEX_SITE_TRIGGER | LEX_PLACE_TRIGGER;
export const PLACE = LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_KNOWN_ORG;
/** Flags that carry no meaning for deciding whether an unknown word may be a name. */
export const NEUTRAL = LEX_IN_PHRASE | LEX_VIA_CLITIC | LEX_NAME_ALSO_WORD | LEX_AMBIGUOUS_PLACE;

const QUOTES = new Map<string, string>([
  ['“', '”'],
  ['«', '»'],
  ['"', '"'],
  ['„', '“'],
  ['‘', '’'],
  ["'", "'"],
]);
const COMMAS = new Set(['،', ',']);

export const isWord = (c: Ctx, i: number): boolean => i >= 0 && i < c.tokens.length && c.tokens[i]!.kind === 'word';
export const norm = (c: Ctx, i: number): string => c.tokens[i]!.norm;
export const isComma = (c: Ctx, i: number): boolean => i < c.tokens.length && COMMAS.has(c.tokens[i]!.text);

/** The index of the quote closing the one at tokens[j], within eight words, or -1. */
export function closingQuote(c: Ctx, j: number): number {
  const open = c.tokens[j];
  if (!open || open.kind !== 'punct') return -1;
  const close = QUOTES.get(open.text);
  if (close === undefined) return -1;
  for (let k = j + 1; k < c.tokens.length && k <= j + 9; k++) {
    const t = c.tokens[k]!;
    if (t.text === close || (open.text === '„' && t.text === '”')) return k > j + 1 ? k : -1;
    if (t.kind !== 'word') return -1;
  }
  return -1;
}

export const isLocTag = (c: Ctx, k: number): boolean => {
  const tag = c.tags?.[k];
  return tag !== undefined && tag.endsWith('-LOC');
};
