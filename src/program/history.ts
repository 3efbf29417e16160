/**
 * The program's memory, as the rules read it: every pain score the app has collected (the
 * readiness bend, during an exercise or a run, after a session or a run, the next morning),
 * the days' routines, red-flag answers and runs — gathered from the session records and the
 * days' stored answers into one plain value. Pure: the caller reads the store.
 */
import type { Level } from '../../content/types.js';
import type { CadenceSessionRecord, SessionRecord } from '../session-record.js';
import type { IntervalPlan } from '../run/run-plan.js';
import { addDays, dayKey, type DayKey } from '../store/stats.js';
import type { EpochMs, StepsPerMinute } from '../units.js';
import type { DayState, NextDayAnswer, RedFlagCheck } from './day-state.js';
import { FIRST_USE_DAYS, HOP_LEVEL, type Pain } from './limits.js';

/** Where a score was given. */
export type PainMoment = 'bend' | 'before' | 'during' | 'after' | 'run-during' | 'run-after' | 'next-morning';

export interface PainScore {
  day: DayKey;
  at: EpochMs;
  pain: Pain;
  moment: PainMoment;
  /** Given while hopping (a hop exercise, or a routine at the hopping level): any pain is too much. */
  hop: boolean;
}

/** A day's routine: its level and whether every exercise of it was done. */
export interface RoutineDay {
  day: DayKey;
  level: Level;
  complete: boolean;
}

/** A run, as the running rules read it. */
export interface RunOutcome {
  day: DayKey;
  at: EpochMs;
  /** Walk/run intervals, or null for a continuous run. */
  plan: IntervalPlan | null;
  complete: boolean;
  /** Tempo it ended at. */
  bpm: StepsPerMinute;
  during: Pain | null;
  after: Pain | null;
  /** The next morning's answer about it, when given. */
  nextDay: NextDayAnswer | null;
}

/** A hop exercise's session: complete, and whether the knee was pain-free that day. */
export interface HopSession {
  exerciseId: string;
  day: DayKey;
  complete: boolean;
  painFree: boolean;
}

export interface ProgramHistory {
  today: DayKey;
  scores: PainScore[];
  routines: RoutineDay[];
  redFlagChecks: (RedFlagCheck & { day: DayKey })[];
  /** Days whose next morning was worse than before them (the 24-hour rule), and when that was said. */
  worseNextDay: { day: DayKey; at: EpochMs }[];
  runs: RunOutcome[];
  hops: HopSession[];
  /** The last time the user said a clinician has seen them and lets them train. */
  seenClinicianAt: EpochMs | null;
  /** The last day before today with any session (for the next-morning question). */
  lastActiveDay: DayKey | null;
  /** No session in the last FIRST_USE_DAYS: new, or back after a break. */
  firstUse: boolean;
  /** Today's stored answers. */
  todayState: DayState;
}

const clampLevel = (n: number): Level => Math.min(4, Math.max(1, Math.round(n))) as Level;

/**
 * What the session records say, gathered in one pass: the slow part with a long log, done once
 * per read (and in pieces, `addRecords` called chunk by chunk); `historyFrom` then adds the
 * days' answers, which change as the user answers, cheaply each time.
 */
export interface RecordPart {
  /** Scores given in the sessions, in record order. */
  scores: PainScore[];
  routines: RoutineDay[];
  runs: { record: CadenceSessionRecord; day: DayKey }[];
  hops: { exerciseId: string; day: DayKey; complete: boolean }[];
  /** The days with any session. */
  activeDays: Set<DayKey>;
}

export const emptyRecordPart = (): RecordPart => ({ scores: [], routines: [], runs: [], hops: [], activeDays: new Set() });

const score = (scores: PainScore[], day: DayKey, at: EpochMs, pain: Pain | null | undefined, moment: PainMoment, hop: boolean) => {
  if (typeof pain === 'number') scores.push({ day, at, pain, moment, hop });
};

/**
 * Adds records (oldest first, any kinds) to `part`. `isHop(exerciseId)` says which exercises
 * are hops; `dayOf` is the calendar day of a time (`dayKey`, or a faster one for sorted times).
 */
export function addRecords(
  part: RecordPart,
  records: readonly SessionRecord[],
  isHop: (exerciseId: string) => boolean,
  dayOf: (time: EpochMs) => DayKey = dayKey,
): RecordPart {
  const { scores } = part;
  for (const r of records) {
    const day = dayOf(r.startedAt);
    const p = r.pain;
    part.activeDays.add(day);
    if (r.kind === 'routine') {
      const level = clampLevel(r.planned.level);
      const hop = level >= HOP_LEVEL;
      part.routines.push({ day, level, complete: r.complete });
      score(scores, day, r.startedAt, p?.before, 'before', hop);
      score(scores, day, r.endedAt, p?.during, 'during', hop);
      score(scores, day, r.endedAt, p?.after, 'after', hop);
    } else if (r.kind === 'cadence') {
      part.runs.push({ record: r, day });
      score(scores, day, r.endedAt, p?.during, 'run-during', false);
      score(scores, day, r.endedAt, p?.after, 'run-after', false);
    } else {
      const hop = r.exerciseId !== null && isHop(r.exerciseId);
      score(scores, day, r.endedAt, p?.before, 'before', hop);
      score(scores, day, r.endedAt, p?.during, 'during', hop);
      score(scores, day, r.endedAt, p?.after, 'after', hop);
      if (hop) part.hops.push({ exerciseId: r.exerciseId!, day, complete: r.complete });
    }
  }
  return part;
}

/**
 * Builds the history from records (oldest or newest first, any kinds) and the days' states
 * (by day key, already read with `readDay`). `isHop(exerciseId)` says which exercises are hops.
 */
export function programHistory(
  records: readonly SessionRecord[],
  days: ReadonlyMap<DayKey, DayState>,
  today: DayKey,
  todayState: DayState,
  isHop: (exerciseId: string) => boolean,
): ProgramHistory {
  return historyFrom(addRecords(emptyRecordPart(), records, isHop), days, today, todayState);
}

/** The history from what the records say and the days' states (by day key, read with `readDay`). */
export function historyFrom(part: RecordPart, days: ReadonlyMap<DayKey, DayState>, today: DayKey, todayState: DayState): ProgramHistory {
  const scores = [...part.scores];
  const add = (day: DayKey, at: EpochMs, pain: Pain | null | undefined, moment: PainMoment) => score(scores, day, at, pain, moment, false);
  const allDays = new Map(days).set(today, todayState);
  // Each day's next-morning answer is about the day before it.
  const nextDayAbout = new Map<DayKey, NextDayAnswer>();
  for (const state of allDays.values()) if (state.nextDay) nextDayAbout.set(state.nextDay.about, state.nextDay.answer);
  const runs = part.runs.map(({ record, day }) => runOutcome(record, day, nextDayAbout.get(day) ?? null));

  const redFlagChecks: ProgramHistory['redFlagChecks'] = [];
  const worseNextDay: ProgramHistory['worseNextDay'] = [];
  const seenAt: EpochMs[] = [];
  for (const [day, state] of allDays) {
    // The retest after a warm-up replaces the first bend: the warm-up is what the bend waits for.
    add(day, state.answeredAt ?? Date.parse(`${day}T00:00:00`), state.retestPain ?? state.readinessPain, 'bend');
    add(day, state.finishedAt ?? Date.parse(`${day}T23:59:00`), state.painAfter, 'after');
    if (state.nextDay) {
      add(day, state.nextDay.at, state.nextDay.pain, 'next-morning');
      if (state.nextDay.answer === 'worse') worseNextDay.push({ day: state.nextDay.about, at: state.nextDay.at });
    }
    for (const check of state.redFlags) redFlagChecks.push({ ...check, day });
    if (state.seenClinicianAt !== null) seenAt.push(state.seenClinicianAt);
  }

  // A hop session was pain-free when every score of its day was 0 (and at least one was given),
  // and the next morning was not worse.
  const dayScores = groupBy(scores, (s) => s.day);
  const hops = part.hops.map((hop) => {
    const given = dayScores.get(hop.day);
    return { ...hop, painFree: !!given && given.every((s) => s.pain === 0) && !worseNextDay.some((w) => w.day === hop.day) };
  });

  // (Sorting keeps equal times in the order given: the records' scores, then the days'.)
  const byTime = <T extends { at: EpochMs }>(list: T[]) => list.sort((a, b) => a.at - b.at);
  const since = addDays(today, -FIRST_USE_DAYS);
  const activeDays = [...part.activeDays];
  return {
    today,
    scores: byTime(scores),
    routines: part.routines,
    redFlagChecks: byTime(redFlagChecks),
    worseNextDay,
    runs: byTime(runs),
    hops,
    seenClinicianAt: seenAt.length ? Math.max(...seenAt) : null,
    lastActiveDay:
      activeDays
        .filter((d) => d < today)
        .sort()
        .at(-1) ?? null,
    firstUse: !activeDays.some((d) => d > since),
    todayState,
  };
}

function runOutcome(r: CadenceSessionRecord, day: DayKey, nextDay: NextDayAnswer | null): RunOutcome {
  return {
    day,
    at: r.startedAt,
    plan: r.planned.intervals ?? null,
    complete: r.complete,
    bpm: r.done.bpm,
    during: r.pain?.during ?? null,
    after: r.pain?.after ?? null,
    nextDay,
  };
}

export function groupBy<T, K>(list: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of list) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
