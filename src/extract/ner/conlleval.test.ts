import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunks, score } from './conlleval.js';

const spans = (tags: string[]) => chunks(tags).map((c) => `${c.type}:${c.start}-${c.end}`);

test('conlleval: chunks of well-formed IOB2', () => {
  assert.deepEqual(spans(['B-PERS', 'I-PERS', 'O', 'B-LOC', 'B-LOC', 'I-LOC']), ['PERS:0-2', 'LOC:3-4', 'LOC:4-6']);
  assert.deepEqual(spans(['O', 'O']), []);
  assert.deepEqual(spans([]), []);
  assert.deepEqual(spans(['B-ORG']), ['ORG:0-1']);
});

test('conlleval: an I- after O starts a chunk, as conlleval does', () => {
  assert.deepEqual(spans(['O', 'I-LOC', 'I-LOC', 'O']), ['LOC:1-3']);
  assert.deepEqual(spans(['I-PERS']), ['PERS:0-1']);
});

test('conlleval: a change of type ends a chunk and starts another, B or I', () => {
  assert.deepEqual(spans(['B-PERS', 'I-LOC', 'I-LOC']), ['PERS:0-1', 'LOC:1-3']);
  assert.deepEqual(spans(['I-ORG', 'I-MISC', 'B-MISC']), ['ORG:0-1', 'MISC:1-2', 'MISC:2-3']);
});

test('conlleval: micro and per-type scores, computed by hand', () => {
  // gold: PERS 0-2, LOC 3-4 | ORG 0-3, LOC 4-5
  // guess: PERS 0-2 (right), LOC 3-4 (right) | ORG 0-2 (wrong end), LOC 4-5 (right), PERS 2-3 (spurious)
  const gold = [
    ['B-PERS', 'I-PERS', 'O', 'B-LOC'],
    ['B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-LOC'],
  ];
  const guess = [
    ['B-PERS', 'I-PERS', 'O', 'B-LOC'],
    ['B-ORG', 'I-ORG', 'B-PERS', 'O', 'B-LOC'],
  ];
  const s = score(gold, guess, ['PERS', 'LOC', 'ORG', 'MISC']);
  // guessed 5, gold 4, correct 3
  assert.equal(s.micro.guessed, 5);
  assert.equal(s.micro.gold, 4);
  assert.equal(s.micro.correct, 3);
  assert.equal(s.micro.precision, 3 / 5);
  assert.equal(s.micro.recall, 3 / 4);
  assert.ok(Math.abs(s.micro.f1 - (2 * 0.6 * 0.75) / 1.35) < 1e-12);
  assert.deepEqual([s.types['PERS']!.precision, s.types['PERS']!.recall], [0.5, 1]);
  assert.deepEqual([s.types['LOC']!.precision, s.types['LOC']!.recall, s.types['LOC']!.f1], [1, 1, 1]);
  assert.deepEqual([s.types['ORG']!.precision, s.types['ORG']!.recall, s.types['ORG']!.f1], [0, 0, 0]);
  // a type in neither is reported as zeros
  assert.deepEqual([s.types['MISC']!.gold, s.types['MISC']!.guessed, s.types['MISC']!.f1], [0, 0, 0]);
  assert.equal(s.tokens, 9);
  assert.equal(s.sentences, 2);
  assert.equal(s.accuracy, 8 / 9);
});

test('conlleval: I-after-O in a guess scores as a chunk of its own', () => {
  // gold LOC 1-3; guess O I-LOC I-LOC reads as LOC 1-3 too (non-strict): correct.
  const s1 = score([['O', 'B-LOC', 'I-LOC']], [['O', 'I-LOC', 'I-LOC']]);
  assert.equal(s1.micro.correct, 1);
  assert.equal(s1.micro.f1, 1);
  // gold PERS 0-3; guess B-PERS O I-PERS: two chunks PERS 0-1 and PERS 2-3, neither right.
  const s2 = score([['B-PERS', 'I-PERS', 'I-PERS']], [['B-PERS', 'O', 'I-PERS']]);
  assert.deepEqual([s2.micro.gold, s2.micro.guessed, s2.micro.correct], [1, 2, 0]);
  assert.equal(s2.micro.f1, 0);
});

test('conlleval: a type switch inside a guess splits it; the right-typed half can be right', () => {
  // gold: ORG 0-1, LOC 1-3. guess B-ORG I-LOC I-LOC reads as ORG 0-1 and LOC 1-3: both right.
  const s = score([['B-ORG', 'B-LOC', 'I-LOC']], [['B-ORG', 'I-LOC', 'I-LOC']]);
  assert.deepEqual([s.micro.gold, s.micro.guessed, s.micro.correct], [2, 2, 2]);
  // gold ORG 0-3; guess B-ORG I-ORG I-MISC: ORG 0-2 and MISC 2-3, neither right.
  const t = score([['B-ORG', 'I-ORG', 'I-ORG']], [['B-ORG', 'I-ORG', 'I-MISC']]);
  assert.deepEqual([t.micro.gold, t.micro.guessed, t.micro.correct], [1, 2, 0]);
  assert.equal(t.types['ORG']!.recall, 0);
  assert.equal(t.types['MISC']!.precision, 0);
});

test('conlleval: chunks do not run across sentences', () => {
  // The second sentence opens with I-PERS: its own chunk, not a continuation.
  const s = score([['B-PERS'], ['B-PERS']], [['B-PERS'], ['I-PERS']]);
  assert.equal(s.micro.correct, 2);
});

test('conlleval: nothing guessed and nothing gold gives zeros, not NaN', () => {
  const s = score([['O']], [['O']]);
  assert.deepEqual([s.micro.precision, s.micro.recall, s.micro.f1], [0, 0, 0]);
});

test('conlleval: mismatched lengths are an error', () => {
  assert.throws(() => score([['O']], []), /sentences/);
  assert.throws(() => score([['O', 'O']], [['O']]), /sentence 1/);
});
