// Tests of the structured training pieces: Viterbi's BIO guarantee, learned transitions,
// cost-augmented training, word-identity dropout, neighbour document features and the
// cross-validation pooling. Sentences are the invented ones of ner.testkit.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TAGS } from './conll.js';
import { DEFAULT_FEATURES, documentHints, transitionKey, wordInfo } from './features.js';
import { NP, NT, serializeModel, viterbi, withBio } from './perceptron.js';
import { crossValidate, DEFAULT_TRAIN, evaluate, poolScores, train } from './train.js';
import { tinyCorpus } from './ner.testkit.js';

const id = (t: string) => TAGS.indexOf(t);

/** A small seeded generator for the property tests. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

test('structured: Viterbi never puts I-X after O, after another type, or first', () => {
  const rand = lcg(7);
  const out = new Int32Array(30);
  for (let round = 0; round < 300; round++) {
    const n = 1 + Math.floor(rand() * 30);
    const emit = new Float64Array(n * NT);
    // Emissions that favour I- tags strongly, so that an unconstrained argmax would break BIO.
    for (let x = 0; x < emit.length; x++) emit[x] = rand() * 10 + ((x % NT) % 2 === 0 && x % NT > 0 ? 8 : 0);
    const trans = new Float64Array(NP * NT);
    for (let x = 0; x < trans.length; x++) trans[x] = rand() * 4 - 2;
    viterbi(n, emit, withBio(trans), out);
    for (let i = 0; i < n; i++) {
      const tag = TAGS[out[i]!]!;
      if (!tag.startsWith('I-')) continue;
      assert.ok(i > 0, `round ${round}: sentence opens with ${tag}`);
      const prev = TAGS[out[i - 1]!]!;
      assert.ok(prev === `B-${tag.slice(2)}` || prev === tag, `round ${round}: ${prev} then ${tag}`);
    }
  }
});

test('structured: training learns the transition rows', () => {
  const model = train(tinyCorpus(), { ...DEFAULT_TRAIN, epochs: 4, second: null });
  const st = model.stages[0]!;
  // The rows of the slots the corpus has (start, O, persons, organizations; its places are
  // one word, so nothing follows I-LOC and that row is pruned) are in the model.
  for (const p of [0, 1 + id('O'), 1 + id('B-PERS'), 1 + id('I-PERS'), 1 + id('B-ORG'), 1 + id('I-ORG')]) {
    assert.ok(st.index.get(transitionKey(p)) >= 0, `transition row ${p}`);
  }
  // Persons in the tiny corpus are two words: B-PERS → I-PERS beats B-PERS → O.
  const after = (p: string, t: string) => st.trans[(id(p) + 1) * NT + id(t)]!;
  assert.ok(after('B-PERS', 'I-PERS') > after('B-PERS', 'B-LOC'), `${after('B-PERS', 'I-PERS')} vs ${after('B-PERS', 'B-LOC')}`);
  // Forbidden pairs stay forbidden whatever was learned.
  assert.equal(after('O', 'I-PERS'), -Infinity);
  assert.equal(st.trans[id('I-LOC')], -Infinity);
});

test('structured: cost-augmented training and word dropout are deterministic and still learn', () => {
  const corpus = tinyCorpus();
  const plain = { ...DEFAULT_TRAIN, epochs: 4, second: null, margin: 0, dropWord: 0 };
  const costly = { ...plain, margin: 5, missCost: 2 };
  const dropping = { ...plain, dropWord: 0.3 };
  const a = serializeModel(train(corpus, costly));
  assert.deepEqual(a, serializeModel(train(corpus, costly)));
  assert.notDeepEqual(a, serializeModel(train(corpus, plain)));
  const d = serializeModel(train(corpus, dropping));
  assert.deepEqual(d, serializeModel(train(corpus, dropping)));
  assert.notDeepEqual(d, serializeModel(train(corpus, plain)));
  for (const opts of [costly, dropping]) {
    const f1 = evaluate(train(corpus, opts), corpus).micro.f1;
    assert.ok(f1 > 0.95, `training F1 ${f1}`);
  }
});

test('structured: neighbour document features score the same cached and key by key', () => {
  const corpus = tinyCorpus();
  const model = train(corpus, {
    ...DEFAULT_TRAIN,
    epochs: 2,
    second: { features: { ...DEFAULT_FEATURES, docTags: true, docContext: true }, folds: 2, window: 3 },
  });
  const sents = [['أعلنت', 'جمعية', 'الأمل', 'في', 'بنها', '.'], ['وصل', 'ماهر', 'الصباغ', 'إلى', 'بنها']].map((s) => s.map(wordInfo));
  const first = sents.map((s) => {
    const o = new Int32Array(s.length);
    model.stages[0]!.decode(s, null, o);
    return o;
  });
  const hints = documentHints(sents, first, Infinity);
  const stage = model.stages[1]!;
  for (const [j, s] of sents.entries()) {
    const a = new Float64Array(s.length * NT);
    const b = new Float64Array(s.length * NT);
    stage.emissions(s, hints[j]!, a);
    stage.emissionsByKeys(s, hints[j]!, b);
    for (let x = 0; x < a.length; x++) assert.ok(Math.abs(a[x]! - b[x]!) < 1e-3, `sentence ${j} cell ${x}: ${a[x]} vs ${b[x]}`);
  }
});

test('structured: cross-validation pools the counts of its folds', () => {
  const corpus = tinyCorpus();
  const opts = { ...DEFAULT_TRAIN, epochs: 2, second: null };
  const pooled = crossValidate(corpus, opts, 3, [0, 2]);
  assert.deepEqual([...pooled.keys()], [0, 2]);
  const s = pooled.get(0)!;
  // Every gold chunk of the corpus is in exactly one fold.
  const gold = evaluate(train(corpus, opts), corpus).micro.gold;
  assert.equal(s.micro.gold, gold);
  assert.ok(s.micro.f1 > 0.5, `cv F1 ${s.micro.f1}`);
  const two = poolScores([s, s]);
  assert.equal(two.micro.gold, 2 * s.micro.gold);
  assert.equal(two.micro.correct, 2 * s.micro.correct);
  assert.ok(Math.abs(two.micro.f1 - s.micro.f1) < 1e-12);
  for (const t of ['PERS', 'LOC', 'ORG', 'MISC']) assert.equal(two.types[t]!.gold, 2 * s.types[t]!.gold);
});
