/**
 * Made-up walking for the motion sensor: a sharp bump at each step on gravity, in a tilted
 * phone, with noise — sent as `devicemotion` events carrying the sensor's interval, so the
 * readings are timed as a real sensor times them, however fast the test sends them.
 */
export function sendWalk({ seconds, spm, hz = 50, seed = 1 }: { seconds: number; spm: number; hz?: number; seed?: number }) {
  let random = seed;
  const noise = () => ((random = (random * 16807) % 2147483647) / 2147483647 - 0.5) * 0.6;
  const interval = 60000 / spm;
  const step = 1000 / hz;
  for (let t = 0; t < seconds * 1000; t += step) {
    const phase = (t % interval) / interval;
    const bump = 4 * Math.exp(-((phase - 0.1) ** 2) / 0.004) - 1.2 * Math.exp(-((phase - 0.5) ** 2) / 0.02);
    const m = 9.81 + bump + noise();
    dispatchEvent(
      new DeviceMotionEvent('devicemotion', {
        accelerationIncludingGravity: { x: m * 0.3, y: m * 0.5, z: m * 0.81 },
        interval: step,
      }),
    );
  }
}
