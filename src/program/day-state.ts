/**
 * What Today remembers of a day besides its sessions: the readiness answer (pain at the small
 * knee bend) and the end of the day's routine (pain after). Kept in IndexedDB (the session
 * store's `days` store) by calendar day, so it survives views, reloads and restarts.
 */
import { repsDone, type SessionRecord } from '../session-record.js';
import type { EpochMs } from '../units.js';
import type { RoutineItem } from './routine.js';

export interface DayState {
  /** The calendar day, `YYYY-MM-DD`. */
  day: string;
  /** Pain at the small knee bend (0–10), once answered. */
  readinessPain: number | null;
  /** When the readiness check was answered: the routine's start. */
  answeredAt: EpochMs | null;
  /** When the day's routine was finished, and the pain then. */
  finishedAt: EpochMs | null;
  painAfter: number | null;
}

export const emptyDay = (day: string): DayState => ({ day, readinessPain: null, answeredAt: null, finishedAt: null, painAfter: null });

const pain = (value: unknown): number | null => (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10 ? (value as number) : null);
const time = (value: unknown): EpochMs | null => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null);

/** A stored day state, checked field by field; anything unreadable starts the day afresh. */
export function readDay(raw: unknown, day: string): DayState {
  if (typeof raw !== 'object' || raw === null) return emptyDay(day);
  const r = raw as Record<string, unknown>;
  if (r.day !== day) return emptyDay(day);
  return { day, readinessPain: pain(r.readinessPain), answeredAt: time(r.answeredAt), finishedAt: time(r.finishedAt), painAfter: pain(r.painAfter) };
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
  const complete = new Map<string, number>();
  const partial = new Map<string, number>();
  for (const r of todays) {
    if (!r.exerciseId) continue;
    if (r.complete) complete.set(r.exerciseId, (complete.get(r.exerciseId) ?? 0) + 1);
    else if (repsDone(r) > 0) partial.set(r.exerciseId, (partial.get(r.exerciseId) ?? 0) + 1);
  }
  const take = (counts: Map<string, number>, id: string) => {
    const left = counts.get(id) ?? 0;
    if (left > 0) counts.set(id, left - 1);
    return left > 0;
  };
  return items.map((item) => {
    const id = item.exercise.id;
    if (take(complete, id)) return 'done';
    if (take(partial, id)) return 'partial';
    return 'todo';
  });
}
