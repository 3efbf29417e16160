import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { emulateMedia } from '@web/test-runner-commands';
import '../../components/knee-metronome/knee-metronome.js';
import type { KneeMetronome } from '../../components/knee-metronome/knee-metronome.js';
import { MetronomeEngine } from '../../src/audio/metronome-engine.js';
import { audioContext } from '../../src/audio/audio-runtime.js';
import { pageTimeOf } from '../../src/audio/output-time.js';
import { MEDIA_ROUTE_DELAY } from '../../src/audio/media-route.js';
import { median, raisedCadence } from '../../src/tap-tempo.js';
import type { CadenceSessionRecord } from '../../src/session-record.js';
import { nextEvent } from '../helpers/events.js';

const shadow = (el: KneeMetronome) => el.shadowRoot!;
const bpmText = (el: KneeMetronome) => shadow(el).querySelector('[part~="bpm"]')!.textContent!.trim();
const button = (el: KneeMetronome, label: string | RegExp) => {
  const found = [...shadow(el).querySelectorAll('button')].find((b) =>
    typeof label === 'string' ? b.getAttribute('aria-label') === label : label.test(b.getAttribute('aria-label') ?? ''),
  );
  if (!found) throw new Error(`no button labelled ${label}`);
  return found;
};
/** Taps tempo at `at` ms on the page's clock (the event's time stamp, as a real tap's), without waiting for it. */
const tapAt = (tap: HTMLElement, at: number) => {
  const event = new MouseEvent('click', { bubbles: true, composed: true });
  Object.defineProperty(event, 'timeStamp', { value: at });
  tap.dispatchEvent(event);
};

describe('<knee-metronome>', function () {
  this.timeout(20000);
  let warn: sinon.SinonStub;

  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    warn.restore();
  });

  it('shows 170 steps/min by default and passes an accessibility audit', async () => {
    const el = await fixture<KneeMetronome>(html`<knee-metronome></knee-metronome>`);
    expect(el.bpm).to.equal(170);
    expect(bpmText(el)).to.equal('170');
    expect(el.running).to.equal(false);
    await expect(el).to.be.accessible();
    expect(warn.called).to.equal(false);
  });

  for (const [attribute, expected] of [
    ['1e6', 240],
    ['-5', 60],
    ['abc', 170],
    ['', 170],
  ] as const) {
    it(`turns bpm="${attribute}" into ${expected} with one warning`, async () => {
      const el = await fixture<KneeMetronome>(html`<knee-metronome bpm=${attribute}></knee-metronome>`);
      expect(el.bpm).to.equal(expected);
      expect(bpmText(el)).to.equal(String(expected));
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('<knee-metronome> bpm');
      // The same bad value again does not warn again.
      el.setAttribute('bpm', '180');
      el.setAttribute('bpm', attribute);
      expect(warn.callCount).to.equal(1);
    });
  }

  it('rejects an unknown sound and a volume out of range, keeping working values', async () => {
    const el = await fixture<KneeMetronome>(html`<knee-metronome sound="kazoo" volume="3"></knee-metronome>`);
    expect(el.sound).to.equal('click');
    expect(el.volume).to.equal(1);
    expect(warn.callCount).to.equal(2);
  });

  it('fires knee-metronome-change on user action only, never when bpm is set by script', async () => {
    const el = await fixture<KneeMetronome>(html`<knee-metronome></knee-metronome>`);
    const changes = sinon.spy();
    el.addEventListener('knee-metronome-change', changes);
    el.bpm = 175;
    el.setAttribute('bpm', '176');
    await el.updateComplete;
    expect(changes.called).to.equal(false);

    button(el, '1 faster').click();
    await el.updateComplete;
    expect(changes.callCount).to.equal(1);
    expect(changes.firstCall.args[0].bpm).to.equal(177);

    button(el, '5 slower').click();
    button(el, '1 faster').dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.bpm).to.equal(167);
    expect(bpmText(el)).to.equal('167');
    expect(changes.callCount).to.equal(3);
  });

  it('measures cadence by tap tempo and sets a +7.5 % target', async () => {
    const el = await fixture<KneeMetronome>(html`<knee-metronome></knee-metronome>`);
    const tap = button(el, /^Tap tempo/);
    for (let i = 0; i < 5; i++) tapAt(tap, 1000 + i * 400); // 150 steps/min
    await el.updateComplete;
    const choice = button(el, /^Plus 7.5 percent/);
    const measured = Number(/yours: (\d+)/.exec(shadow(el).textContent!)![1]);
    expect(measured).to.equal(150);
    const target = raisedCadence(measured, 7.5);
    expect(choice.getAttribute('aria-label')).to.equal(`Plus 7.5 percent: ${target} steps per minute`);
    const change = nextEvent(el, 'knee-metronome-change');
    choice.click();
    expect((await change).bpm).to.equal(target);
    expect(el.bpm).to.equal(target);
    await el.updateComplete;
    expect(shadow(el).textContent).not.to.contain('yours:');
  });

  it('reports a tap-tempo reading as knee-metronome-measure and writes no program state itself', async () => {
    localStorage.removeItem('kneebeat-program');
    const el = await fixture<KneeMetronome>(html`<knee-metronome></knee-metronome>`);
    const measures: number[] = [];
    el.addEventListener('knee-metronome-measure', (e) => measures.push(e.cadence));
    const tap = button(el, /^Tap tempo/);
    for (let i = 0; i < 4; i++) tapAt(tap, 1000 + i * 375); // 160 steps/min
    await el.updateComplete;
    const shown = Number(/yours: (\d+)/.exec(shadow(el).textContent!)![1]);
    expect(shown).to.equal(160);
    expect(measures.at(-1)).to.equal(shown);
    expect(localStorage.getItem('kneebeat-program')).to.equal(null);
  });

  it('pauses and resumes within one run, and records the run once, with every beat heard', async () => {
    const el = await fixture<KneeMetronome>(html`<knee-metronome bpm="240"></knee-metronome>`);
    const sessions: CadenceSessionRecord[] = [];
    el.addEventListener('knee-session', (e) => sessions.push(e.record as CadenceSessionRecord));
    await el.start();
    await waitUntil(() => el.elapsed > 0.5, 'no time passed', { timeout: 10000 });
    const progress = nextEvent(el, 'knee-session-progress');
    await el.pause();
    const draft = (await progress).record as CadenceSessionRecord;
    expect(el.paused).to.equal(true);
    expect(el.running).to.equal(false);
    await el.updateComplete;
    expect(button(el, 'Resume metronome').textContent!.trim()).to.equal('Resume');
    const beatsAtPause = draft.done.beats;
    expect(beatsAtPause).to.be.at.least(1);
    const pausedFor = el.elapsed;
    await el.start();
    await waitUntil(() => el.elapsed > pausedFor + 0.5, 'no time passed after resume', { timeout: 10000 });
    await el.stop();
    expect(sessions).to.have.length(1);
    const record = sessions[0]!;
    expect(record.id).to.equal(draft.id);
    expect(record.complete).to.equal(true);
    expect(record.done.beats).to.be.above(beatsAtPause);
    expect(record.done.durationS).to.be.at.least(pausedFor + 0.5);
  });

  it('counts the beats of a context the platform closed, once it is resumed on a new one', async () => {
    const el = await fixture<KneeMetronome>(html`<knee-metronome bpm="240"></knee-metronome>`);
    const heard: number[] = [];
    const original = el.beatHeard.bind(el);
    el.beatHeard = (beat, at) => {
      heard.push(beat.index);
      original(beat, at);
    };
    await el.start();
    await waitUntil(() => heard.length >= 3, 'too few beats', { timeout: 10000 });
    await (audioContext().rawContext as AudioContext).close();
    await waitUntil(() => shadow(el).querySelector('[part="message"]'), 'no message shown', { timeout: 5000 });
    const before = heard.length;
    button(el, 'Resume metronome').click();
    await waitUntil(() => heard.length >= before + 3, 'no beats after resuming', { timeout: 10000 });
    const session = nextEvent(el, 'knee-session');
    await el.stop();
    const record = (await session).record as CadenceSessionRecord;
    // Every beat the page saw (shown while visible) is in the record, across both contexts.
    expect(record.done.beats).to.be.at.least(heard.length);
  });

  it('starts and stops with real audio, firing start, stop and a cadence session record', async () => {
    const el = await fixture<KneeMetronome>(html`<knee-metronome bpm="240" exercise="run-cadence"></knee-metronome>`);
    const started = nextEvent(el, 'knee-metronome-start');
    button(el, 'Start metronome').click();
    expect((await started).bpm).to.equal(240);
    expect(el.running).to.equal(true);
    await el.updateComplete;
    expect(button(el, 'Pause metronome').textContent!.trim()).to.equal('Pause');
    expect(button(el, 'Stop metronome and save the run').textContent!.trim()).to.equal('Stop');

    await waitUntil(() => el.beats >= 4, 'no four beats', { timeout: 10000 }); // beats at 0, 250, 500, 750 ms
    const stopped = nextEvent(el, 'knee-metronome-stop');
    const session = nextEvent(el, 'knee-session');
    await el.stop();
    const stop = await stopped;
    const record = (await session).record as CadenceSessionRecord;
    expect(stop.beats).to.be.at.least(4);
    expect(record.kind).to.equal('cadence');
    expect(record.exerciseId).to.equal('run-cadence');
    expect(record.done.beats).to.equal(stop.beats);
    expect(record.planned.bpm).to.equal(240);
    expect(record.endedAt).to.be.at.least(record.startedAt);
    expect(record.id).to.match(/^[0-9a-z]{9}-[0-9a-z]+$/);
    expect(el.running).to.equal(false);
  });

  it('shows an interrupted context plainly and resumes it on the next tap', async () => {
    const el = await fixture<KneeMetronome>(html`<knee-metronome bpm="200"></knee-metronome>`);
    await el.start();
    const raw = audioContext().rawContext as AudioContext;
    await raw.suspend(); // what the system does on a call or focus loss
    await waitUntil(() => shadow(el).querySelector('[part="message"]'), 'no message shown', { timeout: 3000 });
    expect(shadow(el).querySelector('[part="message"]')!.textContent).to.match(/paused|interrupted/i);
    expect(el.running).to.equal(true);
    button(el, 'Resume metronome').click();
    await waitUntil(() => !shadow(el).querySelector('[part="message"]'), 'message stayed', { timeout: 3000 });
    expect(audioContext().rawContext.state).to.equal('running');
    const before = audioContext().rawContext.currentTime;
    await waitUntil(() => audioContext().rawContext.currentTime > before, 'the audio clock does not move after resuming', { timeout: 3000 });
    await el.stop();
  });

  it('stops cleanly while audio is interrupted', async () => {
    const el = await fixture<KneeMetronome>(html`<knee-metronome bpm="200"></knee-metronome>`);
    await el.start();
    const raw = audioContext().rawContext as AudioContext;
    await raw.suspend();
    const stopped = nextEvent(el, 'knee-metronome-stop');
    await el.stop();
    expect((await stopped).beats).to.be.at.least(1);
    expect(el.running).to.equal(false);
    await raw.resume();
  });

  for (const [latency, mode, routeDelay] of [
    [0, 'mix', 0],
    [250, 'mix', 0],
    [0, 'locked', MEDIA_ROUTE_DELAY],
  ] as const) {
    it(`with latency="${latency}" (${mode}), pulses and vibrates ${latency + routeDelay} ms after the browser says a beat is heard`, async () => {
      const el = await fixture<KneeMetronome>(html`<knee-metronome bpm="240" latency=${latency} audio-mode=${mode}></knee-metronome>`);
      expect(el.latency).to.equal(latency);
      const delays: number[] = [];
      const lateness: number[] = [];
      const heard = el.beatHeard.bind(el);
      el.beatHeard = (beat, heardAt) => {
        delays.push(heardAt - pageTimeOf(audioContext().rawContext as AudioContext, beat.time));
        lateness.push(performance.now() - heardAt);
        heard(beat, heardAt);
      };
      await el.start();
      await waitUntil(() => delays.length >= 5, 'too few beats', { timeout: 5000 });
      await el.stop();
      // The media element (locked mode) plays later than the context's output, by its measured delay.
      expect(median(delays)).to.be.within(latency + routeDelay - 5, latency + routeDelay + 5);
      expect(median(lateness)).to.be.within(-1, 40); // never early; late only by a timer's own lateness
    });
  }

  it("lights the ring's left half on one beat and its right half on the next, brighter on an accent, with nothing animating", async () => {
    const el = await fixture<KneeMetronome>(html`<knee-metronome></knee-metronome>`);
    const face = el.shadowRoot!.querySelector<HTMLElement>('[part="face"]')!;
    const [left, right] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.pulse')];
    const opacities = () => [getComputedStyle(left!).opacity, getComputedStyle(right!).opacity];
    // (beatHeard is what the controller calls when a beat reaches the speakers.)
    el.beatHeard({ index: 0, time: 1, nextTime: 1.35, accent: true }, performance.now());
    expect(opacities()).to.deep.equal(['1', '0']);
    el.beatHeard({ index: 1, time: 1.35, nextTime: 1.7, accent: false }, performance.now());
    expect(opacities()).to.deep.equal(['0', '0.75']);
    el.beatHeard({ index: 2, time: 1.7, nextTime: 2.05, accent: false }, performance.now());
    expect(opacities()).to.deep.equal(['0.75', '0']);
    expect(face.dataset['beat']).to.equal('left');
    // No animation runs between beats: nothing for the compositor to draw.
    expect(el.shadowRoot!.getAnimations()).to.have.length(0);
  });

  it('with reduced motion, shows the beats on two dots in turn instead of the ring', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await fixture<KneeMetronome>(html`<knee-metronome></knee-metronome>`);
      const [left, right] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.dot')];
      expect(getComputedStyle(el.shadowRoot!.querySelector('.pulse')!).display).to.equal('none');
      expect(left!.checkVisibility()).to.equal(true);
      el.beatHeard({ index: 0, time: 1, nextTime: 1.35, accent: false }, performance.now());
      const leftLit = getComputedStyle(left!).backgroundColor;
      expect(leftLit).to.not.equal(getComputedStyle(right!).backgroundColor);
      el.beatHeard({ index: 1, time: 1.35, nextTime: 1.7, accent: false }, performance.now());
      expect(getComputedStyle(right!).backgroundColor).to.equal(leftLit);
      expect(getComputedStyle(left!).backgroundColor).to.not.equal(leftLit);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('puts the light out when the beat stops', async () => {
    const el = await fixture<KneeMetronome>(html`<knee-metronome bpm="200" audio-mode="mix"></knee-metronome>`);
    const face = el.shadowRoot!.querySelector<HTMLElement>('[part="face"]')!;
    await el.start();
    await waitUntil(() => face.dataset['beat'], 'no beat shown', { timeout: 10000 });
    await el.stop();
    await el.updateComplete;
    expect(face.dataset['beat']).to.equal(undefined);
  });

  it('clamps latency to 0–500 ms with one warning', async () => {
    const el = await fixture<KneeMetronome>(html`<knee-metronome latency="900"></knee-metronome>`);
    expect(el.latency).to.equal(500);
    expect(warn.callCount).to.equal(1);
  });

  it('leaves nothing running after it is removed mid-beat', async () => {
    const el = await fixture<KneeMetronome>(html`<knee-metronome bpm="240"></knee-metronome>`);
    await el.start();
    expect(MetronomeEngine.liveCount).to.equal(1);
    const timers = sinon.spy(window, 'clearInterval');
    el.remove();
    expect(MetronomeEngine.liveCount).to.equal(0);
    expect(timers.called).to.equal(true);
    timers.restore();
    expect(el.running).to.equal(false);
  });

  it('Stop asks first: one press arms it (the same button, "Stop?"), a second within 4 s ends the run; it forgets after 4 s', async () => {
    const el = await fixture<KneeMetronome>(html`<knee-metronome bpm="180"></knee-metronome>`);
    await el.start();
    await el.updateComplete;
    const stop = button(el, 'Stop metronome and save the run');
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    stop.click();
    await el.updateComplete;
    expect(el.running).to.equal(true);
    expect(stop.textContent!.trim()).to.equal('Stop?');
    expect(stop.getAttribute('aria-label')).to.equal('Press again to stop and save the run');
    clock.tick(3999);
    expect(stop.textContent!.trim()).to.equal('Stop?');
    clock.tick(1);
    clock.restore();
    await el.updateComplete;
    expect(stop.textContent!.trim()).to.equal('Stop');
    const session = nextEvent(el, 'knee-session');
    stop.click();
    stop.click();
    await session;
    expect(el.running || el.paused).to.equal(false);
  });

  for (const width of [200, 360]) {
    it(`at ${width} px, Pause takes Start's place and Stop shows only where no control was the moment before`, async () => {
      const el = await fixture<KneeMetronome>(html`<knee-metronome bpm="172" style=${`width: ${width}px`}></knee-metronome>`);
      const rects = () =>
        [...shadow(el).querySelectorAll('button')]
          .filter((b) => b.checkVisibility())
          .map((b) => ({ label: b.getAttribute('aria-label')!, rect: b.getBoundingClientRect() }));
      const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      let before = rects();
      const start = before.find((b) => b.label === 'Start metronome')!.rect;
      await el.start();
      await el.updateComplete;
      const pause = rects().find((b) => b.label === 'Pause metronome')!.rect;
      expect([pause.x, pause.y, pause.width, pause.height]).to.deep.equal([start.x, start.y, start.width, start.height]);
      // On a watch, Stop shows once paused, in Tap's place, empty all the while the beat
      // played; on a larger face, at once, below.
      if (width < 300) {
        before = rects();
        expect(before.map((b) => b.label)).to.not.include('Tap tempo: tap with your steps');
        expect(before.some((b) => b.label.startsWith('Stop'))).to.equal(false);
        await el.pause();
        await el.updateComplete;
      }
      const stop = rects().find((b) => b.label === 'Stop metronome and save the run');
      expect(stop, 'no Stop').to.not.equal(undefined);
      const under = before.filter((b) => overlaps(b.rect, stop!.rect)).map((b) => b.label);
      expect(under).to.deep.equal([]);
      await el.stop();
    });
  }

  it('refuses to start a new run while the page says it cannot (an invalid plan), and says why', async () => {
    const el = await fixture<KneeMetronome>(html`<knee-metronome bpm="180"></knee-metronome>`);
    el.startBlocked = 'Not started: the plan is not valid.';
    await el.start();
    await el.updateComplete;
    expect(el.running).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part~="message"]')!.textContent).to.contain('the plan is not valid');
    el.startBlocked = '';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="message"]')).to.equal(null);
    await el.start();
    expect(el.running).to.equal(true);
    await el.stop();
  });
});
