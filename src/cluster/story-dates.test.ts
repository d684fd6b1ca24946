import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateRange, datesCompatible, distinctEvents, monthDaysAgainst, MAX_EVENT_GAP_DAYS, rangesCompatible, type EventDay } from './story-dates.js';

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

test('distinct events: the most event dates that are pairwise incompatible', () => {
  const r = (iso: string): EventDay => dateRange(iso)!;
  assert.equal(distinctEvents([]), 0);
  // One meeting reported over three days, and its month: one event.
  assert.equal(distinctEvents([r('2023-06-08'), r('2023-06-09'), r('2023-06-11'), r('2023-06')]), 1);
  // Weekly briefings: each a week from the last.
  assert.equal(distinctEvents([r('2024-01-04'), r('2024-01-11'), r('2024-01-18'), r('2024-01-25')]), 4);
  // A month stands for any of its weeks, but is not another event beside them.
  assert.equal(distinctEvents([r('2024-01'), r('2024-01-04'), r('2024-01-25')]), 2);
  // The same day of another year is another event.
  assert.equal(distinctEvents([r('2021-06-28'), r('2022-06-28')]), 2);
  // Against the brute force (every subset) on random day ranges.
  let seed = 7;
  const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let t = 0; t < 200; t++) {
    const ranges: EventDay[] = [];
    for (let k = 1 + Math.floor(rnd() * 8); k > 0; k--) {
      const lo = 19000 + Math.floor(rnd() * 40);
      ranges.push({ lo, hi: lo + (rnd() < 0.3 ? Math.floor(rnd() * 20) : 0), year: rnd() < 0.8 ? 2022 : 2023 });
    }
    let best = 0;
    for (let mask = 1; mask < 1 << ranges.length; mask++) {
      const pick = ranges.filter((_, i) => mask & (1 << i));
      if (pick.every((a, i) => pick.every((b, j) => i === j || !rangesCompatible(a, b)))) best = Math.max(best, pick.length);
    }
    assert.equal(distinctEvents(ranges), best, JSON.stringify(ranges));
  }
});
