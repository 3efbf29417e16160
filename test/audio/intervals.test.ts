import '../../src/audio/tone-silence.js';
import * as Tone from 'tone';
import { expect } from '@open-wc/testing';
import { IntervalClock } from '../../src/audio/interval-clock.js';
import { soundKit } from '../../src/audio/sound-kit.js';
import type { IntervalCueSamples } from '../../src/audio/metronome-protocol.js';
import { MetronomeEngine, type SegmentInfo } from '../../src/audio/metronome-engine.js';
import { planPosition, planSegments, intervalProblem, describePlan } from '../../src/run/run-plan.js';
import { findOnsets } from '../helpers/onsets.js';

const RATE = 48000;
/** 180 spm at 48 kHz: a beat every 16000 frames; 1 s run, 1 s walk, twice. */
const PLAN = planSegments({ runS: 1, walkS: 1, repeats: 2 });

async function render(seconds: number, planFrom: number) {
  const raw = new OfflineAudioContext(1, seconds * RATE, RATE);
  const engine = await MetronomeEngine.create(
    new Tone.OfflineContext(raw),
    { bpm: 180, accentEvery: 0, sound: 'click', volume: 1 },
    { startFrame: 0, plan: PLAN, planFrom },
  );
  const segments: SegmentInfo[] = [];
  const ends: number[] = [];
  engine.onsegment = (s) => segments.push(s);
  engine.onplanend = (t) => ends.push(t);
  const samples = (await raw.startRendering()).getChannelData(0);
  // Let the processor's last messages arrive.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { samples, segments, ends, engine };
}

/** True when the output at `frame` is the start of `cue` (the same samples). */
function cueAt(samples: Float32Array, frame: number, cue: Float32Array) {
  for (let i = 0; i < 200; i++) if (Math.abs(samples[frame + i]! - cue[i]!) > 1e-6) return false;
  return true;
}

describe('walk/run intervals (offline render, measured at the output)', function () {
  this.timeout(60000);
  let cues: IntervalCueSamples;
  before(async () => {
    cues = (await soundKit(RATE)).intervals;
  });

  it('plays a cue at each change, the beat only in run segments, the end cue at the end', async () => {
    const { samples, segments, ends, engine } = await render(4.5, 0);
    // Run cue at 0, beats one step later; walk cue at 1 s; run again at 2 s; walk 3 s; end 4 s.
    expect(findOnsets(samples)).to.deep.equal([0, 16000, 32000, 48000, 96000, 112000, 128000, 144000, 192000]);
    expect(cueAt(samples, 0, cues.run)).to.equal(true);
    expect(cueAt(samples, 48000, cues.walk)).to.equal(true);
    expect(cueAt(samples, 96000, cues.run)).to.equal(true);
    expect(cueAt(samples, 144000, cues.walk)).to.equal(true);
    expect(cueAt(samples, 192000, cues.end)).to.equal(true);
    expect(cueAt(samples, 16000, cues.run)).to.equal(false);
    expect(segments.map((s) => [s.kind, s.time])).to.deep.equal([
      ['run', 0],
      ['walk', 1],
      ['run', 2],
      ['walk', 3],
    ]);
    expect(ends).to.deep.equal([4]);
    expect(engine.running).to.equal(false);
    expect(engine.beats).to.equal(4);
  });

  it('resumes a plan mid-walk: silent until the next run cue, on the plan’s time', async () => {
    const { samples, segments } = await render(3, 1.5);
    expect(findOnsets(samples)).to.deep.equal([24000, 40000, 56000, 72000, 120000]);
    expect(segments[0]).to.deep.include({ kind: 'walk', index: 1, resumed: true, time: 0 });
  });

  it('resumes a plan mid-run: the beat at once, no cue', async () => {
    const { samples } = await render(1, 0.25);
    expect(findOnsets(samples)).to.deep.equal([0, 16000, 32000, 36000]);
    expect(cueAt(samples, 36000, cues.walk)).to.equal(true);
  });
});

describe('IntervalClock', () => {
  it('places boundaries from one anchor, to the nearest frame', () => {
    const clock = new IntervalClock(planSegments({ runS: 1 / 3, walkS: 1 / 3, repeats: 30 }), 44100);
    clock.start(1000, 0);
    const frames: number[] = [];
    for (let from = 1000; from < 1000 + 44100 * 21; from += 128) {
      const b = clock.take(from, 128);
      if (b) frames.push(b.frame);
    }
    expect(frames.length).to.equal(61);
    frames.forEach((f, i) => expect(f).to.equal(1000 + Math.round((i / 3) * 44100)));
  });
});

describe('run plans', () => {
  const plan = { runS: 60, walkS: 120, repeats: 6 };
  it('says where a time falls', () => {
    expect(planPosition(plan, 0)).to.deep.equal({ index: 0, kind: 'run', round: 1, leftS: 60, finished: false });
    expect(planPosition(plan, 90)).to.deep.equal({ index: 1, kind: 'walk', round: 1, leftS: 90, finished: false });
    expect(planPosition(plan, 180)).to.deep.include({ index: 2, kind: 'run', round: 2 });
    expect(planPosition(plan, 1080).finished).to.equal(true);
  });
  it('refuses plans out of range, in plain words', () => {
    expect(intervalProblem(plan)).to.equal(null);
    expect(intervalProblem({ ...plan, runS: 0.5 })).to.match(/run must last 1 s/);
    expect(intervalProblem({ ...plan, repeats: 0 })).to.match(/Repeats/);
    expect(intervalProblem({ ...plan, walkS: Number.NaN })).to.match(/walk/);
  });
  it('describes a plan', () => {
    expect(describePlan(plan)).to.equal('Run 1 min, walk 2 min × 6');
    expect(describePlan({ runS: 90, walkS: 30, repeats: 2 })).to.equal('Run 1 min 30 s, walk 30 s × 2');
    expect(describePlan(null)).to.equal('Continuous');
  });
});
