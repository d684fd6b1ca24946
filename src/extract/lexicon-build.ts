// Compiles the lexicon once, on first use: the gazetteer tables (src/lang/ar/), country
// names from the runtime's ICU data, and the name tokens of models/names.json, into one Map
// of word flags and one token trie of phrases. Everything is keyed by match keys
// (normalizeForMatch), so spelling variants of one letter need no entries of their own.
//
// Each source compiles in its own module: lexicon-build-places.ts (places, organizations,
// homographs), lexicon-build-names.ts (person names); the trigger words and units are here.
// The shapes and shared helpers are in lexicon-schema.ts; this module re-exports them, so
// callers import from one place.
import * as G from '../lang/ar/gazetteer.js';
import * as NM from '../lang/ar/gazetteer-names.js';
import { COUNTED_NOUNS, CURRENCIES } from '../lang/ar/units.js';
import {
  key,
  LEX_NATIONALITY,
  LEX_ORG_TRIGGER,
  LEX_PERSON_TITLE,
  LEX_PLACE_TRIGGER,
  LEX_SITE_TRIGGER,
  nationalityForms,
  newLexiconBuilder,
  phraseWords,
  type LexiconBuilder,
  type Tables,
} from './lexicon-schema.js';
import { compileHomographs, compilePlaces } from './lexicon-build-places.js';
import { compileNames } from './lexicon-build-names.js';

export {
  key,
  letterMarks,
  phraseWords,
  type CompiledReading,
  type Homograph,
  type PhraseHit,
  type PhraseKind,
  type Tables,
  type TrieNode,
} from './lexicon-schema.js';
export * from './lexicon-flags.js';
export { namesFilePath } from './lexicon-build-names.js';

/** Trigger words: nationalities, person titles, organization, site and place words. */
function compileTriggers(b: LexiconBuilder): Pick<Tables, 'orgStrength' | 'siteStrength' | 'siteDual'> {
  const { flag } = b;
  for (const n of G.NATIONALITIES) for (const f of nationalityForms(key(n))) if (!f.includes(' ')) flag(f, LEX_NATIONALITY);
  for (const t of G.PERSON_TITLES) {
    const k = key(t);
    flag(k, LEX_PERSON_TITLE);
    if (!k.startsWith('ال')) flag(`ال${k}`, LEX_PERSON_TITLE);
  }
  const orgStrength = new Map<string, 'strong' | 'weak'>();
  for (const [t, s] of G.ORG_TRIGGERS) {
    const k = key(t);
    for (const f of [k, `ال${k}`]) {
      flag(f, LEX_ORG_TRIGGER);
      orgStrength.set(f, s);
    }
  }
  const siteStrength = new Map<string, 'strong' | 'weak'>();
  for (const [t, s] of G.SITE_TRIGGERS) {
    flag(key(t), LEX_SITE_TRIGGER);
    siteStrength.set(key(t), s);
  }
  const siteDual = new Map<string, string>();
  for (const [dual, single] of G.SITE_TRIGGER_DUALS) {
    flag(key(dual), LEX_SITE_TRIGGER);
    siteDual.set(key(dual), key(single));
  }
  for (const t of G.PLACE_TRIGGERS) flag(key(t), LEX_PLACE_TRIGGER);
  return { orgStrength, siteStrength, siteDual };
}

export function buildTables(): Tables {
  const b = newLexiconBuilder();
  const { words, root, phrases } = b;
  const countryName = compilePlaces(b);
  const { homographs, homographEvidence } = compileHomographs(b, countryName);
  const { orgStrength, siteStrength, siteDual } = compileTriggers(b);
  const { names, notNames, namesFile, arabicGiven, maqsura, foreignSkeletons } = compileNames(b);
  const set = (xs: readonly string[]): Set<string> => new Set(xs.map(key));
  const unitWords = new Set<string>();
  const unitHeads = new Set<string>();
  const unit = (phrase: string): void => {
    const ws = phraseWords(phrase);
    if (ws.length > 0) unitHeads.add(ws[0]!);
    for (const w of ws) unitWords.add(w);
  };
  for (const [phrase] of CURRENCIES) unit(phrase);
  for (const [, forms] of COUNTED_NOUNS) for (const f of forms) unit(f);
  const foreignGivenSkeletons = new Set([...foreignSkeletons].filter((x) => x.length >= 4));
  const purposeHeads = new Set<string>();
  for (const h of G.ORG_PURPOSE_HEADS) purposeHeads.add(key(h)).add(`ال${key(h)}`);
  return {
    words,
    root,
    phrases,
    names,
    orgStrength,
    siteStrength,
    siteDual,
    purposeWords: set(G.ORG_PURPOSE_WORDS),
    purposeHeads,
    affiliation: set(G.ORG_AFFILIATION_WORDS),
    roleWords: set(G.ROLE_WORDS),
    placeContext: set(G.PLACE_CONTEXT),
    arabicGiven,
    arabicParticles: set(NM.ARABIC_NAME_PARTICLES),
    foreignParticles: set(NM.FOREIGN_NAME_PARTICLES),
    maqsura,
    notNames,
    namesFile,
    homographs,
    homographEvidence,
    unitWords,
    unitHeads,
    foreignGivenSkeletons,
    complementHeads: set(G.ORG_COMPLEMENT_HEADS),
    notNameAdjectives: set(G.NOT_NAME_ADJECTIVES),
    orgAdjectives: set(G.ORG_ADJECTIVES),
    descriptiveHeads: new Set(G.ORG_DESCRIPTIVE_HEADS.flatMap((w) => [key(w), `ال${key(w)}`])),
    aliasCues: set(G.ALIAS_CUES),
    geoFeatures: set(G.GEO_FEATURES),
    placeListTriggers: set(G.PLACE_LIST_TRIGGERS),
  };
}
