import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datesCompatible, monthDaysAgainst, MAX_EVENT_GAP_DAYS } from './story-dates.js';

test('event dates: same year and within the gap, month precision as a range', () => {
  assert.equal(datesCompatible('2023-06-08', '2023-06-08'), true);
  assert.equal(datesCompatible('2023-06-08', `2023-06-${String(8 + MAX_EVENT_GAP_DAYS).padStart(2, '0')}`), true);
  assert.equal(datesCompatible('2023-06-08', `2023-06-${String(9 + MAX_EVENT_GAP_DAYS).padStart(2, '0')}`), false);
  assert.equal(datesCompatible('2023-06', '2023-06-30'), true);
  assert.equal(datesCompatible('2022-06-08', '2023-06-08'), false);
  assert.equal(datesCompatible(null, '2023-06-08'), true);
});

test('month-days without a year against a dated report', () => {
  assert.equal(monthDaysAgainst(['--05-02'], '2025-05-04'), 'compatible');
  assert.equal(monthDaysAgainst(['--06-15'], '2025-05-04'), 'incompatible');
  assert.equal(monthDaysAgainst(['--06-15', '--05-03'], '2025-05-04'), 'compatible');
  // Across a year end: 30 December against 1 January.
  assert.equal(monthDaysAgainst(['--12-30'], '2025-01-01'), 'compatible');
  // Nothing to compare: no month-days, an unknown date, a month-precision date.
  assert.equal(monthDaysAgainst([], '2025-05-04'), null);
  assert.equal(monthDaysAgainst(undefined, '2025-05-04'), null);
  assert.equal(monthDaysAgainst(['--05-02'], null), null);
  assert.equal(monthDaysAgainst(['--05-02'], '2025-05'), null);
});
