import { expect } from '@open-wc/testing';
import { AudioClockWatch, describeAudioHealth, type ClockReading } from '../../src/audio/audio-health.js';

/** A fake audio clock and wall clock the test moves by hand. */
function clocks() {
  const reading: ClockReading = { state: 'running', currentTime: 0 };
  const wall = { now: 0 };
  const watch = new AudioClockWatch(
    () => reading,
    () => wall.now,
  );
  const advance = (ms: number, audioMs = ms) => {
    wall.now += ms;
    reading.currentTime += audioMs / 1000;
  };
  return { reading, watch, advance };
}

describe('AudioClockWatch', () => {
  it('is ok while the audio clock keeps pace, even under a main-thread stall', () => {
    const { watch, advance } = clocks();
    for (let i = 0; i < 10; i++) {
      advance(i % 3 ? 500 : 650); // late checks (a stalled page) are not a stalled clock
      expect(watch.check()).to.equal('ok');
    }
  });

  it('calls a running context whose clock stopped "stalled", and recovers when it moves', () => {
    const { watch, advance } = clocks();
    advance(500);
    watch.check();
    advance(1000, 0);
    expect(watch.check()).to.equal('stalled');
    advance(400, 0);
    expect(watch.check()).to.equal('stalled');
    advance(1000);
    expect(watch.check()).to.equal('ok');
  });

  for (const state of ['suspended', 'interrupted', 'closed'] as const) {
    it(`reports a ${state} context at once, with words for the user`, () => {
      const { watch, reading } = clocks();
      reading.state = state;
      expect(watch.check()).to.equal(state);
      expect(describeAudioHealth(state)).to.match(/Tap Start/);
    });
  }
});
