/**
 * The session log on this device: IndexedDB through idb-keyval, in a database of our own
 * (`kneebeat`, object store `sessions`) so an embedding site's data is never touched.
 *
 * One key per record (its sortable id), written with `add`, which refuses to overwrite: two
 * tabs saving at once both keep their records, and an import can never replace what is there.
 * Records that fail validation on read are skipped and counted, never a crash.
 */
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import type { SessionRecord } from '../session-record.js';
import type { EpochMs } from '../units.js';
import { StoreError } from './store-error.js';
import { validateRecord } from './validate.js';

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

export interface ImportReport {
  added: number;
  duplicates: number;
  rejected: number;
  /** Up to ten reasons, for the user. */
  reasons: string[];
}

export type SaveOutcome = 'added' | 'duplicate';

/** Largest import accepted, in characters. */
const MAX_IMPORT = 20_000_000;
const CHANNEL = 'kneebeat-sessions';
const KEY = /^[0-9a-z]{9}-/;

/** The id's time prefix for `time`: ids sort by start time, so a date range is a key range. */
const timePrefix = (time: EpochMs) => Math.max(0, Math.floor(time)).toString(36).padStart(9, '0');

export class SessionStore {
  readonly dbName: string;
  readonly storeName: string;
  #use: UseStore | null = null;
  #askedToPersist = false;
  readonly #local = new EventTarget();
  #channel: BroadcastChannel | null = null;

  constructor(dbName = 'kneebeat', storeName = 'sessions') {
    this.dbName = dbName;
    this.storeName = storeName;
  }

  /** Adds one record; never overwrites one with the same id. */
  async add(record: SessionRecord): Promise<SaveOutcome> {
    const checked = validateRecord(record);
    if (!checked.ok) throw new StoreError('failed', `The session record is not valid: ${checked.reason}.`);
    const [outcome] = await this.#addAll([checked.record]);
    this.#changed();
    void this.#askToPersist();
    return outcome!;
  }

  async list(filter: ListFilter = {}): Promise<ListResult> {
    const range =
      filter.from !== undefined || filter.to !== undefined
        ? IDBKeyRange.bound(timePrefix(filter.from ?? 0), timePrefix(filter.to ?? 7258118400000), false, true)
        : undefined;
    const values = await this.#run('readonly', (store) => promisifyRequest(store.getAll(range)));
    const records: SessionRecord[] = [];
    let skipped = 0;
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
    return { records, skipped };
  }

  /**
   * Start times of every stored session, read from the keys alone (ids begin with the start
   * time): streaks and calendars need no record loaded, which keeps years of history fast.
   */
  async startTimes(): Promise<EpochMs[]> {
    const keys = await this.#run('readonly', (store) => promisifyRequest(store.getAllKeys()));
    const times: EpochMs[] = [];
    for (const key of keys) {
      if (typeof key !== 'string' || !KEY.test(key)) continue;
      times.push(parseInt(key.slice(0, 9), 36));
    }
    return times;
  }

  /** Merges a JSON export (ours) by id: adds what is new, never changes what is stored. */
  async importJSON(text: string): Promise<ImportReport> {
    const report: ImportReport = { added: 0, duplicates: 0, rejected: 0, reasons: [] };
    const reject = (reason: string) => {
      report.rejected++;
      if (report.reasons.length < 10) report.reasons.push(reason);
    };
    if (text.length > MAX_IMPORT) throw new StoreError('failed', 'That file is too large to be a Kneebeat export.');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new StoreError('failed', 'That file is not a Kneebeat export (it is not JSON).');
    }
    const list = Array.isArray(parsed) ? parsed : (parsed as { records?: unknown })?.records;
    if (!Array.isArray(list)) throw new StoreError('failed', 'That file is not a Kneebeat export (no list of sessions).');
    const valid: SessionRecord[] = [];
    const seen = new Set<string>();
    list.forEach((item, index) => {
      const checked = validateRecord(item);
      if (!checked.ok) return reject(`session ${index + 1}: ${checked.reason}`);
      if (seen.has(checked.record.id)) {
        report.duplicates++;
        return;
      }
      seen.add(checked.record.id);
      valid.push(checked.record);
    });
    const outcomes = await this.#addAll(valid);
    for (const outcome of outcomes) report[outcome === 'added' ? 'added' : 'duplicates']++;
    if (report.added) {
      this.#changed();
      void this.#askToPersist();
    }
    return report;
  }

  /** Deletes every session (the UI asks for confirmation first). */
  async clear(): Promise<void> {
    await this.#run('readwrite', (store) => {
      store.clear();
      return promisifyRequest(store.transaction);
    });
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

  /** Adds records in one transaction; a record whose id is taken is a duplicate, not an error. */
  #addAll(records: readonly SessionRecord[]): Promise<SaveOutcome[]> {
    if (!records.length) return Promise.resolve([]);
    return this.#run('readwrite', (store) => {
      const outcomes: SaveOutcome[] = records.map(() => 'added');
      records.forEach((record, i) => {
        const request = store.add(record, record.id);
        request.onerror = (event) => {
          if (request.error?.name === 'ConstraintError') {
            outcomes[i] = 'duplicate';
            // Keep the transaction going: a duplicate must not undo the other records.
            event.preventDefault();
            event.stopPropagation();
          }
        };
      });
      return promisifyRequest(store.transaction).then(() => outcomes);
    });
  }

  async #run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => T | PromiseLike<T>): Promise<T> {
    try {
      if (typeof indexedDB === 'undefined') {
        throw new StoreError('unavailable', 'This browser has no storage for Kneebeat (IndexedDB is missing).');
      }
      this.#use ??= createStore(this.dbName, this.storeName);
      return await this.#use(mode, work);
    } catch (error) {
      // A failed open is cached by idb-keyval: drop it so a later try can succeed.
      this.#use = null;
      throw StoreError.from(error);
    }
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

/** The app's session log. */
export const sessionStore = new SessionStore();
