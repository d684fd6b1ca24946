import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync, gzipSync } from 'node:zlib';
import { TAGS } from './conll.js';
import { DEFAULT_FEATURES, documentHints, wordInfo } from './features.js';
import { ALLOWED, KeyIndex, NP, NT, parseModel, serializeModel, Stage, viterbi, withBio } from './perceptron.js';
import { train, DEFAULT_TRAIN } from './train.js';
import { tinyCorpus } from './ner.testkit.js';

const id = (t: string) => TAGS.indexOf(t);

test('perceptron: KeyIndex maps keys to rows and grows', () => {
  const ix = new KeyIndex(4);
  for (let k = 1; k <= 5000; k++) assert.equal(ix.add(k * 2654435761 >>> 0 || 1), k - 1);
  for (let k = 1; k <= 5000; k++) assert.equal(ix.get(k * 2654435761 >>> 0 || 1), k - 1);
  assert.equal(ix.get(123456789), -1);
  assert.equal(ix.size, 5000);
  assert.equal(ix.keys()[0], 2654435761);
});

test('perceptron: BIO allows I-X only after B-X or I-X', () => {
  const allowed = (p: string | null, t: string) => ALLOWED[(p === null ? 0 : id(p) + 1) * NT + id(t)] === 1;
  assert.ok(allowed(null, 'B-PERS'));
  assert.ok(!allowed(null, 'I-PERS'));
  assert.ok(allowed('B-LOC', 'I-LOC'));
  assert.ok(allowed('I-LOC', 'I-LOC'));
  assert.ok(!allowed('B-LOC', 'I-ORG'));
  assert.ok(!allowed('O', 'I-MISC'));
  assert.ok(allowed('I-ORG', 'B-ORG'));
});

test('perceptron: Viterbi picks the best valid path, not the best tag per token', () => {
  // Token 0 prefers O slightly, token 1 strongly prefers I-PERS: greedy would give O I-PERS,
  // which BIO forbids; the best valid path is B-PERS I-PERS.
  const emit = new Float64Array(2 * NT);
  emit[id('O')] = 1;
  emit[id('B-PERS')] = 0.5;
  emit[NT + id('I-PERS')] = 5;
  emit[NT + id('O')] = 0;
  const trans = withBio(new Float64Array(NP * NT));
  const out = new Int32Array(2);
  viterbi(2, emit, trans, out);
  assert.deepEqual([...out].map((t) => TAGS[t]), ['B-PERS', 'I-PERS']);
  // A transition weight can change the answer.
  const emit2 = new Float64Array(1 * NT);
  emit2[id('O')] = 1;
  emit2[id('B-LOC')] = 0.9;
  const trans2 = new Float64Array(NP * NT);
  trans2[0 * NT + id('B-LOC')] = 0.5; // sentence start → B-LOC
  viterbi(1, emit2, withBio(trans2), out);
  assert.equal(TAGS[out[0]!], 'B-LOC');
});

test('perceptron: cached emission scores equal key-by-key scores', () => {
  const corpus = tinyCorpus();
  const model = train(corpus, {
    ...DEFAULT_TRAIN,
    epochs: 3,
    features: { ...DEFAULT_FEATURES, bigrams: true, ngrams: 3, contextAffixes: true },
    second: { features: { ...DEFAULT_FEATURES, bigrams: true, docTags: true, stack: true }, folds: 2, window: 3 },
  });
  const sents = [['قال', 'نادر', 'الخياط', 'إن', 'جمعية', 'الأمل', 'في', 'قنا', '.'], ['نادر', 'وصل']].map((s) => s.map(wordInfo));
  const first = sents.map((s) => {
    const o = new Int32Array(s.length);
    model.stages[0]!.decode(s, null, o);
    return o;
  });
  const hints = documentHints(sents, first, Infinity);
  for (const [k, stage] of model.stages.entries()) {
    for (const [j, s] of sents.entries()) {
      const h = k === 0 ? null : hints[j]!;
      const a = new Float64Array(s.length * NT);
      const b = new Float64Array(s.length * NT);
      stage.emissions(s, h, a);
      stage.emissionsByKeys(s, h, b);
      for (let x = 0; x < a.length; x++) assert.ok(Math.abs(a[x]! - b[x]!) < 1e-3, `stage ${k} sentence ${j} cell ${x}: ${a[x]} vs ${b[x]}`);
    }
  }
});

test('perceptron: a model survives serialization, one stage or two', () => {
  for (const second of [null, { ...DEFAULT_TRAIN.second!, folds: 2 }]) {
    const model = train(tinyCorpus(), { ...DEFAULT_TRAIN, epochs: 2, second, oBias: 1.5 });
    const bytes = serializeModel({ ...model, meta: { note: 'test' } });
    const back = parseModel(bytes);
    assert.equal(back.stages.length, second === null ? 1 : 2);
    for (const [k, st] of back.stages.entries()) {
      const orig = model.stages[k]!;
      assert.deepEqual(st.keys, orig.keys);
      assert.deepEqual(st.weights, orig.weights);
      assert.deepEqual(st.features, orig.features);
      assert.equal(st.oBias, 1.5);
      assert.deepEqual(st.trans, orig.trans);
    }
    assert.equal(back.meta['note'], 'test');
  }
});

test('perceptron: the O bias lowers O at every token and can be undone', () => {
  const st = train(tinyCorpus(), { ...DEFAULT_TRAIN, epochs: 1, second: null, oBias: 0 }).stages[0]!;
  const before = Float64Array.from(st.trans);
  st.oBias = 3;
  for (let p = 0; p < NP; p++) {
    assert.equal(st.trans[p * NT], before[p * NT]! - 3);
    assert.equal(st.trans[p * NT + 1], before[p * NT + 1]);
  }
  st.oBias = 0;
  assert.deepEqual(st.trans, before);
});

test('perceptron: a file that is not a model is refused with a reason', () => {
  assert.throws(() => parseModel(Buffer.from('not gzip')), /not a gzip file/);
  const model = train(tinyCorpus(), { ...DEFAULT_TRAIN, epochs: 1 });
  const good = serializeModel(model);
  const raw = gunzipSync(good);
  assert.throws(() => parseModel(gzipSync(raw.subarray(0, raw.length - 7))), /truncated|trailing/);
  const bad = Buffer.from(raw);
  bad.writeUInt32LE(0, 0);
  assert.throws(() => parseModel(gzipSync(bad)), /not a rasd NER model/);
  assert.ok(new Stage(new Uint32Array(0), new Float32Array(0), DEFAULT_FEATURES).rows === 0);
});
