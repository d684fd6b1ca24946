// The rules of entity finding: patterns where a trigger word says more than statistics
// can (an organization word before a quoted name, an institution word with its relational
// adjectives and its field (المعهد الوطني للرصد الجوي), a camp before the camp's name, a city
// word before a city, a plural word before a list of places (مديريات سيئون وتريم), a natural
// feature before a known place (وادي حضرموت); people's titles and names are in
// person-rules.ts), and the reading of place names that read several ways (readHomograph).
// Each rule looks a bounded number of tokens ahead of one trigger, so a pass over a text
// stays linear. Rules only propose candidates; entities.ts decides overlaps (entity-precedence.ts).
//
// The rules live by kind: entity-org-rules.ts, entity-place-rules.ts (sites, kinds of place,
// natural features), entity-homographs.ts; what they share is in entity-context.ts. This
// module gathers them, so callers import from one place.
export {
  closingQuote,
  isComma,
  isLocTag,
  isWord,
  NEUTRAL,
  norm,
  NOT_A_NAME,
  PLACE,
  PRIO_LEXICON,
  PRIO_MODEL,
  PRIO_RULE,
  type Cand,
  type Ctx,
  type Via,
} from './entity-context.js';
export { isNisba, orgComplement, orgRule } from './entity-org-rules.js';
export { featureRule, placeRule, siteRule } from './entity-place-rules.js';
export { readHomograph } from './entity-homographs.js';
