/**
 * Kneebeat's IndexedDB database, opened so that a fault is an error the user can be told
 * about, never a hang:
 *
 * - an open that does not answer (a browser bug, or an upgrade blocked by another tab that
 *   never closes its connection) fails after `timeout` ms instead of waiting for good;
 * - when another tab upgrades the database we close our connection at once (`versionchange`),
 *   so its upgrade is never blocked by us; the next operation reopens;
 * - a database missing one of our object stores (made by an older version, or damaged) is
 *   repaired by an upgrade that adds it;
 * - an owner's `upgrade` step repairs data in the same upgrade (the session store re-keys ids
 *   that disagree with their record's start time and rebuilds its start-time index).
 *
 * Each store is used through idb-keyval's `UseStore` shape, so idb-keyval's functions work
 * on it. Writes the user was told are saved use `durability: 'strict'` (on disk, not in an OS
 * buffer).
 */
import type { UseStore } from 'idb-keyval';
import type { Milliseconds } from '../units.js';
import { StoreError } from './store-error.js';

/**
 * Our object stores: finished sessions, the index of their start times, running activities'
 * drafts, the days' state.
 */
export const STORE_NAMES = ['sessions', 'starts', 'drafts', 'days'] as const;
export type StoreName = (typeof STORE_NAMES)[number];

/** How long an open may take before the user is told storage is not answering. */
export const OPEN_TIMEOUT: Milliseconds = 3000;

export interface DatabaseOptions {
  timeout?: Milliseconds;
  /** Runs inside an upgrade, after missing stores are made: data repairs. */
  upgrade?: (transaction: IDBTransaction, oldVersion: number) => void;
}

export class Database {
  readonly name: string;
  readonly #timeout: Milliseconds;
  readonly #upgrade: DatabaseOptions['upgrade'];
  #db: Promise<IDBDatabase> | null = null;

  constructor(name: string, { timeout = OPEN_TIMEOUT, upgrade }: DatabaseOptions = {}) {
    this.name = name;
    this.#timeout = timeout;
    this.#upgrade = upgrade;
  }

  /** An idb-keyval store on one of our object stores; `strict` writes wait for the disk. */
  use(storeName: StoreName, durability: IDBTransactionDurability = 'default'): UseStore {
    return (mode, callback) => this.transaction([storeName], mode, (tx) => callback(tx.objectStore(storeName)), durability);
  }

  /** Runs `work` in one transaction over `storeNames`; failures come back as StoreErrors. */
  async transaction<T>(
    storeNames: StoreName[],
    mode: IDBTransactionMode,
    work: (tx: IDBTransaction) => T | PromiseLike<T>,
    durability: IDBTransactionDurability = 'default',
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        const db = await this.open();
        return await work(db.transaction(storeNames, mode, { durability }));
      } catch (error) {
        // A connection closed under us (by the browser, or for another tab's upgrade) is
        // dropped and the work tried once more on a fresh one.
        const closed = error instanceof DOMException && error.name === 'InvalidStateError';
        if (closed) this.#forget();
        if (closed && attempt === 0) continue;
        throw StoreError.from(error);
      }
    }
  }

  /** The open connection, opening (and repairing) the database when needed. */
  open(): Promise<IDBDatabase> {
    if (!this.#db) {
      const opening = this.#open();
      this.#db = opening;
      // A failed open is not kept: the next call tries again.
      opening.catch(() => {
        if (this.#db === opening) this.#db = null;
      });
    }
    return this.#db;
  }

  /** Closes the connection (the next call reopens). */
  async close() {
    const db = this.#db;
    this.#db = null;
    try {
      (await db)?.close();
    } catch {
      // It never opened: nothing to close.
    }
  }

  #forget() {
    this.#db = null;
  }

  async #open(): Promise<IDBDatabase> {
    if (typeof indexedDB === 'undefined') {
      throw new StoreError('unavailable', 'This browser has no storage for Kneebeat (IndexedDB is missing).');
    }
    let db = await this.#request();
    if (STORE_NAMES.some((name) => !db.objectStoreNames.contains(name))) {
      // Repair: an upgrade adds whatever store is missing.
      const version = db.version;
      db.close();
      db = await this.#request(version + 1);
    }
    db.onversionchange = () => {
      // Another tab needs a newer version: step aside; our next operation reopens.
      db.close();
      this.#forget();
    };
    db.onclose = () => this.#forget();
    return db;
  }

  #request(version?: number): Promise<IDBDatabase> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const request = version === undefined ? indexedDB.open(this.name) : indexedDB.open(this.name, version);
      const timer = setTimeout(() => {
        settled = true;
        reject(new StoreError('timeout', "This device's storage is not answering (another Kneebeat tab may be updating it)."));
      }, this.#timeout);
      request.onupgradeneeded = (event) => {
        const upgrading = request.result;
        for (const name of STORE_NAMES) if (!upgrading.objectStoreNames.contains(name)) upgrading.createObjectStore(name);
        if (request.transaction) this.#upgrade?.(request.transaction, event.oldVersion);
      };
      request.onsuccess = () => {
        clearTimeout(timer);
        // Answered after we gave up: close it, or it would block every later upgrade.
        if (settled) request.result.close();
        else resolve(request.result);
        settled = true;
      };
      request.onerror = () => {
        clearTimeout(timer);
        if (!settled) reject(request.error ?? new Error('the database could not be opened'));
        settled = true;
      };
    });
  }
}
