// The records that flow between rasd's stages. Every stage reads and writes these
// shapes and nothing else, so a stage can be replaced without touching its neighbours.

/** A half-open character range [start, end) into one string (UTF-16 code units, as JS indexes). */
export interface Span {
  start: number;
  end: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

/** A token is an offset view into the text it came from; `norm` is its match key. */
export interface Token extends Span {
  kind: TokenKind;
  text: string;
  norm: string;
}

/** The encodings rasd reads. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

/** Why a line of a page was not kept in the report's body. */
export type ChromeReason =
  | 'repeated-title'
  | 'masthead'
  | 'section-label'
  | 'page-date'
  | 'read-also'
  | 'related-articles'
  | 'comment-form'
  | 'follow-share'
  | 'correction-notice'
  | 'back-to-top'
  | 'ticker'
  | 'source-label'
  | 'separator'
  | 'outlet-boilerplate'
  | 'caption'
  | 'trailing-chrome';

export interface RemovedLine {
  /** The line as it stood in the page (trimmed). */
  line: string;
  reason: ChromeReason;
  /** 0-based line number in the decoded raw text. */
  lineNo: number;
}

/**
 * Maps offsets in a derived text back to the raw text, as runs:
 * [derivedStart, rawStart, length] means derived[derivedStart + k] came from raw[rawStart + k].
 */
export type OffsetRun = [number, number, number];

/** What the cleaner makes of one page. */
export interface CleanResult {
  title: string;
  /** The clean body: paragraphs separated by '\n'. */
  text: string;
  captions: string[];
  removed: RemovedLine[];
  /** Offsets of `text` back into the raw text. */
  map: OffsetRun[];
}

/** A document as it moves through the ingest pipeline; each component fills in fields. */
export interface Doc {
  source: string;
  outlet: string;
  bytes?: Buffer;
  encoding?: Encoding;
  raw?: string;
  /** sha256 (hex) of the decoded text with line endings unified: the document's identity. */
  hash?: string;
  title?: string;
  text?: string;
  captions?: string[];
  removed?: RemovedLine[];
  map?: OffsetRun[];
  sentences?: Span[];
  /** Stemmed, normalized index keys of the body, space-separated. */
  keys?: string;
  /** Stemmed, normalized index keys of the title, space-separated. */
  titleKeys?: string;
  extraction?: Extraction;
}

/** A document as the store keeps it. */
export interface StoredDoc {
  id: string;
  hash: string;
  source: string;
  outlet: string;
  encoding: Encoding;
  raw: string;
  title: string;
  text: string;
  captions: string[];
  removed: RemovedLine[];
  map: OffsetRun[];
  sentences: Span[];
  keys: string;
  /** The title's index keys, weighted above the body's in search. */
  titleKeys?: string;
  /** What extraction found; null for a document stored before extraction existed. */
  extraction?: Extraction | null;
  ingestedAt: string;
}

/** One file of a batch that could not be ingested, and why. */
export interface Rejection {
  source: string;
  code: string;
  reason: string;
}

// ---- Extraction (issue 3): what a reader would underline, resolved for comparison. ----

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A BIO tag as in CoNLL files: O, B-PERS, I-LOC, ... (ANERcorp's type names). */
export type BioTag = string;

/** A named-entity mention: a span of a document's clean text. */
export interface Mention extends Span {
  text: string;
  type: EntityType;
  /** The canonical entity's id (see Entity), set by linking. */
  entity?: string;
  /** Which evidence found it. */
  via: 'model' | 'lexicon' | 'rule';
  /** A role phrase attached to a person (وزير الخارجية الأمريكي), when the text gives one. */
  role?: string;
  /**
   * The fuller name, as written in the same document, that this mention stands for: an
   * organization's acronym or short alias (MPMD، المفوضية، المكتب الأممي). Linking keys the
   * mention by it.
   */
  ref?: string;
  /**
   * For a place name with several readings (عمان: Oman or Amman), the gazetteer id of the
   * reading the document supports; absent when the document does not tell.
   */
  sense?: string;
}

/** A canonical entity across documents, with every surface form seen. */
export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  /** Spelling variants, short forms and aliases seen in the corpus, as written. */
  surfaces: string[];
}

export type Qualifier = 'approx' | 'more than' | 'less than' | 'at least' | 'at most' | 'up to';

export interface Quantity extends Span {
  text: string;
  /** The value, scales applied (148.7 مليون → 148700000); absent for a range. */
  value?: number;
  /** A range (ما بين 5000 و 7000) or a bound. */
  min?: number;
  max?: number;
  /** ISO 4217 currency (USD, EUR, SAR ...), 'percent', or the counted noun's lemma (مقاتل, دولة, وزير ...). */
  unit?: string;
  /** The counted noun as written (مقاتل, وزيرا, دولة عضو). */
  noun?: string;
  qualifier?: Qualifier;
}

export type DatePrecision = 'day' | 'month' | 'season' | 'year';

export interface DateMention extends Span {
  text: string;
  /** ISO 8601 to its precision (2023-06-08, 2022-08, 2021), or null when it cannot be resolved. */
  value: string | null;
  precision: DatePrecision;
  /** True when part of the value (usually the year) was inferred, not written. */
  inferred: boolean;
  /**
   * A Gregorian day and month whose year is neither written nor inferable (value null):
   * '--MM-DD' (ISO 8601 without the year). Story clustering compares it with other
   * reports' dates; issue-level date resolution may give it a year from the story.
   */
  monthDay?: string;
  /** How it was resolved, for a reader: "weekday of the reference date", "year from 'عام 2023'". */
  evidence: string;
}

export interface Published {
  date: string;
  precision: DatePrecision;
  evidence: string;
}

/** Everything extraction finds in one document; offsets index into the document's clean text. */
export interface Extraction {
  /** Mentions in the clean body; offsets index into `text`. */
  mentions: Mention[];
  /** Mentions in the title; offsets index into `title`. Linked like body mentions. */
  titleMentions?: Mention[];
  quantities: Quantity[];
  dates: DateMention[];
  published: Published | null;
}

/** A canonical entity with how often each document mentions it. */
export interface EntitySummary extends Entity {
  docs: Array<{ id: string; source: string; mentions: number }>;
}
