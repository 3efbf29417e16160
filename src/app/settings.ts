/** The user's app settings, kept in localStorage on this device (memory where storage is blocked). */
import { isAudioMode, type AudioMode } from '../audio/audio-mode.js';
import { isClickSound, type ClickSound } from '../audio/click-sounds.js';
import { intervalProblem, type IntervalPlan } from '../run/run-plan.js';
import { MAX_LATENCY } from '../audio/latency.js';
import { MAX_BPM, MIN_BPM } from '../tap-tempo.js';
import { LocalValue } from '../platform/local-value.js';

export interface AppSettings {
  sound: ClickSound;
  volume: number;
  haptic: boolean;
  voice: boolean;
  keepAwake: boolean;
  /** Headphone delay in ms: the metronome's pulse and vibration wait this long (0–500). */
  latency: number;
  /** The tempo the user last chose on the Run view; null: the cadence plan's target. */
  runBpm: number | null;
  /** "Keep playing when locked" (`locked`) or "Play along with my music" (`mix`). */
  audioMode: AudioMode;
  /**
   * A run plan the runner chose on the Run view for their next run (walk/run intervals, or
   * `intervals: null` for a continuous run); null: follow the walk/run plan. Forgotten once
   * that run is recorded: the plan then goes on from it.
   */
  runPlan: RunPlanChoice | null;
}

export interface RunPlanChoice {
  intervals: IntervalPlan | null;
}

export const DEFAULT_SETTINGS: AppSettings = {
  sound: 'click',
  volume: 0.8,
  haptic: true,
  voice: false,
  keepAwake: true,
  latency: 0,
  runBpm: null,
  audioMode: 'locked',
  runPlan: null,
};

const stored = new LocalValue<AppSettings>('kneebeat-settings', (raw) => ({
  sound: isClickSound(raw.sound) ? raw.sound : DEFAULT_SETTINGS.sound,
  volume: typeof raw.volume === 'number' && raw.volume >= 0 && raw.volume <= 1 ? raw.volume : DEFAULT_SETTINGS.volume,
  haptic: typeof raw.haptic === 'boolean' ? raw.haptic : DEFAULT_SETTINGS.haptic,
  voice: typeof raw.voice === 'boolean' ? raw.voice : DEFAULT_SETTINGS.voice,
  keepAwake: typeof raw.keepAwake === 'boolean' ? raw.keepAwake : DEFAULT_SETTINGS.keepAwake,
  latency:
    Number.isInteger(raw.latency) && (raw.latency as number) >= 0 && (raw.latency as number) <= MAX_LATENCY
      ? (raw.latency as number)
      : DEFAULT_SETTINGS.latency,
  runBpm: Number.isInteger(raw.runBpm) && (raw.runBpm as number) >= MIN_BPM && (raw.runBpm as number) <= MAX_BPM ? (raw.runBpm as number) : null,
  audioMode: isAudioMode(raw.audioMode) ? raw.audioMode : DEFAULT_SETTINGS.audioMode,
  runPlan: storedPlan(raw.runPlan),
}));

/** A stored run plan choice if it is one (copied field by field), else null. Older versions kept the plan itself. */
function storedPlan(raw: unknown): RunPlanChoice | null {
  if (typeof raw !== 'object' || raw === null) return null;
  if ('intervals' in raw) {
    const intervals = (raw as { intervals: unknown }).intervals;
    return intervals === null ? { intervals: null } : wrap(intervalsOf(intervals));
  }
  return wrap(intervalsOf(raw));
}

const wrap = (intervals: IntervalPlan | null): RunPlanChoice | null => (intervals ? { intervals } : null);

function intervalsOf(raw: unknown): IntervalPlan | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { runS, walkS, repeats } = raw as Record<string, unknown>;
  if (typeof runS !== 'number' || typeof walkS !== 'number' || typeof repeats !== 'number') return null;
  const plan = { runS, walkS, repeats };
  return intervalProblem(plan) ? null : plan;
}

export function loadSettings(): AppSettings {
  return stored.read() ?? { ...DEFAULT_SETTINGS };
}

export function saveSettings(settings: AppSettings) {
  stored.write(settings);
}
