// A first-order structured perceptron over BIO tags: weights per hashed feature key and
// tag, Viterbi decoding restricted to valid BIO sequences (I-X only after B-X or I-X),
// and the model file. Training (averaged, Collins 2002) is in train.ts; this module is
// what tagging needs plus the update step training shares, gathered from:
//   viterbi.ts     the BIO tag space and Viterbi decoding
//   key-index.ts   the key → weight-row hash map
//   stage.ts       one trained stage: weights and cached emission scoring
//   model-file.ts  the model and its file format
// Importers keep using this module; the parts are split only to keep each one readable.
export { ALLOWED, NP, NT, viterbi, withBio } from './viterbi.js';
export { KeyIndex } from './key-index.js';
export { Stage } from './stage.js';
export { parseModel, serializeModel, type Model } from './model-file.js';
