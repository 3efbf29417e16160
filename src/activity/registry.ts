/**
 * The activities running in a page, in one place: the session log keeps it (it stores their
 * checkpoints), and the app's "now playing" strip reads it. An activity joins at its first
 * checkpoint and leaves when its session is recorded — or when its element leaves the page
 * while it runs (a guided session's Skip that removes a running timer), in which case its
 * last checkpoint is what there is to keep. DOM-free.
 */
import type { SessionRecord } from '../session-record.js';
import type { ActivityKind, ActivityRequest, ActivityView } from './activity.js';

/** A running activity as others see it: what it shows, and a way to ask it to pause, resume or stop. */
export interface ActivityHandle {
  readonly id: string;
  readonly kind: ActivityKind;
  /** The element it runs in (requests are events on it). */
  readonly element: EventTarget;
  view(): ActivityView;
  request(action: ActivityRequest): void;
  /** Called by a registry that keeps it, so it can say when it left the page. */
  attach(registry: ActivityRegistry): void;
}

export class ActivityRegistry extends EventTarget {
  readonly #entries = new Map<string, { handle: ActivityHandle; draft: SessionRecord }>();
  readonly #onGone: (draft: SessionRecord) => void;

  /** `onGone`: what to do with the last checkpoint of an activity whose element left mid-run. */
  constructor(onGone: (draft: SessionRecord) => void) {
    super();
    this.#onGone = onGone;
  }

  /** A checkpoint: the activity joins (true) or its draft is kept (false). */
  checkpoint(handle: ActivityHandle, draft: SessionRecord): boolean {
    const known = this.#entries.get(handle.id);
    this.#entries.set(handle.id, { handle, draft });
    if (known) return false;
    handle.attach(this);
    this.#changed();
    return true;
  }

  /** It paused or went on: whoever shows it looks again. */
  touched(id: string) {
    if (this.#entries.has(id)) this.#changed();
  }

  /** Its session was recorded: it leaves. */
  ended(id: string) {
    if (this.#entries.delete(id)) this.#changed();
  }

  /** Its element left the page while it ran: its last checkpoint is handed on, and it leaves. */
  gone(id: string) {
    const entry = this.#entries.get(id);
    if (!entry) return;
    this.#entries.delete(id);
    this.#onGone({ ...entry.draft, complete: false });
    this.#changed();
  }

  /** Asks a running activity to pause, resume or stop; false when it is not here. */
  request(id: string, action: ActivityRequest): boolean {
    const entry = this.#entries.get(id);
    entry?.handle.request(action);
    return entry !== undefined;
  }

  get(id: string): ActivityHandle | undefined {
    return this.#entries.get(id)?.handle;
  }

  /** The last checkpoint of an activity here. */
  draft(id: string): SessionRecord | undefined {
    return this.#entries.get(id)?.draft;
  }

  list(): ActivityHandle[] {
    return [...this.#entries.values()].map((e) => e.handle);
  }

  get size(): number {
    return this.#entries.size;
  }

  /** Forgets every activity (the log left the page: their drafts stay in storage for the next start). */
  clear() {
    if (!this.#entries.size) return;
    this.#entries.clear();
    this.#changed();
  }

  #changed() {
    this.dispatchEvent(new Event('change'));
  }
}
