// The shapes of the compiled lexicon (word flags, phrase hits, homographs, the tables) and
// the helpers every source's compiler shares: match keys, phrase words, the builder that
// collects word flags and the phrase trie.
import { normalizeForMatch } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import type { EntityType } from '../types.js';

import { LEX_COUNTRY, LEX_CITY, LEX_REGION, LEX_KNOWN_ORG } from './lexicon-flags.js';
export * from './lexicon-flags.js';

export type PhraseKind = 'country' | 'city' | 'region' | 'org' | 'agency';

/** A known place or organization, as the trie and linking see it. */
export interface PhraseHit {
  type: EntityType;
  kind: PhraseKind;
  /** Canonical id: LOC:SA, LOC:city:الرياض, ORG:تنظيم الدوله الاسلاميه ... */
  id: string;
  /** Display name of the canonical entity. */
  name: string;
  /** A one-word place that is also an everyday word: tagged only in a place context. */
  ambiguous: boolean;
  /** A name with several readings (see Homograph): the key of its entry in Tables.homographs. */
  homograph?: string;
}

/** One reading of a homograph place name, compiled. */
export interface CompiledReading {
  /** The place this reading names, or null for the everyday word. */
  hit: PhraseHit | null;
  /** Marked spellings that fix the reading: per spelling, the marks each letter must carry. */
  marked: Array<Array<{ at: number; mark: string }>>;
}

/** A place name that reads several ways (gazetteer PLACE_HOMOGRAPHS), compiled. */
export interface Homograph {
  key: string;
  readings: CompiledReading[];
  /** True when one reading is an everyday word. */
  common: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  hit: PhraseHit | null;
}

export interface Tables {
  words: Map<string, number>;
  root: Map<string, TrieNode>;
  phrases: Map<string, PhraseHit>;
  names: Map<string, number>;
  orgStrength: Map<string, 'strong' | 'weak'>;
  siteStrength: Map<string, 'strong' | 'weak'>;
  siteDual: Map<string, string>;
  purposeWords: Set<string>;
  purposeHeads: Set<string>;
  affiliation: Set<string>;
  roleWords: Set<string>;
  placeContext: Set<string>;
  arabicGiven: Set<string>;
  arabicParticles: Set<string>;
  foreignParticles: Set<string>;
  maqsura: Set<string>;
  notNames: Set<string>;
  namesFile: string | null;
  /** Homograph place names by match key. */
  homographs: Map<string, Homograph>;
  /** Evidence words (match keys, every form) → the homograph readings they support. */
  homographEvidence: Map<string, Array<{ homograph: string; reading: number }>>;
  /** Words of currency names and counted nouns (units.ts), and the words that head them. */
  unitWords: Set<string>;
  unitHeads: Set<string>;
  /** Foreign skeletons (4 letters or more) of the listed foreign given names. */
  foreignGivenSkeletons: Set<string>;
  complementHeads: Set<string>;
  notNameAdjectives: Set<string>;
  /** Organization words (with and without the article) an adjective alone only describes. */
  descriptiveHeads: Set<string>;
  /** Adjectives that are not relational but name institutions all the same (العامة، العليا). */
  orgAdjectives: Set<string>;
  aliasCues: Set<string>;
  geoFeatures: Set<string>;
  placeListTriggers: Set<string>;
}

/** Marks that fix a reading (shadda, short vowels, sukun), with the letter they sit on. */
export function letterMarks(word: string): Array<{ letter: string; marks: string }> {
  const out: Array<{ letter: string; marks: string }> = [];
  for (const ch of word) {
    if (ch === '\u0640') continue; // tatweel
    if (/\p{M}/u.test(ch)) {
      if (out.length > 0) out[out.length - 1]!.marks += ch;
    } else out.push({ letter: ch, marks: '' });
  }
  return out;
}

export const key = (s: string): string => normalizeForMatch(s.trim());

/** The match keys of the words of a phrase (punctuation dropped). */
export function phraseWords(s: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(s)) if (t.kind === 'word' || t.kind === 'number') out.push(t.norm);
  return out;
}

/** The flexions of a nationality adjective: السعودي، السعودية، السعوديون، السعوديين ... */
export function nationalityForms(base: string): string[] {
  const forms = [base, `${base}ة`, `${base}ون`, `${base}ين`, `${base}ان`, `${base}تان`, `${base}تين`, `${base}ات`];
  return [...forms, ...forms.map((f) => `ال${f}`)].map(key);
}

/** What the sources compile into: word flags (OR-ed per word) and the phrase trie. */
export interface LexiconBuilder {
  words: Map<string, number>;
  root: Map<string, TrieNode>;
  phrases: Map<string, PhraseHit>;
  flag: (w: string, f: number) => void;
}

export function newLexiconBuilder(): LexiconBuilder {
  const words = new Map<string, number>();
  const flag = (w: string, f: number): void => {
    if (w.length > 0) words.set(w, (words.get(w) ?? 0) | f);
  };
  return { words, root: new Map(), phrases: new Map(), flag };
}

/** The word flag of a one-word phrase of each kind. */
export const KIND_FLAG: Record<PhraseKind, number> = {
  country: LEX_COUNTRY,
  city: LEX_CITY,
  region: LEX_REGION,
  org: LEX_KNOWN_ORG,
  agency: LEX_KNOWN_ORG,
};
