// How close can a footfall's time come from the phone's acceleration alone? For each true step
// of the phone recordings (their foot switches), the feature of the acceleration magnitude
// (gravity removed, ~70 ms smoothing) nearest to it within half a step — found knowing the
// true time, so no real detector can do better. Prints, per recording, the median offset and
// the median |offset| in ms for three features: the peak, the steepest rise, the trough.
// For issue 22's goal (median footfall error ≤ 40 ms). Usage, after a build:
// node bench/footfall-oracle.mjs
import { oxford } from '../scripts/step-accuracy.mjs';
import { median } from './analyse.mjs';

/** A centred moving average over ±w samples (offline: it looks ahead, which is fine for an oracle). */
function smooth(values, w) {
  return values.map((_, i) => {
    let sum = 0;
    let count = 0;
    for (let k = Math.max(0, i - w); k <= Math.min(values.length - 1, i + w); k++, count++) sum += values[k];
    return sum / count;
  });
}

console.log('| recording | peak: median / median abs (ms) | steepest rise | trough | centre |');
console.log('| --- | --- | --- | --- | --- |');
const pooled = { peak: [], rise: [], trough: [], centre: [] };
for (const recording of oxford.recordings ?? oxford) {
  // The 100 Hz copy: sample i is at i × 10 ms.
  const magnitude = recording.samples.map(([x, y, z]) => Math.hypot(x, y, z));
  const gravity = smooth(magnitude, 50);
  const signal = smooth(
    magnitude.map((m, i) => m - gravity[i]),
    3,
  );
  const rise = signal.map((v, i) => (i ? v - signal[i - 1] : 0));
  const offsets = { peak: [], rise: [], trough: [], centre: [] };
  const wide = smooth(
    magnitude.map((m, i) => m - gravity[i]),
    8,
  );
  const steps = recording.stepsMs;
  for (let j = 1; j < steps.length - 1; j++) {
    const t = steps[j];
    const step = Math.min(t - steps[j - 1], steps[j + 1] - t);
    if (step > 1500) continue; // a pause, not a step's neighbour
    const from = Math.max(1, Math.round((t - step / 2) / 10));
    const to = Math.min(signal.length - 1, Math.round((t + step / 2) / 10));
    let peak = from;
    let steepest = from;
    let trough = from;
    for (let k = from; k <= to; k++) {
      if (signal[k] > signal[peak]) peak = k;
      if (rise[k] > rise[steepest]) steepest = k;
      if (signal[k] < signal[trough]) trough = k;
    }
    offsets.peak.push(peak * 10 - t);
    offsets.rise.push(steepest * 10 - t);
    offsets.trough.push(trough * 10 - t);
    let top = from;
    for (let k = from; k <= to; k++) if (wide[k] > wide[top]) top = k;
    let weight = 0;
    let moment = 0;
    for (let k = top; k >= 0 && wide[k] > 0 && top - k <= step / 20; k--) [weight, moment] = [weight + wide[k], moment + k * wide[k]];
    for (let k = top + 1; k < wide.length && wide[k] > 0 && k - top <= step / 20; k++) [weight, moment] = [weight + wide[k], moment + k * wide[k]];
    offsets.centre.push((moment / weight) * 10 - t);
  }
  for (const key of Object.keys(pooled)) pooled[key].push(...offsets[key]);
  const cell = (o) => `${median(o).toFixed(0)} / ${median(o.map(Math.abs)).toFixed(0)}`;
  console.log(`| ${recording.name} | ${cell(offsets.peak)} | ${cell(offsets.rise)} | ${cell(offsets.trough)} | ${cell(offsets.centre)} |`);
}
for (const [key, offsets] of Object.entries(pooled)) {
  let best = { error: Infinity, shift: 0 };
  for (let shift = -250; shift <= 250; shift++) {
    const error = median(offsets.map((o) => Math.abs(o - shift)));
    if (error < best.error) best = { error, shift };
  }
  console.log(`every step, ${key}: median |offset − (${best.shift})| = ${best.error.toFixed(1)} ms`);
}
