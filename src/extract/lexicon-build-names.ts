// The person names of the lexicon: the name tokens of models/names.json (from Wikidata),
// then the hand-written given names, particles and the words that are never names.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as NM from '../lang/ar/gazetteer-names.js';
import { foreignSkeleton } from './skeleton.js';
import {
  key,
  LEX_CITY,
  LEX_COUNTRY,
  LEX_GIVEN_NAME,
  LEX_KNOWN_ORG,
  LEX_NAME_ALSO_WORD,
  LEX_NAME_PARTICLE,
  LEX_NAME_TOKEN,
  LEX_REGION,
  LEX_STOP,
  type LexiconBuilder,
  type Tables,
} from './lexicon-schema.js';

/** models/names.json, found by walking up from this module (src/extract or dist/src/extract). */
export function namesFilePath(): string | null {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const p = path.join(dir, 'models', 'names.json');
    if (existsSync(p)) return p;
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return null;
}

function loadNames(): { file: string | null; tokens: Record<string, number> } {
  const file = namesFilePath();
  if (file === null) {
    process.emitWarning('rasd: models/names.json not found; person names are found from titles and the gazetteer only');
    return { file: null, tokens: {} };
  }
  const json = JSON.parse(readFileSync(file, 'utf8')) as { tokens?: Record<string, number> };
  return { file, tokens: json.tokens ?? {} };
}

/** Name flags for the words of names; returns the name tables, and the foreign skeletons for their spellings. */
export function compileNames(
  b: LexiconBuilder,
): Pick<Tables, 'names' | 'notNames' | 'namesFile' | 'arabicGiven' | 'maqsura'> & { foreignSkeletons: Set<string> } {
  const { words, flag } = b;
  const notNames = new Set(NM.NOT_NAME_TOKENS.map(key));
  const loaded = loadNames();
  const names = new Map<string, number>();
  for (const [raw, count] of Object.entries(loaded.tokens)) {
    const k = key(raw);
    names.set(k, (names.get(k) ?? 0) + count);
  }
  for (const k of names.keys()) if (!notNames.has(k)) flag(k, LEX_NAME_TOKEN);
  const arabicGiven = new Set(NM.ARABIC_GIVEN_NAMES.map(key));
  for (const k of arabicGiven) flag(k, LEX_GIVEN_NAME | LEX_NAME_TOKEN);
  const foreignSkeletons = new Set<string>();
  for (const n of NM.FOREIGN_GIVEN_NAMES) {
    const k = key(n);
    flag(k, LEX_GIVEN_NAME | LEX_NAME_TOKEN);
    const s = foreignSkeleton(k);
    if (s.length >= 3) foreignSkeletons.add(s);
  }
  // Spelling variants of a listed foreign given name that Wikidata knows (أنطوني beside أنتوني).
  const PLACE_OR_ORG = LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_KNOWN_ORG;
  for (const k of names.keys()) {
    // ... but not a place that looks like one (فرنسا beside فرانسوا).
    if ((words.get(k) ?? 0) & PLACE_OR_ORG) continue;
    if (k.length >= 3 && !notNames.has(k) && !arabicGiven.has(k) && foreignSkeletons.has(foreignSkeleton(k))) {
      flag(k, LEX_GIVEN_NAME);
    }
  }
  for (const n of NM.GIVEN_NAMES_ALSO_WORDS) flag(key(n), LEX_NAME_ALSO_WORD);
  for (const p of NM.NAME_PARTICLES) {
    const k = key(p);
    words.set(k, ((words.get(k) ?? 0) & ~(LEX_NAME_TOKEN | LEX_GIVEN_NAME)) | LEX_NAME_PARTICLE);
  }
  const maqsura = new Set(NM.ALIF_MAQSURA_FUNCTION_WORDS.map(key));
  for (const w of NM.NAME_STOPWORDS) {
    const k = key(w);
    // على and علي share a key: the written ى decides, token by token (see tokenFlags).
    if (maqsura.has(k) && ((words.get(k) ?? 0) & LEX_GIVEN_NAME) !== 0) continue;
    words.set(k, ((words.get(k) ?? 0) & ~(LEX_NAME_TOKEN | LEX_GIVEN_NAME)) | LEX_STOP);
  }
  return { names, notNames, namesFile: loaded.file, arabicGiven, maqsura, foreignSkeletons };
}
