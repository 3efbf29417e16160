/**
 * The little the program remembers besides the session log: the level reached and the
 * running-cadence baseline. Kept in localStorage on this device; where storage is blocked
 * (some embedded frames) it lives in memory for the visit.
 */
import type { Level } from '../../content/types.js';
import { LocalValue } from '../platform/local-value.js';
import type { EpochMs, StepsPerMinute } from '../units.js';

export interface ProgramState {
  level: Level;
  /** When the user started the program (for the cadence plan's weeks). */
  startedAt: EpochMs;
  /** Own cadence, from tap tempo or typed; null until measured. */
  baselineCadence: StepsPerMinute | null;
  /** When the baseline was measured: the cadence plan's weeks count from here. */
  baselineAt: EpochMs | null;
}

const isLevel = (n: unknown): n is Level => n === 1 || n === 2 || n === 3 || n === 4;

const stored = new LocalValue<Partial<ProgramState> & Pick<ProgramState, 'level'>>('kneebeat-program', (raw) =>
  isLevel(raw.level)
    ? {
        level: raw.level,
        ...(typeof raw.startedAt === 'number' ? { startedAt: raw.startedAt } : {}),
        baselineCadence: typeof raw.baselineCadence === 'number' ? raw.baselineCadence : null,
        baselineAt: typeof raw.baselineAt === 'number' ? raw.baselineAt : null,
      }
    : null,
);

export function loadProgram(now: EpochMs = Date.now()): ProgramState {
  const state = stored.read();
  const baselineCadence = state?.baselineCadence ?? null;
  // A baseline kept by an older version has no date: its plan counts from the program's start.
  const baselineAt = baselineCadence === null ? null : (state?.baselineAt ?? state?.startedAt ?? now);
  return { level: state?.level ?? 1, startedAt: state?.startedAt ?? now, baselineCadence, baselineAt };
}

export function saveProgram(state: ProgramState) {
  stored.write(state);
}
