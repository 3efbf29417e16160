/** Histories for the rules' tests: a fixed "today", scores and days counted back from it. */
import { emptyDay, type DayState } from '../../src/program/day-state.js';
import type { PainMoment, PainScore, ProgramHistory, RunOutcome } from '../../src/program/history.js';
import type { IntervalPlan } from '../../src/run/run-plan.js';
import { addDays, type DayKey } from '../../src/store/stats.js';

export const TODAY = '2026-11-21';
export const back = (days: number): DayKey => addDays(TODAY, -days);
/** Noon (or `hour`) of the day `days` before today, local time. */
export const at = (days: number, hour = 12) => Date.parse(`${back(days)}T${String(hour).padStart(2, '0')}:00:00`);

export const score = (days: number, pain: number, moment: PainMoment = 'after', hop = false): PainScore => ({
  day: back(days),
  at: at(days),
  pain,
  moment,
  hop,
});

/** The day `days` before today was followed by a worse morning (said at 7:00 the day after). */
export const worse = (days: number) => ({ day: back(days), at: at(days - 1, 7) });

/** Today's answers: the bend done and pain-free unless a test says otherwise. */
export const todayState = (change: Partial<DayState> = {}): DayState => ({ ...emptyDay(TODAY), readinessPain: 0, answeredAt: at(0, 8), ...change });

/** A history of a returning user with nothing to report, changed by `parts`. */
export function history(parts: Partial<ProgramHistory> = {}): ProgramHistory {
  return {
    today: TODAY,
    scores: [],
    routines: [],
    redFlagChecks: [],
    worseNextDay: [],
    runs: [],
    hops: [],
    seenClinicianAt: null,
    lastActiveDay: null,
    firstUse: false,
    todayState: todayState(),
    ...parts,
  };
}

/** A run `days` ago: complete, comfortable (after 2) unless changed. */
export const run = (days: number, plan: IntervalPlan | null, change: Partial<RunOutcome> = {}): RunOutcome => ({
  day: back(days),
  at: at(days, 7),
  plan,
  complete: true,
  bpm: 170,
  during: null,
  after: 2,
  nextDay: null,
  ...change,
});
