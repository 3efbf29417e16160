// Turns recorded onset frames into the benchmark's timing figures. Pure: no browser.

/**
 * @param {number[]} onsets  absolute frames of detected click onsets, in order
 * @param {{sampleRate:number,bpm:number,tapTime?:number,windowSeconds:number,endFrame?:number}} run
 *   `endFrame`: the recording's last frame; the window never extends past it, so the count of
 *   expected beats is in audio time (what a listener hears), not wall-clock time.
 */
export function analyse(onsets, { sampleRate, bpm, tapTime, windowSeconds, endFrame = Infinity }) {
  const period = (60 * sampleRate) / bpm;
  const ms = (frames) => (frames / sampleRate) * 1000;
  if (onsets.length === 0) {
    return { expected: Math.ceil((windowSeconds * sampleRate) / period), heard: 0, dropped: NaN, doubled: NaN };
  }
  const first = onsets[0];
  const end = Math.min(first + windowSeconds * sampleRate, endFrame - sampleRate * 0.1);
  const inWindow = onsets.filter((frame) => frame < end);
  const expected = Math.ceil((end - first) / period);

  let dropped = 0;
  let doubled = 0;
  const deviations = [];
  for (let i = 1; i < inWindow.length; i++) {
    const gap = inWindow[i] - inWindow[i - 1];
    if (gap < period / 2) doubled++;
    else if (gap >= 1.5 * period) dropped += Math.round(gap / period) - 1;
    deviations.push(ms(gap - period));
  }
  const mean = deviations.reduce((a, b) => a + b, 0) / Math.max(1, deviations.length);
  const sd = Math.sqrt(deviations.reduce((a, d) => a + (d - mean) ** 2, 0) / Math.max(1, deviations.length));
  const maxDeviation = Math.max(0, ...deviations.map(Math.abs));
  // Grid anchored at the first click: beat n belongs at first + n·period.
  const gridError = Math.max(0, ...inWindow.map((frame) => Math.abs(frame - first - Math.round((frame - first) / period) * period)));
  return {
    expected,
    heard: inWindow.length,
    dropped,
    doubled,
    intervalSdMs: sd,
    maxIntervalDeviationMs: maxDeviation,
    maxGridErrorMs: ms(gridError),
    tapToFirstClickMs: tapTime === undefined ? NaN : ms(first) - tapTime * 1000,
  };
}

export const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The median time (ms) of `runs` calls of `make` (awaited one after another). */
export async function medianTime(make, runs) {
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await make();
    ms.push(performance.now() - t);
  }
  return median(ms);
}
