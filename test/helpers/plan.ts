// A clinician's plan for the tests: three exercises (a hold, moving reps, a stretch), a lower
// running pain limit than the app's, intervals and a tempo.
import type { Prescription } from '../../src/rx/prescription.js';

export const PLAN: Prescription = {
  clinician: 'Sam Lee',
  issuedDay: 20_000,
  level: 2,
  items: [
    { id: 'quad-set', sets: 3, reps: 12, holdS: 8, perSide: false, timesPerDay: 2, note: 'Towel under the knee.' },
    { id: 'lateral-step-up', sets: 2, reps: 15, holdS: 0, perSide: true, timesPerDay: 1, note: '' },
    { id: 'wall-calf-stretch', sets: 1, reps: 2, holdS: 30, perSide: true, timesPerDay: 1, note: '' },
  ],
  runPainLimit: 2,
  run: { runS: 90, walkS: 90, repeats: 6 },
  cadence: 172,
};
