import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isRasdError } from '../../errors.js';
import { formatConll, parseConll, readConll, TAGS } from './conll.js';

test('conll: sentences split on blank lines, token and tag per line', () => {
  const text = 'زار B-PERS\nكريم I-PERS\nمدينة O\nطنطا B-LOC\n. O\n\nوصل O\nالوفد O\n';
  const s = parseConll(text, 'x.txt');
  assert.equal(s.length, 2);
  assert.deepEqual(s[0]!.words, ['زار', 'كريم', 'مدينة', 'طنطا', '.']);
  assert.deepEqual(s[0]!.tags, ['B-PERS', 'I-PERS', 'O', 'B-LOC', 'O']);
  assert.equal(s[0]!.line, 1);
  assert.deepEqual(s[1]!.words, ['وصل', 'الوفد']);
  assert.equal(s[1]!.line, 7);
});

test('conll: a BOM, CRLF, tabs, trailing blanks and repeated blank lines are tolerated', () => {
  const text = '\ufeffقال O \r\nسليم\tB-PERS\r\n\r\n   \r\n\r\nفي  O\t\r\nبنها B-LOC\r\n\r\n';
  const s = parseConll(text, 'x.txt');
  assert.equal(s.length, 2);
  assert.deepEqual(s[0]!.words, ['قال', 'سليم']);
  assert.deepEqual(s[0]!.tags, ['O', 'B-PERS']);
  assert.deepEqual(s[1]!.words, ['في', 'بنها']);
  assert.deepEqual(s[1]!.tags, ['O', 'B-LOC']);
});

test('conll: with more than two columns the tag is the last (CoNLL-2003 style)', () => {
  const s = parseConll('نادي NN B-ORG\nالشروق NN I-ORG\n');
  assert.deepEqual(s[0]!.words, ['نادي', 'الشروق']);
  assert.deepEqual(s[0]!.tags, ['B-ORG', 'I-ORG']);
});

test('conll: an empty text has no sentences', () => {
  assert.deepEqual(parseConll(''), []);
  assert.deepEqual(parseConll('\n\n\r\n'), []);
});

test('conll: a line with no tag names the file and the line', () => {
  assert.throws(
    () => parseConll('قال O\nسليم\n', 'data/a.txt'),
    (e: unknown) => isRasdError(e) && e.code === 'UNREADABLE' && /data\/a\.txt line 2/.test(e.message) && /no tag/.test(e.message),
  );
});

test('conll: an unknown tag names the file, the line and the tag', () => {
  assert.throws(
    () => parseConll('قال O\n\nسليم B-PER\n', 'b.txt'),
    (e: unknown) => isRasdError(e) && /b\.txt line 3/.test(e.message) && /unknown tag 'B-PER'/.test(e.message),
  );
  assert.throws(() => parseConll('سليم b-pers\n', 'b.txt'), /unknown tag/);
});

test('conll: readConll reads a file; a missing file is NOT_FOUND', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasd-conll-'));
  const f = path.join(dir, 'x.txt');
  writeFileSync(f, 'ذهب O\nهاني B-PERS\n');
  assert.equal(readConll(f).length, 1);
  assert.throws(
    () => readConll(path.join(dir, 'none.txt')),
    (e: unknown) => isRasdError(e) && e.code === 'NOT_FOUND',
  );
});

test('conll: formatConll writes what parseConll reads', () => {
  const s = [
    { words: ['عاد', 'ماهر', 'إلى', 'قنا'], tags: ['O', 'B-PERS', 'O', 'B-LOC'] },
    { words: ['انتهى'], tags: ['O'] },
  ];
  const back = parseConll(formatConll(s));
  assert.deepEqual(
    back.map((x) => ({ words: x.words, tags: x.tags })),
    s,
  );
});

test('conll: the tag set is O and B-/I- of the four ANERcorp types', () => {
  assert.deepEqual([...TAGS], ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC']);
});
