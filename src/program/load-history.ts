/**
 * Reads what the rules need from the session store: the records and the days' answers of the
 * last HISTORY_DAYS, into a ProgramHistory (history.ts). Today and the app's Run view both
 * plan from it.
 */
import type { SessionRecord } from '../session-record.js';
import type { SessionStore } from '../store/session-store.js';
import { addDays, dayKey, dayKeyer, startOfDay, type DayKey } from '../store/stats.js';
import type { EpochMs } from '../units.js';
import { readDay, type DayState } from './day-state.js';
import { addRecords, emptyRecordPart, historyFrom, type ProgramHistory, type RecordPart } from './history.js';
import { HOP_ORDER, REPEAT_FLARE_WINDOW_DAYS } from './limits.js';

/** Days of history read: the longest rule window (six weeks of flares) and the runs before it that place the walk/run plan. */
export const HISTORY_DAYS = Math.max(REPEAT_FLARE_WINDOW_DAYS, 90);
const DAY = 86_400_000;

export const isHop = (exerciseId: string) => HOP_ORDER.includes(exerciseId);

export interface StoredProgram {
  records: SessionRecord[];
  /** What the records say, gathered once: deciding again after an answer only adds the days'. */
  part: RecordPart;
  /** The days' stored answers before today (today's come separately: it may change). */
  days: Map<DayKey, DayState>;
  today: DayState;
}

/** Records gathered between pauses for the page: a long log must not hold the page for long. */
const PART_CHUNK = 2000;
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads the last HISTORY_DAYS of records and days' answers (throws a StoreError when storage fails). */
export async function readStoredProgram(store: SessionStore, now: EpochMs): Promise<StoredProgram> {
  const today = dayKey(now);
  const from = addDays(today, -HISTORY_DAYS);
  // A day more of records than of days: the id range is by UTC time, the days by local date.
  const [list, stored] = await Promise.all([store.list({ from: now - (HISTORY_DAYS + 1) * DAY }), store.getDays(from, today)]);
  const days = new Map<DayKey, DayState>();
  for (const [day, raw] of stored) if (day !== today) days.set(day, readDay(raw, day));
  const fromTime = startOfDay(from);
  const records = list.records.filter((r) => r.startedAt >= fromTime);
  const part = emptyRecordPart();
  const dayOf = dayKeyer();
  for (let i = 0; i < records.length; i += PART_CHUNK) {
    if (i) await yieldToPage();
    addRecords(part, records.slice(i, i + PART_CHUNK), isHop, dayOf);
  }
  return { records, part, days, today: readDay(stored.get(today), today) };
}

/** The history as the rules read it, with today's answers as they are now. */
export function historyOf(stored: StoredProgram, today: DayState): ProgramHistory {
  return historyFrom(stored.part, stored.days, today.day, today);
}
