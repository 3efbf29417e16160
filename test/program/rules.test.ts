// The day's rules table, row by row, each at its boundary: the value that triggers and the one
// that does not. Runs under Node too (npm run test:rules, and the mutation test).
import { expect } from 'chai';
import { decideDay, type DayDecision } from '../../src/program/decide.js';
import { dayFacts, limitOf } from '../../src/program/facts.js';
import {
  BACK_OFF_DAYS,
  ESCALATION_SHOWN_DAYS,
  FIRST_USE_DAYS,
  PAIN_LIMIT,
  PROGRESS_AFTER_SESSIONS,
  PROGRESS_MAX_PAIN,
  PROGRESS_WINDOW_DAYS,
  RED_FLAG_CHECK_PAIN,
  RED_FLAG_RECHECK_DAYS,
  REPEAT_FLARES,
  REPEAT_FLARE_WINDOW_DAYS,
  SETTLE_WEEKS,
  SEVERE_PAIN,
  SEVERE_REPEAT_WINDOW_DAYS,
  WORST_PAIN,
} from '../../src/program/limits.js';
import { DAY_RULES, PROGRESSION_RULE, easierWords } from '../../src/program/rules.js';
import type { Level } from '../../content/types.js';
import type { ProgramHistory, RoutineDay } from '../../src/program/history.js';
import { TODAY, at, back, history, score, todayState, worse } from './program-fixtures.js';

const rules = (d: DayDecision) => d.reasons.map((r) => r.rule);
const decide = (parts: Partial<ProgramHistory> = {}, base: Level = 2) => decideDay(history(parts), base);
const check = (daysBack: number, yes: string[], hour = 9) => ({ at: at(daysBack, hour), yes, day: back(daysBack) });
const fullDay = (days: number, level: Level = 2, complete = true): RoutineDay => ({ day: back(days), level, complete });

describe('rules table: the day', () => {
  it('every row names a condition, an action, a source and what the user is told', () => {
    const ids = DAY_RULES.map((r) => r.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const rule of DAY_RULES) {
      expect(rule.if.length, rule.id).to.be.greaterThan(15);
      expect(rule.then.length, rule.id).to.be.greaterThan(5);
      expect(rule.source.note.length, rule.id).to.be.greaterThan(15);
      expect(['seed', 'consensus', 'choice']).to.include(rule.source.kind);
    }
    expect(PROGRESSION_RULE).to.match(new RegExp(`${PROGRESS_AFTER_SESSIONS} full sessions .* within ${PROGRESS_WINDOW_DAYS} days`));
    expect(PROGRESSION_RULE).to.include(`${SEVERE_PAIN} or more`);
  });

  it('a quiet day: train as planned, nothing to ask, no clinician', () => {
    const d = decide();
    expect(d).to.include({ training: 'usual', level: 2, base: 2, gentle: false, clinician: null, progressed: false });
    expect(d.asks).to.deep.equal([]);
    expect(rules(d)).to.deep.equal(['bend-free', 'stay']);
  });

  describe('red flags', () => {
    it('a yes that needs care today: no training, get seen today, the sign named', () => {
      const d = decide({ redFlagChecks: [check(0, ['calf'])] });
      expect(d).to.include({ training: 'none', clinician: 'today' });
      expect(d.reasons[0]!.rule).to.equal('red-flag-today');
      expect(d.reasons[0]!.text).to.match(/painful or swollen calf.*seen today/);
      expect(d.reasons[0]!.tone).to.equal('alert');
    });

    it('a yes that can wait a few days: no training, see a clinician soon', () => {
      const d = decide({ redFlagChecks: [check(0, ['swelling'])] });
      expect(d).to.include({ training: 'none', clinician: 'soon' });
      expect(rules(d)).to.include('red-flag-soon').and.not.include('red-flag-today');
      expect(d.reasons[0]!.text).to.match(/swelling.*next few days/);
    });

    it('both kinds: the sooner one counts', () => {
      expect(decide({ redFlagChecks: [check(0, ['swelling', 'hot-fever'])] }).clinician).to.equal('today');
    });

    it('all no, a later all-no check, or being seen since: no stop', () => {
      expect(decide({ redFlagChecks: [check(0, [])] }).training).to.equal('usual');
      expect(decide({ redFlagChecks: [check(2, ['locking']), check(0, [])] }).training).to.equal('usual');
      expect(decide({ redFlagChecks: [check(2, ['locking'])], seenClinicianAt: at(1) }).training).to.equal('usual');
      expect(decide({ redFlagChecks: [check(2, ['unknown-question'])] }).training).to.equal('usual');
    });

    it('asked on first use, and not again once answered in the last two weeks', () => {
      const first = decide({ firstUse: true, todayState: todayState({ readinessPain: null }) });
      // The questions first, then the bend: the day waits for them (Today shows one at a time).
      expect(first.asks).to.deep.equal(['red-flags', 'bend']);
      expect(first.reasons[0]!.tone).to.equal('ask');
      expect(first.reasons[0]!.text).to.match(/Before you start/);
      expect(decide({ firstUse: true, redFlagChecks: [check(FIRST_USE_DAYS - 1, [])] }).asks).to.not.include('red-flags');
      expect(decide({ firstUse: true, redFlagChecks: [check(FIRST_USE_DAYS, [])] }).asks).to.include('red-flags');
      expect(decide({ firstUse: false }).asks).to.not.include('red-flags');
    });

    it(`asked after a score of ${RED_FLAG_CHECK_PAIN} or more with no check since, within ${RED_FLAG_RECHECK_DAYS} days`, () => {
      const high = decide({ scores: [score(0, RED_FLAG_CHECK_PAIN)] });
      expect(high.asks[0]).to.equal('red-flags');
      expect(high.reasons.find((r) => r.rule === 'red-flags-due')!.text).to.match(/hurt 7 or more/);
      expect(decide({ scores: [score(0, RED_FLAG_CHECK_PAIN - 1)] }).asks).to.not.include('red-flags');
      expect(decide({ scores: [score(1, RED_FLAG_CHECK_PAIN)], redFlagChecks: [check(0, [])] }).asks).to.not.include('red-flags');
      expect(decide({ scores: [score(RED_FLAG_RECHECK_DAYS - 1, RED_FLAG_CHECK_PAIN)] }).asks).to.include('red-flags');
      expect(decide({ scores: [score(RED_FLAG_RECHECK_DAYS, RED_FLAG_CHECK_PAIN)] }).asks).to.not.include('red-flags');
      // A check before the score does not answer it.
      expect(decide({ scores: [score(0, RED_FLAG_CHECK_PAIN)], redFlagChecks: [check(1, [])] }).asks).to.include('red-flags');
    });
  });

  describe('severe pain', () => {
    it(`${WORST_PAIN}/10: see a clinician, no training, for ${ESCALATION_SHOWN_DAYS} days unless seen`, () => {
      const d = decide({ scores: [score(ESCALATION_SHOWN_DAYS - 1, WORST_PAIN, 'run-after')], redFlagChecks: [check(0, [])] });
      expect(d).to.include({ training: 'none', clinician: 'soon' });
      expect(d.reasons[0]!.text).to.match(/10\/10 after a run .*physiotherapist or doctor/);
      expect(rules(decide({ scores: [score(ESCALATION_SHOWN_DAYS, WORST_PAIN)], redFlagChecks: [check(0, [])] }))).to.not.include('worst-pain');
      expect(rules(decide({ scores: [score(3, WORST_PAIN - 1)], redFlagChecks: [check(0, [])] }))).to.not.include('worst-pain');
      expect(decide({ scores: [score(3, WORST_PAIN)], redFlagChecks: [check(4, [])], seenClinicianAt: at(2) }).clinician).to.equal(null);
    });

    it(`${SEVERE_PAIN} or more today or yesterday: no training today, and says when to get checked`, () => {
      const d = decide({ scores: [score(1, SEVERE_PAIN, 'run-after')], redFlagChecks: [check(0, [])] });
      expect(d.training).to.equal('none');
      expect(d.clinician).to.equal(null);
      const text = d.reasons.find((r) => r.rule === 'severe-recent')!.text;
      expect(text).to.match(/8\/10 after a run yesterday\. No training today/);
      expect(text).to.match(/see a physiotherapist or doctor/);
      expect(d.asks).to.not.include('bend');
      expect(decide({ scores: [score(2, SEVERE_PAIN)], redFlagChecks: [check(0, [])] }).training).to.not.equal('none');
      expect(rules(decide({ scores: [score(0, SEVERE_PAIN - 1)], redFlagChecks: [check(0, [])] }))).to.not.include('severe-recent');
    });

    it(`${SEVERE_PAIN}+ on two days within ${SEVERE_REPEAT_WINDOW_DAYS} days: see a clinician`, () => {
      const pair = (a: number, b: number) => decide({ scores: [score(a, SEVERE_PAIN), score(b, SEVERE_PAIN + 1)], redFlagChecks: [check(0, [])] });
      const d = pair(SEVERE_REPEAT_WINDOW_DAYS - 1 + 2, 2);
      expect(rules(d)).to.include('severe-twice');
      expect(d).to.include({ training: 'none', clinician: 'soon' });
      expect(rules(pair(SEVERE_REPEAT_WINDOW_DAYS + 2, 2))).to.not.include('severe-twice');
      // Two scores on one day are one day.
      expect(rules(decide({ scores: [score(2, 8), score(2, 9)], redFlagChecks: [check(0, [])] }))).to.not.include('severe-twice');
      // The later one must be in the last two weeks.
      expect(rules(pair(ESCALATION_SHOWN_DAYS + 2, ESCALATION_SHOWN_DAYS - 1))).to.include('severe-twice');
      expect(rules(pair(ESCALATION_SHOWN_DAYS + 3, ESCALATION_SHOWN_DAYS))).to.not.include('severe-twice');
    });
  });

  describe('flares and back-offs', () => {
    it(`pain above ${PAIN_LIMIT} today or in the last ${BACK_OFF_DAYS} days: the level below, and back after`, () => {
      expect(decide({ scores: [score(0, PAIN_LIMIT + 1)] })).to.include({ training: 'easier', level: 1, base: 2 });
      expect(decide({ scores: [score(BACK_OFF_DAYS, PAIN_LIMIT + 1)] })).to.include({ training: 'easier', level: 1 });
      expect(decide({ scores: [score(BACK_OFF_DAYS + 1, PAIN_LIMIT + 1)] })).to.include({ training: 'usual', level: 2 });
      expect(decide({ scores: [score(0, PAIN_LIMIT)] }).training).to.equal('usual');
    });

    it('at level 1 a back-off is the gentlest day, and says so', () => {
      const d = decide({ scores: [score(1, PAIN_LIMIT + 1)] }, 1);
      expect(d).to.include({ training: 'easier', level: 1, gentle: true });
      expect(d.reasons.find((r) => r.rule === 'flare-back-off')!.text).to.match(/gentlest day/);
      expect(easierWords(3)).to.equal('level 2 today');
    });

    it("today's bend above the limit is the readiness rows' to judge today, a flare from tomorrow", () => {
      expect(rules(decide({ scores: [score(0, PAIN_LIMIT + 1, 'bend')], todayState: todayState({ readinessPain: PAIN_LIMIT + 1 }) }))).to.not.include(
        'flare-back-off',
      );
      expect(rules(decide({ scores: [score(1, PAIN_LIMIT + 1, 'bend')] }))).to.include('flare-back-off');
      expect(rules(decide({ scores: [score(0, PAIN_LIMIT + 1, 'during')] }))).to.include('flare-back-off');
    });

    it('while hopping any pain is a flare; elsewhere pain up to the limit is not', () => {
      expect(limitOf(score(0, 1, 'during', true))).to.equal(0);
      expect(decide({ scores: [score(1, 1, 'during', true)] }, 4)).to.include({ training: 'easier', level: 3 });
      expect(decide({ scores: [score(1, 0, 'during', true)] }, 4).training).to.equal('usual');
      expect(decide({ scores: [score(1, 1, 'during', false)] }, 4).training).to.equal('usual');
    });

    it(`flares on ${REPEAT_FLARES} days in ${REPEAT_FLARE_WINDOW_DAYS} days (a fortnightly flare adds up): assessment, and what a clinician offers`, () => {
      const flares = (days: number[]) => decide({ scores: days.map((d) => score(d, PAIN_LIMIT + 1)) });
      const d = flares([REPEAT_FLARE_WINDOW_DAYS - 1, 28, 14]);
      expect(d).to.include({ clinician: 'assess', training: 'easier' });
      expect(d.reasons.find((r) => r.rule === 'flares-repeat')!.text).to.match(/3 days in the last 6 weeks.*tape or brace/);
      expect(rules(flares([REPEAT_FLARE_WINDOW_DAYS, 28, 14]))).to.not.include('flares-repeat');
      expect(rules(flares([20, 14]))).to.not.include('flares-repeat');
      // A worse next morning counts as a flare day.
      expect(rules(decide({ scores: [score(20, 6), score(14, 6)], worseNextDay: [worse(10)] }))).to.include('flares-repeat');
    });

    it('counts flares only since the user was last seen', () => {
      expect(rules(decide({ scores: [score(30, 6), score(20, 6), score(10, 6)], seenClinicianAt: at(15) }))).to.not.include('flares-repeat');
      expect(rules(decide({ worseNextDay: [worse(30), worse(20), worse(10)], seenClinicianAt: at(15) }))).to.not.include('flares-repeat');
    });

    it(`pain above ${PROGRESS_MAX_PAIN} every week for ${SETTLE_WEEKS} weeks: not settled, assessment advised`, () => {
      const weekly = (days: number[], pain = PROGRESS_MAX_PAIN + 1) => decide({ scores: days.map((d) => score(d, pain)) });
      const d = weekly([20, 10, 3]);
      expect(d.clinician).to.equal('assess');
      expect(d.training).to.equal('usual');
      expect(d.reasons.find((r) => r.rule === 'not-settled')!.text).to.match(/every week for 3 weeks/);
      expect(rules(weekly([21, 10, 3]))).to.not.include('not-settled');
      expect(rules(weekly([20, 14, 3]))).to.not.include('not-settled');
      expect(rules(weekly([20, 13, 6]))).to.include('not-settled');
      expect(rules(weekly([20, 10, 7]))).to.not.include('not-settled');
      expect(rules(weekly([20, 10, 3], PROGRESS_MAX_PAIN))).to.not.include('not-settled');
      expect(dayFacts(history({ scores: [20, 13, 6, 0].map((d) => score(d, 4)) }), 2).weeksAbove).to.equal(3);
    });
  });

  describe('the 24-hour rule', () => {
    it('asks the morning after a day with a session, once', () => {
      expect(decide({ lastActiveDay: back(1) }).asks).to.deep.equal(['next-day']);
      expect(decide({ lastActiveDay: back(2) }).asks).to.deep.equal([]);
      const answered = todayState({ nextDay: { about: back(1), answer: 'same', pain: 1, at: at(0, 7) } });
      expect(decide({ lastActiveDay: back(1), todayState: answered }).asks).to.deep.equal([]);
    });

    it('a worse morning: the easier level for the next days, in its own words', () => {
      const d = decide({ worseNextDay: [worse(1)] });
      expect(d).to.include({ training: 'easier', level: 1 });
      expect(rules(d)).to.include('next-morning-worse').and.not.include('flare-back-off');
      expect(d.reasons.find((r) => r.rule === 'next-morning-worse')!.text).to.match(/worse the morning after yesterday/);
      expect(decide({ worseNextDay: [worse(BACK_OFF_DAYS + 1)] }).training).to.equal('usual');
      // A flare score the same day is the flare's own row.
      expect(rules(decide({ worseNextDay: [worse(1)], scores: [score(1, 6)] })))
        .to.include('flare-back-off')
        .and.not.include('next-morning-worse');
    });
  });

  describe('readiness: the small knee bend', () => {
    const bend = (readinessPain: number | null, extra: Parameters<typeof todayState>[0] = {}) =>
      decide({ todayState: todayState({ readinessPain, ...extra }) });

    it('not yet done: asks for it', () => {
      const d = bend(null);
      expect(d.asks).to.deep.equal(['bend']);
      expect(d.reasons[0]!.text).to.match(/small knee bend/);
    });

    it('pain-free: ready', () => {
      expect(bend(0)).to.include({ training: 'usual', level: 2 });
    });

    it(`1–${PAIN_LIMIT} at first: not ready yet — a warm-up and retest, or the easier level, offered (no silent drop)`, () => {
      for (const pain of [1, PAIN_LIMIT]) {
        const d = bend(pain);
        expect(d.asks, `bend ${pain}`).to.deep.equal(['warm-up']);
        expect(d.training).to.equal('usual');
        expect(d.reasons.find((r) => r.rule === 'bend-not-ready')!.text).to.match(/not ready yet.*[Ww]arm up.*or do level 1/);
      }
    });

    it('the retest decides: pain-free trains as planned, still painful takes the easier level', () => {
      expect(bend(3, { retestPain: 0 })).to.include({ training: 'usual', level: 2 });
      expect(rules(bend(3, { retestPain: 0 }))).to.include('bend-free');
      expect(bend(3, { retestPain: 1 })).to.include({ training: 'easier', level: 1 });
      expect(bend(3, { retestPain: PAIN_LIMIT })).to.include({ training: 'easier' });
      expect(bend(3, { retestPain: PAIN_LIMIT + 1 }).training).to.equal('stretches');
      expect(bend(3, { retestPain: 2 }).asks).to.deep.equal([]);
    });

    it('choosing the easier level instead of the warm-up', () => {
      const d = bend(2, { choseEasier: true });
      expect(d).to.include({ training: 'easier', level: 1 });
      expect(d.asks).to.deep.equal([]);
      expect(d.reasons.find((r) => r.rule === 'bend-easier')!.text).to.match(/As you chose/);
      expect(bend(0, { choseEasier: true }).training).to.equal('usual');
    });

    it(`above ${PAIN_LIMIT}: stretches only; ${SEVERE_PAIN}+: no training and the red flags; ${WORST_PAIN}: a clinician`, () => {
      expect(bend(PAIN_LIMIT + 1).training).to.equal('stretches');
      expect(bend(RED_FLAG_CHECK_PAIN - 1).asks).to.not.include('red-flags');
      const nine = decideDay(history({ todayState: todayState({ readinessPain: 9 }), scores: [score(0, 9, 'bend')] }), 2);
      expect(nine.training).to.equal('none');
      expect(nine.asks).to.deep.equal(['red-flags']);
      const ten = decideDay(history({ todayState: todayState({ readinessPain: 10 }), scores: [score(0, 10, 'bend')] }), 2);
      expect(ten.clinician).to.equal('soon');
    });
  });

  describe('moving up', () => {
    const good = (days: number[], pain = 1, level: Level = 2) => ({ routines: days.map((d) => fullDay(d, level)), scores: days.map((d) => score(d, pain)) });

    it(`${PROGRESS_AFTER_SESSIONS} full sessions with low pain in ${PROGRESS_WINDOW_DAYS} days: the next level`, () => {
      const d = decide(good([13, 10, 8, 6, 4, 2]));
      expect(d).to.include({ progressed: true, base: 3, level: 3, training: 'usual' });
      expect(d.reasons.find((r) => r.rule === 'progress')!.text).to.match(/ready for level 3/);
    });

    it('not with one session fewer, one partial, one outside the window, one at another level, or one with no score', () => {
      expect(decide(good([10, 8, 6, 4, 2])).progressed).to.equal(false);
      expect(decide({ ...good([13, 10, 8, 6, 4]), routines: [...good([13, 10, 8, 6, 4]).routines, fullDay(2, 2, false)] }).progressed).to.equal(false);
      expect(decide(good([PROGRESS_WINDOW_DAYS, 10, 8, 6, 4, 2])).progressed).to.equal(false);
      expect(decide(good([13, 10, 8, 6, 4, 2], 1, 1)).progressed).to.equal(false);
      expect(decide({ routines: [13, 10, 8, 6, 4, 2].map((d) => fullDay(d)) }).progressed).to.equal(false);
    });

    it(`not with any score above ${PROGRESS_MAX_PAIN} in the window, on any day, or a worse morning`, () => {
      const g = good([13, 10, 8, 6, 4, 2]);
      expect(decide({ ...g, scores: [...g.scores, score(11, PROGRESS_MAX_PAIN + 1, 'run-after')] }).progressed).to.equal(false);
      expect(decide({ ...g, scores: [...g.scores, score(11, PROGRESS_MAX_PAIN)] }).progressed).to.equal(true);
      expect(decide({ ...g, worseNextDay: [worse(9)] }).progressed).to.equal(false);
      expect(decide({ ...good([13, 10, 8, 6, 4, 2], PROGRESS_MAX_PAIN + 1) }).progressed).to.equal(false);
    });

    it('not while anything holds training back, but a painful bend today does not undo the weeks', () => {
      const g = good([13, 10, 8, 6, 4, 2]);
      expect(decide({ ...g, lastActiveDay: back(1), firstUse: true }).progressed).to.equal(false);
      // A red flag answered yes today, and flares on three days older than the progress window
      // (nothing high inside it): each holds the level however good the last two weeks were.
      const flagged = decide({ ...g, redFlagChecks: [check(0, ['swelling'])] });
      expect(flagged).to.include({ progressed: false, base: 2 });
      expect(flagged.training).to.equal('none');
      const flares = decide({ ...g, scores: [...g.scores, score(40, 6), score(30, 6), score(20, 6)] });
      expect(rules(flares)).to.include('flares-repeat');
      expect(flares).to.include({ progressed: false, base: 2, training: 'easier' });
      const bendToday = decide({ ...g, todayState: todayState({ readinessPain: 2, retestPain: 2 }) });
      expect(bendToday).to.include({ progressed: true, base: 3, training: 'easier', level: 2 });
    });

    it('into the hops only pain-free; never past level 4', () => {
      expect(decide(good([13, 10, 8, 6, 4, 2], 1, 3), 3).progressed).to.equal(false);
      expect(decide(good([13, 10, 8, 6, 4, 2], 0, 3), 3)).to.include({ progressed: true, base: 4 });
      expect(decide(good([13, 10, 8, 6, 4, 2], 0, 4), 4)).to.include({ progressed: false, base: 4 });
    });

    it('says how many sessions are still needed', () => {
      expect(decide(good([2])).reasons.at(-1)!.text).to.equal('Level 2: 5 more full sessions with pain 3 or lower to move up.');
      expect(decide(good([7, 6, 5, 4, 2])).reasons.at(-1)!.text).to.match(/1 more full session with/);
      expect(decide({ ...good([2]), scores: [score(2, 4)] }).reasons.at(-1)!.text).to.match(/once the last two weeks are that calm/);
      expect(decide(good([2], 0, 3), 3).reasons.at(-1)!.text).to.match(/pain-free to move up/);
    });
  });

  describe('hops, one at a time', () => {
    const hop = (exerciseId: string, days: number, painFree = true, complete = true) => ({ exerciseId, day: back(days), complete, painFree });
    it('double-leg first; single-leg after two pain-free double-leg sessions; diagonal after two pain-free single-leg', () => {
      expect(decide({}, 4).hopsUnlocked).to.equal(1);
      expect(decide({ hops: [hop('double-leg-hop', 3)] }, 4).hopsUnlocked).to.equal(1);
      expect(decide({ hops: [hop('double-leg-hop', 3), hop('double-leg-hop', 2, false)] }, 4).hopsUnlocked).to.equal(1);
      expect(decide({ hops: [hop('double-leg-hop', 3), hop('double-leg-hop', 2, true, false)] }, 4).hopsUnlocked).to.equal(1);
      const two = [hop('double-leg-hop', 5), hop('double-leg-hop', 4)];
      expect(decide({ hops: two }, 4).hopsUnlocked).to.equal(2);
      expect(decide({ hops: [...two, hop('single-leg-hop', 3), hop('single-leg-hop', 2)] }, 4).hopsUnlocked).to.equal(3);
      expect(decide({ hops: [hop('single-leg-hop', 3), hop('single-leg-hop', 2)] }, 4).hopsUnlocked).to.equal(1);
      expect(rules(decide({}, 4))).to.include('hops-in-order');
      expect(decide({}, 4).reasons.find((r) => r.rule === 'hops-in-order')!.text).to.match(/one at a time/);
      expect(decide({ hops: [...two, hop('single-leg-hop', 3), hop('single-leg-hop', 2)] }, 4).reasons.find((r) => r.rule === 'hops-in-order')!.text).to.match(
        /All three/,
      );
      expect(rules(decide({}, 3))).to.not.include('hops-in-order');
    });
  });

  it('lists the most serious reasons first, and marks them as alerts', () => {
    const d = decide({ scores: [score(0, 9, 'during'), score(3, 9)], redFlagChecks: [check(0, ['swelling'], 23)] });
    expect(rules(d).slice(0, 3)).to.deep.equal(['red-flag-soon', 'severe-twice', 'severe-recent']);
    expect(d.reasons.every((r) => r.tone === 'alert')).to.equal(true);
    expect(decide().reasons.every((r) => r.tone === 'info')).to.equal(true);
    expect(TODAY).to.equal(back(0));
  });
});
