// The rules' edges: the table as a clinician reviews it, the words each row says, and the
// boundaries of time (a score at the very moment the user was seen, a check at the moment
// of a score) that the row-by-row tests do not reach.
import { expect } from 'chai';
import { decideDay } from '../../src/program/decide.js';
import { dayFacts, whenSaid } from '../../src/program/facts.js';
import type { PainMoment, ProgramHistory } from '../../src/program/history.js';
import { DEFAULT_BPM, HOP_STAGE_SESSIONS, MAX_PAIN, MIN_PAIN, PROGRESS_AFTER_SESSIONS } from '../../src/program/limits.js';
import { cadencePlan } from '../../src/program/run-rules.js';
import { redFlagAdvice } from '../../src/program/red-flag-advice.js';
import { DAY_RULES, PROGRESSION_RULE } from '../../src/program/rules.js';
import type { Level } from '../../content/types.js';
import { TODAY, at, back, history, run, score, todayState, worse } from './program-fixtures.js';

const decide = (parts: Partial<ProgramHistory> = {}, base: Level = 2) => decideDay(history(parts), base);
const rules = (parts: Partial<ProgramHistory> = {}, base: Level = 2) => decide(parts, base).reasons.map((r) => r.rule);
const says = (rule: string, parts: Partial<ProgramHistory> = {}, base: Level = 2) => decide(parts, base).reasons.find((r) => r.rule === rule)?.text;
const noCheckDue = { redFlagChecks: [{ at: at(0, 23), yes: [], day: TODAY }] };

describe('rules table: as reviewed', () => {
  it('reads, row by row, as the README lists it', () => {
    expect(DAY_RULES.map((r) => `${r.id} ${r.topic} ${r.source.kind}`)).to.deep.equal([
      'red-flag-today safety consensus',
      'red-flag-soon safety consensus',
      'red-flags-due safety choice',
      'worst-pain safety choice',
      'severe-twice safety choice',
      'severe-recent safety choice',
      'flares-repeat safety seed',
      'not-settled safety seed',
      'flare-back-off safety seed',
      'next-morning-worse safety consensus',
      'next-morning-ask safety consensus',
      'bend-ask readiness seed',
      'bend-rest readiness seed',
      'bend-not-ready readiness seed',
      'bend-easier readiness seed',
      'bend-free readiness seed',
      'progress level seed',
      'hops-in-order level seed',
    ]);
  });

  it('states the progression rule with every limit in it', () => {
    expect(PROGRESSION_RULE).to.equal(
      'Move up a level after 6 full sessions at your level within 14 days, with every pain score of those days at 3 or lower and no morning worse than the day before (into the hops: pain-free). ' +
        'Pain above 5 (any knee pain while hopping) means 2 days at the easier level; pain of 8 or more means no training that day or the next; ' +
        'flares on 3 days in 6 weeks, or pain that has not settled after 3 weeks, mean having the knee assessed.',
    );
  });
});

describe('rules table: what each row says', () => {
  for (const [moment, words] of [
    ['bend', 'at the knee bend'],
    ['before', 'before a session'],
    ['during', 'during an exercise'],
    ['after', 'after a session'],
    ['run-during', 'during a run'],
    ['run-after', 'after a run'],
    ['next-morning', 'in the morning'],
  ] as [PainMoment, string][]) {
    it(`names where a score was given: ${moment}`, () => {
      expect(says('worst-pain', { scores: [score(3, 10, moment)], ...noCheckDue })).to.contain(`10/10 ${words} `);
    });
  }

  it('says when: today, yesterday, or the date', () => {
    expect(whenSaid(TODAY, TODAY)).to.equal('today');
    expect(whenSaid(back(1), TODAY)).to.equal('yesterday');
    const older = whenSaid(back(2), TODAY);
    expect(older).to.equal(new Date(`${back(2)}T12:00:00`).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' }));
    expect(older).to.match(/19/);
  });

  it('names both days of two severe ones, and the highest of recent severe scores', () => {
    expect(says('severe-twice', { scores: [score(1, 8), score(0, 9)], ...noCheckDue })).to.match(/two days within a week \(yesterday and today\)/);
    expect(says('severe-recent', { scores: [score(1, 9), score(0, 8)], ...noCheckDue })).to.match(/^Pain reached 9\/10 after a session yesterday/);
    expect(says('severe-recent', { scores: [score(1, 8), score(0, 10)], ...noCheckDue })).to.match(/^Pain reached 10\/10/);
  });

  it('the bend: rest, easier after the retest, easier by choice, ready (first time or after the warm-up)', () => {
    const bend = (change: Parameters<typeof todayState>[0]) => ({ todayState: todayState(change) });
    expect(says('bend-rest', bend({ readinessPain: 6 }))).to.equal(
      'The bend hurt 6/10: a rest day for the knee. Do the gentle stretches only if they feel good.',
    );
    expect(says('bend-rest', bend({ readinessPain: 2, retestPain: 7 }))).to.match(/^The bend hurt 7\/10/);
    expect(says('bend-easier', bend({ readinessPain: 2, retestPain: 3 }))).to.equal('Still 3/10 after the warm-up: level 1 today.');
    expect(says('bend-easier', bend({ readinessPain: 5, choseEasier: true }))).to.equal('As you chose: level 1 today.');
    expect(says('bend-free', bend({ readinessPain: 0 }))).to.equal('The bend was pain-free: your knee is ready.');
    expect(says('bend-free', bend({ readinessPain: 4, retestPain: 0 }))).to.equal('Pain-free after the warm-up: your knee is ready.');
    expect(rules(bend({ readinessPain: null }))).to.not.include('bend-free');
    expect(rules(bend({ readinessPain: 6, choseEasier: true }))).to.not.include('bend-easier');
    expect(says('next-morning-ask', { lastActiveDay: back(1) })).to.equal('How is the knee this morning, compared with before yesterday’s session?');
  });

  it('tells the red-flag answers apart: today, soon, none', () => {
    expect(redFlagAdvice(['calf', 'swelling'])).to.deep.equal({
      urgency: 'today',
      text: "You answered yes to: a painful or swollen calf. Stop training and get the knee seen today — urgent care, or your doctor's same-day line.",
    });
    expect(redFlagAdvice(['swelling', 'locking'])).to.deep.equal({
      urgency: 'soon',
      text: "You answered yes to: swelling; locking or catching. That is not what runner's knee does: stop training and book a physiotherapist or doctor in the next few days.",
    });
    expect(redFlagAdvice(['unknown'])).to.deep.equal({
      urgency: null,
      text: 'None of these signs: the usual pain limits apply. Ask again whenever something changes.',
    });
    expect(redFlagAdvice([]).urgency).to.equal(null);
  });
});

describe('rules table: edges of time and order', () => {
  it('a score at the very moment the user was seen is before it; a red-flag check at the very moment of a score answers it', () => {
    const moment = at(3);
    expect(rules({ scores: [{ ...score(3, 10), at: moment }], seenClinicianAt: moment, ...noCheckDue })).to.not.include('worst-pain');
    expect(rules({ redFlagChecks: [{ at: moment, yes: ['calf'], day: back(3) }], seenClinicianAt: moment })).to.not.include('red-flag-today');
    expect(rules({ scores: [{ ...score(0, 7), at: moment }], redFlagChecks: [{ at: moment, yes: [], day: TODAY }] })).to.not.include('red-flags-due');
    expect(rules({ scores: [{ ...score(0, 7), at: moment + 1 }], redFlagChecks: [{ at: moment, yes: [], day: TODAY }] })).to.include('red-flags-due');
    expect(rules({ worseNextDay: [{ day: back(1), at: moment }], seenClinicianAt: moment })).to.not.include('next-morning-worse');
  });

  it('only soon flags are soon flags, and why the questions are due is kept', () => {
    expect(rules({ redFlagChecks: [{ at: at(0, 7), yes: ['calf'], day: TODAY }] })).to.not.include('red-flag-soon');
    expect(dayFacts(history({ firstUse: true }), 2).redFlagsDue).to.equal('first-use');
    expect(dayFacts(history({ scores: [score(0, 7)] }), 2).redFlagsDue).to.equal('high-score');
    expect(dayFacts(history(), 2).redFlagsDue).to.equal(null);
  });

  it('a flare score yesterday and a worse morning before it: the latest is the flare, in its own words', () => {
    const d = decide({ scores: [score(1, 6)], worseNextDay: [worse(2)] });
    expect(d.reasons.map((r) => r.rule))
      .to.include('flare-back-off')
      .and.not.include('next-morning-worse');
    expect(d.reasons.find((r) => r.rule === 'flare-back-off')!.text).to.match(/above the limit yesterday/);
    expect(rules({ scores: [score(1, 6)] }))
      .to.include('flare-back-off')
      .and.not.include('next-morning-worse');
  });

  it('the progression window holds: a high score or a worse morning before it does not count, the highest score of a day does', () => {
    const good = {
      routines: [13, 10, 8, 6, 4, 2].map((d) => ({ day: back(d), level: 2 as Level, complete: true })),
      scores: [13, 10, 8, 6, 4, 2].map((d) => score(d, 1)),
    };
    expect(decide({ ...good, scores: [score(20, 5), ...good.scores] }).progressed).to.equal(true);
    expect(decide({ ...good, worseNextDay: [worse(20)] }).progressed).to.equal(true);
    expect(dayFacts(history({ ...good, scores: [...good.scores, score(4, 4)] }), 2).goodSessions).to.equal(PROGRESS_AFTER_SESSIONS - 1);
    expect(dayFacts(history({ ...good, scores: [score(4, 4), ...good.scores] }), 2).goodSessions).to.equal(PROGRESS_AFTER_SESSIONS - 1);
  });

  it('all three hops unlocked is the most there are', () => {
    const hop = (exerciseId: string, days: number) => ({ exerciseId, day: back(days), complete: true, painFree: true });
    const all = ['double-leg-hop', 'single-leg-hop', 'diagonal-hops'].flatMap((id) => Array.from({ length: HOP_STAGE_SESSIONS }, (_, i) => hop(id, i + 2)));
    expect(decide({ hops: all }, 4).hopsUnlocked).to.equal(3);
  });
});

describe('rules table: how the rows combine', () => {
  it('a day with no training asks no bend, even when none was given', () => {
    const d = decide({ scores: [score(1, 9)], ...noCheckDue, todayState: todayState({ readinessPain: null, answeredAt: null }) });
    expect(d.training).to.equal('none');
    expect(d.asks).to.not.include('bend');
    expect(d.reasons.map((r) => r.rule)).to.not.include('bend-ask');
  });

  it('easier at level 2 is level 1, not the gentlest day', () => {
    expect(decide({ scores: [score(1, 6)] })).to.include({ training: 'easier', level: 1, gentle: false });
  });

  it('the soonest care wins, whatever order the rows come in', () => {
    // not-settled (assess) comes after red-flag-soon (soon) in the table.
    const weekly = [20, 10, 3].map((d) => score(d, 4));
    expect(decide({ scores: weekly, redFlagChecks: [{ at: at(0, 23), yes: ['swelling'], day: TODAY }] }).clinician).to.equal('soon');
    expect(decide({ scores: weekly }).clinician).to.equal('assess');
  });

  it('a row that only sends to a clinician is an alert; a reason that changes nothing is not', () => {
    const d = decide({ scores: [20, 10, 3].map((day) => score(day, 4)) });
    expect(d.reasons.find((r) => r.rule === 'not-settled')!.tone).to.equal('alert');
    expect(d.reasons.find((r) => r.rule === 'bend-free')!.tone).to.equal('info');
  });

  it('where the level stands is said on a usual day below level 4 only', () => {
    const stay = decide().reasons.at(-1)!;
    expect(stay.rule).to.equal('stay');
    expect(stay.source).to.deep.equal({ kind: 'seed', note: 'progress after a run of full sessions with low pain' });
    expect(rules({}, 4)).to.not.include('stay');
    expect(rules({ scores: [score(1, 6)] })).to.not.include('stay');
    const good = {
      routines: [13, 10, 8, 6, 4, 2].map((d) => ({ day: back(d), level: 2 as Level, complete: true })),
      scores: [13, 10, 8, 6, 4, 2].map((d) => score(d, 1)),
    };
    expect(rules(good)).to.not.include('stay');
  });
});

describe('rules table: more edges', () => {
  it('a day with no training offers no warm-up either', () => {
    const d = decide({ scores: [score(1, 9)], ...noCheckDue, todayState: todayState({ readinessPain: 3 }) });
    expect(d.asks).to.deep.equal([]);
  });

  it('a quiet day at level 1 is not the gentlest day', () => {
    expect(decide({}, 1)).to.include({ training: 'usual', gentle: false, level: 1 });
  });

  it('a bend above the limit is rest, not "not ready"; a painful bend is never "pain-free"', () => {
    const bend = (readinessPain: number) => decide({ todayState: todayState({ readinessPain }) });
    expect(bend(6).asks).to.deep.equal([]);
    expect(bend(6).reasons.map((r) => r.rule)).to.not.include('bend-not-ready');
    expect(bend(3).reasons.map((r) => r.rule)).to.not.include('bend-free');
    expect(decide({ todayState: todayState({ readinessPain: 6, retestPain: 6 }) }).reasons.map((r) => r.rule)).to.not.include('bend-easier');
    // The retest decides even after a choice: pain-free is the usual day.
    expect(decide({ todayState: todayState({ readinessPain: 3, choseEasier: true, retestPain: 0 }) }).training).to.equal('usual');
  });
});

describe('rules table: each limit at its value, in days and points', () => {
  // The row tests above move with the named limits; these pin what the limits are, so a
  // window or a limit changed in limits.ts fails here (npm run mutate checks each one).
  it('the pain scale is 0–10, and the default tempo 170', () => {
    expect([MIN_PAIN, MAX_PAIN, DEFAULT_BPM]).to.deep.equal([0, 10, 170]);
  });

  it('two severe days count within 7 days of each other, seen in the last 14', () => {
    const severe = (a: number, b: number) => rules({ scores: [score(a, 8), score(b, 8)], ...noCheckDue });
    expect(severe(8, 2)).to.include('severe-twice');
    expect(severe(9, 2)).to.not.include('severe-twice');
    expect(severe(19, 13)).to.include('severe-twice');
    expect(severe(20, 14)).to.not.include('severe-twice');
    expect(rules({ scores: [score(2, 8)], ...noCheckDue })).to.not.include('severe-twice');
  });

  it('a 10 counts for 14 days; a 7 asks the questions for 7', () => {
    expect(rules({ scores: [score(13, 10)], ...noCheckDue })).to.include('worst-pain');
    expect(rules({ scores: [score(14, 10)], ...noCheckDue })).to.not.include('worst-pain');
    expect(rules({ scores: [score(6, 7)] })).to.include('red-flags-due');
    expect(rules({ scores: [score(7, 7)] })).to.not.include('red-flags-due');
  });

  it('the cadence plan waits 14 days at a step', () => {
    const measured = at(60, 6);
    const near = (days: number) => run(days, null, { bpm: 168 });
    expect(cadencePlan(160, measured, [near(57), near(47)]).step).to.equal(0);
    expect(cadencePlan(160, measured, [near(57), near(46)]).step).to.equal(1);
  });
});
