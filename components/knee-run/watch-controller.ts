/**
 * The run screen's view of the page's watch (`wrist`, src/watch/wrist.ts): it re-renders the
 * run screen when the watch's link, clock or install changes, and quiets the wrist's beat when
 * the run screen leaves. The watch itself stays connected for the next activity (a hold set);
 * what it shows and its button follow the running activity (ActivityController).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { wrist, type Wrist } from '../../src/watch/wrist.js';

export { WATCH_LIMITS } from '../../src/watch/wrist.js';

export class WatchController implements ReactiveController {
  readonly wrist: Wrist = wrist;
  readonly #host: ReactiveControllerHost;
  readonly #onChange = () => this.#host.requestUpdate();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected() {
    this.wrist.addEventListener('change', this.#onChange);
  }

  hostDisconnected() {
    this.wrist.removeEventListener('change', this.#onChange);
    this.wrist.quiet();
  }
}
