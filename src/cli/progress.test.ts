import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ProgressBar, PROGRESS_MIN_FILES } from './progress.js';

test('the progress bar draws on a terminal for long batches, and finishes with a newline', () => {
  const out: string[] = [];
  const bar = new ProgressBar((s) => out.push(s), true);
  for (let i = 1; i <= PROGRESS_MIN_FILES; i++) bar.update(i, PROGRESS_MIN_FILES, i * 1000);
  bar.finish();
  assert.ok(out.length >= 2);
  assert.match(out[out.length - 2]!, new RegExp(`\\[#+\\] ${PROGRESS_MIN_FILES}/${PROGRESS_MIN_FILES} files`));
  assert.equal(out[out.length - 1], '\n');
});

test('no bar off a terminal or for short batches', () => {
  const out: string[] = [];
  const off = new ProgressBar((s) => out.push(s), false);
  off.update(100, 100, 1);
  off.finish();
  const short = new ProgressBar((s) => out.push(s), true);
  short.update(3, 3, 1);
  short.finish();
  assert.deepEqual(out, []);
});
