// Storage faults: an open that never answers, a blocked upgrade from another tab, a database
// missing its store, strict durability, records this version cannot read, forged ids.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { SESSION_SCHEMA_VERSION } from '../../src/session-record.js';
import { exportJSON } from '../../src/store/export.js';
import { SessionStore } from '../../src/store/session-store.js';
import { StoreError } from '../../src/store/store-error.js';
import { deleteDb, holdRecord, testDbName, useTestStore } from '../helpers/records.js';

const T0 = Date.UTC(2026, 10, 1, 9);
const DAY = 86_400_000;

/** Opens `name` at `version` (or its current one) and makes `stores` in an upgrade. */
function openRaw(name: string, version?: number, stores: string[] = []): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
    request.onupgradeneeded = () => stores.forEach((s) => request.result.objectStoreNames.contains(s) || request.result.createObjectStore(s));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('Session store faults', function () {
  this.timeout(30000);
  const t = useTestStore();
  afterEach(() => sinon.restore());

  it('fails an open that never answers after 3 s with a plain message, instead of hanging', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // An open request whose events never fire (a stuck browser, or an upgrade blocked for good).
    sinon.stub(indexedDB, 'open').returns({} as IDBOpenDBRequest);
    const saving = t.store.add(holdRecord(T0)).then(
      () => null,
      (error: unknown) => error,
    );
    let settled = false;
    void saving.then(() => (settled = true));
    await clock.tickAsync(2999);
    expect(settled).to.equal(false);
    await clock.tickAsync(1);
    const error = (await saving) as StoreError;
    expect(error).to.be.instanceOf(StoreError);
    expect(error.failure).to.equal('timeout');
    expect(error.message).to.match(/not answering/);
    expect(error.message).not.to.match(/DOMException|IDB/);
  });

  it('steps aside when another tab upgrades the database, and goes on working after it', async () => {
    await t.store.add(holdRecord(T0));
    const version = (await t.store.database.open()).version;
    // Another tab (here a second connection) needs a newer version: our open connection would
    // block it for good if we did not close on `versionchange`.
    const other = await openRaw(t.db, version + 1, ['extra']);
    expect(other.version).to.equal(version + 1);
    other.close();
    await t.store.add(holdRecord(T0 + DAY));
    expect((await t.store.list()).records).to.have.length(2);
  });

  it('goes on when its connection was closed under it (by the browser), without an error', async () => {
    (await t.store.database.open()).close();
    expect(await t.store.add(holdRecord(T0))).to.equal('added');
  });

  it('says plainly that storage is busy when another tab blocks its upgrade, and saves once it lets go', async () => {
    // A tab of an older version holds the database open and never closes on versionchange.
    const old = await openRaw(t.db, 1, ['sessions']);
    old.onversionchange = null;
    const store = new SessionStore(t.db, { timeout: 300 });
    const error = await store.add(holdRecord(T0)).then(
      () => null,
      (e: unknown) => e as StoreError,
    );
    expect(error?.failure).to.equal('timeout');
    old.close();
    // The next try opens (and upgrades) and saves.
    expect(await store.add(holdRecord(T0))).to.equal('added');
  });

  it('repairs a database that lacks its stores by an upgrade that adds them', async () => {
    (await openRaw(t.db, 3, ['something-else'])).close();
    expect(await t.store.add(holdRecord(T0))).to.equal('added');
    const db = await t.store.database.open();
    expect([...db.objectStoreNames].sort()).to.deep.equal(['days', 'drafts', 'sessions', 'something-else', 'starts']);
    expect(db.version).to.equal(4);
  });

  it('writes a session with strict durability (on disk when it says saved)', async () => {
    const transaction = sinon.spy(IDBDatabase.prototype, 'transaction');
    await t.store.add(holdRecord(T0));
    const write = transaction.getCalls().find((call) => call.args[1] === 'readwrite');
    expect(write?.args[2]).to.deep.equal({ durability: 'strict' });
  });

  it('exports every stored record, including ones this version cannot read, as stored', async () => {
    await t.store.add(holdRecord(T0));
    const db = await t.store.database.open();
    const future = { version: SESSION_SCHEMA_VERSION + 1, id: '00000000a-zz', kind: 'sprint', startedAt: T0, note: 'from a newer Kneebeat' };
    await new Promise((resolve) => {
      const tx = db.transaction('sessions', 'readwrite');
      tx.objectStore('sessions').put(future, future.id);
      tx.oncomplete = resolve;
    });
    expect((await t.store.list()).skipped).to.equal(1);
    const exported = JSON.parse(exportJSON(await t.store.stored()));
    expect(exported.records).to.have.length(2);
    expect(exported.records).to.deep.include(future);
  });

  it('re-keys imported records whose id disagrees with their start time, so streaks follow the records', async () => {
    const real = holdRecord(T0);
    // An id claiming today while the record says T0 - 30 days.
    const forged = { ...holdRecord(T0 - 30 * DAY), id: `${Date.now().toString(36).padStart(9, '0')}-forged1` };
    const report = await t.store.importJSON(exportJSON([real, forged as never]));
    expect(report.added).to.equal(2);
    expect(report.rekeyed).to.equal(1);
    expect((await t.store.startTimes()).sort()).to.deep.equal([T0 - 30 * DAY, T0]);
    const stored = (await t.store.list()).records.find((r) => r.id.endsWith('-forged1'))!;
    expect(stored.id.slice(0, 9)).to.equal((T0 - 30 * DAY).toString(36).padStart(9, '0'));
    // The same file again: the re-keyed record is recognised as already there.
    expect((await t.store.importJSON(exportJSON([real, forged as never]))).duplicates).to.equal(2);
  });

  it('refuses to store a record whose id disagrees with its start time', async () => {
    const forged = { ...holdRecord(T0), id: `${(T0 + DAY).toString(36).padStart(9, '0')}-abc` };
    const error = await t.store.add(forged).then(
      () => null,
      (e: unknown) => e as StoreError,
    );
    expect(error?.message).to.match(/id does not match startedAt/);
  });

  it('re-keys forged ids already stored by an older version when it upgrades the database', async () => {
    const name = testDbName();
    const forged = { ...holdRecord(T0 - 3 * DAY), id: `${T0.toString(36).padStart(9, '0')}-old1` };
    const old = await openRaw(name, 1, ['sessions']);
    await new Promise((resolve) => {
      const tx = old.transaction('sessions', 'readwrite');
      tx.objectStore('sessions').put(forged, forged.id);
      tx.oncomplete = resolve;
    });
    old.close();
    const store = new SessionStore(name);
    expect(await store.startTimes()).to.deep.equal([T0 - 3 * DAY]);
    expect((await store.list()).records).to.have.length(1);
    await store.database.close();
    await deleteDb(name);
  });

  it('keeps the start-time index with the sessions through saves, imports, recovery and clear', async () => {
    const first = holdRecord(T0);
    await t.store.add(first);
    // The import repeats `first`: a duplicate, which must not be indexed twice.
    await t.store.importJSON(exportJSON([holdRecord(T0 + DAY), holdRecord(T0 + 2 * DAY), first]));
    await t.store.saveDraft({ ...holdRecord(T0 + 3 * DAY), endedAt: T0 + 3 * DAY + 1000 });
    await t.store.recoverDrafts(() => false);
    expect((await t.store.startTimes()).sort()).to.deep.equal([T0, T0 + DAY, T0 + 2 * DAY, T0 + 3 * DAY]);
    expect(await t.store.verifyIndex()).to.equal(false);
    await t.store.clear();
    expect(await t.store.startTimes()).to.deep.equal([]);
  });

  it('rebuilds the start-time index when sessions were written without it (a tab of an older version)', async () => {
    await t.store.add(holdRecord(T0));
    const db = await t.store.database.open();
    const old = holdRecord(T0 - DAY);
    await new Promise((resolve) => {
      const tx = db.transaction('sessions', 'readwrite');
      tx.objectStore('sessions').add(old, old.id);
      tx.oncomplete = resolve;
    });
    expect(await t.store.startTimes()).to.deep.equal([T0]);
    expect(await t.store.verifyIndex()).to.equal(true);
    expect((await t.store.startTimes()).sort()).to.deep.equal([T0 - DAY, T0]);
  });
});
