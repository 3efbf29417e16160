import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Milliseconds } from '../../src/units.js';

/** How long a first press of a button that ends something waits for the second. */
export const CONFIRM_WINDOW: Milliseconds = 4000;

/**
 * A button that ends something (Stop, which ends and saves a run) asks first: the first press
 * arms it ("Stop? Press again") for a few seconds, the second does it. Works alike for a tap,
 * a key and a screen reader, where a hold would not.
 */
export class ConfirmController implements ReactiveController {
  armed = false;
  readonly #host: ReactiveControllerHost;
  #timer = 0;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The first press arms; a second within the window runs `action`. */
  press(action: () => void) {
    if (this.armed) {
      this.disarm();
      action();
      return;
    }
    this.armed = true;
    this.#timer = window.setTimeout(() => this.disarm(), CONFIRM_WINDOW);
    this.#host.requestUpdate();
  }

  disarm() {
    clearTimeout(this.#timer);
    if (!this.armed) return;
    this.armed = false;
    this.#host.requestUpdate();
  }

  hostDisconnected() {
    clearTimeout(this.#timer);
    this.armed = false;
  }
}
