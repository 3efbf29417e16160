/**
 * The "now playing" strip: an activity running in a view the user is not looking at (a beat,
 * a hold set, a rep count, a guided session), with where it stands, its elapsed time,
 * Pause/Resume and Stop, and a link back — as a music player shows the track on every screen.
 * It shows what the activity's handle says and only asks it to change (`knee-activity-request`).
 */
import { html, nothing, svg } from 'lit';
import type { ActivityRequest } from '../../src/activity/activity.js';
import type { ActivityHandle } from '../../src/activity/registry.js';
import { KneeActivityRequestEvent } from '../../src/activity/request-event.js';
import { formatClock } from '../../src/units.js';

/** Drawn, not font glyphs: watch fonts often lack ⏸ and ■. */
const ICONS = {
  pause: svg`<svg class="np-icon" viewBox="0 0 24 24" aria-hidden="true"><rect x="6" y="5" width="4" height="14" rx="1"></rect><rect x="14" y="5" width="4" height="14" rx="1"></rect></svg>`,
  resume: svg`<svg class="np-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M7 5v14l12-7z"></path></svg>`,
  stop: svg`<svg class="np-icon" viewBox="0 0 24 24" aria-hidden="true"><rect x="6" y="6" width="12" height="12" rx="1.5"></rect></svg>`,
};

export function nowPlaying(activity: ActivityHandle, href: string) {
  const v = activity.view();
  const ask = (action: ActivityRequest) => (event: Event) => event.target?.dispatchEvent(new KneeActivityRequestEvent(action, activity.id));
  return html`<section class="now-playing" part="now-playing" aria-label="Now playing">
    <a class="np-what" href=${href}
      ><b>${v.title}</b> <span class="np-detail">${v.detail}</span>
      <span class="np-time">${v.paused ? 'Paused · ' : ''}${formatClock(v.elapsedS)}</span></a
    >
    ${
      v.pausable
        ? html`<button class="np-button" aria-label=${`${v.paused ? 'Resume' : 'Pause'} ${v.title}`} @click=${ask(v.paused ? 'resume' : 'pause')}>
          ${v.paused ? ICONS.resume : ICONS.pause}<span class="np-label">${v.paused ? 'Resume' : 'Pause'}</span>
        </button>`
        : nothing
    }
    <button class="np-button" aria-label=${`Stop ${v.title} and save`} @click=${ask('stop')}>${ICONS.stop}<span class="np-label">Stop</span></button>
  </section>`;
}
