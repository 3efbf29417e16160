/** Finds click onsets in rendered audio: the first non-silent sample after a silent gap. */
export function findOnsets(samples: Float32Array, { threshold = 1e-4, minGap = 64 } = {}): number[] {
  const onsets: number[] = [];
  let silent = minGap;
  for (let i = 0; i < samples.length; i++) {
    if (Math.abs(samples[i]!) > threshold) {
      if (silent >= minGap) onsets.push(i);
      silent = 0;
    } else {
      silent++;
    }
  }
  return onsets;
}

/** Peak absolute level in `samples[from, from + length)`. */
export function peak(samples: Float32Array, from: number, length: number): number {
  let max = 0;
  for (let i = from; i < Math.min(samples.length, from + length); i++) max = Math.max(max, Math.abs(samples[i]!));
  return max;
}
