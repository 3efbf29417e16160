/**
 * The "keep playing when locked" route: the metronome's sound goes through a
 * `MediaStreamAudioDestinationNode` into an `<audio>` element instead of straight to the
 * speakers. Phones treat a playing media element as media playback — Android shows its media
 * notification (and keeps the tab's audio alive when the screen locks) only for media
 * elements, and iOS keeps them playing in the background more readily than a bare
 * AudioContext. Timing is still placed to the sample in the worklet; the route only adds a
 * constant delay on the way out (see README: measured in `npm run bench`).
 */
import type { Milliseconds } from '../units.js';

/**
 * How much later the media element plays a sound than the context's own output would: 825
 * frames at 44.1 kHz (18.7 ms) in Chromium, measured by capturing the element's output back
 * into the context (`npm run bench`, "media route"). The pulse and vibration wait as long.
 */
export const MEDIA_ROUTE_DELAY: Milliseconds = 19;

/** How long the element plays on after its last user is done. */
const RELEASE_TAIL: Milliseconds = 1000;

const routes = new WeakMap<BaseAudioContext, MediaElementRoute>();

export class MediaElementRoute {
  /** Connect sound here instead of the context's destination. */
  readonly input: MediaStreamAudioDestinationNode;
  readonly element: HTMLAudioElement;
  #users = 0;

  /** One route per context, shared by everything that plays on it. */
  static for(context: AudioContext): MediaElementRoute {
    let route = routes.get(context);
    if (!route) {
      route = new MediaElementRoute(context);
      routes.set(context, route);
    }
    return route;
  }

  private constructor(context: AudioContext) {
    this.input = context.createMediaStreamDestination();
    this.element = new Audio();
    this.element.srcObject = this.input.stream;
    // Not in any page: nothing to show, and no controls a page's styles could reveal.
    this.element.setAttribute('aria-hidden', 'true');
  }

  /** True while the element plays. */
  get playing(): boolean {
    return !this.element.paused;
  }

  /**
   * Starts the element for one more user (call within the user's gesture where possible).
   * Resolves false, counting no user, when the element will not play (an autoplay policy):
   * the caller's sound then goes straight out.
   */
  async play(): Promise<boolean> {
    this.#users++;
    try {
      if (this.element.paused) await this.element.play();
      return true;
    } catch {
      this.#users--;
      return false;
    }
  }

  /**
   * One user is done; the element pauses when none is left — after a moment, so the last
   * click or cue rings out (and a quick restart does not pause and replay it).
   */
  release() {
    this.#users = Math.max(0, this.#users - 1);
    clearTimeout(this.#pauseTimer);
    this.#pauseTimer = window.setTimeout(() => {
      if (this.#users === 0) this.element.pause();
    }, RELEASE_TAIL);
  }
  #pauseTimer = 0;
}
