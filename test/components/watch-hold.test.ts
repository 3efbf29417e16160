// A hold set with a Bangle.js 2 connected (the stand-in of test/helpers/fake-watch.ts): the
// watch connected once stays the page's (here connected directly, as the Run view does); the
// set's cues go to it as times on its clock, each with its kind; its face shows the set; its
// button pauses the set (the cues to come are cancelled) and resumes it (sent again).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/knee-hold-timer/knee-hold-timer.js';
import type { KneeHoldTimer } from '../../components/knee-hold-timer/knee-hold-timer.js';
import { wrist } from '../../src/watch/wrist.js';
import { fakeWatch } from '../helpers/fake-watch.js';

type Cue = [number, string];

describe('a hold set with a Bangle.js 2', function () {
  this.timeout(60000);
  afterEach(() => wrist.disconnect());

  it('buzzes the set’s cues on the watch’s clock, shows the set, and its button pauses and resumes it', async () => {
    const watch = fakeWatch();
    await wrist.connect(watch.bluetooth as never);
    await waitUntil(() => wrist.beat?.sync.ready, 'the watch’s clock is not known', { timeout: 10000 });
    const el = await fixture<KneeHoldTimer>(html`<knee-hold-timer label="Quad set" hold="5" rest="3" reps="3" lead-in="0"></knee-hold-timer>`);
    const startedAt = performance.now();
    await el.start();
    const runningAt = performance.now();
    const cueMessages = () => watch.said.filter((m) => m['t'] === 'cues');
    await waitUntil(() => cueMessages().length > 0, 'no cues sent', { timeout: 10000 });
    const first = cueMessages()[0]!;
    expect(first['l']).to.equal(wrist.latencyMs);
    const cues = first['c'] as Cue[];
    // Three holds of 5 s: each a go, three ticks and a release (the last one the end), in the
    // watch's clock (the page's + 1000 ms, to within the sync's few ms and the audio's output delay).
    expect(cues.map(([, kind]) => kind)).to.deep.equal([
      'go',
      'tick',
      'tick',
      'tick',
      'release',
      'go',
      'tick',
      'tick',
      'tick',
      'release',
      'go',
      'tick',
      'tick',
      'tick',
      'end',
    ]);
    // The first go falls between the press and a moment after the set began (the audio's start-up takes what it takes).
    const go = cues[0]![0] - 1000;
    expect(go).to.be.within(startedAt - 100, runningAt + 1000);
    // Hold 5 s, rest 3 s: the second go 8 s after the first, a release 5 s after its go.
    expect(cues[5]![0] - cues[0]![0]).to.be.closeTo(8000, 5);
    expect(cues[4]![0] - cues[0]![0]).to.be.closeTo(5000, 5);

    await waitUntil(() => watch.said.some((m) => m['t'] === 'face' && m['r'] === 'Quad set' && /^Hold/.test(m['p'] as string)), 'no face', { timeout: 10000 });

    // The watch's button pauses the set: the watch's cues to come are cancelled.
    watch.reply({ t: 'btn' });
    await waitUntil(() => el.status === 'paused', 'not paused by the watch', { timeout: 5000 });
    await waitUntil(() => cueMessages().some((m) => (m['c'] as Cue[]).length === 0), 'cues not cancelled', { timeout: 5000 });
    await waitUntil(() => watch.said.some((m) => m['t'] === 'face' && m['r'] === 'Quad set' && m['z'] === 1), 'paused not shown', { timeout: 5000 });
    const before = cueMessages().length;
    watch.reply({ t: 'btn' });
    await waitUntil(() => el.status === 'running', 'not resumed by the watch', { timeout: 5000 });
    await waitUntil(() => cueMessages().length > before && (cueMessages().at(-1)!['c'] as Cue[]).length > 0, 'cues not sent again', { timeout: 5000 });
    el.stop();
    await waitUntil(() => watch.said.some((m) => m['t'] === 'face' && m['r'] === 'Kneebeat'), 'face not released', { timeout: 5000 });
  });
});
