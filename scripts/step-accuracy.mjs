// Runs the step detector over the recorded walks, runs and non-walking clips in
// test/fixtures/steps/ and reports, per recording, steps against the truth and the cadence
// error. Used by the tests (test/cadence/) and `npm run bench`. Needs the tsc output (build/).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const { StepDetector } = await import('../build/src/cadence/step-detector.js');
const fixtures = new URL('../test/fixtures/steps/', import.meta.url);
const load = (file) => JSON.parse(gunzipSync(readFileSync(new URL(file, fixtures))).toString());

export const oxford = load('oxford-100hz.json.gz');
export const pebble = load('pebble-wrist.json.gz');
const MILLI_G = 9.80665 / 1000;

const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * The true cadence at `t` (ms): steps per minute over the foot switches' last 6 s — the mean
 * interval (a median would pick one foot's interval when left and right steps differ).
 */
function trueCadence(stepsMs, t) {
  const recent = stepsMs.filter((s) => s <= t && s > t - 6000);
  if (recent.length < 4 || t - recent.at(-1) > 1500) return Number.NaN;
  return (60000 * (recent.length - 1)) / (recent.at(-1) - recent[0]);
}

/**
 * One phone recording at `hz` (25–100): every `100 / hz`-th reading of the 100 Hz copy, fed
 * in order. Returns steps counted and the cadence error (median and 90th percentile of
 * |measured − true| over each second where both are known).
 */
export function runPhone(recording, hz = 50) {
  const footfalls = [];
  const detector = new StepDetector({ onStep: (t) => footfalls.push(t) });
  const every = 100 / hz;
  const errors = [];
  let nextCheck = 1000;
  recording.samples.forEach(([x, y, z], i) => {
    if (i % every !== 0) return;
    const t = i * 10;
    detector.push(t, x, y, z);
    if (t >= nextCheck) {
      nextCheck += 1000;
      const truth = trueCadence(recording.stepsMs, t);
      if (Number.isFinite(truth) && Number.isFinite(detector.cadence)) errors.push(Math.abs(detector.cadence - truth));
    }
  });
  const truth = recording.stepsMs.length;
  errors.sort((a, b) => a - b);
  const timing = footfallErrors(recording.stepsMs, footfalls);
  return {
    name: recording.name,
    kind: 'phone',
    position: recording.position,
    truth,
    counted: detector.steps,
    accuracy: 1 - Math.abs(detector.steps - truth) / truth,
    cadenceErrorMedian: median(errors),
    cadenceErrorP90: errors.length ? errors[Math.floor(errors.length * 0.9)] : Number.NaN,
    footfalls: footfalls.length,
    /** Footfall times against the foot switches: each true step's nearest unused footfall within 150 ms. */
    footfallErrors: timing,
    matched: timing.length / truth,
  };
}

/** Each true step matched one to one with the nearest reported footfall within 150 ms: the signed errors (ms). */
export function footfallErrors(stepsMs, footfalls) {
  const used = new Uint8Array(footfalls.length);
  const errors = [];
  let j = 0;
  for (const t of stepsMs) {
    while (j < footfalls.length && footfalls[j] < t - 150) j++;
    let best = -1;
    for (let k = j; k < footfalls.length && footfalls[k] <= t + 150; k++)
      if (!used[k] && (best < 0 || Math.abs(footfalls[k] - t) < Math.abs(footfalls[best] - t))) best = k;
    if (best >= 0) {
      used[best] = 1;
      errors.push(footfalls[best] - t);
    }
  }
  return errors;
}

/** One wrist clip (25 Hz, milli-g): steps counted against the count and the accepted range. */
export function runClip(clip) {
  const detector = new StepDetector();
  clip.samples.forEach(([x, y, z], i) => detector.push(i * 40, x * MILLI_G, y * MILLI_G, z * MILLI_G));
  return {
    name: clip.name,
    kind: clip.expected > 0 ? 'wrist' : 'not walking',
    truth: clip.expected,
    min: clip.min,
    max: clip.max,
    counted: detector.steps,
    inRange: detector.steps >= clip.min && detector.steps <= clip.max,
    accuracy: clip.expected > 0 ? 1 - Math.abs(detector.steps - clip.expected) / clip.expected : Number.NaN,
  };
}

/** Everything, at one phone rate. */
export function evaluate(hz = 50) {
  const phones = oxford.map((r) => runPhone(r, hz));
  const clips = pebble.map(runClip);
  return {
    hz,
    phones,
    clips,
    phoneMedian: median(phones.map((p) => p.accuracy)),
    phoneWorst: Math.min(...phones.map((p) => p.accuracy)),
    wristMedian: median(clips.filter((c) => c.kind === 'wrist').map((c) => c.accuracy)),
    clipsInRange: clips.filter((c) => c.inRange).length,
    /** Over every true step of every phone recording: the median |footfall error| (ms) and the share matched within 150 ms. */
    footfallMedianAbs: median(phones.flatMap((p) => p.footfallErrors.map(Math.abs))),
    footfallMatched: phones.reduce((n, p) => n + p.footfallErrors.length, 0) / phones.reduce((n, p) => n + p.truth, 0),
  };
}

/** CPU time of the detector alone over `minutes` of 100 Hz data (a phone recording, looped). */
export function detectorCost(minutes = 10) {
  const samples = oxford[0].samples;
  const detector = new StepDetector();
  const n = minutes * 60 * 100;
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const [x, y, z] = samples[i % samples.length];
    detector.push(i * 10, x, y, z);
  }
  const used = process.cpuUsage(start);
  return { msPerMinute: (used.user + used.system) / 1000 / minutes, steps: detector.steps };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const hz of [25, 50, 100]) {
    const r = evaluate(hz);
    console.log(
      `${hz} Hz: phone median ${(r.phoneMedian * 100).toFixed(1)} %, worst ${(r.phoneWorst * 100).toFixed(1)} %; wrist median ${(r.wristMedian * 100).toFixed(1)} %; clips in range ${r.clipsInRange}/${r.clips.length}`,
    );
  }
  console.log(
    evaluate(50)
      .phones.map((p) => `${p.name} ${p.counted}/${p.truth} cad err ${p.cadenceErrorMedian.toFixed(1)} p90 ${p.cadenceErrorP90.toFixed(1)}`)
      .join('\n'),
  );
  console.log(
    evaluate(50)
      .clips.filter((c) => !c.inRange)
      .map((c) => `${c.name} ${c.counted} (${c.min}-${c.max})`)
      .join('\n'),
  );
  console.log('cost', detectorCost(10));
}
