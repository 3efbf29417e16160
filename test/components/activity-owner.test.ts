// One activity model for every running activity: a timer or counter removed mid-set is saved
// at once, a set is recorded as the exercise it was started as, the first checkpoint comes a
// second in, durations do not follow the wall clock, and requests reach the activity.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../components/knee-session-log/knee-session-log.js';
import '../../components/knee-exercise/knee-exercise.js';
import '../../components/knee-hold-timer/knee-hold-timer.js';
import type { KneeSessionLog } from '../../components/knee-session-log/knee-session-log.js';
import type { KneeExercise } from '../../components/knee-exercise/knee-exercise.js';
import type { KneeHoldTimer } from '../../components/knee-hold-timer/knee-hold-timer.js';
import { KneeActivityRequestEvent } from '../../src/activity/request-event.js';
import type { HoldSessionRecord, KneeSessionProgressEvent } from '../../src/session-record.js';
import { useTestStore } from '../helpers/records.js';
import { validateRecord } from '../../src/store/validate.js';

const counter = (el: KneeExercise) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="counter"]')!;

describe('one owner for running activities', function () {
  this.timeout(30000);
  const t = useTestStore();
  afterEach(() => sinon.restore());

  it('a rep count removed from the page mid-set is saved as partial at once, and leaves the registry', async () => {
    const log = await fixture<KneeSessionLog>(
      html`<knee-session-log .store=${t.store}><knee-exercise exercise="lateral-step-up"></knee-exercise></knee-session-log>`,
    );
    const card = log.querySelector<KneeExercise>('knee-exercise')!;
    await waitUntil(() => card.shadowRoot!.querySelector('[part="counter"]'));
    counter(card).click();
    counter(card).click();
    expect(log.activities.size).to.equal(1);
    const [activity] = log.activities.list();
    expect(activity!.view()).to.include({ title: 'Step-up', detail: '2 reps counted', pausable: false });
    card.remove();
    // No wait for a polling check: the element said it left.
    expect(log.activities.size).to.equal(0);
    await waitUntil(async () => (await t.store.list()).records.length === 1, 'not saved', { timeout: 10000 });
    const [record] = (await t.store.list()).records as HoldSessionRecord[];
    expect(record).to.include({ exerciseId: 'lateral-step-up', complete: false });
    expect(record!.done.reps).to.deep.equal([
      [2, 0],
      [0, 0],
    ]);
  });

  it('a set is recorded as the exercise it was started as, when the card is switched to another mid-set', async () => {
    const card = await fixture<KneeExercise>(html`<knee-exercise exercise="lateral-step-up"></knee-exercise>`);
    await waitUntil(() => card.shadowRoot!.querySelector('[part="counter"]'));
    const records: HoldSessionRecord[] = [];
    card.addEventListener('knee-session', (e) => records.push(e.record as HoldSessionRecord));
    counter(card).click();
    card.exercise = 'calf-raise';
    await card.updateComplete;
    expect(records).to.have.length(1);
    expect(records[0]).to.include({ exerciseId: 'lateral-step-up', complete: false });
    expect(card.counting).to.equal(false);
    counter(card).click();
    card.finish();
    expect(records[1]).to.include({ exerciseId: 'calf-raise' });
  });

  it('a hold set switched to another exercise mid-set ends, recorded as the one it was', async () => {
    const timer = await fixture<KneeHoldTimer>(html`<knee-hold-timer exercise="quad-set" label="Quad set" hold="5" reps="3" lead-in="0"></knee-hold-timer>`);
    const ended = new Promise<HoldSessionRecord>((resolve) =>
      timer.addEventListener('knee-session', (e) => resolve(e.record as HoldSessionRecord), { once: true }),
    );
    await timer.start();
    timer.exercise = 'wall-slide';
    const record = await ended;
    expect(record).to.include({ exerciseId: 'quad-set', complete: false });
  });

  it('takes the first checkpoint at the start (the first rep), the next a second in, then every 5 s', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const card = await fixture<KneeExercise>(html`<knee-exercise exercise="lateral-step-up"></knee-exercise>`);
    await waitUntil(() => card.shadowRoot!.querySelector('[part="counter"]'));
    const checkpoints: number[] = [];
    card.addEventListener('knee-session-progress', () => checkpoints.push(clock.now));
    const start = clock.now;
    counter(card).click();
    expect(checkpoints.map((at) => at - start)).to.deep.equal([0]);
    await clock.tickAsync(999);
    expect(checkpoints).to.have.length(1);
    await clock.tickAsync(1);
    expect(checkpoints.map((at) => at - start)).to.deep.equal([0, 1000]);
    await clock.tickAsync(4000);
    expect(checkpoints.map((at) => at - start)).to.deep.equal([0, 1000, 5000]);
    card.finish();
  });

  it('a wall clock stepped back 30 s mid-set neither ends the set before it began nor changes its length', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-12-04T10:00:00') });
    const card = await fixture<KneeExercise>(html`<knee-exercise exercise="lateral-step-up"></knee-exercise>`);
    await waitUntil(() => card.shadowRoot!.querySelector('[part="counter"]'));
    const records: HoldSessionRecord[] = [];
    card.addEventListener('knee-session', (e) => records.push(e.record as HoldSessionRecord));
    counter(card).click();
    clock.setSystemTime(Date.parse('2026-12-04T09:59:30'));
    counter(card).click();
    card.finish();
    expect(records[0]!.startedAt).to.equal(Date.parse('2026-12-04T10:00:00'));
    expect(records[0]!.endedAt).to.be.at.least(records[0]!.startedAt);
    expect(records[0]!.endedAt - records[0]!.startedAt).to.be.below(10_000);
  });

  it('answers requests from elsewhere (knee-activity-request): pause, resume, stop', async () => {
    const timer = await fixture<KneeHoldTimer>(html`<knee-hold-timer exercise="quad-set" hold="5" reps="3" lead-in="0"></knee-hold-timer>`);
    await timer.start();
    let progress: KneeSessionProgressEvent | null = null;
    timer.addEventListener('knee-session-progress', (e) => (progress = e));
    const id = () => progress!.record.id;
    timer.pause();
    timer.dispatchEvent(new KneeActivityRequestEvent('resume', id(), true));
    await waitUntil(() => timer.status === 'running', 'resume was not answered');
    timer.dispatchEvent(new KneeActivityRequestEvent('pause', id(), true));
    expect(timer.status).to.equal('paused');
    // A request for another activity is not this one's.
    timer.dispatchEvent(new KneeActivityRequestEvent('stop', 'someone-else', true));
    expect(timer.status).to.equal('paused');
    timer.dispatchEvent(new KneeActivityRequestEvent('stop', id(), true));
    expect(timer.status).to.equal('stopped');
  });

  it("a record's id always begins with its start time, however the clock ticks between the two", async () => {
    // Every reading of the clock a millisecond later than the one before.
    let now = Date.parse('2026-12-04T10:00:00');
    sinon.stub(Date, 'now').callsFake(() => now++);
    const card = await fixture<KneeExercise>(html`<knee-exercise exercise="lateral-step-up"></knee-exercise>`);
    await waitUntil(() => card.shadowRoot!.querySelector('[part="counter"]'));
    const ended = new Promise<HoldSessionRecord>((resolve) =>
      card.addEventListener('knee-session', (e) => resolve(e.record as HoldSessionRecord), { once: true }),
    );
    counter(card).click();
    card.finish();
    const record = await ended;
    expect(validateRecord(record)).to.include({ ok: true });
  });
});
