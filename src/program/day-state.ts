/**
 * What Today remembers of a day besides its sessions: the readiness answers (pain at the small
 * knee bend, and at the retest after a warm-up), the next-morning answer about the session
 * before, the red-flag answers, and the end of the day's routine (pain after). Kept in
 * IndexedDB (the session store's `days` store) by calendar day, so it survives views, reloads
 * and restarts, and the rules can read the weeks before.
 */
import { repsDone, type SessionRecord } from '../session-record.js';
import type { DayKey } from '../store/stats.js';
import type { EpochMs } from '../units.js';
import type { RoutineItem } from './routine.js';

/** The 24-hour rule's answer: the knee this morning compared with before the last session. */
export type NextDayAnswer = 'better' | 'same' | 'worse';

export interface NextDay {
  /** The day of the session it is about. */
  about: DayKey;
  answer: NextDayAnswer;
  /** Pain this morning, 0–10. */
  pain: number;
  at: EpochMs;
}

/** One red-flag check: when, and the ids of the questions answered yes (none: all no). */
export interface RedFlagCheck {
  at: EpochMs;
  yes: string[];
}

export interface DayState {
  /** The calendar day, `YYYY-MM-DD`. */
  day: string;
  /** Pain at the small knee bend (0–10), once answered. */
  readinessPain: number | null;
  /** Pain at the bend retaken after the warm-up, once answered. */
  retestPain: number | null;
  /** The user chose the easier level instead of warming up and retesting. */
  choseEasier: boolean;
  /** When the readiness check was answered: the routine's start. */
  answeredAt: EpochMs | null;
  /** When the day's routine was finished, and the pain then. */
  finishedAt: EpochMs | null;
  painAfter: number | null;
  /** The next-morning answer about the last session, once given. */
  nextDay: NextDay | null;
  /** Red-flag checks taken this day, in order. */
  redFlags: RedFlagCheck[];
  /** The user said they have been seen by a clinician who lets them train: escalations before this are settled. */
  seenClinicianAt: EpochMs | null;
}

export const emptyDay = (day: string): DayState => ({
  day,
  readinessPain: null,
  retestPain: null,
  choseEasier: false,
  answeredAt: null,
  finishedAt: null,
  painAfter: null,
  nextDay: null,
  redFlags: [],
  seenClinicianAt: null,
});

const pain = (value: unknown): number | null => (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10 ? (value as number) : null);
const time = (value: unknown): EpochMs | null => (Number.isFinite(value) && (value as number) > 0 ? (value as number) : null);
const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9-]{1,64}$/;

function nextDay(raw: unknown): NextDay | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const answer = r.answer === 'better' || r.answer === 'same' || r.answer === 'worse' ? r.answer : null;
  const at = time(r.at);
  const score = pain(r.pain);
  if (typeof r.about !== 'string' || !DAY_KEY.test(r.about) || !answer || at === null || score === null) return null;
  return { about: r.about, answer, pain: score, at };
}

function redFlags(raw: unknown): RedFlagCheck[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((c: unknown) => {
    if (typeof c !== 'object' || c === null) return [];
    const { at, yes } = c as Record<string, unknown>;
    const when = time(at);
    if (when === null || !Array.isArray(yes) || !yes.every((id) => typeof id === 'string' && ID.test(id))) return [];
    return [{ at: when, yes: [...(yes as string[])] }];
  });
}

/** A stored day state, checked field by field; anything unreadable starts the day afresh. */
export function readDay(raw: unknown, day: string): DayState {
  if (typeof raw !== 'object' || raw === null) return emptyDay(day);
  const r = raw as Record<string, unknown>;
  if (r.day !== day) return emptyDay(day);
  return {
    day,
    readinessPain: pain(r.readinessPain),
    retestPain: pain(r.retestPain),
    choseEasier: r.choseEasier === true,
    answeredAt: time(r.answeredAt),
    finishedAt: time(r.finishedAt),
    painAfter: pain(r.painAfter),
    nextDay: nextDay(r.nextDay),
    redFlags: redFlags(r.redFlags),
    seenClinicianAt: time(r.seenClinicianAt),
  };
}

/**
 * A change to a day's state, merged into what is stored (in one transaction, so answers given
 * in two places at once are both kept): fields replace theirs, `redFlags` checks are added.
 */
export type DayChange = Partial<Omit<DayState, 'day' | 'redFlags'>> & { addRedFlags?: RedFlagCheck };

export function applyDayChange(state: DayState, change: DayChange): DayState {
  const { addRedFlags, ...fields } = change;
  return { ...state, ...fields, redFlags: addRedFlags ? [...state.redFlags, addRedFlags] : state.redFlags };
}

/** An exercise of today's routine is done (every rep), partial (some reps, or stopped), or to do. */
export type ItemStatus = 'done' | 'partial' | 'todo';

/**
 * Matches today's session records to the routine's items in order (the morning quad sets
 * take the first quad-set record, the evening round the next). Only a complete record makes an
 * item done; a session stopped or skipped through with some reps makes it partial; one with no
 * rep at all (stopped in the lead-in) changes nothing.
 */
export function itemStatuses(items: readonly RoutineItem[], todays: readonly SessionRecord[]): ItemStatus[] {
  const complete = new Map<string | null, number>();
  const partial = new Map<string | null, number>();
  for (const r of todays) {
    // A record of no exercise (a run, a routine) is counted under null, which no item has.
    if (r.complete) complete.set(r.exerciseId, (complete.get(r.exerciseId) ?? 0) + 1);
    else if (repsDone(r) > 0) partial.set(r.exerciseId, (partial.get(r.exerciseId) ?? 0) + 1);
  }
  const take = (counts: Map<string | null, number>, id: string) => {
    const left = counts.get(id) ?? 0;
    counts.set(id, left - 1);
    return left > 0;
  };
  return items.map((item) => {
    const id = item.exercise.id;
    if (take(complete, id)) return 'done';
    if (take(partial, id)) return 'partial';
    return 'todo';
  });
}
