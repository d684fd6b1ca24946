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
  ingestedAt: string;
}

/** One file of a batch that could not be ingested, and why. */
export interface Rejection {
  source: string;
  code: string;
  reason: string;
}
