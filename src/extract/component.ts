// The extraction component of the ingest pipeline: entities (statistical tagger, lexicons
// and rules combined), quantities, dates and the publication date, for one document.
// Linking mentions to canonical entities spans documents, so it runs after a batch
// (src/extract/relink.ts), not here.
import type { Doc, Extraction, RemovedLine } from '../types.js';
import type { Component } from '../ingest/pipeline.js';
import { tokenize } from '../text/tokenize.js';
import { loadTagger } from './ner/tagger.js';
import { findMentions } from './entities.js';
import { extractQuantities } from './quantities.js';
import { resolveDocumentDates } from './dates.js';

/** Extracts from a document's clean text; every offset indexes into `text`. */
export function extractDocument(title: string, text: string, removed: readonly RemovedLine[]): Extraction {
  const tokens = tokenize(text);
  const tags = loadTagger().tag(tokens);
  const mentions = findMentions(text, tokens, tags);
  const titleTokens = tokenize(title);
  const titleMentions = findMentions(title, titleTokens, loadTagger().tag(titleTokens));
  const quantities = extractQuantities(text, tokens);
  const { published, dates } = resolveDocumentDates(text, removed, title, tokens);
  return { mentions, titleMentions, quantities, dates, published };
}

export const extract: Component<unknown> = {
  name: 'extract',
  reads: ['title', 'text', 'removed'],
  writes: ['extraction'],
  run(doc: Doc) {
    return { ...doc, extraction: extractDocument(doc.title ?? '', doc.text ?? '', doc.removed ?? []) };
  },
};
