// The guided session's steps, DOM-free: pain before, each exercise with a rest between, pain
// after, the summary; a severe "it hurts" score ends the exercises.
import { expect } from 'chai';
import { GuidedSession, REST_BETWEEN } from '../../src/program/guided-session.js';
import { SEVERE_PAIN } from '../../src/program/limits.js';
import { routineFor } from '../../src/program/routine.js';
import { sessionRecord, type HoldSessionRecord } from '../../src/session-record.js';

const items = routineFor(1, 0).slice(0, 3);
const record = (reps: number, complete: boolean, during?: number) =>
  sessionRecord<HoldSessionRecord>({
    kind: 'hold',
    exerciseId: 'quad-set',
    startedAt: 1000,
    endedAt: 2000,
    complete,
    planned: { holdS: 5, reps: 10, sets: 1, sides: 'one' },
    done: { reps: [[reps]], timeUnderTensionS: reps * 5 },
    ...(during === undefined ? {} : { pain: { before: null, during, after: null } }),
  });

describe('guided session (model)', () => {
  it('walks pain before, each exercise with a rest between, pain after, then the summary', () => {
    const s = new GuidedSession(items, 1_000);
    expect(s.step).to.deep.equal({ kind: 'pain-before' });
    expect(s.results).to.deep.equal([null, null, null]);
    s.skip(); // nothing to skip before the first exercise
    expect(s.step).to.deep.equal({ kind: 'pain-before' });
    s.answerPainBefore(2);
    expect(s.painBefore).to.equal(2);
    expect(s.step).to.deep.equal({ kind: 'exercise', index: 0 });
    s.exerciseEnded(record(10, true));
    expect(s.step).to.deep.equal({ kind: 'rest', next: 1, seconds: REST_BETWEEN });
    s.restEnded();
    expect(s.step).to.deep.equal({ kind: 'exercise', index: 1 });
    s.exerciseEnded(record(4, false));
    s.skip(); // the rest
    expect(s.step).to.deep.equal({ kind: 'exercise', index: 2 });
    s.skip(); // the exercise
    expect(s.step).to.deep.equal({ kind: 'pain-after' });
    expect(s.results).to.deep.equal(['done', 'partial', 'skipped']);
    s.answerPainAfter(1, 61_000);
    expect(s.step).to.deep.equal({ kind: 'summary' });
    expect(s.summary()).to.deep.equal({ durationS: 60, done: 1, partial: 1, skipped: 1, painBefore: 2, painAfter: 1 });
  });

  it('counts a set stopped before its first rep as skipped, and ignores answers out of turn', () => {
    const s = new GuidedSession(items, 0, 0);
    s.answerPainAfter(3, 5); // not yet
    s.restEnded(); // no rest now
    s.exerciseEnded(record(10, true)); // before the first exercise
    expect(s.step).to.deep.equal({ kind: 'pain-before' });
    s.answerPainBefore(0);
    s.answerPainBefore(9); // once only
    expect(s.painBefore).to.equal(0);
    s.exerciseEnded(record(0, false));
    // No rest between (rest 0): straight to the next.
    expect(s.step).to.deep.equal({ kind: 'exercise', index: 1 });
    expect(s.results[0]).to.equal('skipped');
  });

  it('Stop ends the exercises (the rest count as skipped) and still asks pain after', () => {
    const s = new GuidedSession(items, 0);
    s.stop(); // nothing to stop before the first exercise
    expect(s.step.kind).to.equal('pain-before');
    s.answerPainBefore(1);
    s.exerciseEnded(record(10, true));
    s.stop();
    expect(s.step).to.deep.equal({ kind: 'pain-after' });
    expect(s.results).to.deep.equal(['done', 'skipped', 'skipped']);
    expect(s.summary().durationS).to.equal(0);
  });

  it(`an "it hurts" score of ${SEVERE_PAIN} or more ends the exercises; below it the session goes on`, () => {
    const s = new GuidedSession(items, 0);
    s.answerPainBefore(0);
    s.exerciseEnded(record(3, false, SEVERE_PAIN - 1));
    expect(s.lastDuring).to.deep.equal({ index: 0, pain: SEVERE_PAIN - 1 });
    expect(s.step.kind).to.equal('rest');
    s.restEnded();
    s.exerciseEnded(record(2, false, SEVERE_PAIN));
    expect(s.step).to.deep.equal({ kind: 'pain-after' });
    expect(s.lastDuring).to.deep.equal({ index: 1, pain: SEVERE_PAIN });
    expect(s.results).to.deep.equal(['partial', 'partial', 'skipped']);
    const t = new GuidedSession(items, 0);
    t.answerPainBefore(0);
    t.exerciseEnded(record(10, true));
    expect(t.lastDuring).to.equal(null);
  });

  it('an empty routine goes straight from pain before to pain after', () => {
    const s = new GuidedSession([], 0);
    s.answerPainBefore(0);
    expect(s.step).to.deep.equal({ kind: 'pain-after' });
  });
});
