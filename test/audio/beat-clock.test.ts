import { expect } from '@open-wc/testing';
import { BeatClock, type Onset } from '../../src/audio/beat-clock.js';
import { beatFrames } from '../../src/units.js';

/** Runs the clock in 128-frame quanta, as the worklet does, and collects every onset. */
function run(clock: BeatClock, frames: number, from = 0): Onset[] {
  const all: Onset[] = [];
  for (let f = from; f < from + frames; f += 128) all.push(...clock.take(f, 128).map((o) => ({ ...o })));
  return all;
}

describe('BeatClock', () => {
  it('places beat n at round(n · 60·rate / bpm) for 173 spm at 44.1 kHz, for 10 hours', () => {
    const period = beatFrames(173, 44100);
    expect(Number.isInteger(period)).to.equal(false);
    const clock = new BeatClock(period);
    clock.start(0);
    // Ten hours, in big chunks (the arithmetic is the same as per-quantum; see the next test).
    const tenHours = 10 * 3600 * 44100;
    const onsets = clock.take(0, tenHours);
    // 173 beats a minute for 600 minutes; the beat at exactly 10 h falls outside the range.
    expect(onsets.length).to.equal(173 * 600);
    let worst = 0;
    onsets.forEach((o, n) => {
      expect(o.index).to.equal(n);
      worst = Math.max(worst, Math.abs(o.frame - n * period));
    });
    expect(worst).to.be.at.most(0.5);
  });

  it('gives the same onsets in 128-frame quanta as in one pass', () => {
    const period = beatFrames(173, 48000);
    const a = new BeatClock(period);
    const b = new BeatClock(period);
    a.start(1000);
    b.start(1000);
    const quanta = run(a, 48000 * 30);
    const whole = b.take(0, 48000 * 30);
    expect(quanta.map((o) => o.frame)).to.deep.equal(whole.map((o) => o.frame));
  });

  it('applies a new tempo to the interval under way: next beat one new period after the last', () => {
    const clock = new BeatClock(beatFrames(120, 48000)); // 24000 frames
    clock.start(0);
    const before = run(clock, 36000); // beats at 0 and 24000; now at 36000
    expect(before.map((o) => o.frame)).to.deep.equal([0, 24000]);
    clock.setPeriod(beatFrames(180, 48000), 36096); // 16000 frames
    const after = run(clock, 48000, 36096);
    expect(after.map((o) => o.frame)).to.deep.equal([40000, 56000, 72000]);
    expect(after.map((o) => o.index)).to.deep.equal([2, 3, 4]);
  });

  it('plays at once, never doubles or drops, when the new period has already elapsed', () => {
    const clock = new BeatClock(beatFrames(60, 48000)); // 48000 frames
    clock.start(0);
    run(clock, 40064); // beat at 0; now at 40064
    clock.setPeriod(beatFrames(240, 48000), 40064); // 12000: last + 12000 is long past
    const after = run(clock, 30000, 40064);
    expect(after[0]!.frame).to.equal(40064);
    expect(after[1]!.frame - after[0]!.frame).to.equal(12000);
    expect(after.map((o) => o.index)).to.deep.equal([1, 2, 3]);
  });

  it('takes a tempo set before the first beat as its starting tempo', () => {
    const clock = new BeatClock(beatFrames(170, 48000));
    clock.setPeriod(beatFrames(120, 48000), 0);
    clock.start(0);
    expect(clock.take(0, 48001).map((o) => o.frame)).to.deep.equal([0, 24000, 48000]);
  });

  it('stops producing beats when stopped', () => {
    const clock = new BeatClock(1000);
    clock.start(0);
    clock.take(0, 2500);
    clock.stop();
    expect(clock.take(2500, 10000)).to.deep.equal([]);
    expect(clock.played).to.equal(3);
  });
});
