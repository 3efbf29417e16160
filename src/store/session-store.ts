/**
 * The session log on this device: IndexedDB (through idb-keyval's functions on our own
 * `Database`, see database.ts), in a database of our own (`kneebeat`) so an embedding site's
 * data is never touched. Object stores:
 *
 * - `sessions`: finished sessions, one key per record (its sortable id), written with `add`,
 *   which refuses to overwrite: two tabs saving at once both keep their records, and an import
 *   can never replace what is there. Ids begin with the start time (checked on every write and
 *   re-keyed on import), so the time ranges that list them agree with the records.
 * - `starts`: the start times of every session (start-index.ts), kept in the same
 *   transactions, for streaks and calendars without loading records.
 * - `drafts`: the running activities' checkpoints; a draft whose activity died with its page
 *   becomes a partial session at the next start (`recoverDrafts`).
 * - `days`: the day's state kept by Today (readiness and pain answers).
 *
 * Records that fail validation on read are skipped and counted, never a crash; export keeps
 * them as they are stored.
 */
import { get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import { idTimePrefix, type PainScores, type SessionRecord } from '../session-record.js';
import type { EpochMs } from '../units.js';
import { Database, type DatabaseOptions, type StoreName } from './database.js';
import type { ImportReport } from './import-records.js';
import { rekeyed } from './rekey.js';
import { appendStarts, readStarts, rebuildStarts } from './start-index.js';
import { StoreError } from './store-error.js';
import { repairSpan, validateRecord } from './validate.js';

export type { ImportReport } from './import-records.js';

export interface ListFilter {
  /** Sessions that started at or after this time. */
  from?: EpochMs;
  /** Sessions that started before this time. */
  to?: EpochMs;
  kind?: SessionRecord['kind'];
  exerciseId?: string;
}

export interface ListResult {
  records: SessionRecord[];
  /** Stored values that failed validation and were left out. */
  skipped: number;
}

export type SaveOutcome = 'added' | 'duplicate';

export interface ImportOptions {
  /** Called as records are written: how many of how many. */
  onProgress?: (written: number, total: number) => void;
}

const CHANNEL = 'kneebeat-sessions';
/** Records written per transaction on import: small enough that no task runs long. */
const IMPORT_CHUNK = 2000;
/** Imports larger than this (characters) are parsed in a worker, off the page's main thread. */
const WORKER_IMPORT = 200_000;
/**
 * Records read (and checked) per step when listing: a year of sessions a day is one step, and
 * tens of thousands are many short steps with the page free between them, never one long task.
 */
const LIST_CHUNK = 1000;
/** Lets the page run (paint, input) between two steps of a long read. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The upgrade's data repairs: re-keys stored sessions whose id disagrees with their start time
 * (imports by versions that did not check), then rebuilds the start-time index from the keys.
 */
function repairSessions(tx: IDBTransaction, oldVersion: number) {
  if (oldVersion === 0) return;
  const sessions = tx.objectStore('sessions');
  sessions.openCursor().onsuccess = function () {
    const cursor = this.result;
    if (!cursor) {
      rebuildStarts(tx);
      return;
    }
    const fixed = rekeyed(cursor.value);
    if (fixed !== cursor.value) {
      cursor.delete();
      sessions.put(fixed, (fixed as { id: string }).id);
    }
    cursor.continue();
  };
}

/**
 * Adds `records` to `sessions` inside `tx` (a duplicate id is counted, not an error), then,
 * once every add has settled, indexes the start times of those added, in one append.
 */
function addRecords(tx: IDBTransaction, records: readonly SessionRecord[]): SaveOutcome[] {
  const store = tx.objectStore('sessions');
  const outcomes: SaveOutcome[] = records.map(() => 'added');
  let settled = 0;
  const settle = () => {
    if (++settled < records.length) return;
    appendStarts(
      tx,
      records.filter((_, i) => outcomes[i] === 'added').map((r) => r.startedAt),
    );
  };
  records.forEach((record, i) => {
    const request = store.add(record, record.id);
    request.onsuccess = settle;
    request.onerror = (event) => {
      if (request.error?.name !== 'ConstraintError') return;
      outcomes[i] = 'duplicate';
      // Keep the transaction going: a duplicate must not undo the other records.
      event.preventDefault();
      event.stopPropagation();
      settle();
    };
  });
  return outcomes;
}

export class SessionStore {
  readonly dbName: string;
  readonly database: Database;
  readonly #sessions: UseStore;
  readonly #drafts: UseStore;
  readonly #days: UseStore;
  #askedToPersist = false;
  readonly #local = new EventTarget();
  #channel: BroadcastChannel | null = null;

  constructor(dbName = 'kneebeat', options: Omit<DatabaseOptions, 'upgrade'> = {}) {
    this.dbName = dbName;
    this.database = new Database(dbName, { ...options, upgrade: repairSessions });
    this.#sessions = this.database.use('sessions');
    this.#drafts = this.database.use('drafts', 'strict');
    this.#days = this.database.use('days', 'strict');
  }

  /** Adds one record (and drops its draft, in the same transaction); never overwrites one with the same id. */
  async add(record: SessionRecord): Promise<SaveOutcome> {
    const checked = validateRecord(repairSpan(record));
    if (!checked.ok) throw new StoreError('failed', `The session record is not valid: ${checked.reason}.`);
    const [outcome] = await this.#addAll([checked.record], true);
    this.#changed();
    void this.#askToPersist();
    return outcome!;
  }

  /**
   * Adds pain scores to the stored record `id` (given after it was recorded): the scores given
   * replace theirs, the others (a score given during the session) stay. Resolves false when no
   * such record is stored.
   */
  async setPain(id: string, pain: Partial<PainScores>): Promise<boolean> {
    const changed = await this.database.transaction(
      ['sessions'],
      'readwrite',
      async (tx) => {
        const sessions = tx.objectStore('sessions');
        const checked = validateRecord(await promisifyRequest(sessions.get(id)));
        if (!checked.ok) return false;
        const amended = validateRecord({ ...checked.record, pain: { before: null, after: null, ...checked.record.pain, ...pain } });
        if (!amended.ok) throw new StoreError('failed', `The pain scores are not valid: ${amended.reason}.`);
        sessions.put(amended.record, id);
        await promisifyRequest(tx);
        return true;
      },
      'strict',
    );
    if (changed) this.#changed();
    return changed;
  }

  /** Keeps a running activity's checkpoint (a partial record), replacing its previous one. */
  async saveDraft(record: SessionRecord): Promise<void> {
    const checked = validateRecord(repairSpan(record));
    if (!checked.ok) throw new StoreError('failed', `The session record is not valid: ${checked.reason}.`);
    await set(checked.record.id, checked.record, this.#drafts);
  }

  /**
   * Moves the drafts of activities that are no longer running (their page was closed, crashed
   * or killed) into the log as partial sessions, and returns them. `isLive(draft)` says which
   * drafts belong to an activity still running in some tab.
   */
  async recoverDrafts(isLive: (draft: SessionRecord) => boolean): Promise<SessionRecord[]> {
    const recovered = await this.database.transaction(
      ['sessions', 'starts', 'drafts'],
      'readwrite',
      async (tx) => {
        const drafts = tx.objectStore('drafts');
        const [keys, values] = await Promise.all([promisifyRequest(drafts.getAllKeys()), promisifyRequest(drafts.getAll())]);
        const moved: SessionRecord[] = [];
        values.forEach((value, i) => {
          const checked = validateRecord(value);
          if (checked.ok && isLive(checked.record)) return;
          drafts.delete(keys[i]!);
          if (checked.ok) moved.push({ ...checked.record, complete: false });
        });
        // A draft whose finished session was stored after all (a race) counts as a duplicate.
        const outcomes = addRecords(tx, moved);
        await promisifyRequest(tx);
        return moved.filter((_, i) => outcomes[i] === 'added');
      },
      'strict',
    );
    if (recovered.length) this.#changed();
    return recovered;
  }

  /** The stored state of a day (Today's answers), or undefined. */
  getDay<T>(day: string): Promise<T | undefined> {
    return get<T>(day, this.#days);
  }

  putDay<T>(day: string, state: T): Promise<void> {
    return set(day, state, this.#days);
  }

  /**
   * Changes a day's stored state in one transaction (`change` gets what is stored, or
   * undefined, and returns the new state), so answers given in two places at once are both
   * kept; other views and tabs hear of it (`onChange`). Resolves to the state written.
   */
  async updateDay<T>(day: string, change: (stored: unknown) => T): Promise<T> {
    const written = await this.database.transaction(
      ['days'],
      'readwrite',
      async (tx) => {
        const days = tx.objectStore('days');
        const next = change(await promisifyRequest(days.get(day)));
        days.put(next, day);
        await promisifyRequest(tx);
        return next;
      },
      'strict',
    );
    this.#changed();
    return written;
  }

  /** The stored states of the days from `from` to `to` (`YYYY-MM-DD`, both included), by day. */
  async getDays(from: string, to: string): Promise<Map<string, unknown>> {
    const range = IDBKeyRange.bound(from, to);
    const [keys, values] = await this.#days('readonly', (store) =>
      Promise.all([promisifyRequest(store.getAllKeys(range)), promisifyRequest(store.getAll(range))]),
    );
    return new Map(keys.map((key, i) => [String(key), values[i]]));
  }

  async list(filter: ListFilter = {}): Promise<ListResult> {
    const upper = idTimePrefix(filter.to ?? 7258118400000);
    let lower = IDBKeyRange.bound(idTimePrefix(filter.from ?? 0), upper, false, true);
    const records: SessionRecord[] = [];
    let skipped = 0;
    // In steps of LIST_CHUNK records, each its own read, checked, then a pause for the page.
    for (;;) {
      const [keys, values] = await this.#sessions('readonly', (store) =>
        Promise.all([promisifyRequest(store.getAllKeys(lower, LIST_CHUNK)), promisifyRequest(store.getAll(lower, LIST_CHUNK))]),
      );
      for (const value of values) {
        const checked = validateRecord(value);
        if (!checked.ok) {
          skipped++;
          continue;
        }
        const r = checked.record;
        if (filter.from !== undefined && r.startedAt < filter.from) continue;
        if (filter.to !== undefined && r.startedAt >= filter.to) continue;
        if (filter.kind && r.kind !== filter.kind) continue;
        if (filter.exerciseId && r.exerciseId !== filter.exerciseId) continue;
        records.push(r);
      }
      if (keys.length < LIST_CHUNK) break;
      lower = IDBKeyRange.bound(keys.at(-1)!, upper, true, true);
      await yieldToPage();
    }
    return { records, skipped };
  }

  /**
   * Every stored value, readable or not, exactly as stored: what an export writes, so that
   * Export then Clear never deletes what this version cannot read (a newer version's records).
   */
  stored(): Promise<unknown[]> {
    return this.#sessions('readonly', (store) => promisifyRequest(store.getAll()));
  }

  /**
   * The log as a file to download: JSON (every stored value as it is) or CSV (the sessions this
   * version reads). Made in a worker where there is one — reading and writing a few hundred
   * thousand sessions takes seconds, which would freeze the page — else here.
   */
  async exportFile(format: 'json' | 'csv'): Promise<Blob> {
    const made =
      typeof Worker === 'function'
        ? await this.#inWorker<Blob | null>({ dbName: this.dbName, export: format }, (data) => ('exported' in data ? data.exported : undefined))
        : null;
    return made ?? this.exportHere(format);
  }

  /** `exportFile` on this thread (the worker's own path). */
  async exportHere(format: 'json' | 'csv'): Promise<Blob> {
    const { exportCSV, exportJSON } = await import('./export.js');
    const text = format === 'json' ? exportJSON(await this.stored()) : exportCSV((await this.list()).records);
    return new Blob([text], { type: format === 'json' ? 'application/json' : 'text/csv' });
  }

  /**
   * Start times of every stored session, from the start-time index (see start-index.ts):
   * streaks and calendars need no record loaded, which keeps years of history quick to open.
   */
  startTimes(): Promise<EpochMs[]> {
    return this.database.transaction(['starts'], 'readonly', readStarts);
  }

  /**
   * Checks the start-time index against the sessions (their count) and rebuilds it when they
   * disagree; true when it was rebuilt (figures read before are then out of date).
   */
  async verifyIndex(): Promise<boolean> {
    const [indexed, stored] = await this.database.transaction(['sessions', 'starts'], 'readonly', (tx) =>
      Promise.all([readStarts(tx).then((times) => times.length), promisifyRequest(tx.objectStore('sessions').count())]),
    );
    if (indexed === stored) return false;
    await this.database.transaction(['sessions', 'starts'], 'readwrite', (tx) => {
      rebuildStarts(tx);
      return promisifyRequest(tx);
    });
    this.#changed();
    return true;
  }

  /**
   * Merges a JSON export (ours, as text or as the picked file) by id: adds what is new, never
   * changes what is stored. Ids that disagree with their record's start time are re-keyed. A large file is parsed and written
   * by a worker, so the page stays responsive; records are written in chunks either way.
   */
  async importJSON(file: string | Blob, options: ImportOptions = {}): Promise<ImportReport> {
    const size = typeof file === 'string' ? file.length : file.size;
    if (size > WORKER_IMPORT && typeof Worker === 'function') {
      const report = await this.#importInWorker(file, options);
      if (report) {
        if (report.added) void this.#askToPersist();
        return report;
      }
    }
    return this.importHere(typeof file === 'string' ? file : await file.text(), options);
  }

  /** `importJSON` on this thread (the worker's own path, and the fallback where there is no worker). */
  async importHere(text: string, { onProgress }: ImportOptions = {}): Promise<ImportReport> {
    // Loaded with the first import: most visits never import.
    const { parseExport } = await import('./import-records.js');
    const { records, report } = parseExport(text);
    for (let i = 0; i < records.length; i += IMPORT_CHUNK) {
      const outcomes = await this.#addAll(records.slice(i, i + IMPORT_CHUNK), false);
      for (const outcome of outcomes) report[outcome === 'added' ? 'added' : 'duplicates']++;
      onProgress?.(Math.min(records.length, i + IMPORT_CHUNK), records.length);
    }
    if (report.added) {
      this.#changed();
      void this.#askToPersist();
    }
    return report;
  }

  /**
   * The import in a worker: its report, a StoreError for a bad file or a storage fault, or
   * null when no worker could run (a page that forbids workers): then the caller imports here.
   */
  #importInWorker(file: string | Blob, { onProgress }: ImportOptions): Promise<ImportReport | null> {
    // A Blob (a picked file) crosses as a handle; the worker reads it. (A string is copied.)
    return this.#inWorker<ImportReport | null>({ dbName: this.dbName, file }, (data) => {
      if ('progress' in data) onProgress?.(data.progress[0], data.progress[1]);
      return 'report' in data ? data.report : undefined;
    });
  }

  /**
   * Sends the store's worker one request; `answer` turns each reply into the result (undefined:
   * not the last reply yet). Resolves null when no worker can start (the caller works here).
   */
  #inWorker<T>(request: StoreWorkerRequest, answer: (data: StoreWorkerReply) => T | undefined): Promise<T | null> {
    return new Promise((resolve, reject) => {
      let worker: Worker;
      try {
        worker = new Worker(new URL('./import-worker.js', import.meta.url), { type: 'module' });
      } catch {
        resolve(null);
        return;
      }
      worker.onmessage = ({ data }: MessageEvent<StoreWorkerReply>) => {
        if ('failure' in data) {
          worker.terminate();
          reject(new StoreError(data.failure, data.message));
          return;
        }
        const result = answer(data);
        if (result === undefined) return;
        worker.terminate();
        resolve(result);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        worker.terminate();
        resolve(null);
      };
      worker.postMessage(request);
    });
  }

  /** Deletes every session (the UI asks for confirmation first). */
  async clear(): Promise<void> {
    await this.database.transaction(
      ['sessions', 'starts'],
      'readwrite',
      (tx) => {
        tx.objectStore('sessions').clear();
        tx.objectStore('starts').clear();
        return promisifyRequest(tx);
      },
      'strict',
    );
    this.#changed();
  }

  /** Calls `listener` when this tab or another changes the log; returns an unsubscribe. */
  onChange(listener: () => void): () => void {
    this.#local.addEventListener('change', listener);
    let channel: BroadcastChannel | null = null;
    if (typeof BroadcastChannel === 'function') {
      channel = new BroadcastChannel(`${CHANNEL}:${this.dbName}`);
      channel.onmessage = () => listener();
    }
    return () => {
      this.#local.removeEventListener('change', listener);
      channel?.close();
    };
  }

  /**
   * Adds records in one transaction that waits for the disk (strict durability); a record whose
   * id is taken is a duplicate, not an error. `finishing`: also drop each record's draft.
   */
  #addAll(records: readonly SessionRecord[], finishing: boolean): Promise<SaveOutcome[]> {
    if (!records.length) return Promise.resolve([]);
    const stores: StoreName[] = finishing ? ['sessions', 'starts', 'drafts'] : ['sessions', 'starts'];
    return this.database.transaction(
      stores,
      'readwrite',
      (tx) => {
        const outcomes = addRecords(tx, records);
        if (finishing) for (const record of records) tx.objectStore('drafts').delete(record.id);
        return promisifyRequest(tx).then(() => outcomes);
      },
      'strict',
    );
  }

  #changed() {
    this.#local.dispatchEvent(new Event('change'));
    if (typeof BroadcastChannel !== 'function') return;
    this.#channel ??= new BroadcastChannel(`${CHANNEL}:${this.dbName}`);
    this.#channel.postMessage('changed');
  }

  /** Ask once that the browser keep our data under storage pressure. */
  async #askToPersist() {
    if (this.#askedToPersist) return;
    this.#askedToPersist = true;
    try {
      if (navigator.storage?.persist && !(await navigator.storage.persisted())) await navigator.storage.persist();
    } catch {
      // Not granted or not supported: the data is still saved, just evictable.
    }
  }
}

/** What the page sends the import worker. */
/** What the page asks the store's worker: an import of a file, or an export to one. */
export type StoreWorkerRequest = { dbName: string; file: string | Blob } | { dbName: string; export: 'json' | 'csv' };

/** What the store's worker answers: import progress, then a report; or the exported file; or a failure. */
export type StoreWorkerReply =
  { progress: [written: number, total: number] } | { report: ImportReport } | { exported: Blob } | { failure: StoreError['failure']; message: string };

/** The app's session log. */
export const sessionStore = new SessionStore();
