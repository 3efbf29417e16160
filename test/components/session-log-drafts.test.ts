// <knee-session-log> keeps running activities' drafts, recovers the drafts of pages that are
// gone, saves an activity removed mid-session, retries by itself, and asks before leaving.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../components/knee-session-log/knee-session-log.js';
import '../../components/knee-history/knee-history.js';
import type { KneeSessionLog } from '../../components/knee-session-log/knee-session-log.js';
import type { KneeHistory } from '../../components/knee-history/knee-history.js';
import { KneeSessionEvent, KneeSessionProgressEvent, type HoldSessionRecord } from '../../src/session-record.js';
import { holdRecord, useTestStore } from '../helpers/records.js';

/** A partial hold record: 3 of 10 reps, the last checkpoint `ago` ms ago. */
function draftOf(startedAt: number, ago = 0): HoldSessionRecord {
  const r = holdRecord(startedAt) as HoldSessionRecord;
  return { ...r, complete: false, endedAt: Date.now() - ago, done: { reps: [[3]], timeUnderTensionS: 15 } };
}

const leavePrevented = () => {
  const event = new Event('beforeunload', { cancelable: true });
  dispatchEvent(event);
  return event.defaultPrevented;
};

describe('<knee-session-log> drafts and recovery', function () {
  this.timeout(30000);
  const t = useTestStore();
  afterEach(() => sinon.restore());

  it('keeps the checkpoints of a running activity as a draft, asks before leaving, and drops the draft when the session is saved', async () => {
    const log = await fixture<KneeSessionLog>(html`<knee-session-log .store=${t.store}><p>activity</p></knee-session-log>`);
    const source = log.querySelector('p')!;
    const draft = draftOf(Date.now() - 20_000);
    source.dispatchEvent(new KneeSessionProgressEvent(draft));
    expect(log.active).to.equal(true);
    expect(leavePrevented()).to.equal(true);
    const db = await t.store.database.open();
    const stored = () =>
      new Promise<unknown[]>((resolve) => {
        const request = db.transaction('drafts').objectStore('drafts').getAll();
        request.onsuccess = () => resolve(request.result);
      });
    await waitUntil(async () => (await stored()).length === 1, 'no draft stored');
    const saved = new Promise((resolve) => log.addEventListener('knee-session-saved', resolve, { once: true }));
    source.dispatchEvent(new KneeSessionEvent({ ...draft, complete: true, done: { reps: [[10]], timeUnderTensionS: 50 } }));
    await saved;
    expect(await stored()).to.deep.equal([]);
    expect(log.active).to.equal(false);
    expect(leavePrevented()).to.equal(false);
    expect((await t.store.list()).records.map((r) => r.complete)).to.deep.equal([true]);
  });

  it('saves, as a partial session shown in History, the draft of a page that is gone', async () => {
    // What a killed page leaves: a draft whose activity lock nobody holds.
    const lost = draftOf(Date.now() - 60_000, 30_000);
    await t.store.saveDraft(lost);
    const log = await fixture<KneeSessionLog>(html`<knee-session-log .store=${t.store}><knee-history .store=${t.store}></knee-history></knee-session-log>`);
    expect(await log.recovery).to.equal(1);
    await log.updateComplete;
    expect(log.shadowRoot!.querySelector('[part="notice"]')!.textContent!.replace(/\s+/g, ' ')).to.match(/1 unfinished session from before was saved/);
    const history = log.querySelector<KneeHistory>('knee-history')!;
    await waitUntil(() => history.shadowRoot!.textContent!.includes('(partial)'), 'History does not show it as partial');
    const [record] = (await t.store.list()).records;
    expect(record).to.deep.include({ id: lost.id, complete: false, endedAt: lost.endedAt });
  });

  it('leaves alone the draft of an activity still running in another tab (its lock is held)', async () => {
    const running = draftOf(Date.now() - 60_000, 4000);
    await t.store.saveDraft(running);
    let release = () => undefined as void;
    // Another tab's lock on that activity.
    void navigator.locks.request(`kneebeat-activity:${running.id}`, () => new Promise<void>((r) => (release = r)));
    await waitUntil(async () => (await navigator.locks.query()).held?.some((l) => l.name?.endsWith(running.id)));
    const log = await fixture<KneeSessionLog>(html`<knee-session-log .store=${t.store}><p>x</p></knee-session-log>`);
    expect(await log.recovery).to.equal(0);
    expect((await t.store.list()).records).to.deep.equal([]);
    release();
    await waitUntil(async () => !(await navigator.locks.query()).held?.some((l) => l.name?.endsWith(running.id)));
    // Once that tab is gone (its lock released), the next start recovers it.
    const next = await fixture<KneeSessionLog>(html`<knee-session-log .store=${t.store}><p>x</p></knee-session-log>`);
    expect(await next.recovery).to.equal(1);
  });

  it('saves as partial an activity removed from the page mid-session', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const log = await fixture<KneeSessionLog>(html`<knee-session-log .store=${t.store}><p>activity</p></knee-session-log>`);
    const source = log.querySelector('p')!;
    const draft = draftOf(Date.now() - 20_000);
    source.dispatchEvent(new KneeSessionProgressEvent(draft));
    source.remove();
    const saved = new Promise((resolve) => log.addEventListener('knee-session-saved', resolve, { once: true }));
    clock.tick(5000);
    await saved;
    expect((await t.store.list()).records).to.deep.equal([{ ...draft, complete: false }]);
    expect(log.active).to.equal(false);
  });

  it('when the database never answers: a plain message within 5 s, the session downloadable, a leave prompt, and saved once storage is back', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const open = sinon.stub(indexedDB, 'open').returns({} as IDBOpenDBRequest);
    const log = await fixture<KneeSessionLog>(html`<knee-session-log .store=${t.store}><p>x</p></knee-session-log>`);
    const record = holdRecord(Date.now());
    log.querySelector('p')!.dispatchEvent(new KneeSessionEvent(record));
    await clock.tickAsync(5000);
    await log.updateComplete;
    const alert = log.shadowRoot!.querySelector('[role="alert"]');
    const text = alert?.textContent?.replace(/\s+/g, ' ');
    expect(text).to.match(/storage is not answering/);
    expect(text).to.match(/1 session is kept here and saving is tried again by itself/);
    expect([...alert!.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.include('Download unsaved');
    expect(log.unsavedSessions.map((r) => r.id)).to.deep.equal([record.id]);
    expect(leavePrevented()).to.equal(true);
    // Storage answers again: the log saves the session by itself at its next retry.
    open.restore();
    clock.restore();
    const saved = new Promise((resolve) => log.addEventListener('knee-session-saved', resolve, { once: true }));
    // (The automatic retry is tested below; here the user taps "Try saving again".)
    await log.retry();
    await saved;
    expect((await t.store.list()).records.map((r) => r.id)).to.deep.equal([record.id]);
    expect(leavePrevented()).to.equal(false);
  });

  it('History says plainly that it could not be read when the database never answers (never "Loading…" for good)', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    sinon.stub(indexedDB, 'open').returns({} as IDBOpenDBRequest);
    const history = await fixture<KneeHistory>(html`<knee-history .store=${t.store}></knee-history>`);
    expect(history.shadowRoot!.textContent).to.contain('Loading');
    await clock.tickAsync(3000);
    await history.updateComplete;
    expect(history.shadowRoot!.textContent).not.to.contain('Loading');
    expect(history.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.match(/could not be read.*not answering/);
  });

  it('retries a failed save by itself, without a tap', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const add = sinon.stub(t.store, 'add').rejects(new DOMException('busy', 'UnknownError'));
    const log = await fixture<KneeSessionLog>(html`<knee-session-log .store=${t.store}><p>x</p></knee-session-log>`);
    const record = holdRecord(Date.now());
    log.querySelector('p')!.dispatchEvent(new KneeSessionEvent(record));
    await clock.tickAsync(0);
    expect(log.unsavedSessions).to.have.length(1);
    add.restore();
    const saved = new Promise((resolve) => log.addEventListener('knee-session-saved', resolve, { once: true }));
    await clock.tickAsync(5000);
    await saved;
    expect(log.unsavedSessions).to.have.length(0);
    expect((await t.store.list()).records).to.have.length(1);
  });

  it('stays on guard while a retry is under way: the message and the leave prompt go only once the session is stored', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let answer: (() => void) | null = null;
    const realAdd = t.store.add.bind(t.store);
    const add = sinon.stub(t.store, 'add').rejects(new DOMException('full', 'QuotaExceededError'));
    const log = await fixture<KneeSessionLog>(html`<knee-session-log .store=${t.store}><p>x</p></knee-session-log>`);
    log.querySelector('p')!.dispatchEvent(new KneeSessionEvent(holdRecord(Date.now())));
    await clock.tickAsync(0);
    await log.updateComplete;
    // The automatic retry: storage now takes its time to answer.
    add.callsFake((record) => new Promise((resolve) => (answer = () => resolve(realAdd(record)))));
    await clock.tickAsync(5000);
    await log.updateComplete;
    expect(answer, 'the retry did not start').to.not.equal(null);
    // Mid-retry: still guarded, still said.
    expect(log.unsavedSessions).to.have.length(1);
    expect(leavePrevented()).to.equal(true);
    expect(log.shadowRoot!.querySelector('[part~="message"]')!.textContent).to.match(/out of storage space/);
    clock.restore(); // (waitUntil below polls with real timers)
    answer!();
    await waitUntil(() => log.unsavedSessions.length === 0, 'not stored after the retry');
    await log.updateComplete;
    expect(leavePrevented()).to.equal(false);
    expect(log.shadowRoot!.querySelector('[part~="message"]')).to.equal(null);
  });

  it('says while an activity runs that its checkpoints cannot be written (storage full), and stops saying it once one is', async () => {
    const saveDraft = sinon.stub(t.store, 'saveDraft').rejects(new DOMException('full', 'QuotaExceededError'));
    const log = await fixture<KneeSessionLog>(html`<knee-session-log .store=${t.store}><p>activity</p></knee-session-log>`);
    const source = log.querySelector('p')!;
    source.dispatchEvent(new KneeSessionProgressEvent(draftOf(Date.now() - 5000)));
    await waitUntil(() => log.shadowRoot!.querySelector('[part~="message"]'), 'nothing said');
    expect(log.shadowRoot!.querySelector('[part~="message"]')!.textContent).to.match(/out of storage space.*may be lost/s);
    saveDraft.restore();
    source.dispatchEvent(new KneeSessionProgressEvent(draftOf(Date.now() - 5000)));
    await waitUntil(() => !log.shadowRoot!.querySelector('[part~="message"]'), 'the message stayed after a checkpoint was written');
  });
});
