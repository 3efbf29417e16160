/**
 * Care around the sessions: the warm-up the readiness check offers, and looking after the knee
 * between sessions. Written by Kneebeat from published PT guidance. Loaded with the exercise
 * library (on demand), not with the first page.
 */

/** The warm-up offered when the readiness bend is not pain-free: what to do, and for how long. */
export const WARM_UP: { minutes: number; steps: readonly string[]; source: string } = {
  minutes: 5,
  steps: [
    '2 minutes of easy movement: brisk walking, marching on the spot, or an exercise bike with light resistance.',
    '1 minute of leg swings holding a wall: 10 forward and back, then 10 side to side, each leg.',
    '1 minute of heel raises and gentle mini-squats, only as deep as stays comfortable.',
    '1 minute of quad sets: tighten the front of the thigh for a few seconds, relax, repeat.',
  ],
  source:
    'The clinical brief asks for a warm-up and a retest when the bend is not pain-free; the warm-up itself is Kneebeat’s choice of common gentle movements.',
};

export interface AdviceNote {
  id: string;
  title: string;
  text: string;
  source: string;
}

const GUIDE = 'Published patient guidance for patellofemoral pain, as checked in the program review (issue 20); wording Kneebeat’s own.';

/** Looking after the knee between sessions: shown on Today, with the flare note first after a flare. */
export const ADVICE_NOTES: readonly AdviceNote[] = [
  {
    id: 'flare',
    title: 'After a flare',
    text: 'Rest from what set it off for a day or two, ice the knee for 10–15 minutes (a cloth between ice and skin) if it helps, keep gently moving, and go back to the easier level when you train again.',
    source: GUIDE,
  },
  {
    id: 'cross-training',
    title: 'While running is cut back',
    text: 'Keep fit with what the knee tolerates: swimming, cycling with the saddle high enough that the knee never bends sharply, or walking. Keep the same pain limits.',
    source: GUIDE,
  },
  {
    id: 'surfaces-shoes',
    title: 'Surfaces and shoes',
    text: 'Flat, even, softer ground (paths, tracks) is kinder than hills, stairs and cambered roads while the knee settles. Run in comfortable shoes that are not worn out; change little at once.',
    source: GUIDE,
  },
  {
    id: 'sleep-load',
    title: 'Sleep and load',
    text: 'Short sleep, stress and a sudden jump in running (more distance, speed or hills in one week) all make a flare more likely. Add load a little at a time, and keep rest days.',
    source: GUIDE,
  },
  {
    id: 'after-workout',
    title: 'After a run or workout',
    text: 'Stretch while the muscles are warm — the hamstring and quad stretches suit this — and foam roll or massage the thigh and calf if it feels good.',
    source: GUIDE,
  },
];
