/**
 * A retry that waits longer each time — 1 s, 2 s, 4 s… up to 30 s — and starts over once it
 * works: how a dropped Bluetooth device (a footpod, a strap, a watch) is reconnected without
 * hammering a radio that is out of range.
 */
import type { Milliseconds } from '../units.js';

export class Backoff {
  #wait: Milliseconds;
  #timer = 0;

  constructor(
    readonly first: Milliseconds = 1000,
    readonly max: Milliseconds = 30000,
  ) {
    this.#wait = first;
  }

  /** Runs `retry` after the current wait (replacing one already waiting); the next wait doubles. */
  schedule(retry: () => void) {
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => {
      this.#wait = Math.min(this.max, this.#wait * 2);
      retry();
    }, this.#wait);
  }

  /** It worked: the next drop waits the first wait again. */
  reset() {
    this.#wait = this.first;
  }

  cancel() {
    clearTimeout(this.#timer);
  }
}
