/**
 * The little the program remembers besides the session log: the level reached and the
 * running-cadence baseline. Kept in localStorage on this device; where storage is blocked
 * (some embedded frames) it lives in memory for the visit.
 */
import type { Level } from '../../content/types.js';
import type { EpochMs, StepsPerMinute } from '../units.js';

export interface ProgramState {
  level: Level;
  /** When the user started the program (for the cadence plan's weeks). */
  startedAt: EpochMs;
  /** Own cadence, from tap tempo or typed; null until measured. */
  baselineCadence: StepsPerMinute | null;
}

const KEY = 'kneebeat-program';
let memory: ProgramState | null = null;

const isLevel = (n: unknown): n is Level => n === 1 || n === 2 || n === 3 || n === 4;

export function loadProgram(now: EpochMs = Date.now()): ProgramState {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<ProgramState> | null;
    if (parsed && isLevel(parsed.level)) {
      return {
        level: parsed.level,
        startedAt: typeof parsed.startedAt === 'number' ? parsed.startedAt : now,
        baselineCadence: typeof parsed.baselineCadence === 'number' ? parsed.baselineCadence : null,
      };
    }
  } catch {
    // Blocked or corrupt storage: fall back to what this visit knows.
  }
  return memory ?? { level: 1, startedAt: now, baselineCadence: null };
}

export function saveProgram(state: ProgramState) {
  memory = state;
  try {
    localStorage.setItem(KEY, JSON.stringify(state));
  } catch {
    // Kept in memory for this visit.
  }
}
