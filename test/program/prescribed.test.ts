// A clinician's plan inside the program: the day's session is the plan at its dosage; a day the
// rules make easier takes the program's easier routine with no dose above the plan's; the plan's
// level is a ceiling; the run follows the plan unless the last one hurt more than its limit.
import { expect } from 'chai';
import { exerciseById } from '../../content/exercises.js';
import type { Level } from '../../content/types.js';
import { decideDay } from '../../src/program/decide.js';
import type { RoutineDay } from '../../src/program/history.js';
import { dosageOf, planChanges, planFromProgram, planLibraryProblem, prescribedDay, prescribedRun } from '../../src/program/prescribed.js';
import { routineFor } from '../../src/program/routine.js';
import { PLAN } from '../helpers/plan.js';
import { back, history, run, score } from './program-fixtures.js';

describe('a clinician plan in the program', () => {
  it('a usual day is the plan: its exercises in its order at its dosage, and the later rounds it asks for', () => {
    const day = prescribedDay(PLAN, 2, 0);
    expect(day.session.map((i) => i.exercise.id)).to.deep.equal(['quad-set', 'lateral-step-up', 'wall-calf-stretch']);
    expect(day.session[0]!.exercise.dosage).to.include({ sets: 3, reps: 12, holdS: 8, perSide: false, timesPerDay: 2 });
    expect(day.session[0]!.exercise.dosage.repsUpTo).to.equal(undefined);
    expect(day.session[0]!.prescribed).to.deep.equal({ note: 'Towel under the knee.', clinician: 'Sam Lee' });
    // The exercise's own rests are kept.
    expect(day.session[0]!.exercise.dosage.restS).to.equal(exerciseById('quad-set')!.dosage.restS);
    expect(day.later.map((i) => [i.exercise.id, i.slot])).to.deep.equal([['quad-set', 'evening']]);
    expect(prescribedDay({ ...PLAN, items: [{ ...PLAN.items[0]!, timesPerDay: 3 }] }, 2, 0).later).to.have.length(2);
  });

  it('an easier day (the rules lowered the level) is the program’s easier routine, no dose above the plan’s', () => {
    const strong = { ...PLAN, items: PLAN.items.map((i) => (i.id === 'quad-set' ? { ...i, sets: 1, reps: 6, holdS: 4 } : i)) };
    for (const options of [{}, { gentle: true }]) {
      const day = prescribedDay(strong, 1, 3, options);
      const usual = routineFor(1, 3, options).map((i) => i.exercise.id);
      expect(day.session.map((i) => i.exercise.id)).to.deep.equal(usual);
      const quad = day.session.find((i) => i.exercise.id === 'quad-set')!;
      expect(quad.exercise.dosage).to.include({ sets: 1, reps: 6, holdS: 4 });
      expect(quad.prescribed?.clinician).to.equal('Sam Lee');
      for (const item of day.session) {
        const own = strong.items.find((i) => i.id === item.exercise.id);
        if (!own) continue;
        expect(item.exercise.dosage.sets).to.be.at.most(own.sets);
        expect(item.exercise.dosage.reps).to.be.at.most(own.reps);
        expect(item.exercise.dosage.holdS).to.be.at.most(own.holdS);
      }
    }
  });

  it('a stretches-only day keeps the plan’s stretches; with none in the plan, the program’s', () => {
    expect(prescribedDay(PLAN, 2, 0, { stretchesOnly: true }).session.map((i) => i.exercise.id)).to.deep.equal(['wall-calf-stretch']);
    const noStretch = { ...PLAN, items: PLAN.items.slice(0, 2) };
    const day = prescribedDay(noStretch, 2, 5, { stretchesOnly: true });
    expect(day.session.map((i) => i.exercise.id)).to.deep.equal(routineFor(2, 5, { stretchesOnly: true }).map((i) => i.exercise.id));
    expect(day.later).to.deep.equal([]);
  });

  it('the plan’s level is a ceiling: a move up is held there and the clinician named; what the rules lower stays lowered', () => {
    const fullDay = (days: number, level: Level): RoutineDay => ({ day: back(days), level, complete: true });
    const good = history({ routines: [13, 10, 8, 6, 4, 2].map((d) => fullDay(d, 2)), scores: [13, 10, 8, 6, 4, 2].map((d) => score(d, 1)) });
    const ceiling = { level: PLAN.level, clinician: PLAN.clinician };
    const free = decideDay(good, 2);
    expect(free.progressed).to.equal(true);
    const held = decideDay(good, 2, { ceiling });
    expect(held).to.include({ progressed: false, base: 2, level: 2 });
    expect(held.reasons.map((r) => r.rule))
      .to.include('plan-ceiling')
      .and.not.include('progress');
    expect(held.reasons.find((r) => r.rule === 'plan-ceiling')!.text).to.match(/Sam Lee/);
    const flareHistory = history({ scores: [score(1, 7)] });
    expect(decideDay(flareHistory, 2, { ceiling })).to.deep.equal(decideDay(flareHistory, 2));
  });

  it('the run follows the plan, and after a run above its pain limit the app’s easier step when that is easier', () => {
    expect(prescribedRun(PLAN, []).intervals).to.deep.equal(PLAN.run);
    expect(prescribedRun(PLAN, []).note).to.match(/From your physio: Run 1 min 30 s, walk 1 min 30 s × 6, keep pain at 2\/10/);
    // 3/10 is within the app's own limit but above this plan's 2.
    const hurt = prescribedRun(PLAN, [run(1, { runS: 60, walkS: 120, repeats: 6 }, { during: 3, after: 3 })]);
    expect(hurt.intervals).to.deep.equal({ runS: 60, walkS: 120, repeats: 6 });
    expect(hurt.note).to.match(/hurt more than 2\/10/);
    const fine = prescribedRun(PLAN, [run(1, null, { during: 2, after: 1 })]);
    expect(fine.intervals).to.deep.equal(PLAN.run);
    expect(prescribedRun({ ...PLAN, run: 'continuous' }, []).intervals).to.equal(null);
    expect(prescribedRun({ ...PLAN, run: 'program' }, []).note).to.match(/the walk\/run plan, keep pain at 2\/10/);
  });

  it('what will change: a line per setting and exercise, changed only where what runs changes', () => {
    const today = routineFor(2, 0);
    const same = planFromProgram(2, 0, 'Sam Lee', 20_000);
    const none = planChanges(same, null, { level: 2, items: today });
    expect(none.filter((c) => c.changed)).to.deep.equal([]);
    const lines = planChanges(PLAN, null, { level: 1, items: routineFor(1, 0) });
    expect(lines[0]).to.deep.equal({ what: 'Level', now: '1', next: '2', changed: true });
    const quad = lines.find((l) => l.what === 'Quad set')!;
    expect(quad.next).to.equal('12 × 8 s hold, 3 sets, twice a day — “Towel under the knee.”');
    expect(quad.changed).to.equal(true);
    expect(lines.find((l) => l.what === 'Step-up')).to.include({ now: '—', changed: true });
    expect(lines.find((l) => l.what === 'Running tempo')).to.include({ now: 'The app’s cadence plan', next: '172 steps/min' });
    // Against an accepted plan: only what differs.
    const again = planChanges({ ...PLAN, items: PLAN.items.map((i) => (i.id === 'lateral-step-up' ? { ...i, reps: 10 } : i)) }, PLAN, { level: 1, items: [] });
    expect(again.filter((l) => l.changed).map((l) => l.what)).to.deep.equal(['Step-up']);
  });

  it('checks a plan against the library: a hold for a held exercise, none for a moving one', () => {
    expect(planLibraryProblem(PLAN)).to.equal(null);
    expect(planLibraryProblem({ ...PLAN, items: [{ ...PLAN.items[0]!, holdS: 0 }] })).to.match(/held exercise/);
    expect(planLibraryProblem({ ...PLAN, items: [{ ...PLAN.items[1]!, holdS: 5 }] })).to.match(/moving reps/);
    expect(dosageOf(PLAN.items[1]!, exerciseById('lateral-step-up')!)).to.include({ sets: 2, reps: 15, holdS: 0 });
  });
});
