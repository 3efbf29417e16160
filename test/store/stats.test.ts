import { expect } from '@open-wc/testing';
import { addDays, dayKey, heatMap, painTrend, summarize } from '../../src/store/stats.js';
import { holdRecord } from '../helpers/records.js';
import type { SessionRecord } from '../../src/session-record.js';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
/** Epoch ms of a wall-clock time in a zone, found by search (no library needed). */
function at(zone: string, year: number, month: number, date: number, h: number, min = 0): number {
  // Normalize (e.g. March 32nd → April 1st) first.
  const day = new Date(Date.UTC(year, month - 1, date));
  const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
  const target = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')} ${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
  const format = new Intl.DateTimeFormat('sv-SE', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  let guess = Date.UTC(y, m - 1, d, h, min);
  for (let i = 0; i < 4; i++) {
    const shown = format.format(guess);
    const [date, time] = shown.split(' ') as [string, string];
    const [sy, sm, sd] = date.split('-').map(Number) as [number, number, number];
    const [sh, smin] = time.split(':').map(Number) as [number, number];
    guess += Date.UTC(y, m - 1, d, h, min) - Date.UTC(sy, sm - 1, sd, sh, smin);
  }
  expect(format.format(guess)).to.equal(target);
  return guess;
}

const times = (records: SessionRecord[]) => records.map((r) => r.startedAt);

describe('session stats', () => {
  it('does calendar arithmetic on day keys across months and years', () => {
    expect(addDays('2026-02-28', 1)).to.equal('2026-03-01');
    expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2026-03-01', -1)).to.equal('2026-02-28');
  });

  it('gives the same day for the device zone whether or not it is named', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 7 * 3600_000) {
      expect(dayKey(t)).to.equal(dayKey(t, zone));
    }
  });

  it('counts a late-evening session on its local day, not the UTC one', () => {
    const lateEvening = at(NEW_YORK, 2026, 6, 30, 23, 30); // 03:30 UTC on July 1st
    expect(dayKey(lateEvening, NEW_YORK)).to.equal('2026-06-30');
    expect(dayKey(lateEvening, 'UTC')).to.equal('2026-07-01');
  });

  it('keeps a streak through the spring and autumn daylight-saving changes', () => {
    for (const [month, day] of [
      [3, 26],
      [10, 22],
    ] as const) {
      // One session a day at 07:00 local for 8 days across the change (Mar 29 / Oct 25, 2026 in Berlin).
      const records = Array.from({ length: 8 }, (_, i) => holdRecord(at(BERLIN, 2026, month, day + i, 7)));
      const now = at(BERLIN, 2026, month, day + 7, 20);
      const s = summarize(times(records), now, BERLIN);
      expect(s.currentStreak, `month ${month}`).to.equal(8);
      expect(s.bestStreak).to.equal(8);
      expect(s.today).to.equal(1);
    }
  });

  it('keeps a streak across a month end, and keeps it alive until today ends', () => {
    const days = [
      [1, 29],
      [1, 30],
      [1, 31],
      [2, 1],
      [2, 2],
    ] as const;
    const records = days.map(([m, d]) => holdRecord(at(BERLIN, 2026, m, d, 18)));
    // Morning of Feb 3rd, nothing yet today: the streak still stands.
    expect(summarize(times(records), at(BERLIN, 2026, 2, 3, 8), BERLIN).currentStreak).to.equal(5);
    // Feb 4th: Feb 3rd was missed.
    expect(summarize(times(records), at(BERLIN, 2026, 2, 4, 8), BERLIN).currentStreak).to.equal(0);
    expect(summarize(times(records), at(BERLIN, 2026, 2, 4, 8), BERLIN).bestStreak).to.equal(5);
  });

  it("finds the best run among several and counts today's sessions", () => {
    const ds = [1, 2, 3, 4, 6, 7, 10, 11, 12];
    const records = ds.map((d) => holdRecord(at(BERLIN, 2026, 5, d, 9)));
    records.push(holdRecord(at(BERLIN, 2026, 5, 12, 19)));
    const s = summarize(times(records), at(BERLIN, 2026, 5, 12, 21), BERLIN);
    expect(s).to.deep.include({ today: 2, currentStreak: 3, bestStreak: 4 });
  });

  it('counts no streak in days still to come (a session dated ahead by a wrong clock)', () => {
    const records = [1, 2, 20, 21, 22, 23, 24].map((d) => holdRecord(at(BERLIN, 2026, 5, d, 9)));
    const s = summarize(times(records), at(BERLIN, 2026, 5, 2, 21), BERLIN);
    expect(s).to.deep.include({ currentStreak: 2, bestStreak: 2 });
    // A run that began before today counts up to today only.
    expect(summarize(times([1, 2, 3, 4].map((d) => holdRecord(at(BERLIN, 2026, 5, d, 9)))), at(BERLIN, 2026, 5, 2, 21), BERLIN).bestStreak).to.equal(2);
  });

  it('gives adherence over the last 7 and 28 days, today included', () => {
    const records = [0, 1, 2, 5, 9, 20, 27, 28].map((back) => holdRecord(at(BERLIN, 2026, 11, 30, 9) - back * 86_400_000));
    const s = summarize(times(records), at(BERLIN, 2026, 11, 30, 12), BERLIN);
    expect(s.adherence7).to.be.closeTo(4 / 7, 1e-9);
    expect(s.adherence28).to.be.closeTo(7 / 28, 1e-9);
  });

  it('lays the heat map out in whole Monday-to-Sunday weeks ending this week', () => {
    const now = at(BERLIN, 2026, 11, 18, 12); // a Wednesday
    const map = heatMap(times([holdRecord(now), holdRecord(now - 3600_000)]), now, 8, BERLIN);
    expect(map).to.have.length(56);
    expect(map[0]!.day).to.equal('2026-09-28'); // a Monday
    expect(map.at(-1)!.day).to.equal('2026-11-22'); // the Sunday of this week
    expect(map.find((d) => d.day === '2026-11-18')!.count).to.equal(2);
    expect(map.filter((d) => d.future).map((d) => d.day)).to.deep.equal(['2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22']);
  });

  it('averages pain before and after per day, ignoring sessions without scores', () => {
    const day1 = at(BERLIN, 2026, 11, 1, 9);
    const records = [
      holdRecord(day1, { before: 4, after: 2 }),
      holdRecord(day1 + 3600_000, { before: 6, after: null }),
      holdRecord(day1 + 86_400_000),
      holdRecord(day1 + 2 * 86_400_000, { before: 3, after: 3 }),
    ];
    expect(painTrend(records, day1 + 3 * 86_400_000, 28, BERLIN)).to.deep.equal([
      { day: '2026-11-01', before: 5, after: 2 },
      { day: '2026-11-03', before: 3, after: 3 },
    ]);
  });
});
