import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { EntityType } from '../../types.js';
import { tokenize } from '../../text/tokenize.js';
import { carryWordTags, layout, projectMentions, recognizeSentences } from './recognizer.js';
import { serializeModel } from './perceptron.js';
import { loadTagger } from './tagger.js';
import { DEFAULT_TRAIN, train } from './train.js';
import { tinyCorpus } from './ner.testkit.js';

/** The span of the `nth` occurrence of `sub` in the laid-out text, as a mention of `type`. */
function at(text: string, sub: string, type: EntityType, nth = 0): { start: number; end: number; type: EntityType } {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(sub, i + 1);
    assert.ok(i >= 0, `'${sub}' not in the text`);
  }
  return { start: i, end: i + sub.length, type };
}

test('layout: words joined by spaces, sentences by line breaks, each word at its span', () => {
  const lay = layout([
    ['وصل', 'الوفد', '.'],
    ['ثم', 'غادر', '.'],
  ]);
  assert.equal(lay.text, 'وصل الوفد .\nثم غادر .');
  lay.spans.forEach((row, s) =>
    row.forEach(([a, b], i) => assert.equal(lay.text.slice(a, b), [['وصل', 'الوفد', '.'], ['ثم', 'غادر', '.']][s]![i])),
  );
});

test('projection: a mention that leaves the proclitic out still tags the whole word', () => {
  const lay = layout([['وصل', 'الوفد', 'بسوريا', 'أمس', '.']]);
  assert.deepEqual(projectMentions(lay, [at(lay.text, 'سوريا', 'LOC')]), [['O', 'O', 'B-LOC', 'O', 'O']]);
});

test('projection: two words in one mention are B- then I-, and PER is written PERS', () => {
  const lay = layout([['قال', 'سامي', 'الحداد', 'إن', 'الاجتماع', 'انتهى', '.']]);
  assert.deepEqual(projectMentions(lay, [at(lay.text, 'سامي الحداد', 'PER')]), [['O', 'B-PERS', 'I-PERS', 'O', 'O', 'O', 'O']]);
});

test('projection: a mention spanning punctuation tags the punctuation inside it', () => {
  const lay = layout([['أعلنت', 'جمعية', '«', 'الأمل', '»', 'عن', 'مشروع', '.']]);
  assert.deepEqual(projectMentions(lay, [at(lay.text, 'جمعية « الأمل »', 'ORG')]), [
    ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O'],
  ]);
});

test('projection: a word rasd cuts in two (punctuation attached) is tagged whole, once', () => {
  const lay = layout([['زار', 'القاهرة،', 'ثم', 'طنطا/بنها', '.']]);
  const tags = projectMentions(lay, [
    at(lay.text, 'القاهرة', 'LOC'),
    at(lay.text, 'طنطا', 'LOC'),
    at(lay.text, 'بنها', 'LOC'),
  ]);
  assert.deepEqual(tags, [['O', 'B-LOC', 'O', 'B-LOC', 'O']]);
});

test('projection: adjacent mentions stay two chunks; types MISC and ORG as they are', () => {
  const lay = layout([['مباراة', 'الشروق', 'النسيم', 'في', 'كأس', 'الوادي', '.']]);
  const tags = projectMentions(lay, [at(lay.text, 'الشروق', 'ORG'), at(lay.text, 'النسيم', 'ORG'), at(lay.text, 'كأس الوادي', 'MISC')]);
  assert.deepEqual(tags, [['O', 'B-ORG', 'B-ORG', 'O', 'B-MISC', 'I-MISC', 'O']]);
});

test('projection: a mention across a sentence break opens again with B- in the next sentence', () => {
  const lay = layout([
    ['التقى', 'هاني'],
    ['النجار', 'بالوفد', '.'],
  ]);
  assert.deepEqual(projectMentions(lay, [{ start: lay.text.indexOf('هاني'), end: lay.text.indexOf(' بالوفد'), type: 'PER' }]), [
    ['O', 'B-PERS'],
    ['B-PERS', 'O', 'O'],
  ]);
});

test('carryWordTags: a word cut into several tokens gives B- to its first and I- to the rest', () => {
  const lay = layout([['زار', 'القاهرة،', 'أمس']]);
  const tokens = tokenize(lay.text);
  assert.deepEqual(
    tokens.map((t) => t.text),
    ['زار', 'القاهرة', '،', 'أمس'],
  );
  assert.deepEqual(carryWordTags(lay, [['O', 'B-LOC', 'O']], tokens), ['O', 'B-LOC', 'I-LOC', 'O']);
});

const dir = mkdtempSync(path.join(tmpdir(), 'rasd-recognizer-'));
const modelFile = path.join(dir, 'tiny.bin.gz');
writeFileSync(modelFile, serializeModel(train(tinyCorpus(), { ...DEFAULT_TRAIN, epochs: 8, second: null })));

test('recognizeSentences: one tag per word for any document window, names found through the whole recognizer', () => {
  const tagger = loadTagger(modelFile);
  const sentences = [
    ['زار', 'سامي', 'الحداد', 'مدينة', 'طنطا', 'أمس', '.'],
    ['وصل', 'الوفد', 'إلى', 'قنا', 'برئاسة', 'هاني', 'النجار', '.'],
    ['أعلنت', 'جمعية', 'الأمل', 'عن', 'مشروع', 'جديد', 'في', 'سوهاج', '.'],
  ];
  for (const window of [1, 2, Infinity]) {
    for (const modelTags of ['words', 'tokens'] as const) {
      const tags = recognizeSentences(sentences, tagger, { window, modelTags });
      assert.deepEqual(
        tags.map((t) => t.length),
        sentences.map((s) => s.length),
        `window ${window}, ${modelTags}`,
      );
      assert.deepEqual(tags[0]!.slice(1, 3), ['B-PERS', 'I-PERS'], `window ${window}, ${modelTags}`);
      assert.deepEqual(tags[1]!.slice(5, 7), ['B-PERS', 'I-PERS'], `window ${window}, ${modelTags}`);
    }
  }
});

test('recognizeSentences: adjust sees each document and what it returns is projected', () => {
  const tagger = loadTagger(modelFile);
  const sentences = [['زار', 'سامي', 'الحداد', 'طنطا', '.'], ['ثم', 'عاد', '.']];
  const seen: number[] = [];
  const tags = recognizeSentences(sentences, tagger, {
    window: 1,
    adjust: (doc) => {
      seen.push(doc.layout.spans.length);
      assert.equal(doc.tags.length, doc.tokens.length);
      const i = doc.layout.text.indexOf('طنطا');
      return i < 0 ? [] : [{ start: i, end: i + 4, type: 'LOC' }];
    },
  });
  assert.deepEqual(seen, [1, 1]);
  assert.deepEqual(tags, [['O', 'O', 'O', 'B-LOC', 'O'], ['O', 'O', 'O']]);
});
