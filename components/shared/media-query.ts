import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Whether a media query matches, kept current: the host re-renders when it changes. */
export class MediaQueryController implements ReactiveController {
  readonly #list: MediaQueryList;
  readonly #host: ReactiveControllerHost;
  readonly #changed = () => this.#host.requestUpdate();

  constructor(host: ReactiveControllerHost, query: string) {
    this.#host = host;
    this.#list = matchMedia(query);
    host.addController(this);
  }

  get matches(): boolean {
    return this.#list.matches;
  }

  hostConnected() {
    this.#list.addEventListener('change', this.#changed);
  }

  hostDisconnected() {
    this.#list.removeEventListener('change', this.#changed);
  }
}
