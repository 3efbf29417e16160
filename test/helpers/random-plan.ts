// Seeded random plans for the prescription tests and the rx bench: every field over its whole
// range, notes with non-ASCII text, so a failing seed can be run again.
import type { Level } from '../../content/types.js';
import { EXERCISE_CODES } from '../../src/rx/exercise-codes.js';
import { RX_LIMITS, type PrescribedItem, type Prescription } from '../../src/rx/prescription.js';

export function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOTES = [
  '',
  'Slow on the way down.',
  'Stop if the kneecap clicks with pain.',
  'Cuádriceps: 3 s up, 3 s down — sin dolor',
  'Left leg only for now; 膝 ok',
];

export function randomPlan(seed: number, count?: number, notes = true): Prescription {
  const r = seeded(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const n = count ?? int(1, RX_LIMITS.maxItems);
  const ids = [...EXERCISE_CODES].sort(() => r() - 0.5).slice(0, n);
  const items: PrescribedItem[] = ids.map((id) => ({
    id,
    sets: int(...RX_LIMITS.sets),
    reps: int(...RX_LIMITS.reps),
    holdS: int(...RX_LIMITS.holdS),
    perSide: r() < 0.5,
    timesPerDay: int(...RX_LIMITS.timesPerDay),
    note: notes ? NOTES[int(0, NOTES.length - 1)]! : '',
  }));
  const kind = int(0, 2);
  return {
    clinician: ['Sam Lee, physiotherapist', 'Dr. Ana Núñez', 'J. O’Brien PT'][int(0, 2)]!,
    issuedDay: int(19_000, 30_000),
    level: int(1, 4) as Level,
    items,
    runPainLimit: int(0, 3),
    run: kind === 0 ? 'program' : kind === 1 ? 'continuous' : { runS: int(1, 3600), walkS: int(1, 3600), repeats: int(1, 30) },
    cadence: r() < 0.3 ? null : int(...RX_LIMITS.cadence),
  };
}
