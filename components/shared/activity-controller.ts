import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Activity, type ActivityKind, type ActivityRequest, type ActivityView } from '../../src/activity/activity.js';
import type { ActivityHandle, ActivityRegistry } from '../../src/activity/registry.js';
import { KneeActivityRequestEvent } from '../../src/activity/request-event.js';
import { claimMediaSession, releaseMediaSession, type MediaControls } from '../../src/platform/media-session.js';
import { KneeSessionEvent, KneeSessionProgressEvent, newSessionId, type SessionRecord } from '../../src/session-record.js';
import { formatClock, type Milliseconds } from '../../src/units.js';
import { wristPort as wrist } from '../../src/watch/wrist-port.js';

/** Longest time between two checkpoints of a running activity. */
export const CHECKPOINT_EVERY: Milliseconds = 5000;
/** The first checkpoint after the start comes this soon: a page killed in the first seconds still leaves the run. */
export const FIRST_CHECKPOINT: Milliseconds = 1000;
/** The lock screen's words follow the activity this often (the phase's time left, the elapsed time). */
const MEDIA_EVERY: Milliseconds = 1000;

type Host = ReactiveControllerHost & HTMLElement;

export interface ActivityOptions {
  kind: ActivityKind;
  /** The session so far, as a record (a draft until the end), or null when none runs. */
  draft: () => SessionRecord | null;
  /** What the strip and the lock screen show. */
  view: () => ActivityView;
  /** The host's own pause, resume and stop (answering requests from elsewhere). */
  pause?: () => void;
  resume?: () => void;
  stop: () => void;
  /**
   * The lock screen and headset controls: extras for them (the metronome's tempo steps and
   * position), or `false` to leave them to another activity inside (a guided session's timer).
   */
  media?: false | (Pick<MediaControls, 'next' | 'previous'> & { album?: () => string; position?: () => MediaControls['position'] });
}

/**
 * One running activity of an element — a run's beat, a hold set, a rep count, a guided
 * session — from start to end, the same way for each: its timing on a monotonic clock
 * (`Activity`), its checkpoints (`knee-session-progress`, at once, a second in, then every
 * 5 s, for `<knee-session-log>` to keep as drafts), its place in the log's registry of running
 * activities (which the app's strip reads), the lock screen's words and buttons, and the
 * requests (`knee-activity-request`) that pause, resume or stop it from elsewhere.
 */
export class ActivityController implements ReactiveController {
  /** The activity under way (running or paused), or the one that just ended, or null. */
  activity: Activity | null = null;
  readonly #host: Host;
  readonly #options: ActivityOptions;
  #checkpointTimer = 0;
  #firstTimer = 0;
  #mediaTimer = 0;
  #mediaKey = '';
  #handle: ControllerHandle | null = null;

  constructor(host: Host, options: ActivityOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected() {
    this.#host.addEventListener(KneeActivityRequestEvent.eventName, this.#onRequest);
  }

  hostDisconnected() {
    this.#host.removeEventListener(KneeActivityRequestEvent.eventName, this.#onRequest);
    this.#stopTimers();
    releaseMediaSession(this);
    wrist.release(this);
    // Removed while it ran: the registries keeping it hand on its last checkpoint.
    if (this.running) this.#handle?.left();
    this.#handle = null;
  }

  /** True from `start` until `end` (paused included). */
  get running(): boolean {
    return this.activity !== null && this.activity.status !== 'ended';
  }

  /** Starts a new activity, with a new session id made from its start time, and takes its first checkpoint. */
  start(): Activity {
    this.#stopTimers();
    const now = Date.now();
    const id = newSessionId(now);
    const activity = new Activity(id, this.#options.kind, undefined, now);
    this.activity = activity;
    this.#handle = new ControllerHandle(id, this.#options.kind, this.#host, this.#options.view);
    this.#running();
    this.#firstTimer = window.setTimeout(() => this.checkpoint(), FIRST_CHECKPOINT);
    return activity;
  }

  pause() {
    if (!this.running) return;
    this.activity!.pause();
    this.#stopTimers();
    this.checkpoint();
    this.updateMedia();
    this.#handle?.touched();
  }

  resume() {
    if (!this.running) return;
    this.activity!.resume();
    this.#running();
    this.#handle?.touched();
  }

  /** The activity ended: reports `record` (its session, whatever the host made of it) and lets go. */
  finish(record: SessionRecord) {
    this.activity?.end();
    this.#stopTimers();
    releaseMediaSession(this);
    wrist.release(this);
    this.#host.dispatchEvent(new KneeSessionEvent(record));
  }

  /** Takes a checkpoint now (a rep counted, a phase begun). */
  checkpoint() {
    const record = this.running ? this.#options.draft() : null;
    if (record && this.#handle) this.#host.dispatchEvent(new KneeSessionProgressEvent(record, this.#handle));
  }

  /**
   * The lock screen's words and buttons, and the watch's face and button, now (they also follow
   * the activity once a second while it runs).
   */
  updateMedia() {
    const media = this.#options.media;
    if (media === false || !this.running) return;
    const view = this.#options.view();
    // The watch's button pauses and resumes what can be paused (a rep count waits for a tap).
    wrist.claim(this, view, () => view.pausable && this.#answer(this.activity?.status === 'paused' ? 'resume' : 'pause'));
    const title = view.detail || view.title;
    const artist = `${view.title} · ${formatClock(view.elapsedS)}${view.paused ? ' · paused' : ''}`;
    const position = media?.position?.();
    const album = media?.album?.() ?? 'Kneebeat';
    const key = `${title}|${artist}|${album}|${view.paused}`;
    if (key === this.#mediaKey) return;
    this.#mediaKey = key;
    claimMediaSession(
      this,
      {
        title,
        artist,
        album,
        play: () => this.#answer('resume'),
        pause: () => this.#answer('pause'),
        stop: () => this.#answer('stop'),
        ...(media?.next ? { next: media.next } : {}),
        ...(media?.previous ? { previous: media.previous } : {}),
        ...(position ? { position } : {}),
      },
      !view.paused,
    );
  }

  #running() {
    this.checkpoint();
    this.#mediaKey = '';
    this.updateMedia();
    clearInterval(this.#checkpointTimer);
    this.#checkpointTimer = window.setInterval(() => this.checkpoint(), CHECKPOINT_EVERY);
    clearInterval(this.#mediaTimer);
    if (this.#options.media !== false) this.#mediaTimer = window.setInterval(() => this.updateMedia(), MEDIA_EVERY);
  }

  #stopTimers() {
    clearInterval(this.#checkpointTimer);
    clearInterval(this.#mediaTimer);
    clearTimeout(this.#firstTimer);
    this.#checkpointTimer = this.#mediaTimer = this.#firstTimer = 0;
  }

  readonly #onRequest = (event: KneeActivityRequestEvent) => {
    if (event.id === this.activity?.id) this.#answer(event.action);
  };

  #answer(action: ActivityRequest) {
    if (!this.running) return;
    const o = this.#options;
    if (action === 'stop') o.stop();
    else if (action === 'pause') o.pause?.();
    else o.resume?.();
  }
}

/** How a registry sees an activity of this controller. */
class ControllerHandle implements ActivityHandle {
  readonly #registries = new Set<ActivityRegistry>();
  constructor(
    readonly id: string,
    readonly kind: ActivityKind,
    readonly element: HTMLElement,
    readonly view: () => ActivityView,
  ) {}

  request(action: ActivityRequest) {
    this.element.dispatchEvent(new KneeActivityRequestEvent(action, this.id, true));
  }

  attach(registry: ActivityRegistry) {
    this.#registries.add(registry);
  }

  /** It paused or went on. */
  touched() {
    for (const registry of this.#registries) registry.touched(this.id);
  }

  /** The element left the page mid-activity. */
  left() {
    for (const registry of this.#registries) registry.gone(this.id);
    this.#registries.clear();
  }
}
