import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isRasdError } from '../../errors.js';
import { tokenize } from '../../text/tokenize.js';
import { TAGS } from './conll.js';
import { serializeModel } from './perceptron.js';
import { defaultModelPath } from './paths.js';
import { loadTagger, readTagger } from './tagger.js';
import { DEFAULT_SECOND, DEFAULT_TRAIN, train } from './train.js';
import { tinyCorpus } from './ner.testkit.js';

const dir = mkdtempSync(path.join(tmpdir(), 'rasd-tagger-'));
const modelFile = path.join(dir, 'tiny.bin.gz');
writeFileSync(modelFile, serializeModel(train(tinyCorpus(), { ...DEFAULT_TRAIN, epochs: 8, second: null })));
// Two stages: on so small a corpus its jackknifed hints are noisy, so only its shape is tested.
const twoStageFile = path.join(dir, 'tiny2.bin.gz');
writeFileSync(twoStageFile, serializeModel(train(tinyCorpus(), { ...DEFAULT_TRAIN, epochs: 8, second: { ...DEFAULT_SECOND, folds: 2 } })));

test('tagger: one tag per token, punctuation included, across sentences', () => {
  const tagger = loadTagger(modelFile);
  const text = 'زار وائل الفخراني مدينة طنطا أمس. ووصل الوفد إلى قنا برئاسة سامي الحداد!';
  const tokens = tokenize(text);
  const tags = tagger.tag(tokens);
  assert.equal(tags.length, tokens.length);
  for (const t of tags) assert.ok(TAGS.includes(t), t);
  const by = (w: string) => tags[tokens.findIndex((t) => t.text === w)];
  assert.equal(by('وائل'), 'B-PERS');
  assert.equal(by('الفخراني'), 'I-PERS');
  assert.equal(by('طنطا'), 'B-LOC');
  assert.equal(by('.'), 'O');
  assert.equal(by('قنا'), 'B-LOC');
  assert.equal(by('سامي'), 'B-PERS');
});

test('tagger: tagWords and tagSentences agree with tag on the same words', () => {
  const tagger = loadTagger(modelFile);
  const words = ['قال', 'ماهر', 'الصباغ', 'إن', 'شركة', 'النسيم', 'ستفتح', 'فرعا', 'في', 'سوهاج', '.'];
  const a = tagger.tagWords(words);
  assert.deepEqual(a, ['O', 'B-PERS', 'I-PERS', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'O', 'B-LOC', 'O']);
  assert.deepEqual(tagger.tagSentences([words, ['عاد', 'ماهر']])[0], a);
  assert.deepEqual(tagger.tagWords([]), []);
  assert.deepEqual(tagger.tag([]), []);
});

test('tagger: a tag sequence is always valid BIO, with one stage or two', () => {
  const words = 'الفخراني الحداد الشروق في النسيم . الأمل قنا أسوان جمعية سامي'.split(' ');
  for (const file of [modelFile, twoStageFile]) {
    const tagger = loadTagger(file);
    assert.equal(tagger.model.stages.length, file === modelFile ? 1 : 2);
    const tokens = tokenize(words.join(' '));
    for (const tags of [tagger.tagWords(words), tagger.tag(tokens), ...tagger.tagSentences([words, words])]) {
      assert.equal(tags.length, words.length);
      for (let i = 0; i < tags.length; i++) {
        assert.ok(TAGS.includes(tags[i]!));
        if (!tags[i]!.startsWith('I-')) continue;
        const prev = tags[i - 1];
        assert.ok(prev === `B-${tags[i]!.slice(2)}` || prev === tags[i], `${prev} then ${tags[i]}`);
      }
    }
  }
});

test('tagger: a model is loaded once per file', () => {
  assert.equal(loadTagger(modelFile), loadTagger(modelFile));
  assert.equal(loadTagger(modelFile).file, modelFile);
});

test('tagger: a missing or broken model file is a clear error', () => {
  assert.throws(
    () => loadTagger(path.join(dir, 'none.bin.gz')),
    (e: unknown) => isRasdError(e) && e.code === 'NOT_FOUND' && e.message.includes('none.bin.gz'),
  );
  const junk = path.join(dir, 'junk.bin.gz');
  writeFileSync(junk, 'هذا ليس نموذجا');
  assert.throws(
    () => readTagger(junk),
    (e: unknown) => isRasdError(e) && e.code === 'UNREADABLE' && e.message.includes('junk.bin.gz'),
  );
});

test('tagger: the committed model finds the obvious in a sentence of our own', (t) => {
  if (!existsSync(defaultModelPath())) return t.skip(`no model at ${defaultModelPath()}: run node dist/src/extract/ner/train.js`);
  const tagger = loadTagger();
  assert.equal(tagger, loadTagger(defaultModelPath()));
  const text = 'وصل وزير الخارجية الفرنسي إلى القاهرة أمس، والتقى الرئيس المصري في قصر الاتحادية.';
  const tokens = tokenize(text);
  const tags = tagger.tag(tokens);
  assert.equal(tags.length, tokens.length);
  assert.equal(tags[tokens.findIndex((x) => x.text === 'القاهرة')], 'B-LOC');
  assert.equal(tags[tokens.findIndex((x) => x.text === '،')], 'O');
});
