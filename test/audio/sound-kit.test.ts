import { expect } from '@open-wc/testing';
import { CLICK_SOUNDS } from '../../src/audio/click-sounds.js';
import { clickSamples, finishSound, soundKit, type SoundKit } from '../../src/audio/sound-kit.js';
import { CUE_KINDS } from '../../src/hold/hold-cues.js';
import { findOnsets, peak as peakIn } from '../helpers/onsets.js';
import { PREVIEW_BEATS, PREVIEW_BPM, playPreview } from '../../src/audio/sound-preview.js';

const peak = (samples: Float32Array) => peakIn(samples, 0, samples.length);

const RATE = 48000;

/** Normalized correlation of two sounds over the shorter one: 1 when one is the other scaled. */
function similarity(a: Float32Array, b: Float32Array) {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    ab += a[i]! * b[i]!;
    aa += a[i]! ** 2;
    bb += b[i]! ** 2;
  }
  return ab / Math.sqrt(aa * bb);
}

describe('sound kit (Tone.js instruments rendered with Tone.Offline)', function () {
  this.timeout(60000);
  let kit: SoundKit;
  before(async () => {
    kit = await soundKit(RATE);
  });

  it('gives every click voice a normal and a louder accent that start on their first sample', () => {
    for (const sound of CLICK_SOUNDS) {
      const { normal, accent } = kit.clicks[sound];
      expect(peak(normal), sound).to.be.closeTo(0.7, 1e-6);
      expect(peak(accent), sound).to.be.closeTo(1, 1e-6);
      // One onset each, at sample 0: the worklet places that sample on the beat's frame.
      expect(findOnsets(normal), sound).to.deep.equal([0]);
      expect(findOnsets(accent), sound).to.deep.equal([0]);
      expect(Math.abs(normal[0]!), sound).to.be.at.least(0.007);
      // A click is short enough for two to never overlap at 240 steps/min.
      expect(normal.length / RATE, sound).to.be.below(0.25);
      expect(similarity(normal, accent), `${sound}: the accent is pitched up, not only louder`).to.be.below(0.9);
    }
  });

  it('makes the four voices sound different from each other', () => {
    for (const a of CLICK_SOUNDS) {
      for (const b of CLICK_SOUNDS) {
        if (a !== b) expect(Math.abs(similarity(kit.clicks[a].normal, kit.clicks[b].normal)), `${a} vs ${b}`).to.be.below(0.5);
      }
    }
  });

  it('renders every hold cue, each starting at once and over within 0.7 s', () => {
    for (const kind of CUE_KINDS) {
      const cue = kit.cues[kind];
      expect(peak(cue), kind).to.be.greaterThan(0.2);
      expect(Math.abs(cue[0]!), kind).to.be.at.least(peak(cue) * 0.01);
      expect(cue.length / RATE, kind).to.be.below(0.7);
    }
    // "switch" is three separate beeps; the others are one sound each.
    expect(findOnsets(kit.cues.switch)).to.have.length(3);
    for (const kind of CUE_KINDS.filter((k) => k !== 'switch')) expect(findOnsets(kit.cues[kind]), kind).to.deep.equal([0]);
  });

  it('keeps each walk/run cue one sound; "run" is over before the first step at 200 steps/min', () => {
    for (const [kind, cue] of Object.entries(kit.intervals)) {
      expect(findOnsets(cue), kind).to.deep.equal([0]);
      expect(cue.length / RATE, kind).to.be.below(0.35);
    }
    expect(kit.intervals.run.length / RATE).to.be.below(0.3);
    expect(similarity(kit.intervals.run, kit.intervals.walk), 'run rises, walk falls').to.be.below(0.5);
  });

  it('renders each part once per sample rate and shares it; other rates scale the lengths', async () => {
    expect(await clickSamples('wood', RATE)).to.equal(kit.clicks.wood);
    expect((await soundKit(RATE)).cues).to.equal(kit.cues);
    const at441 = await clickSamples('wood', 44100);
    expect(at441.normal.length / kit.clicks.wood.normal.length).to.be.closeTo(44100 / RATE, 0.05);
  });

  it('cuts a rendered sound to where it is audible and scales it to its peak', () => {
    const rendered = new Float32Array([0, 0, 0.001, 0.5, -2, 1, 0.001, 0, 0]);
    const out = finishSound(rendered, 0.5, 1000);
    expect([...out]).to.deep.equal([0.125, -0.5, 0]);
    expect(() => finishSound(new Float32Array(8), 1, 1000)).to.throw(/silent/);
  });
});

describe('sound preview', () => {
  it('plays four beats of the chosen voice at 170 steps/min, the first accented, each on its frame', async function () {
    this.timeout(30000);
    const rate = 44100;
    const context = new OfflineAudioContext(1, rate * 2, rate);
    const samples = await clickSamples('wood', rate);
    const played = playPreview(context, samples, 0.5, 0.1);
    const rendered = (await context.startRendering()).getChannelData(0);
    await played;
    const onsets = findOnsets(rendered);
    const beat = (60 / PREVIEW_BPM) * rate;
    expect(onsets).to.have.length(PREVIEW_BEATS);
    onsets.forEach((at, i) => expect(Math.abs(at - Math.round(0.1 * rate + i * beat)), `beat ${i}`).to.be.at.most(1));
    // The accent is the first, at the volume asked for.
    expect(peakIn(rendered, onsets[0]!, 2000)).to.be.closeTo(0.5 * peakIn(samples.accent, 0, samples.accent.length), 0.01);
    expect(peakIn(rendered, onsets[1]!, 2000)).to.be.closeTo(0.5 * peakIn(samples.normal, 0, samples.normal.length), 0.01);
  });
});
