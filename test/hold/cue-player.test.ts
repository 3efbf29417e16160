import '../../src/audio/tone-silence.js';
import { OfflineContext } from 'tone';
import { expect } from '@open-wc/testing';
import { CuePlayer } from '../../src/hold/cue-player.js';
import { cuesFor } from '../../src/hold/hold-cues.js';
import { DEFAULT_HOLD, planSession } from '../../src/hold/hold-plan.js';
import { findOnsets } from '../helpers/onsets.js';
import type { Seconds } from '../../src/units.js';

const RATE = 48000;
/** One onset per cue: the notes inside a cue are closer together than this. */
const CUE_GAP = RATE / 10;

function offline(seconds: number) {
  const raw = new OfflineAudioContext(1, seconds * RATE, RATE);
  return { raw, tone: new OfflineContext(raw) };
}

/**
 * Runs `send` with the rendering suspended at `time`, then renders on. The player talks to
 * its processor by messages, which an offline context takes in only while suspended (a
 * running one takes them between render quanta, as a page's context does).
 */
function whileSuspended(raw: OfflineAudioContext, time: Seconds, send: () => void): Promise<void> {
  return raw.suspend(time).then(async () => {
    send();
    // Let the message reach the audio thread before rendering goes on.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await raw.resume();
  });
}

describe('CuePlayer (offline render)', function () {
  this.timeout(30000);

  it('sounds every cue of a 3-rep set at its planned sample', async () => {
    const plan = planSession({ ...DEFAULT_HOLD, holdS: 5, restS: 2, reps: 3, leadInS: 0 });
    const cues = cuesFor(plan);
    const { raw, tone } = offline(22);
    const player = await CuePlayer.create(tone);
    const t0 = 0.25;
    const sent = whileSuspended(raw, 0, () => player.schedule(cues.map((c) => ({ kind: c.kind, at: t0 + c.time }))));
    const onsets = findOnsets((await raw.startRendering()).getChannelData(0), { minGap: CUE_GAP });
    await sent;
    expect(onsets.length).to.equal(cues.length);
    onsets.forEach((frame, i) => expect(Math.abs(frame - (t0 + cues[i]!.time) * RATE), `${cues[i]!.kind}@${cues[i]!.time}`).to.be.at.most(1));
  });

  it('cancel() silences the cues still to come', async () => {
    const { raw, tone } = offline(6);
    const player = await CuePlayer.create(tone);
    const sent = whileSuspended(raw, 0, () => player.schedule([1, 2, 3, 4, 5].map((at) => ({ kind: 'go' as const, at }))));
    const cancelled = whileSuspended(raw, 2.5, () => {
      expect(player.scheduledCount).to.equal(3);
      player.cancel();
      expect(player.scheduledCount).to.equal(0);
    });
    const onsets = findOnsets((await raw.startRendering()).getChannelData(0), { minGap: CUE_GAP });
    await Promise.all([sent, cancelled]);
    expect(onsets).to.deep.equal([RATE, 2 * RATE]);
  });

  it('leaves out cues whose time has passed instead of playing them late', async () => {
    const { raw, tone } = offline(3);
    const player = await CuePlayer.create(tone);
    const late = whileSuspended(raw, 1, () =>
      player.schedule([
        { kind: 'tick', at: 0.5 },
        { kind: 'tick', at: 2 },
      ]),
    );
    const onsets = findOnsets((await raw.startRendering()).getChannelData(0), { minGap: CUE_GAP });
    await late;
    expect(onsets).to.deep.equal([2 * RATE]);
  });

  it('makes each kind of cue sound different', async () => {
    const kinds = ['count', 'go', 'tick', 'release', 'switch', 'end'] as const;
    const { raw, tone } = offline(kinds.length);
    const player = await CuePlayer.create(tone);
    const sent = whileSuspended(raw, 0, () => player.schedule(kinds.map((kind, i) => ({ kind, at: i }))));
    const samples = (await raw.startRendering()).getChannelData(0);
    await sent;
    const shapes = kinds.map((_, i) => Array.from(samples.subarray(i * RATE, i * RATE + 9600)).map((s) => Math.round(s * 100)));
    for (let a = 0; a < shapes.length; a++) for (let b = a + 1; b < shapes.length; b++) expect(shapes[a]).not.to.deep.equal(shapes[b]);
  });
});
