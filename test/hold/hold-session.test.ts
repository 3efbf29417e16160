import { expect } from '@open-wc/testing';
import { DEFAULT_HOLD, planSession, sessionLength, type HoldSettings } from '../../src/hold/hold-plan.js';
import { HoldSession } from '../../src/hold/hold-session.js';
import { cuesFor } from '../../src/hold/hold-cues.js';

/** A session on a clock the test moves by hand. */
function session(overrides: Partial<HoldSettings> = {}) {
  const clock = { now: 100 };
  const s = new HoldSession({ ...DEFAULT_HOLD, ...overrides }, () => clock.now);
  const advance = (seconds: number) => (clock.now += seconds);
  return { s, advance, clock };
}

describe('planSession', () => {
  it('lays out a quad set: 3 s lead-in, 10 × (5 s hold) with 3 s rests', () => {
    const plan = planSession(DEFAULT_HOLD);
    expect(plan.map((p) => p.phase).slice(0, 4)).to.deep.equal(['lead-in', 'hold', 'rest', 'hold']);
    expect(plan.filter((p) => p.phase === 'hold')).to.have.length(10);
    expect(sessionLength(plan)).to.equal(3 + 10 * 5 + 9 * 3);
  });

  it('does every rep on the left, a switch pause, then the right; set rests between sets', () => {
    const plan = planSession({ ...DEFAULT_HOLD, reps: 2, sets: 2, sides: 'both', leadInS: 0, setRestS: 20, switchS: 4 });
    expect(plan.map((p) => `${p.phase}:${p.side}:${p.set}.${p.rep}`)).to.deep.equal([
      'hold:left:1.1',
      'rest:left:1.2',
      'hold:left:1.2',
      'switch:right:1.1',
      'hold:right:1.1',
      'rest:right:1.2',
      'hold:right:1.2',
      'set-rest:left:2.1',
      'hold:left:2.1',
      'rest:left:2.2',
      'hold:left:2.2',
      'switch:right:2.1',
      'hold:right:2.1',
      'rest:right:2.2',
      'hold:right:2.2',
    ]);
  });

  it('leaves out phases of zero length (no lead-in, no rest)', () => {
    const plan = planSession({ ...DEFAULT_HOLD, leadInS: 0, restS: 0, reps: 3 });
    expect(plan.map((p) => p.phase)).to.deep.equal(['hold', 'hold', 'hold']);
  });
});

describe('HoldSession', () => {
  it('reads phase, seconds left, rep and set from the clock', () => {
    const { s, advance } = session();
    expect(s.snapshot().phase).to.equal('ready');
    s.start();
    expect(s.snapshot()).to.include({ phase: 'lead-in', remaining: 3, rep: 1, reps: 10 });
    advance(3.5);
    expect(s.snapshot()).to.include({ phase: 'hold', remaining: 4.5, rep: 1 });
    advance(5);
    expect(s.snapshot()).to.include({ phase: 'rest', rep: 2 });
    expect(s.snapshot().remaining).to.be.closeTo(2.5, 1e-9);
  });

  it('does not drift when checked irregularly (time comes from the clock, not from ticks)', () => {
    const { s, advance } = session({ leadInS: 0 });
    s.start();
    for (let i = 0; i < 1000; i++) advance(0.0331);
    expect(s.elapsed()).to.be.closeTo(33.1, 1e-9);
  });

  for (const [phaseAt, phase] of [
    [1, 'lead-in'],
    [5, 'hold'],
    [9, 'rest'],
  ] as const) {
    it(`pauses in ${phase} and resumes where it was`, () => {
      const { s, advance } = session();
      s.start();
      advance(phaseAt);
      const before = s.snapshot();
      s.pause();
      advance(60);
      expect(s.snapshot()).to.deep.equal({ ...before, paused: true });
      s.resume();
      advance(0.25);
      expect(s.snapshot().phase).to.equal(phase);
      expect(s.snapshot().remaining).to.be.closeTo(before.remaining - 0.25, 1e-9);
      expect(s.status).to.equal('running');
    });
  }

  it('skip in a hold ends that rep (not counted) and goes to the next hold', () => {
    const { s, advance } = session({ leadInS: 0 });
    s.start();
    advance(2);
    s.skip();
    expect(s.snapshot()).to.include({ phase: 'hold', rep: 2, remaining: 5 });
    advance(5);
    expect(s.completedReps()).to.deep.equal([[1]]);
    expect(s.timeUnderTension()).to.be.closeTo(7, 1e-9);
  });

  it('skip in a rest starts the next hold now', () => {
    const { s, advance } = session({ leadInS: 0 });
    s.start();
    advance(6);
    s.skip();
    expect(s.snapshot()).to.include({ phase: 'hold', rep: 2, remaining: 5 });
    expect(s.completedReps()).to.deep.equal([[1]]);
  });

  it('skip from the last hold finishes the session', () => {
    const { s, advance } = session({ leadInS: 0, reps: 2 });
    s.start();
    advance(9);
    s.skip();
    expect(s.status).to.equal('done');
    expect(s.completedReps()).to.deep.equal([[1]]);
  });

  it('stop mid-set keeps what was done, as a partial session', () => {
    const { s, advance } = session({ leadInS: 0, sides: 'both', reps: 3 });
    s.start();
    advance(8 * 2 + 2); // two reps on the left, 2 s into the third hold
    s.stop();
    expect(s.status).to.equal('stopped');
    expect(s.completedReps()).to.deep.equal([[2, 0]]);
    expect(s.timeUnderTension()).to.be.closeTo(12, 1e-9);
    advance(100);
    expect(s.snapshot().phase).to.equal('done');
    expect(s.timeUnderTension()).to.be.closeTo(12, 1e-9);
  });

  it('counts both sides and every set when run to the end', () => {
    const { s, advance } = session({ reps: 2, sets: 2, sides: 'both', leadInS: 2 });
    s.start();
    advance(s.length + 1);
    expect(s.status).to.equal('done');
    expect(s.completedReps()).to.deep.equal([
      [2, 2],
      [2, 2],
    ]);
    expect(s.timeUnderTension()).to.equal(8 * 5);
  });

  it('with a lead, waits that long after start, resume and skip before time moves', () => {
    const clock = { now: 10 };
    const s = new HoldSession({ ...DEFAULT_HOLD, leadInS: 0 }, () => clock.now, 0.15);
    s.start();
    expect(s.clockTimeOf(0)).to.be.closeTo(10.15, 1e-9);
    clock.now += 0.1;
    expect(s.elapsed()).to.equal(0);
    clock.now += 0.15;
    expect(s.elapsed()).to.be.closeTo(0.1, 1e-9);
    s.pause();
    clock.now += 5;
    s.resume();
    clock.now += 0.15;
    expect(s.elapsed()).to.be.closeTo(0.1, 1e-9);
  });

  it('does nothing on pause, resume or skip before it starts', () => {
    const { s } = session();
    s.pause();
    s.resume();
    s.skip();
    expect(s.status).to.equal('ready');
  });
});

describe('cuesFor', () => {
  it('counts in, then go / ticks in the last 3 s / release, and ends with the end cue', () => {
    const plan = planSession({ ...DEFAULT_HOLD, reps: 2, restS: 2, leadInS: 3 });
    expect(cuesFor(plan).map((c) => `${c.kind}@${c.time}`)).to.deep.equal([
      'count@0',
      'count@1',
      'count@2',
      'go@3',
      'tick@5',
      'tick@6',
      'tick@7',
      'release@8',
      'go@10',
      'tick@12',
      'tick@13',
      'tick@14',
      'end@15',
    ]);
  });

  it('puts a switch cue at the side change', () => {
    const plan = planSession({ ...DEFAULT_HOLD, reps: 1, holdS: 2, sides: 'both', leadInS: 0, switchS: 5 });
    expect(cuesFor(plan).map((c) => `${c.kind}@${c.time}`)).to.deep.equal(['go@0', 'tick@1', 'release@2', 'switch@2.5', 'go@7', 'tick@8', 'end@9']);
  });
});
