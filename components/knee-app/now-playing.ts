/**
 * The "now playing" strip: an activity running in a view the user is not looking at (a beat,
 * a hold set, a rep count), with its elapsed time, Pause/Resume and Stop, and a link back —
 * as a music player shows the track on every screen.
 */
import { html, nothing, svg } from 'lit';
import type { KneeExercise } from '../knee-exercise/knee-exercise.js';
import type { KneeHoldTimer } from '../knee-hold-timer/knee-hold-timer.js';
import type { KneeMetronome } from '../knee-metronome/knee-metronome.js';
import { repsDone, type SessionRecord } from '../../src/session-record.js';
import { formatClock } from '../../src/units.js';

/** A running activity as the app tracks it: where it lives, its element, its last checkpoint. */
export interface Activity {
  /** The view key it lives in (`run`, `today`, `exercise/quad-set`). */
  key: string;
  element: Element;
  record: SessionRecord;
}

interface Controls {
  title: string;
  detail: string;
  elapsed: number;
  paused: boolean;
  pause?: () => void;
  resume?: () => void;
  stop: () => void;
}

/** Drawn, not font glyphs: watch fonts often lack ⏸ and ■. */
const ICONS = {
  pause: svg`<svg class="np-icon" viewBox="0 0 24 24" aria-hidden="true"><rect x="6" y="5" width="4" height="14" rx="1"></rect><rect x="14" y="5" width="4" height="14" rx="1"></rect></svg>`,
  resume: svg`<svg class="np-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M7 5v14l12-7z"></path></svg>`,
  stop: svg`<svg class="np-icon" viewBox="0 0 24 24" aria-hidden="true"><rect x="6" y="6" width="12" height="12" rx="1.5"></rect></svg>`,
};

const titleCase = (id: string) => id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** What the strip shows and does for each kind of activity element. */
function controlsOf({ element, record }: Activity): Controls {
  switch (element.localName) {
    case 'knee-metronome': {
      const el = element as KneeMetronome;
      return {
        title: 'Run',
        detail: `${el.bpm} steps/min`,
        elapsed: el.elapsed,
        paused: el.paused,
        pause: () => void el.pause(),
        resume: () => void el.start(),
        stop: () => void el.stop(),
      };
    }
    case 'knee-hold-timer': {
      const el = element as KneeHoldTimer;
      return {
        title: el.label || 'Hold timer',
        detail: el.progressText,
        elapsed: el.elapsed,
        paused: el.status === 'paused',
        pause: () => el.pause(),
        resume: () => void el.resume(),
        stop: () => el.stop(),
      };
    }
    default: {
      const el = element as KneeExercise;
      const reps = repsDone(record);
      return {
        title: record.exerciseId ? titleCase(record.exerciseId) : 'Exercise',
        detail: `${reps} ${reps === 1 ? 'rep' : 'reps'} counted`,
        elapsed: (Date.now() - record.startedAt) / 1000,
        paused: false,
        stop: () => el.finish(),
      };
    }
  }
}

export function nowPlaying(activity: Activity, href: string) {
  const c = controlsOf(activity);
  return html`<section class="now-playing" part="now-playing" aria-label="Now playing">
    <a class="np-what" href=${href}
      ><b>${c.title}</b> <span class="np-detail">${c.detail}</span>
      <span class="np-time">${c.paused ? 'Paused · ' : ''}${formatClock(c.elapsed)}</span></a
    >
    ${
      c.pause && c.resume
        ? html`<button class="np-button" aria-label=${`${c.paused ? 'Resume' : 'Pause'} ${c.title}`} @click=${c.paused ? c.resume : c.pause}>
          ${c.paused ? ICONS.resume : ICONS.pause}<span class="np-label">${c.paused ? 'Resume' : 'Pause'}</span>
        </button>`
        : nothing
    }
    <button class="np-button" aria-label=${`Stop ${c.title} and save`} @click=${c.stop}>${ICONS.stop}<span class="np-label">Stop</span></button>
  </section>`;
}
