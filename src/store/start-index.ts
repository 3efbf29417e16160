/**
 * The start times of every stored session, kept beside the sessions in chunks of up to 8,192
 * numbers (`starts` store: chunk number → Float64Array), written in the same transaction as
 * the sessions they describe. Streaks, calendars and counts need only these: reading a few
 * typed arrays is ~50× cheaper than listing 75,000 keys, which took 0.3 s on this machine.
 *
 * The index is derived data: it is rebuilt from the sessions' keys (ids begin with the start
 * time) whenever the database is upgraded, and whenever its count disagrees with theirs (a
 * tab of an older version wrote sessions without it).
 */
import { promisifyRequest } from 'idb-keyval';
import type { EpochMs } from '../units.js';

const CHUNK = 8192;
const KEY = /^[0-9a-z]{9}-/;

/** The start time an id begins with, or null for a key that is not one of ours. */
export function startOfKey(key: IDBValidKey): EpochMs | null {
  return typeof key === 'string' && KEY.test(key) ? parseInt(key.slice(0, 9), 36) : null;
}

/** Appends `times` to the index, inside `tx` (which must include `starts` for readwrite). */
export function appendStarts(tx: IDBTransaction, times: readonly EpochMs[]) {
  if (!times.length) return;
  const starts = tx.objectStore('starts');
  starts.openCursor(null, 'prev').onsuccess = function () {
    const cursor = this.result;
    let key = 0;
    let pending = Float64Array.from(times);
    if (cursor) {
      const last = cursor.value as Float64Array;
      key = cursor.key as number;
      const room = CHUNK - last.length;
      if (room > 0) {
        const merged = new Float64Array(last.length + Math.min(room, pending.length));
        merged.set(last);
        merged.set(pending.subarray(0, room), last.length);
        starts.put(merged, key);
        pending = pending.subarray(room);
      }
      key++;
    }
    for (let i = 0; i < pending.length; i += CHUNK, key++) starts.put(pending.slice(i, i + CHUNK), key);
  };
}

/** Rewrites the index from the sessions' keys, inside `tx` (`sessions` and `starts`, readwrite). */
export function rebuildStarts(tx: IDBTransaction) {
  const starts = tx.objectStore('starts');
  tx.objectStore('sessions').getAllKeys().onsuccess = function () {
    starts.clear();
    const times: EpochMs[] = [];
    for (const key of this.result) {
      const time = startOfKey(key);
      if (time !== null) times.push(time);
    }
    appendStarts(tx, times);
  };
}

/** Every indexed start time. */
export async function readStarts(tx: IDBTransaction): Promise<EpochMs[]> {
  const chunks = (await promisifyRequest(tx.objectStore('starts').getAll())) as Float64Array[];
  const times: EpochMs[] = [];
  for (const chunk of chunks) for (const time of chunk) times.push(time);
  return times;
}
