/**
 * A clinician's plan inside the program: the day's session is the plan's exercises at its
 * dosage, and the program's rules still decide the day. A day the rules make easier (a flare,
 * a bend that is not pain-free, the gentlest day) or stretches only takes the program's easier
 * routine with no dose above the plan's; a day with no training has none. The plan's level is
 * a ceiling: the program does not move a patient past it (their clinician does).
 */
import { exerciseById } from '../../content/exercises.js';
import type { Dosage, Exercise, Level } from '../../content/types.js';
import type { PrescribedItem, PrescribedRun, Prescription } from '../rx/prescription.js';
import { describePlan, type IntervalPlan } from '../run/run-plan.js';
import type { RunOutcome } from './history.js';
import { nextRun, runTooHard } from './run-rules.js';
import { RUN_PAIN_LIMIT } from './limits.js';
import { describeDosage, estimateSeconds, laterToday, routineFor, type RoutineItem, type RoutineOptions } from './routine.js';

/** A dose without the library's ranges ("10–15"): a plan's numbers are what runs. */
function withoutRanges(d: Dosage): Dosage {
  const copy = { ...d };
  delete copy.repsUpTo;
  delete copy.holdUpToS;
  return copy;
}

/** A plan item's dosage, on the exercise's own rests. */
export function dosageOf(item: PrescribedItem, exercise: Exercise): Dosage {
  return { ...withoutRanges(exercise.dosage), sets: item.sets, reps: item.reps, holdS: item.holdS, perSide: item.perSide, timesPerDay: item.timesPerDay };
}

/**
 * The easier of two doses, field by field (a plan's dose on a day the rules make easier). No
 * range is kept: "10–15" would offer more than the plan allows.
 */
export function easierOf(a: Dosage, b: Dosage): Dosage {
  const min = Math.min;
  return {
    ...withoutRanges(a),
    sets: min(a.sets, b.sets),
    reps: min(a.reps, b.reps),
    holdS: min(a.holdS, b.holdS),
    timesPerDay: min(a.timesPerDay, b.timesPerDay),
    perSide: a.perSide && b.perSide,
  };
}

/** What the library says is wrong with a plan (an unknown exercise, a hold on a moving one), or null. */
export function planLibraryProblem(rx: Prescription): string | null {
  for (const item of rx.items) {
    const e = exerciseById(item.id);
    if (!e) return `“${item.id}” is not in the exercise library.`;
    if (e.dosage.holdS > 0 && item.holdS === 0) return `${e.name} is a held exercise: give it a hold time.`;
    if (e.dosage.holdS === 0 && item.holdS > 0) return `${e.name} is done with moving reps: its hold must be 0.`;
  }
  return null;
}

const prescribedItem = (item: PrescribedItem, clinician: string, slot: RoutineItem['slot'] = 'any'): RoutineItem => {
  const base = exerciseById(item.id)!;
  const exercise = { ...base, dosage: dosageOf(item, base) };
  return { exercise, slot, estimateS: estimateSeconds(exercise.dosage), prescribed: { note: item.note, clinician } };
};

export interface PrescribedDay {
  session: RoutineItem[];
  later: RoutineItem[];
}

/**
 * Today's session and later rounds under a plan, for the day the rules decided: `level` (lower
 * than the plan's on an easier day) and the routine options.
 */
export function prescribedDay(rx: Prescription, level: Level, dayNumber: number, options: RoutineOptions = {}): PrescribedDay {
  const usual = !options.gentle && !options.stretchesOnly && level >= rx.level;
  if (usual) {
    const session = rx.items.map((item) => prescribedItem(item, rx.clinician));
    const later = rx.items.flatMap((item) => Array.from({ length: item.timesPerDay - 1 }, () => prescribedItem(item, rx.clinician, 'evening')));
    return { session, later };
  }
  // An easier day: the program's easier routine, each exercise the plan also names at no more than its dose.
  const byId = new Map(rx.items.map((i) => [i.id, i]));
  const cap = (item: RoutineItem): RoutineItem => {
    const own = byId.get(item.exercise.id);
    if (!own) return item;
    const exercise = { ...item.exercise, dosage: easierOf(item.exercise.dosage, dosageOf(own, item.exercise)) };
    return { ...item, exercise, estimateS: estimateSeconds(exercise.dosage), prescribed: { note: own.note, clinician: rx.clinician } };
  };
  const stretches = rx.items.filter((i) => exerciseById(i.id)?.kind === 'stretch');
  const session =
    options.stretchesOnly && stretches.length ? stretches.map((i) => prescribedItem(i, rx.clinician)) : routineFor(level, dayNumber, options).map(cap);
  return { session, later: laterToday(options).map(cap) };
}

/** One line of "what will change": a thing, its value now, its value in the new plan ('—' for none). */
export interface PlanChange {
  what: string;
  now: string;
  next: string;
  changed: boolean;
}

const runWords = (run: PrescribedRun) => (run === 'program' ? 'The app’s walk/run plan' : run === 'continuous' ? 'Continuous' : describePlan(run));

/** What a dose runs (the numbers, not how they are worded): two doses differ when this does. */
const doseKey = (d: Dosage, note = '') => `${d.sets}|${d.reps}|${d.holdS}|${d.perSide}|${d.timesPerDay}|${note}`;

/**
 * The new plan beside the current one (another plan, or the app's program at `level` with the
 * exercises of today's routine, `items`), a line per setting and per exercise in either. A line
 * is changed when what runs changes: "10–15 reps" in the library runs 10, the same as a plan's 10.
 */
export function planChanges(next: Prescription, current: Prescription | null, program: { level: Level; items: readonly RoutineItem[] }): PlanChange[] {
  const line = (what: string, now: string, after: string, changed = now !== after): PlanChange => ({ what, now, next: after, changed });
  type Dose = { words: string; key: string };
  const planDose = (item: PrescribedItem): Dose => {
    const dosage = dosageOf(item, exerciseById(item.id)!);
    return { words: `${describeDosage(dosage)}${item.note ? ` — “${item.note}”` : ''}`, key: doseKey(dosage, item.note) };
  };
  const lines = [line('Level', `${current?.level ?? program.level}`, `${next.level}`)];
  const nowItems = new Map<string, Dose>(
    current
      ? current.items.map((i) => [i.id, planDose(i)])
      : program.items.map((i) => [i.exercise.id, { words: describeDosage(i.exercise.dosage), key: doseKey(i.exercise.dosage) }]),
  );
  const nextItems = new Map(next.items.map((i) => [i.id, planDose(i)]));
  for (const id of new Set([...nextItems.keys(), ...nowItems.keys()])) {
    const now = nowItems.get(id);
    const after = nextItems.get(id);
    lines.push(line(exerciseById(id)?.name ?? id, now?.words ?? '—', after?.words ?? '—', now?.key !== after?.key));
  }
  lines.push(line('Running pain limit', `${current?.runPainLimit ?? RUN_PAIN_LIMIT}/10`, `${next.runPainLimit}/10`));
  lines.push(line('Walk/run', current ? runWords(current.run) : runWords('program'), runWords(next.run)));
  const tempo = (c: number | null) => (c === null ? 'The app’s cadence plan' : `${c} steps/min`);
  lines.push(line('Running tempo', tempo(current?.cadence ?? null), tempo(next.cadence)));
  return lines;
}

/** A plan that starts from the program as the app runs it today: the level, today's exercises at their dosage. */
export function planFromProgram(level: Level, dayNumber: number, clinician: string, issuedDay: number): Prescription {
  const items = routineFor(level, dayNumber).map(({ exercise: e }) => ({
    id: e.id,
    sets: e.dosage.sets,
    reps: e.dosage.reps,
    holdS: e.dosage.holdS,
    perSide: e.dosage.perSide,
    timesPerDay: e.dosage.timesPerDay,
    note: '',
  }));
  return { clinician, issuedDay, level, items, runPainLimit: RUN_PAIN_LIMIT, run: 'program', cadence: null };
}

/** The share of a plan's time spent running: 1 for a continuous run. */
const runShare = (plan: IntervalPlan | null) => (plan ? plan.runS / (plan.runS + plan.walkS) : 1);

/**
 * The next run under a plan: the clinician's walk/run plan (or the app's, if they left it to the
 * app), judged on their pain limit. After a run that hurt more than that, the app's one step
 * easier is used instead, when it is easier than the plan, until a run goes well again.
 */
export function prescribedRun(rx: Prescription, runs: readonly RunOutcome[]): { intervals: IntervalPlan | null; note: string } {
  const app = nextRun(runs, rx.runPainLimit);
  const limit = `keep pain at ${rx.runPainLimit}/10 or below`;
  if (rx.run === 'program') return { intervals: app.plan, note: `Your physio: the walk/run plan, ${limit}. ${app.reason}` };
  const theirs = rx.run === 'continuous' ? null : rx.run;
  const last = runs.at(-1);
  if (last && runTooHard(last, rx.runPainLimit) && runShare(app.plan) < runShare(theirs))
    return {
      intervals: app.plan,
      note: `Your last run hurt more than ${rx.runPainLimit}/10: easier than your physio's plan (${describePlan(theirs)}) until a run goes well.`,
    };
  return { intervals: theirs, note: `From your physio: ${describePlan(theirs)}, ${limit}.` };
}
