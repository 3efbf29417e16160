/**
 * History figures: streaks, adherence, today's count and a heat map from sessions' start times
 * (which the store reads from its keys alone, without loading records), and the pain trend
 * from records. Days are calendar days in the user's time zone (or the one given), so a streak
 * is not broken by a daylight-saving change or a late-evening session. Pure functions.
 *
 * A day counts when it has at least one recorded session, complete or not: a partial session
 * is still a day the work was done.
 */
import type { SessionRecord } from '../session-record.js';
import type { EpochMs } from '../units.js';

/** `YYYY-MM-DD`. */
export type DayKey = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The calendar day of `time` in `timeZone` (default: this device's). */
export function dayKey(time: EpochMs, timeZone?: string): DayKey {
  if (timeZone === undefined) {
    // The device's own zone: Date's local fields are ~20× faster than Intl, and years of
    // history means thousands of calls.
    const date = new Date(time);
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }
  const key = timeZone;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(key, format);
  }
  return format.format(time);
}

/**
 * `dayKey` for many times in this device's zone, most of them on the same few days (a log read
 * in order): the last day's bounds are kept, so a time on the same day costs two comparisons
 * instead of a Date and a string.
 */
export function dayKeyer(): (time: EpochMs) => DayKey {
  let from = Infinity;
  let to = -Infinity;
  let key = '';
  return (time) => {
    if (time < from || time >= to) {
      const date = new Date(time);
      const [y, m, d] = [date.getFullYear(), date.getMonth(), date.getDate()];
      // Each midnight made on its own: where a day starts at 01:00 (a clock change at
      // midnight), carrying the time of day over would start the next day an hour late.
      from = new Date(y, m, d).getTime();
      to = new Date(y, m, d + 1).getTime();
      key = dayKey(time);
    }
    return key;
  };
}

/** The first moment of a calendar day in this device's zone. */
export const startOfDay = (day: DayKey): EpochMs => Date.parse(`${day}T00:00:00`);

const DAY_MS = 86_400_000;

/**
 * A calendar day as a whole number (days from 1970-01-01 to that date), so streaks walk by ±1
 * instead of formatting and parsing date strings: five years of history is thousands of days.
 */
type DayNumber = number;

/**
 * A day key as a day number (UTC midnights are whole days apart: no time-zone shifts): the
 * routine's rotation counts calendar days with it, so it turns at local midnight.
 */
export function numberOfKey(day: DayKey): DayNumber {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

const keyOf = (day: DayNumber): DayKey => new Date(day * DAY_MS).toISOString().slice(0, 10);

function dayNumber(time: EpochMs, timeZone?: string): DayNumber {
  if (timeZone !== undefined) return numberOfKey(dayKey(time, timeZone));
  const date = new Date(time);
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS;
}

/** The day `n` days after `day` (calendar arithmetic, independent of time zones). */
export function addDays(day: DayKey, n: number): DayKey {
  return keyOf(numberOfKey(day) + n);
}

/** 0 = Monday … 6 = Sunday (day 0, 1970-01-01, was a Thursday). */
const weekdayOf = (day: DayNumber): number => (((day + 3) % 7) + 7) % 7;

const counted = new WeakMap<readonly EpochMs[], { zone: string | undefined; days: Map<DayNumber, number> }>();

/** Sessions per calendar day (remembered per array, so the summary and the heat map share one pass). */
function countByDay(startTimes: readonly EpochMs[], timeZone?: string): Map<DayNumber, number> {
  const cached = counted.get(startTimes);
  if (cached && cached.zone === timeZone) return cached.days;
  const days = new Map<DayNumber, number>();
  for (const time of startTimes) {
    const day = dayNumber(time, timeZone);
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  counted.set(startTimes, { zone: timeZone, days });
  return days;
}

export interface Summary {
  today: number;
  /** Days in a row with sessions, up to today — or up to yesterday while today is still open. */
  currentStreak: number;
  bestStreak: number;
  /** Share of the last 7 / 28 days (today included) with at least one session, 0–1. */
  adherence7: number;
  adherence28: number;
}

export function summarize(startTimes: readonly EpochMs[], now: EpochMs, timeZone?: string): Summary {
  const days = countByDay(startTimes, timeZone);
  const today = dayNumber(now, timeZone);
  let current = 0;
  for (let day = days.has(today) ? today : today - 1; days.has(day); day--) current++;
  let best = 0;
  for (const start of days.keys()) {
    // Not the first day of a run, or a day still to come (a clock set wrong): no streak starts there.
    if (days.has(start - 1) || start > today) continue;
    let length = 1;
    while (start + length <= today && days.has(start + length)) length++;
    best = Math.max(best, length);
  }
  const adherence = (n: number) => {
    let active = 0;
    for (let i = 0; i < n; i++) if (days.has(today - i)) active++;
    return active / n;
  };
  return {
    today: days.get(today) ?? 0,
    currentStreak: current,
    bestStreak: best,
    adherence7: adherence(7),
    adherence28: adherence(28),
  };
}

export interface HeatDay {
  day: DayKey;
  count: number;
  /** After today: shown empty, not as a missed day. */
  future: boolean;
}

/** `weeks` whole weeks (Monday to Sunday) ending with the current one, oldest first. */
export function heatMap(startTimes: readonly EpochMs[], now: EpochMs, weeks = 8, timeZone?: string): HeatDay[] {
  const days = countByDay(startTimes, timeZone);
  const today = dayNumber(now, timeZone);
  const lastSunday = today + 6 - weekdayOf(today);
  const first = lastSunday - (weeks * 7 - 1);
  return Array.from({ length: weeks * 7 }, (_, i) => {
    const day = first + i;
    return { day: keyOf(day), count: days.get(day) ?? 0, future: day > today };
  });
}

export interface PainPoint {
  day: DayKey;
  before: number | null;
  after: number | null;
}

/** Daily average pain before and after, for days that have any, over the last `days` days. */
export function painTrend(records: readonly SessionRecord[], now: EpochMs, days = 28, timeZone?: string): PainPoint[] {
  const today = dayKey(now, timeZone);
  const first = addDays(today, -(days - 1));
  const byDay = new Map<DayKey, SessionRecord[]>();
  for (const record of records) {
    if (!record.pain) continue;
    const day = dayKey(record.startedAt, timeZone);
    const list = byDay.get(day);
    if (list) list.push(record);
    else byDay.set(day, [record]);
  }
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);
  return [...byDay.entries()]
    .filter(([day]) => day >= first && day <= today)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, list]) => ({
      day,
      before: mean(list.map((r) => r.pain!.before).filter((v): v is number => v !== null)),
      after: mean(list.map((r) => r.pain!.after).filter((v): v is number => v !== null)),
    }));
}
