import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../components/knee-hold-timer/knee-hold-timer.js';
import type { KneeHoldTimer } from '../../components/knee-hold-timer/knee-hold-timer.js';
import type { KneeHoldEndEvent, KneeHoldStartEvent } from '../../components/knee-hold-timer/hold-events.js';
import { CuePlayer } from '../../src/hold/cue-player.js';
import type { HoldSessionRecord } from '../../src/session-record.js';
import { nextEvent } from '../helpers/events.js';

const part = (el: KneeHoldTimer, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`)!.textContent!.trim();
const buttonNamed = (el: KneeHoldTimer, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name)!;

describe('<knee-hold-timer>', function () {
  this.timeout(20000);
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(() => sinon.restore());

  it('defaults to a quad set (5 s hold, 3 s rest, 10 reps, 1 set, 3 s lead-in) and is accessible', async () => {
    const el = await fixture<KneeHoldTimer>(html`<knee-hold-timer label="Quad set"></knee-hold-timer>`);
    expect(el.holdSettings).to.deep.equal({ holdS: 5, restS: 3, reps: 10, sets: 1, setRestS: 30, sides: 'one', switchS: 5, leadInS: 3 });
    expect(part(el, 'seconds')).to.equal('5');
    expect(part(el, 'detail')).to.equal('Quad set: 10 × 5 s');
    await expect(el).to.be.accessible();
    expect(warn.called).to.equal(false);
  });

  it('clamps or ignores bad attributes with one warning each', async () => {
    const el = await fixture<KneeHoldTimer>(html`<knee-hold-timer hold="0" reps="abc" sets="99" sides="three" lead-in="-1"></knee-hold-timer>`);
    expect([el.hold, el.reps, el.sets, el.sides, el.leadIn]).to.deep.equal([1, 10, 10, 'one', 0]);
    expect(warn.callCount).to.equal(5);
  });

  it('shows the phase, seconds left, rep and side; pause freezes it and skip moves to the next rep', async () => {
    const el = await fixture<KneeHoldTimer>(html`<knee-hold-timer hold="5" reps="3" sides="both" lead-in="0"></knee-hold-timer>`);
    await el.start();
    el.pause();
    await el.updateComplete;
    expect(part(el, 'phase')).to.equal('Paused');
    expect(part(el, 'seconds')).to.equal('5');
    expect(part(el, 'detail')).to.equal('Rep 1/3 · Left');
    el.skip();
    await el.updateComplete;
    expect(part(el, 'detail')).to.equal('Rep 2/3 · Left');
    expect(part(el, 'seconds')).to.equal('5');
    expect(buttonNamed(el, 'Resume')).to.be.instanceOf(HTMLButtonElement);
    el.stop();
  });

  it('shows phase, seconds and rep from the clock (fake audio clock, fake interval timer)', async () => {
    const audio = { now: 100 };
    sinon.stub(AudioContext.prototype, 'currentTime').get(() => audio.now);
    const timers = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const el = await fixture<KneeHoldTimer>(html`<knee-hold-timer hold="5" rest="3" reps="10"></knee-hold-timer>`);
    await el.start(); // the session starts 0.15 s after the tap (CUE_LEAD), then a 3 s lead-in
    const show = async (seconds: number) => {
      audio.now = 100.15 + seconds;
      timers.tick(100);
      await el.updateComplete;
      return [part(el, 'phase'), part(el, 'seconds'), part(el, 'detail')];
    };
    expect(await show(1.2)).to.deep.equal(['Get ready', '2', 'Rep 1/10']);
    expect(await show(3 + 2.5)).to.deep.equal(['Hold', '3', 'Rep 1/10']);
    expect(await show(3 + 5.1)).to.deep.equal(['Relax', '3', 'Rep 2/10']);
    expect(await show(3 + 8 * 9 + 4.2)).to.deep.equal(['Hold', '1', 'Rep 10/10']);
    // The end shows what was done, not a 0.
    expect(await show(3 + 8 * 10)).to.deep.equal(['Done', '10', 'of 10 reps · 50 s held']);
  });

  it('changes its face once a second, not at every clock reading (fake audio clock)', async () => {
    const audio = { now: 100 };
    sinon.stub(AudioContext.prototype, 'currentTime').get(() => audio.now);
    const timers = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const el = await fixture<KneeHoldTimer>(html`<knee-hold-timer hold="5" rest="3" reps="10"></knee-hold-timer>`);
    await el.start();
    audio.now = 100.15 + 3 + 0.05; // just into the first hold
    timers.tick(100);
    await el.updateComplete;
    const ring = el.shadowRoot!.querySelector('.progress')!;
    const offsets = [ring.getAttribute('stroke-dashoffset')];
    let changedTicks = 0;
    const observer = new MutationObserver(() => changedTicks++);
    observer.observe(el.shadowRoot!, { subtree: true, attributes: true, characterData: true, childList: true });
    // Ten clock readings over one second of the hold: the count goes 5 → 4 once.
    for (let i = 0; i < 10; i++) {
      audio.now += 0.1;
      timers.tick(100);
      await el.updateComplete;
      await Promise.resolve(); // MutationObserver callbacks run as microtasks
      offsets.push(ring.getAttribute('stroke-dashoffset'));
    }
    observer.disconnect();
    expect(changedTicks).to.equal(1);
    expect(new Set(offsets).size).to.equal(2);
    expect(part(el, 'seconds')).to.equal('4');
    el.stop();
  });

  it('shows what was done when stopped part-way (fake audio clock)', async () => {
    const audio = { now: 100 };
    sinon.stub(AudioContext.prototype, 'currentTime').get(() => audio.now);
    const timers = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const el = await fixture<KneeHoldTimer>(html`<knee-hold-timer hold="5" rest="3" reps="10" sides="both"></knee-hold-timer>`);
    await el.start();
    audio.now = 100.15 + 3 + 8 * 2 + 1; // two reps held, the third begun
    timers.tick(100);
    el.stop();
    await el.updateComplete;
    expect([part(el, 'phase'), part(el, 'seconds'), part(el, 'detail')]).to.deep.equal(['Stopped', '2', 'of 20 reps · 11 s held']);
  });

  it('runs a short session: start/end events per rep and a complete hold record', async () => {
    const el = await fixture<KneeHoldTimer>(html`<knee-hold-timer hold="1" rest="0.5" reps="2" lead-in="0" exercise="quad-set"></knee-hold-timer>`);
    const starts: KneeHoldStartEvent[] = [];
    const ends: KneeHoldEndEvent[] = [];
    el.addEventListener('knee-hold-start', (e) => starts.push(e));
    el.addEventListener('knee-hold-end', (e) => ends.push(e));
    const session = nextEvent(el, 'knee-session');
    buttonNamed(el, 'Start').click();
    const record = (await session).record as HoldSessionRecord;
    expect(starts.map((e) => e.rep)).to.deep.equal([1, 2]);
    expect(ends.map((e) => [e.rep, e.completed])).to.deep.equal([
      [1, true],
      [2, true],
    ]);
    expect(record).to.deep.include({ kind: 'hold', exerciseId: 'quad-set', complete: true });
    expect(record.planned).to.deep.equal({ holdS: 1, reps: 2, sets: 1, sides: 'one' });
    expect(record.done).to.deep.equal({ reps: [[2]], timeUnderTensionS: 2 });
    await el.updateComplete;
    expect(part(el, 'phase')).to.equal('Done');
  });

  it('records a stopped session as partial, the cut hold as not completed', async () => {
    const el = await fixture<KneeHoldTimer>(html`<knee-hold-timer hold="5" reps="3" lead-in="0"></knee-hold-timer>`);
    await el.start();
    await waitUntil(() => el.elapsed >= 0.3, 'the hold did not go on');
    const end = nextEvent(el, 'knee-hold-end');
    const session = nextEvent(el, 'knee-session');
    el.shadowRoot!.querySelector('.face')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    const cut = await end;
    const record = (await session).record as HoldSessionRecord;
    expect(cut.completed).to.equal(false);
    expect(cut.heldS).to.be.within(0.1, 2);
    expect(record.complete).to.equal(false);
    expect(record.done.reps).to.deep.equal([[0]]);
    expect(record.done.timeUnderTensionS).to.be.within(0.1, 2);
  });

  it('fires nothing when its settings are changed by script', async () => {
    const el = await fixture<KneeHoldTimer>(html`<knee-hold-timer></knee-hold-timer>`);
    const any = sinon.spy();
    for (const name of ['knee-hold-start', 'knee-hold-end', 'knee-session']) el.addEventListener(name, any);
    el.hold = 8;
    el.reps = 12;
    el.sides = 'both';
    await el.updateComplete;
    expect(part(el, 'detail')).to.equal('12 × 8 s, each side');
    expect(any.called).to.equal(false);
  });

  it('cancels its cues and stops refreshing when removed mid-session', async () => {
    const el = await fixture<KneeHoldTimer>(html`<knee-hold-timer hold="5" reps="3" lead-in="0"></knee-hold-timer>`);
    const dispose = sinon.spy(CuePlayer.prototype, 'dispose');
    const cleared = sinon.spy(window, 'clearInterval');
    await el.start();
    await waitUntil(() => el.status === 'running');
    el.remove();
    expect(dispose.calledOnce).to.equal(true);
    expect(cleared.called).to.equal(true);
    dispose.restore();
    cleared.restore();
  });

  it('checkpoints the session at each rep and on pause, with the id of its final record', async () => {
    const el = await fixture<KneeHoldTimer>(html`<knee-hold-timer hold="1" rest="0.5" reps="3" lead-in="0" exercise="quad-set"></knee-hold-timer>`);
    const drafts: HoldSessionRecord[] = [];
    el.addEventListener('knee-session-progress', (e) => drafts.push(e.record as HoldSessionRecord));
    await el.start();
    expect(drafts).to.have.length(1); // the start
    await waitUntil(() => drafts.some((d) => d.done.reps[0]![0] === 1), 'no checkpoint after the first rep', { timeout: 10000 });
    el.pause();
    const paused = drafts.at(-1)!;
    expect(paused.complete).to.equal(false);
    expect(paused.exerciseId).to.equal('quad-set');
    const session = nextEvent(el, 'knee-session');
    await el.resume();
    const record = (await session).record as HoldSessionRecord;
    expect(record.id).to.equal(paused.id);
    expect(record.complete).to.equal(true);
    expect(drafts.every((d) => d.id === record.id)).to.equal(true);
  });

  it('resumes on a new audio context after the platform closed the old one while paused', async () => {
    const el = await fixture<KneeHoldTimer>(html`<knee-hold-timer hold="3" rest="1" reps="2" lead-in="0"></knee-hold-timer>`);
    await el.start();
    await waitUntil(() => el.elapsed > 0.3, 'the timer did not run', { timeout: 10000 });
    el.pause();
    const { audioContext } = await import('../../src/audio/audio-runtime.js');
    await (audioContext().rawContext as AudioContext).close();
    const at = el.elapsed;
    await el.resume();
    expect(el.status).to.equal('running');
    expect(audioContext().rawContext.state).to.equal('running');
    await waitUntil(() => el.elapsed > at + 0.3, 'the resumed timer does not move', { timeout: 10000 });
    el.stop();
  });
});
