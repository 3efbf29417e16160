/** Vibration where the platform has it (Android Chrome; not iOS Safari, not desktop). */
import type { Milliseconds } from '../units.js';

export const canVibrate = () => typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function';

/** Returns false where vibration is missing or refused (no user activation yet, page hidden). */
export function vibrate(pattern: Milliseconds | Milliseconds[]): boolean {
  if (!canVibrate()) return false;
  try {
    return navigator.vibrate(pattern);
  } catch {
    return false;
  }
}
