// How steps land on the beat: each footfall against the click nearest it — the share within
// ±40 ms and the median offset (behind the beat positive), for the latest steps and the run.
import { expect } from 'chai';
import { ON_BEAT, OnBeat } from '../../src/cadence/on-beat.js';

describe('on the beat', () => {
  it('compares each footfall with its nearest click, ahead or behind', () => {
    const beat = new OnBeat();
    expect(beat.footfall(100)).to.equal(null); // no clicks yet
    // Clicks as they play; each footfall known three clicks later (as the detector finds it):
    // 30 steps 25 ms behind, then 10 steps 60 ms ahead.
    for (let k = 0; k < 43; k++) {
      beat.click(1000 + k * 350);
      const step = k - 3;
      if (step >= 0 && step < 30) expect(beat.footfall(1000 + step * 350 + 25)).to.equal(25);
      else if (step >= 30 && step < 40) expect(beat.footfall(1000 + step * 350 - 60)).to.equal(-60);
    }
    const run = beat.summary()!;
    expect(run).to.deep.equal({ steps: 40, share: 0.75, medianOffsetMs: 25 });
    // The latest 20: 10 behind by 25, 10 ahead by 60.
    expect(beat.live).to.deep.equal({ steps: 20, share: 0.5, medianOffsetMs: Math.round((25 - 60) / 2) });
    expect(ON_BEAT).to.equal(40);
  });

  it('ignores a footfall with no click within half a beat (the beat paused), and counts none before two clicks', () => {
    const beat = new OnBeat();
    beat.click(1000);
    expect(beat.footfall(1010)).to.equal(null);
    beat.click(1350);
    expect(beat.footfall(5000)).to.equal(null);
    expect(beat.footfall(1340)).to.equal(-10);
    expect(beat.summary()).to.deep.equal({ steps: 1, share: 1, medianOffsetMs: -10 });
    expect(new OnBeat().summary()).to.equal(null);
  });
});
