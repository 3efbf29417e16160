import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { KneeSessionProgressEvent, type SessionRecord } from '../../src/session-record.js';
import type { Milliseconds } from '../../src/units.js';

/** Longest time between two checkpoints of a running activity. */
export const CHECKPOINT_EVERY: Milliseconds = 5000;

/**
 * A running activity's checkpoints: a `knee-session-progress` event with the session so far,
 * now (at a rep, a pause) and every 5 s while it runs, for `<knee-session-log>` to keep as a
 * draft that outlives a closed, crashed or killed page.
 */
export class CheckpointController implements ReactiveController {
  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #draft: () => SessionRecord | null;
  #timer = 0;

  /** `draft`: the session so far, or null when nothing runs. */
  constructor(host: ReactiveControllerHost & EventTarget, draft: () => SessionRecord | null) {
    this.#host = host;
    this.#draft = draft;
    host.addController(this);
  }

  /** Takes a checkpoint now and then every CHECKPOINT_EVERY ms until `end()`. */
  begin() {
    this.now();
    clearInterval(this.#timer);
    this.#timer = window.setInterval(() => this.now(), CHECKPOINT_EVERY);
  }

  /** Takes a checkpoint now. */
  now() {
    const record = this.#draft();
    if (record) this.#host.dispatchEvent(new KneeSessionProgressEvent(record));
  }

  end() {
    clearInterval(this.#timer);
    this.#timer = 0;
  }

  hostDisconnected() {
    this.end();
  }
}
