// What one score means the moment it is given ("it hurts" during an exercise or a run).
import { expect } from 'chai';
import { HOP_PAIN_LIMIT, PAIN_LIMIT, RED_FLAG_CHECK_PAIN, RUN_PAIN_LIMIT, SEVERE_PAIN } from '../../src/program/limits.js';
import { SCORE_RULES, adviseOnScore, limitFor } from '../../src/program/score-rules.js';

describe('rules table: a score as it is given', () => {
  it('every row names a condition, an action and a source', () => {
    for (const rule of SCORE_RULES) {
      expect(rule.if.length, rule.id).to.be.greaterThan(10);
      expect(rule.then.length, rule.id).to.be.greaterThan(10);
      expect(rule.source.note.length, rule.id).to.be.greaterThan(10);
    }
  });

  it('holds each activity to its own limit', () => {
    expect(limitFor('exercise')).to.equal(PAIN_LIMIT);
    expect(limitFor('run')).to.equal(RUN_PAIN_LIMIT);
    expect(limitFor('hop')).to.equal(HOP_PAIN_LIMIT);
  });

  for (const [activity, limit, words] of [
    ['exercise', PAIN_LIMIT, /stop this exercise/],
    ['run', RUN_PAIN_LIMIT, /stop and walk/],
    ['hop', HOP_PAIN_LIMIT, /no more hops today/],
  ] as const) {
    it(`${activity}: ${limit} carries on, ${limit + 1} stops`, () => {
      const within = adviseOnScore(limit, activity);
      expect(within).to.include({ action: 'carry-on', rule: 'score-within', askRedFlags: false });
      expect(within.message).to.match(new RegExp(`^${limit}/10 noted: within the limit`));
      const above = adviseOnScore(limit + 1, activity);
      expect(above).to.include({ action: 'stop', rule: 'score-above-limit' });
      expect(above.message).to.match(words);
    });
  }

  it("a clinician's lower running limit holds a run to it, and only a run", () => {
    expect(limitFor('run', 1)).to.equal(1);
    expect(limitFor('exercise', 1)).to.equal(PAIN_LIMIT);
    expect(adviseOnScore(2, 'run', 1)).to.include({
      action: 'stop',
      message: '2/10 is above 1 for running: stop and walk. The next run will be an easier step.',
    });
    expect(adviseOnScore(1, 'run', 1).action).to.equal('carry-on');
    expect(adviseOnScore(2, 'exercise', 1).action).to.equal('carry-on');
    expect(adviseOnScore(SEVERE_PAIN, 'run', 1).action).to.equal('stop-day');
  });

  it(`${SEVERE_PAIN} or more stops the day; ${SEVERE_PAIN - 1} does not`, () => {
    expect(adviseOnScore(SEVERE_PAIN, 'exercise')).to.include({ action: 'stop-day', rule: 'score-severe' });
    expect(adviseOnScore(SEVERE_PAIN, 'exercise').message).to.match(/no more training today/);
    expect(adviseOnScore(SEVERE_PAIN, 'run').message).to.match(/walk home/);
    expect(adviseOnScore(SEVERE_PAIN - 1, 'exercise').action).to.equal('stop');
  });

  it(`${RED_FLAG_CHECK_PAIN} or more asks the safety questions; ${RED_FLAG_CHECK_PAIN - 1} does not`, () => {
    expect(adviseOnScore(RED_FLAG_CHECK_PAIN, 'exercise').askRedFlags).to.equal(true);
    expect(adviseOnScore(RED_FLAG_CHECK_PAIN, 'exercise').message).to.match(/safety questions/);
    expect(adviseOnScore(RED_FLAG_CHECK_PAIN - 1, 'exercise').askRedFlags).to.equal(false);
    expect(adviseOnScore(RED_FLAG_CHECK_PAIN - 1, 'exercise').message).to.not.match(/safety questions/);
  });

  it('reads, row by row, as the README lists it, with each message whole', () => {
    expect(SCORE_RULES.map((r) => `${r.id} ${r.source.kind}`)).to.deep.equal(['score-severe choice', 'score-above-limit seed', 'score-within seed']);
    expect(adviseOnScore(2, 'exercise').message).to.equal('2/10 noted: within the limit, carry on. Stop at once at any sharp pain.');
    expect(adviseOnScore(9, 'exercise').message).to.equal(
      '9/10 is too much: stop now, and no more training today. Today will say when to get it checked. Answer the safety questions before you train again.',
    );
    expect(adviseOnScore(8, 'run').message).to.match(/^8\/10 is too much: stop running and walk home gently, and no more/);
  });
});
