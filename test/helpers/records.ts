import { sessionRecord, type CadenceSessionRecord, type HoldSessionRecord, type SessionRecord } from '../../src/session-record.js';
import { SessionStore } from '../../src/store/session-store.js';

/** A valid hold record starting at `startedAt` (ms), with optional pain scores. */
export function holdRecord(startedAt: number, pain?: { before: number | null; after: number | null }): SessionRecord {
  return sessionRecord<HoldSessionRecord>({
    kind: 'hold',
    exerciseId: 'quad-set',
    startedAt,
    endedAt: startedAt + 80_000,
    complete: true,
    planned: { holdS: 5, reps: 10, sets: 1, sides: 'one' },
    done: { reps: [[10]], timeUnderTensionS: 50 },
    ...(pain ? { pain } : {}),
  });
}

export function cadenceRecord(startedAt: number): SessionRecord {
  return sessionRecord<CadenceSessionRecord>({
    kind: 'cadence',
    exerciseId: 'run-cadence',
    startedAt,
    endedAt: startedAt + 1_800_000,
    complete: true,
    planned: { bpm: 170, durationS: null },
    done: { bpm: 172, durationS: 1800, beats: 5130 },
  });
}

/** A database name of its own for each test. */
export const testDbName = () => `kneebeat-test-${Math.random().toString(36).slice(2)}`;

export function deleteDb(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/**
 * A SessionStore on a database of its own for each test of the calling `describe`, deleted
 * after it. Read `.db` and `.store` inside the tests.
 */
export function useTestStore() {
  const current = { db: '', store: new SessionStore('unused') };
  beforeEach(() => {
    current.db = testDbName();
    current.store = new SessionStore(current.db);
  });
  afterEach(() => deleteDb(current.db));
  return current;
}
