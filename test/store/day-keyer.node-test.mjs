// dayKeyer (the fast dayKey for a log read in order) gives the same day as dayKey for every
// time, in zones with daylight-saving changes at 02:00, at midnight (no 00:00 that day) and
// none, in either direction. Node: the zone is set through TZ, which a browser cannot do.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';

const { dayKey, dayKeyer, startOfDay } = await import('../../build/src/store/stats.js');

const HOUR = 3_600_000;
const zoneBefore = process.env.TZ;

describe('dayKeyer', () => {
  after(() => {
    if (zoneBefore === undefined) delete process.env.TZ;
    else process.env.TZ = zoneBefore;
  });

  // Europe/Berlin: 02:00 → 03:00 in March; America/Santiago and America/Havana have changed at
  // midnight (the day starts at 01:00); Asia/Kolkata has none.
  for (const zone of ['UTC', 'Europe/Berlin', 'America/Santiago', 'America/Havana', 'Asia/Kolkata']) {
    it(`agrees with dayKey every 7 minutes over two years in ${zone}, forwards and backwards`, () => {
      process.env.TZ = zone;
      const start = Date.UTC(2025, 0, 1);
      const times = [];
      for (let t = start; t < start + 2 * 365 * 24 * HOUR; t += 7 * 60_000) times.push(t);
      for (const order of [times, [...times].reverse()]) {
        const keyOf = dayKeyer();
        const wrong = order.filter((t) => keyOf(t) !== dayKey(t));
        assert.deepEqual(
          wrong.slice(0, 3).map((t) => new Date(t).toISOString()),
          [],
        );
      }
    });

    it(`startOfDay is the first moment of the day in ${zone}`, () => {
      process.env.TZ = zone;
      for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2027, 0, 1); t += 5 * HOUR) {
        const day = dayKey(t);
        const first = startOfDay(day);
        assert.equal(dayKey(first), day);
        assert.notEqual(dayKey(first - 1), day);
      }
    });
  }
});
