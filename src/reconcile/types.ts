// The records of reconciliation (issue 5): what one report states (FactMention, the event
// evidence of one report), and what a story's reports make of it together (StoryEvent,
// ReconciledFact). Every statement points back to its report, sentence and characters.
import type { Qualifier } from '../types.js';

/** Where a report says something: offsets into the document's clean text. */
export interface Evidence {
  /** Document id. */
  doc: string;
  /** The words that state it (a figure with its noun, a weekday, a quote). */
  text: string;
  start: number;
  end: number;
  /** The whole sentence it is in. */
  sentence: { start: number; end: number; text: string };
}

export type FactKind = 'money' | 'count' | 'percent' | 'membership' | 'quote';

/** One report's statement of one fact. */
export interface FactMention extends Evidence {
  kind: FactKind;
  /** The figure, scales applied (148.7 مليون → 148700000); null for membership and quotes. */
  value: number | null;
  /** A range or bound (ما بين 5000 و7000: min 5000, max 7000). */
  min?: number;
  max?: number;
  qualifier?: Qualifier;
  /** ISO 4217 currency, 'percent', or the counted noun's lemma (مقاتل, دولة); null for quotes. */
  unit: string | null;
  /**
   * Who or what the fact is about, as a key that matches across reports: money, its giver;
   * counts, what is counted (the unit's lemma plus a qualifying entity when there is one);
   * membership, who joined; quotes, the speaker. An entity feature (story-features.ts
   * entityFeature) when it is an entity, else 'noun:' + the normalized noun.
   */
  subject: string | null;
  /** The subject as written, for people. */
  subjectText: string | null;
  /** money: what for / to whom; membership: what was joined; quote: the quoted words. */
  object?: string | null;
  /** money: what the sum is (قرض, منحة, صفقة, تكلفة: a lemma of MONEY_THINGS), when the words before it say. */
  thing?: string;
  /** quote: the reporting verb (قال, أكد ...); membership: the new total when one is given. */
  verb?: string;
  total?: number;
}

export type FactStatus = 'agreed' | 'compatible' | 'conflict';

/** One fact of a story: every report's statement of it, and whether they agree. */
export interface ReconciledFact {
  kind: FactKind | 'date' | 'weekday' | 'place';
  /** The value the story holds (the exact one when an approximation covers it), or null when in conflict. */
  value: number | string | null;
  unit: string | null;
  subject: string | null;
  /** The subject as most sources write it (بلينكن), when the reports name it. */
  subjectName?: string;
  status: FactStatus;
  /** Distinct sources: a set of copies (near-duplicates) counts as one. */
  sources: number;
  reports: Array<Evidence & { value: number | string | null; qualifier?: Qualifier; copyOf?: string }>;
  /** For a conflict: the reports on each side, by value. */
  sides?: Array<{ value: number | string; docs: string[] }>;
}

export type EventKind = 'meeting' | 'conference' | 'visit' | 'attack' | 'disaster' | 'accident' | 'announcement' | 'statement' | 'agreement' | 'other';

export type DatePrecisionOut = 'day' | 'month' | 'year';

/** A slot of the event with the reports that support it. */
export interface Slot<T> {
  value: T;
  reports: Evidence[];
}

export interface Participant {
  /** Entity feature key (matches across spellings) and the canonical name as written most often. */
  key: string;
  name: string;
  role: 'chair' | 'host' | 'participant';
  reports: Evidence[];
}

/** What happened, drawn from every report of a story. */
export interface StoryEvent {
  story: string;
  kind: Slot<EventKind> | null;
  /** The scene: an entity key and its name. */
  place: Slot<{ key: string; name: string }> | null;
  /** ISO date to its precision; the reports that give it (a report of another story that recalls this event counts). */
  date: Slot<{ value: string; precision: DatePrecisionOut }> | null;
  participants: Participant[];
}
