import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { SessionStore } from '../../src/store/session-store.js';
import { StoreError } from '../../src/store/store-error.js';
import { exportJSON } from '../../src/store/export.js';
import { cadenceRecord, holdRecord, useTestStore } from '../helpers/records.js';
import type { HoldSessionRecord } from '../../src/session-record.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1, 9);

/** Runs `script` (a module body with `SessionStore` and `db` in scope) in a fresh same-origin frame. */
function inFrame<T>(db: string, body: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const id = Math.random().toString(36).slice(2);
    addEventListener('message', function listen(event) {
      if (event.data?.id !== id) return;
      removeEventListener('message', listen);
      frame.remove();
      if (event.data.error) reject(new Error(event.data.error));
      else resolve(event.data.result as T);
    });
    const storeUrl = new URL('../../src/store/session-store.js', import.meta.url).href;
    const recordsUrl = new URL('../helpers/records.js', import.meta.url).href;
    frame.srcdoc = `<script type="module">
      import { SessionStore } from '${storeUrl}';
      import { holdRecord } from '${recordsUrl}';
      const db = ${JSON.stringify(db)};
      try {
        const result = await (async () => { ${body} })();
        parent.postMessage({ id: '${id}', result }, '*');
      } catch (error) {
        parent.postMessage({ id: '${id}', error: String(error) }, '*');
      }
    </script>`;
    document.body.append(frame);
  });
}

describe('SessionStore (real IndexedDB)', function () {
  this.timeout(30000);
  const t = useTestStore();

  it('keeps records in a database of its own, one key per record, listed in time order', async () => {
    const late = holdRecord(T0 + DAY);
    const early = cadenceRecord(T0);
    expect(await t.store.add(late)).to.equal('added');
    expect(await t.store.add(early)).to.equal('added');
    const { records, skipped } = await t.store.list();
    expect(records.map((r) => r.id)).to.deep.equal([early.id, late.id]);
    expect(skipped).to.equal(0);
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).to.include(t.db);
  });

  it('filters by date range, kind and exercise', async () => {
    for (let d = 0; d < 10; d++) await t.store.add(d % 2 ? holdRecord(T0 + d * DAY) : cadenceRecord(T0 + d * DAY));
    expect((await t.store.list({ from: T0 + 2 * DAY, to: T0 + 5 * DAY })).records).to.have.length(3);
    expect((await t.store.list({ kind: 'hold' })).records).to.have.length(5);
    expect((await t.store.list({ exerciseId: 'run-cadence', from: T0 + 5 * DAY })).records).to.have.length(2);
  });

  it('never overwrites: the same id again is a duplicate and the stored record is unchanged', async () => {
    const record = holdRecord(T0);
    await t.store.add(record);
    expect(await t.store.add({ ...record, complete: false })).to.equal('duplicate');
    expect((await t.store.list()).records[0]!.complete).to.equal(true);
  });

  it('keeps its records across a reload (a new page with the same profile)', async () => {
    await t.store.add(holdRecord(T0));
    await t.store.add(holdRecord(T0 + 1000));
    const count = await inFrame<number>(t.db, `return (await new SessionStore(db).list()).records.length;`);
    expect(count).to.equal(2);
  });

  it('keeps all 200 when two pages each save 100 at the same time', async () => {
    const save100 = (offset: number) =>
      inFrame<number>(
        t.db,
        `const store = new SessionStore(db);
         await Promise.all(Array.from({ length: 100 }, (_, i) => store.add(holdRecord(${T0} + ${offset} + i * 60000))));
         return 100;`,
      );
    await Promise.all([save100(0), save100(30000)]);
    expect((await t.store.list()).records).to.have.length(200);
  });

  it('skips and counts stored values that fail validation, without failing the list', async () => {
    await t.store.add(holdRecord(T0));
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(t.db);
      open.onsuccess = () => {
        const tx = open.result.transaction('sessions', 'readwrite');
        tx.objectStore('sessions').put({ version: 1, id: 'junk', kind: 'hold' }, '000000000-junk');
        tx.oncomplete = () => (open.result.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
    });
    const { records, skipped } = await t.store.list();
    expect(records).to.have.length(1);
    expect(skipped).to.equal(1);
  });

  it('tells other tabs about new records', async () => {
    const other = new SessionStore(t.db);
    const changed = new Promise<void>((resolve) => {
      const stop = other.onChange(() => (stop(), resolve()));
    });
    await inFrame<number>(t.db, `await new SessionStore(db).add(holdRecord(${T0})); return 1;`);
    await changed;
  });

  describe('importJSON', () => {
    it('refuses sessions dated in the future, saying when, and shows dates not raw numbers in its reasons', async () => {
      const future = holdRecord(Date.parse('2150-06-01T09:00:00Z'));
      const tooEarly = { ...(holdRecord(T0) as HoldSessionRecord), startedAt: 5, id: '000000005-x' };
      const report = await t.store.importJSON(JSON.stringify([holdRecord(T0), future, tooEarly]));
      expect(report).to.include({ added: 1, rejected: 2 });
      expect(report.reasons[0]).to.equal('session 2: starts in the future (2150-06-01)');
      expect(report.reasons[1]).to.equal('session 3: startedAt (1970-01-01) is before 2000-01-01');
      for (const reason of report.reasons) expect(reason).to.not.match(/\d{9,}/);
    });

    it('merges an export by id with counts, and changes nothing already stored', async () => {
      const kept = holdRecord(T0);
      await t.store.add(kept);
      const fresh = [cadenceRecord(T0 + DAY), holdRecord(T0 + 2 * DAY)];
      const file = exportJSON([{ ...kept, complete: false }, ...fresh, fresh[0]!]);
      expect(await t.store.importJSON(file)).to.deep.equal({ added: 2, duplicates: 2, rejected: 0, rekeyed: 0, reasons: [] });
      const { records } = await t.store.list();
      expect(records).to.have.length(3);
      expect(records.find((r) => r.id === kept.id)!.complete).to.equal(true);
    });

    it('rejects malformed and hostile records, counts them, and stores only clean copies', async () => {
      const good = holdRecord(T0);
      const hostile = [
        JSON.parse(`{"__proto__": {"polluted": true}, "version": 1}`),
        { ...holdRecord(T0 + 1), constructor: { prototype: { polluted: true } } },
        { ...holdRecord(T0 + 2), id: 'x'.repeat(1_000_000) },
        { ...holdRecord(T0 + 3), exerciseId: 'A'.repeat(5000) },
        { ...holdRecord(T0 + 4), startedAt: '2026-11-01' },
        { ...holdRecord(T0 + 5), done: { reps: [['10']], timeUnderTensionS: 50 } },
        { ...holdRecord(T0 + 6), kind: 'script' },
        { ...holdRecord(T0 + 7), version: 99 },
        null,
        'just a string',
        [1, 2, 3],
      ];
      const withExtra = { ...holdRecord(T0 + 8), note: '<img src=x onerror=alert(1)>' };
      const report = await t.store.importJSON(JSON.stringify({ records: [good, withExtra, ...hostile] }));
      expect(report.added).to.equal(3); // good, withExtra (extra field dropped), and the constructor one (field dropped)
      expect(report.rejected).to.equal(hostile.length - 1);
      expect(report.reasons.length).to.be.within(1, 10);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      const { records } = await t.store.list();
      for (const record of records) {
        expect(Object.keys(record)).to.not.include.members(['note', 'constructor', '__proto__']);
        expect(Object.getPrototypeOf(record)).to.equal(Object.prototype);
      }
    });

    it('refuses a file that is not an export, with a clear message, storing nothing', async () => {
      for (const text of ['not json', '{"records": 5}', '42']) {
        const error = await t.store.importJSON(text).catch((e: unknown) => e);
        expect(error).to.be.instanceOf(StoreError);
        expect((error as StoreError).message).to.match(/not a Kneebeat export/);
      }
      expect((await t.store.list()).records).to.have.length(0);
    });
  });

  describe('failures', () => {
    afterEach(() => sinon.restore());

    it('reports blocked storage (private mode, third-party frame) as unavailable', async () => {
      sinon.stub(indexedDB, 'open').throws(new DOMException('The user denied permission to access the database.', 'SecurityError'));
      const error = (await t.store.add(holdRecord(T0)).catch((e: unknown) => e)) as StoreError;
      expect(error).to.be.instanceOf(StoreError);
      expect(error.failure).to.equal('unavailable');
      sinon.restore();
      // Once storage is back, the same store works again.
      expect(await t.store.add(holdRecord(T0))).to.equal('added');
    });

    it('tells an internal error and an interrupted save from blocked storage (never "private browsing" for them)', () => {
      const internal = StoreError.from(new DOMException('Internal error', 'UnknownError'));
      expect(internal.failure).to.equal('failed');
      expect(internal.message)
        .to.match(/internal error/)
        .and.not.match(/private/);
      const aborted = StoreError.from(new DOMException('The transaction was aborted', 'AbortError'));
      expect(aborted.failure).to.equal('failed');
      expect(aborted.message)
        .to.match(/interrupted/)
        .and.not.match(/private/);
      expect(StoreError.from(new DOMException('no', 'SecurityError')).message).to.match(/private browsing/);
    });

    it('repairs a record of ours whose end fell before its start (a clock stepped back), and stores it', async () => {
      const r = { ...(holdRecord(T0) as HoldSessionRecord), endedAt: T0 - 30_000, done: { reps: [[10]], timeUnderTensionS: 50 } };
      expect(await t.store.add(r)).to.equal('added');
      const [stored] = (await t.store.list()).records;
      expect(stored!.endedAt).to.equal(T0 + 50_000);
    });

    it('reports a full disk as quota', async () => {
      sinon.stub(IDBObjectStore.prototype, 'add').throws(new DOMException('Quota exceeded', 'QuotaExceededError'));
      const error = (await t.store.add(holdRecord(T0)).catch((e: unknown) => e)) as StoreError;
      expect(error.failure).to.equal('quota');
      expect(error.message).to.match(/out of storage/);
    });
  });
});
