// The ingest pipeline, in the manner of spaCy: each component takes a Doc and returns it,
// and declares which fields it reads and writes. The pipeline checks at construction that
// every field a component reads is an input or is written by an earlier component, so a
// reordering mistake is caught when rasd starts, not halfway through a batch.
import type { Doc } from '../types.js';

export type DocField = keyof Doc;

export interface Component<C = unknown> {
  readonly name: string;
  readonly reads: readonly DocField[];
  readonly writes: readonly DocField[];
  run(doc: Doc, context: C): Doc;
}

/** Fields a Doc carries before any component has run. */
export const INPUT_FIELDS: readonly DocField[] = ['source', 'outlet', 'bytes'];

export class Pipeline<C = unknown> {
  readonly components: readonly Component<C>[];

  constructor(components: readonly Component<C>[], inputs: readonly DocField[] = INPUT_FIELDS) {
    const available = new Set<DocField>(inputs);
    for (const c of components) {
      for (const field of c.reads) {
        if (!available.has(field)) {
          throw new Error(`pipeline: component '${c.name}' reads '${String(field)}', which no earlier component writes`);
        }
      }
      for (const field of c.writes) available.add(field);
    }
    this.components = components;
  }

  /** Runs the components from the one named `from` (inclusive) to the one named `to` (inclusive). */
  run(doc: Doc, context: C, from?: string, to?: string): Doc {
    let started = from === undefined;
    for (const c of this.components) {
      if (!started && c.name === from) started = true;
      if (!started) continue;
      doc = c.run(doc, context);
      if (c.name === to) break;
    }
    return doc;
  }
}
