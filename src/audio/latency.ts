/**
 * The headphone-delay setting's range, on its own so the app's settings and the metronome can
 * check it without loading the calibration (which only the delay check needs).
 */
import type { Milliseconds } from '../units.js';

/** The largest delay the setting accepts (and a reading reports). */
export const MAX_LATENCY: Milliseconds = 500;

/** A delay setting within 0–MAX_LATENCY ms (an early-tapping reading means no delay). */
export const clampLatency = (latency: Milliseconds): Milliseconds => Math.min(MAX_LATENCY, Math.max(0, latency));
