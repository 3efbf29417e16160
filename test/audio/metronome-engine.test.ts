import '../../src/audio/tone-silence.js';
import * as Tone from 'tone';
import { expect } from '@open-wc/testing';
import { MetronomeEngine, type MetronomeSettings } from '../../src/audio/metronome-engine.js';
import { findOnsets, peak } from '../helpers/onsets.js';

const settings = (overrides: Partial<MetronomeSettings> = {}): MetronomeSettings => ({
  bpm: 170,
  accentEvery: 0,
  sound: 'click',
  volume: 1,
  ...overrides,
});

/**
 * A native OfflineAudioContext wrapped as a Tone context — as the app wraps its live context
 * (see audio-runtime.ts) — so a test can `suspend()` rendering at an exact time and change
 * something while the audio thread is parked.
 */
function suspendableContext(seconds: number, sampleRate: number) {
  const raw = new OfflineAudioContext(1, Math.round(seconds * sampleRate), sampleRate);
  return { raw, tone: new Tone.OfflineContext(raw) };
}

/** Renders the engine (mono) from frame 0 and returns the samples. */
async function renderWithTone(seconds: number, sampleRate: number, s: MetronomeSettings) {
  const { raw, tone } = suspendableContext(seconds, sampleRate);
  await MetronomeEngine.create(tone, s, { startFrame: 0 });
  return (await raw.startRendering()).getChannelData(0);
}

describe('MetronomeEngine (offline render)', function () {
  this.timeout(120000);

  for (const [bpm, rate] of [
    [173, 44100],
    [173, 48000],
    [180, 44100],
    [165, 48000],
    [60, 22050],
    [240, 48000],
  ] as const) {
    it(`puts every beat on its sample at ${bpm} spm, ${rate} Hz`, async () => {
      const seconds = 20;
      const samples = await renderWithTone(seconds, rate, settings({ bpm }));
      const onsets = findOnsets(samples);
      const period = (60 * rate) / bpm;
      expect(onsets.length).to.equal(Math.floor((seconds * rate - 1) / period) + 1);
      onsets.forEach((frame, n) => expect(frame, `beat ${n}`).to.equal(Math.round(n * period)));
    });
  }

  it('has no cumulative drift over 10 minutes at 173 spm, 44.1 kHz', async () => {
    const rate = 44100;
    const samples = await renderWithTone(600, rate, settings({ bpm: 173 }));
    const onsets = findOnsets(samples);
    const period = (60 * rate) / 173;
    expect(onsets.length).to.equal(1730);
    let worst = 0;
    onsets.forEach((frame, n) => (worst = Math.max(worst, Math.abs(frame - n * period))));
    expect(worst).to.be.at.most(0.5); // rounding to the nearest frame, nothing more
    expect(onsets.at(-1)).to.equal(Math.round(1729 * period));
  });

  it('accents every Nth beat: louder, and the others not', async () => {
    const samples = await renderWithTone(4, 48000, settings({ bpm: 180, accentEvery: 3 }));
    const onsets = findOnsets(samples);
    const levels = onsets.map((frame) => peak(samples, frame, 200));
    levels.forEach((level, n) => {
      if (n % 3 === 0) expect(level, `beat ${n}`).to.be.closeTo(1.0, 0.01);
      else expect(level, `beat ${n}`).to.be.closeTo(0.7, 0.01);
    });
  });

  it('makes each sound distinct', async () => {
    const firsts: number[][] = [];
    for (const sound of ['click', 'wood', 'beep', 'cowbell'] as const) {
      const samples = await renderWithTone(0.5, 48000, settings({ sound }));
      firsts.push(Array.from(samples.subarray(0, 400)));
    }
    for (let a = 0; a < firsts.length; a++) for (let b = a + 1; b < firsts.length; b++) expect(firsts[a]).not.to.deep.equal(firsts[b]);
  });

  it('scales the output by volume', async () => {
    const samples = await renderWithTone(0.5, 48000, settings({ volume: 0.25 }));
    expect(peak(samples, 0, 400)).to.be.closeTo(0.7 * 0.25, 0.005);
  });

  it('lands a tempo change on the next beat: no doubled, missing or short beat', async () => {
    const rate = 48000;
    const { raw, tone } = suspendableContext(4, rate);
    const engine = await MetronomeEngine.create(tone, settings({ bpm: 120 }), { startFrame: 0 });
    // Beats at 0, 0.5, 1.0 s at 120 spm. Change to 180 spm at 1.25 s (a whole number of quanta).
    const changeAt = 1.25;
    const changed = raw.suspend(changeAt).then(async () => {
      await engine.setBpm(180);
      await raw.resume();
    });
    const samples = (await raw.startRendering()).getChannelData(0);
    await changed;
    const onsets = findOnsets(samples);
    const intervals = onsets.slice(1).map((f, i) => f - onsets[i]!);
    // Three beats at 24000 frames, then every interval (the one under way included) 16000.
    expect(onsets.slice(0, 3)).to.deep.equal([0, 24000, 48000]);
    expect(intervals.slice(2)).to.deep.equal(new Array(intervals.length - 2).fill(16000));
    expect(onsets[3]).to.equal(64000);
  });

  it('stops after the beat under way and reports how many beats it played', async () => {
    const rate = 48000;
    const { raw, tone } = suspendableContext(3, rate);
    const engine = await MetronomeEngine.create(tone, settings({ bpm: 120 }), { startFrame: 0 });
    let played = -1;
    const stopped = raw.suspend(1.2).then(async () => {
      const stopping = engine.stop();
      await raw.resume();
      played = await stopping;
    });
    const samples = (await raw.startRendering()).getChannelData(0);
    await stopped;
    expect(findOnsets(samples)).to.deep.equal([0, 24000, 48000]);
    expect(played).to.equal(3);
  });
});
