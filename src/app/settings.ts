/** The user's app settings, kept in localStorage on this device (memory where storage is blocked). */
import { isClickSound, type ClickSound } from '../audio/click-sounds.js';

export interface AppSettings {
  sound: ClickSound;
  volume: number;
  haptic: boolean;
  voice: boolean;
  keepAwake: boolean;
}

export const DEFAULT_SETTINGS: AppSettings = { sound: 'click', volume: 0.8, haptic: true, voice: false, keepAwake: true };

const KEY = 'kneebeat-settings';
let memory: AppSettings | null = null;

export function loadSettings(): AppSettings {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<AppSettings> | null;
    if (raw && typeof raw === 'object') {
      return {
        sound: isClickSound(raw.sound) ? raw.sound : DEFAULT_SETTINGS.sound,
        volume: typeof raw.volume === 'number' && raw.volume >= 0 && raw.volume <= 1 ? raw.volume : DEFAULT_SETTINGS.volume,
        haptic: typeof raw.haptic === 'boolean' ? raw.haptic : DEFAULT_SETTINGS.haptic,
        voice: typeof raw.voice === 'boolean' ? raw.voice : DEFAULT_SETTINGS.voice,
        keepAwake: typeof raw.keepAwake === 'boolean' ? raw.keepAwake : DEFAULT_SETTINGS.keepAwake,
      };
    }
  } catch {
    // Blocked or corrupt: use what this visit knows.
  }
  return memory ?? { ...DEFAULT_SETTINGS };
}

export function saveSettings(settings: AppSettings) {
  memory = settings;
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Kept in memory for this visit.
  }
}
