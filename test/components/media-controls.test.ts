// The lock screen, headset and watch remote (Media Session), the media-element route that
// keeps the sound going with the screen locked, and the music setting's audio session type.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../components/knee-metronome/knee-metronome.js';
import '../../components/knee-hold-timer/knee-hold-timer.js';
import type { KneeMetronome } from '../../components/knee-metronome/knee-metronome.js';
import type { KneeHoldTimer } from '../../components/knee-hold-timer/knee-hold-timer.js';
import { audioContext } from '../../src/audio/audio-runtime.js';
import { MediaElementRoute } from '../../src/audio/media-route.js';
import type { BeatInfo } from '../../src/audio/metronome-engine.js';
import { captureRoute, delayRuns, routeDelays } from '../helpers/capture.js';

/** The handlers the page gave the browser, as the lock screen would call them. */
function captureHandlers() {
  const handlers = new Map<MediaSessionAction, (() => void) | null>();
  const original = navigator.mediaSession.setActionHandler.bind(navigator.mediaSession);
  const stub = sinon.stub(navigator.mediaSession, 'setActionHandler').callsFake((action, handler) => {
    handlers.set(action, handler as (() => void) | null);
    original(action, handler);
  });
  return {
    call: (action: MediaSessionAction) => handlers.get(action)!(),
    has: (action: MediaSessionAction) => !!handlers.get(action),
    restore: () => stub.restore(),
  };
}

describe('media controls and the locked-screen route', function () {
  this.timeout(60000);
  let remote: ReturnType<typeof captureHandlers>;
  beforeEach(() => (remote = captureHandlers()));
  afterEach(() => remote.restore());

  it('shows the metronome on the lock screen and obeys every action', async () => {
    const el = await fixture<KneeMetronome>(html`<knee-metronome bpm="172"></knee-metronome>`);
    await el.start();
    const session = navigator.mediaSession;
    expect(session.metadata!.title).to.equal('172 steps/min');
    expect(session.metadata!.artist).to.match(/^Run · 0:0\d$/);
    expect(session.metadata!.album).to.equal('172 steps/min · Continuous');
    expect(session.playbackState).to.equal('playing');
    for (const action of ['play', 'pause', 'stop', 'nexttrack', 'previoustrack'] as const) expect(remote.has(action), action).to.equal(true);

    remote.call('nexttrack');
    await el.updateComplete;
    expect(el.bpm).to.equal(174);
    expect(session.metadata!.title).to.equal('174 steps/min');
    remote.call('previoustrack');
    remote.call('previoustrack');
    await el.updateComplete;
    expect(el.bpm).to.equal(170);

    remote.call('pause');
    await waitUntil(() => el.paused, 'pause did not pause');
    expect(session.playbackState).to.equal('paused');
    remote.call('play');
    await waitUntil(() => el.running, 'play did not resume');
    expect(session.playbackState).to.equal('playing');

    const stopped = new Promise<Event>((resolve) => el.addEventListener('knee-session', resolve, { once: true }));
    remote.call('stop');
    await stopped;
    expect(el.running || el.paused).to.equal(false);
  });

  it('shows an interval plan where it stands', async () => {
    const el = await fixture<KneeMetronome>(html`<knee-metronome bpm="170" .intervals=${{ runS: 60, walkS: 120, repeats: 6 }}></knee-metronome>`);
    await el.start();
    expect(navigator.mediaSession.metadata!.title).to.match(/^Run 1 of 6 · (0:59|1:00) left$/);
    expect(navigator.mediaSession.metadata!.artist).to.match(/^Run · 0:0\d$/);
    expect(navigator.mediaSession.metadata!.album).to.equal('170 steps/min · Run 1 min, walk 2 min × 6');
    await el.stop();
  });

  it('says the interval under way, never the one before, with its time left', async () => {
    const el = await fixture<KneeMetronome>(html`<knee-metronome bpm="180" .intervals=${{ runS: 2, walkS: 2, repeats: 2 }}></knee-metronome>`);
    const seen: { title: string; kind: string; round: number }[] = [];
    const watch = setInterval(() => {
      const title = navigator.mediaSession.metadata?.title;
      const position = el.planPosition;
      if (title && position && seen.at(-1)?.title !== title) seen.push({ title, kind: position.kind, round: position.round });
    }, 20);
    await el.start();
    await waitUntil(() => seen.some((s) => s.title.startsWith('Walk 2 of 2')), 'the last walk was not shown', { timeout: 20000 });
    clearInterval(watch);
    await el.stop();
    // Each title names a segment with its time left, in the plan's order, each segment shown (the
    // old lock screen said "Run 1" through Walk 1 and never reached "Walk 2").
    for (const { title } of seen) expect(title).to.match(/^(Run|Walk) [12] of 2 · 0:0[12] left$/);
    const order = [...new Set(seen.map((s) => s.title.replace(/ · .*/, '')))];
    expect(order).to.deep.equal(['Run 1 of 2', 'Walk 1 of 2', 'Run 2 of 2', 'Walk 2 of 2']);
  });

  it('shows the hold timer as its phase, seconds left and rep, with play, pause and stop', async () => {
    const el = await fixture<KneeHoldTimer>(html`<knee-hold-timer label="Quad set" hold="5" rest="2" reps="3" lead-in="0"></knee-hold-timer>`);
    await el.start();
    const session = navigator.mediaSession;
    expect(session.metadata!.title).to.match(/^Hold [1-5] s · Rep 1\/3$/);
    expect(session.metadata!.artist).to.match(/^Quad set · 0:0\d$/);
    expect(session.playbackState).to.equal('playing');
    remote.call('pause');
    expect(el.status).to.equal('paused');
    expect(session.playbackState).to.equal('paused');
    remote.call('play');
    await waitUntil(() => el.status === 'running' && session.playbackState === 'playing', 'play did not resume');
    remote.call('stop');
    await waitUntil(() => el.status === 'stopped', 'stop did not stop');
    expect(session.playbackState).to.equal('none');
  });

  it('plays through a media element while the beat runs, every beat delayed alike (exact), and lets it go after', async () => {
    const el = await fixture<KneeMetronome>(html`<knee-metronome bpm="180"></knee-metronome>`);
    const beats: BeatInfo[] = [];
    const heard = sinon.stub(el, 'beatHeard').callsFake((beat) => void beats.push(beat));
    await el.start();
    const context = audioContext().rawContext as AudioContext;
    const route = MediaElementRoute.for(context);
    expect(route.playing).to.equal(true);
    const capture = await captureRoute(context, route);
    const firstCounted = beats.length;
    await waitUntil(() => beats.length >= firstCounted + 12, 'too few beats', { timeout: 20000 });
    await el.stop();
    const sent = beats.slice(firstCounted + 1, -1).map((b) => Math.round(b.time * context.sampleRate));
    await waitUntil(async () => (await capture.onsets()).some((f) => f > sent.at(-1)!), 'the last beat was not heard');
    const delays = routeDelays(sent, await capture.onsets());
    capture.dispose();
    heard.restore();
    // The route moves the beat, never spaces it differently: every beat has the same delay,
    // except that a MediaStream carries sound in 10 ms chunks and, when it starves (seen with
    // the machine loaded: 566 frames, then 1007 for every later beat), buffers one chunk
    // more from then on. So: runs of equal delay, each later run a whole number of chunks
    // later (never earlier: no beat cut short or lost), at most two such steps.
    const runs = delayRuns(delays);
    const described = runs.map((r) => `${r.delay}×${r.beats}`).join(', ');
    const chunk = context.sampleRate / 100;
    expect(runs.length, `delays ${described}`).to.be.at.most(3);
    for (let i = 1; i < runs.length; i++) {
      const step = (runs[i]!.delay - runs[i - 1]!.delay) / chunk;
      expect(step, `delays ${described}`).to.be.greaterThan(0.5);
      expect(Math.abs(step - Math.round(step)) * chunk, `delays ${described}`).to.be.at.most(2);
    }
    expect(runs[0]!.delay / context.sampleRate).to.be.within(0, 0.1);
    // It plays on for a moment (the last click rings out), then pauses.
    await waitUntil(() => !route.playing, 'the element kept playing after the beat stopped', { timeout: 5000 });
  });

  it('sets the audio session type from the music setting where the API exists, and skips the element to play along', async () => {
    const audioSession = { type: 'auto' };
    Object.defineProperty(navigator, 'audioSession', { value: audioSession, configurable: true });
    try {
      const el = await fixture<KneeMetronome>(html`<knee-metronome audio-mode="mix"></knee-metronome>`);
      const route = MediaElementRoute.for(audioContext().rawContext as AudioContext);
      await waitUntil(() => !route.playing, 'the element still plays from an earlier test', { timeout: 5000 });
      await el.start();
      expect(audioSession.type).to.equal('ambient');
      expect(route.playing).to.equal(false);
      await el.stop();
      el.audioMode = 'locked';
      await el.start();
      expect(audioSession.type).to.equal('playback');
      expect(route.playing).to.equal(true);
      await el.stop();
    } finally {
      delete (navigator as { audioSession?: unknown }).audioSession;
    }
  });
});
