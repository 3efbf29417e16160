import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../components/knee-latency-check/knee-latency-check.js';
import type { KneeLatencyCheck } from '../../components/knee-latency-check/knee-latency-check.js';
import type { KneeLatencyChangeEvent } from '../../components/knee-latency-check/latency-events.js';
import { COUNTED_TAPS, SETTLE_TAPS } from '../../src/audio/latency-calibration.js';
import { MetronomeEngine } from '../../src/audio/metronome-engine.js';
import { median } from '../../src/tap-tempo.js';
import { nextEvent } from '../helpers/events.js';

const shadow = (el: KneeLatencyCheck) => el.shadowRoot!;
const part = (el: KneeLatencyCheck, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const buttonByLabel = (el: KneeLatencyCheck, label: RegExp) =>
  [...shadow(el).querySelectorAll('button')].find((b) => label.test(b.getAttribute('aria-label') ?? ''))!;

/**
 * Plays the user: after each beat the browser reports heard, presses the tap button
 * `offsetOf(n)` ms later (a real pointerdown, whose timeStamp is when it is made). Returns
 * each tap's real distance from its beat (a timer can fire late on a busy machine).
 */
function tapAlong(el: KneeLatencyCheck, offsetOf: (n: number) => number): number[] {
  const actual: number[] = [];
  let n = 0;
  const heard = el.beatHeard.bind(el);
  el.beatHeard = (beat, heardAt) => {
    heard(beat, heardAt);
    const offset = offsetOf(n++);
    setTimeout(
      () => {
        const tap = new PointerEvent('pointerdown', { button: 0, bubbles: true, composed: true });
        actual.push(tap.timeStamp - heardAt);
        part(el, 'tap-button')?.dispatchEvent(tap);
      },
      heardAt + offset - performance.now(),
    );
  };
  return actual;
}

describe('<knee-latency-check>', function () {
  this.timeout(30000);
  let warn: sinon.SinonStub;

  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => warn.restore());

  it('shows the delay, passes an accessibility audit and clamps a bad value with one warning', async () => {
    const el = await fixture<KneeLatencyCheck>(html`<knee-latency-check latency="180"></knee-latency-check>`);
    expect(part(el, 'value')!.textContent).to.contain('180 ms');
    await expect(el).to.be.accessible();
    el.setAttribute('latency', '-20');
    await el.updateComplete;
    expect(el.latency).to.equal(0);
    expect(warn.callCount).to.equal(1);
  });

  it('steps by 10 ms on user action only, within 0–500 ms', async () => {
    const el = await fixture<KneeLatencyCheck>(html`<knee-latency-check latency="495"></knee-latency-check>`);
    const changes: KneeLatencyChangeEvent[] = [];
    el.addEventListener('knee-latency-change', (e) => changes.push(e));
    el.latency = 490; // by script: no event
    await el.updateComplete;
    buttonByLabel(el, /^More delay/).click();
    await el.updateComplete;
    expect(el.latency).to.equal(500);
    expect(buttonByLabel(el, /^More delay/).disabled).to.equal(true);
    buttonByLabel(el, /^Less delay/).click();
    expect(changes.map((e) => [e.latency, e.measured])).to.deep.equal([
      [500, false],
      [490, false],
    ]);
  });

  it('measures the delay of taps along with the clicks, then stops the clicks', async () => {
    const el = await fixture<KneeLatencyCheck>(html`<knee-latency-check></knee-latency-check>`);
    const actual = tapAlong(el, () => 150);
    const changed = nextEvent(el, 'knee-latency-change');
    part(el, 'start')!.click();
    const change = await changed;
    expect(change.measured).to.equal(true);
    // The reading is the median of the counted taps' real delays (150 ms plus each timer's lateness).
    const counted = actual.slice(SETTLE_TAPS, SETTLE_TAPS + COUNTED_TAPS);
    expect(change.latency).to.be.closeTo(Math.round(median(counted)), 1);
    expect(change.latency).to.be.within(148, 200);
    expect(el.latency).to.equal(change.latency);
    await waitUntil(() => !el.measuring, 'clicks kept playing');
    expect(MetronomeEngine.liveCount).to.equal(1); // stopped, kept for the next measurement
    await el.updateComplete;
    expect(part(el, 'status')!.textContent).to.match(/^Measured 1\d\d ms \(taps within ±\d+ ms\)\.$/);
    expect(part(el, 'start')!.textContent!.trim()).to.equal('Measure again');
  });

  it('refuses uneven taps, says so and changes nothing', async () => {
    const el = await fixture<KneeLatencyCheck>(html`<knee-latency-check latency="120"></knee-latency-check>`);
    const changes: KneeLatencyChangeEvent[] = [];
    el.addEventListener('knee-latency-change', (e) => changes.push(e));
    tapAlong(el, (n) => (n % 2 ? 50 : 350));
    part(el, 'start')!.click();
    await waitUntil(() => part(el, 'status')?.textContent?.includes('too uneven'), 'no uneven message', { timeout: 20000 });
    expect(part(el, 'status')!.className).to.equal('message');
    expect(changes).to.deep.equal([]);
    expect(el.latency).to.equal(120);
    await waitUntil(() => !el.measuring, 'clicks kept playing');
  });

  it('takes taps from the keyboard: focus moves to the tap button and Space taps', async () => {
    const el = await fixture<KneeLatencyCheck>(html`<knee-latency-check></knee-latency-check>`);
    part(el, 'start')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).activeElement === part(el, 'tap-button'), 'focus did not move to the tap button', { timeout: 5000 });
    // The first beat sets the grid; taps before it are not counted.
    const beat = new Promise<void>((resolve) => {
      const heard = el.beatHeard.bind(el);
      el.beatHeard = (b, at) => (heard(b, at), resolve());
    });
    await beat;
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(part(el, 'status')!.textContent).to.equal(`2 of ${SETTLE_TAPS + COUNTED_TAPS} taps`);
    await sendKeys({ press: 'Tab' }); // to Stop
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !el.measuring, 'Enter on Stop did not stop');
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(part(el, 'start')); // Measure, not the page
    expect(part(el, 'status')).to.equal(null); // the unfinished measurement is dropped
    expect(part(el, 'status')).to.equal(null);
  });

  it('leaves nothing playing after it is removed mid-measurement', async () => {
    const el = await fixture<KneeLatencyCheck>(html`<knee-latency-check></knee-latency-check>`);
    await el.start();
    expect(MetronomeEngine.liveCount).to.equal(1);
    el.remove();
    expect(MetronomeEngine.liveCount).to.equal(0);
    expect(el.measuring).to.equal(false);
  });
});
