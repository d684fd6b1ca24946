// The tagger's window on the lexicon (src/extract/lexicon.ts): `lexiconFlags(norm)` gives a
// bitmask of LEX_* constants, which this hook repacks into the tagger's own bit order by
// name, so that the lexicon may renumber its flags without silently changing what a
// trained model's lexicon features mean. A model learns weights for these flags as the
// lexicon stood when it was trained: retrain it when the lexicon's word lists change much.
import {
  lexiconFlags,
  LEX_AMBIGUOUS_PLACE,
  LEX_CITY,
  LEX_COUNTRY,
  LEX_GIVEN_NAME,
  LEX_IN_PHRASE,
  LEX_KNOWN_ORG,
  LEX_NAME_ALSO_WORD,
  LEX_NAME_PARTICLE,
  LEX_NAME_TOKEN,
  LEX_NATIONALITY,
  LEX_ORG_TRIGGER,
  LEX_PERSON_TITLE,
  LEX_PLACE_TRIGGER,
  LEX_REGION,
  LEX_SITE_TRIGGER,
  LEX_STOP,
  LEX_VIA_CLITIC,
} from '../lexicon.js';

/** The lexicon flags the tagger reads; the tagger's bit b is the b-th entry. Append only. */
const FLAGS: readonly number[] = [
  LEX_GIVEN_NAME,
  LEX_NAME_TOKEN,
  LEX_COUNTRY,
  LEX_CITY,
  LEX_REGION,
  LEX_ORG_TRIGGER,
  LEX_PERSON_TITLE,
  LEX_SITE_TRIGGER,
  LEX_NATIONALITY,
  LEX_PLACE_TRIGGER,
  LEX_NAME_PARTICLE,
  LEX_KNOWN_ORG,
  LEX_IN_PHRASE,
  LEX_STOP,
  LEX_NAME_ALSO_WORD,
  LEX_AMBIGUOUS_PLACE,
  LEX_VIA_CLITIC,
];

/** How many bits of the tagger's lexicon bitmask there are. */
export const LEXICON_BITS: number = FLAGS.length;

/** The tagger's lexicon bitmask of a word in match-key form (normalizeForMatch). */
export function lexiconFlagsFor(norm: string): number {
  const f = lexiconFlags(norm);
  if (f === 0) return 0;
  let out = 0;
  for (let b = 0; b < FLAGS.length; b++) if (f & FLAGS[b]!) out |= 1 << b;
  return out;
}
