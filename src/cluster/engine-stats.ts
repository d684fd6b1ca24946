// What a story engine counts as it places documents (StoryEngine.stats).

/**
 * The work the engine has done since it was made, summed over its placements: what a
 * placement's cost is made of, so that a growing cost can be told from growing work.
 */
export interface EngineStats {
  placed: number;
  /** Other documents examined (anchor and copy candidates). */
  candidates: number;
  /** Edges found (same event or mention, copies included). */
  edges: number;
  /** Documents read back from the store because the model cache no longer held them. */
  storeReads: number;
  /** Undated reports' affinity rows written (undated-scores.ts). */
  undatedRows: number;
  /** Reports moved to another story by a placement (place-again.ts). */
  placedAgain: number;
}
