// Model candidates for entity finding: the statistical tagger's BIO spans, trimmed to the
// name and dropped where they are a currency, a counted noun or a common word.
import type { BioTag, EntityType } from '../types.js';
import {
  cliticForms,
  LEX_NATIONALITY,
  LEX_ORG_TRIGGER,
  LEX_PERSON_TITLE,
  LEX_PLACE_TRIGGER,
  LEX_SITE_TRIGGER,
  LEX_STOP,
} from './lexicon.js';
import { isWord, PRIO_MODEL, readHomograph, type Cand, type Ctx } from './entity-rules.js';
import { adjectiveReading } from './entity-lexicon-phrase.js';

function mapType(raw: string): EntityType | null {
  switch (raw) {
    case 'PERS':
    case 'PER':
      return 'PER';
    case 'LOC':
    case 'ORG':
    case 'MISC':
      return raw;
    default:
      return null;
  }
}

/** Letters of a leading و/ف + ب/ك/ل before ال that a model span leaves out (والعراق → العراق). */
function articleClitic(w: string): number {
  let k = 0;
  if (w[k] === 'و' || w[k] === 'ف') k++;
  if (w[k] === 'ب' || w[k] === 'ك' || w[k] === 'ل') k++;
  return k > 0 && w.startsWith('ال', k) && w.length - k >= 5 ? k : 0;
}

/** Tanween (ً ٌ ٍ): the mark of an indefinite common word, not of a name. */
const TANWEEN = /[\u064B-\u064D]/u;

/** A currency or a counted noun (يورو، جنيه إسترليني، دولة), maybe with numbers: no entity. */
function unitSpan(c: Ctx, s: number, e: number): boolean {
  let head = true;
  for (let k = s; k < e; k++) {
    const t = c.tokens[k]!;
    if (t.kind === 'number') continue;
    if (t.kind !== 'word') return false;
    const forms = k === s ? cliticForms(t.norm).map(([f]) => f) : [t.norm];
    const hit = forms.find((f) => c.t.unitWords.has(f));
    if (hit === undefined) return false;
    if (head && !c.t.unitHeads.has(hit)) return false;
    head = false;
  }
  return !head;
}

function addModelSpan(c: Ctx, s: number, e: number, type: EntityType, out: Cand[]): void {
  while (s < e && !isWord(c, s)) s++;
  while (e > s && c.tokens[e - 1]!.kind !== 'word' && c.tokens[e - 1]!.kind !== 'number') e--;
  if (type === 'PER') while (s < e && (c.flags[s]! & (LEX_PERSON_TITLE | LEX_NATIONALITY | LEX_STOP)) !== 0) s++;
  if (s >= e) return;
  // A currency or counted noun, or any span right after a number (٢٣ منظمة إقليمية): no name.
  if (unitSpan(c, s, e) || c.tokens[s - 1]?.kind === 'number') return;
  for (let k = s; k < e; k++) if (TANWEEN.test(c.tokens[k]!.text)) return;
  // A homograph place name: its reading decides (سيول وادي حضرموت: floods, not Seoul).
  let sense: string | undefined;
  const hg = c.t.homographs.get(c.ana[s]!.key);
  if (hg && type === 'LOC') {
    const r = readHomograph(c, s, hg, false);
    if (!r.place) {
      if (e - s === 1) return;
      s++;
    } else if (e - s === 1) sense = r.sense;
  }
  if (e - s === 1) {
    const f = c.flags[s]!;
    // A lone trigger word (منظمة، مخيم) or stop word is no name; neither is a country's
    // adjective reading (العاصمة السعودية), which the lexicon also declines.
    if ((f & (LEX_STOP | LEX_ORG_TRIGGER | LEX_SITE_TRIGGER | LEX_PLACE_TRIGGER | LEX_PERSON_TITLE)) !== 0) return;
    if (adjectiveReading(c, s)) return;
  }
  const a = c.ana[s]!;
  const skip = a.strip > 0 ? (a.tight ? a.strip : 0) : articleClitic(c.tokens[s]!.norm);
  out.push({ s, e, type, via: 'model', prio: PRIO_MODEL, skip, ...(sense ? { sense } : {}) });
}

export function modelCands(c: Ctx, tags: readonly BioTag[], out: Cand[]): void {
  const n = Math.min(tags.length, c.tokens.length);
  let s = -1;
  let type: EntityType | null = null;
  const flush = (e: number): void => {
    if (s >= 0 && type) addModelSpan(c, s, e, type, out);
    s = -1;
    type = null;
  };
  for (let i = 0; i < n; i++) {
    const tag = tags[i] ?? 'O';
    const dash = tag.indexOf('-');
    const ty = dash > 0 ? mapType(tag.slice(dash + 1)) : null;
    if (ty === null) {
      flush(i);
      continue;
    }
    if (tag[0] === 'B' || s < 0 || ty !== type) {
      flush(i);
      s = i;
      type = ty;
    }
  }
  flush(n);
}
