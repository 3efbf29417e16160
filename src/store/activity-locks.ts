/**
 * Which running activities are alive, across tabs: a tab holds a Web Lock named after each
 * session it is running, and the browser releases it when the tab closes, crashes or is
 * killed. A draft whose lock nobody holds belongs to a page that is gone.
 */
const PREFIX = 'kneebeat-activity:';

type LockManagerLike = Pick<LockManager, 'request' | 'query'>;
const lockManager = (): LockManagerLike | null => (typeof navigator !== 'undefined' && navigator.locks) || null;

export class ActivityLocks {
  readonly #releases = new Map<string, () => void>();

  /** Holds the lock for session `id` until `release(id)`. */
  hold(id: string) {
    const locks = lockManager();
    if (!locks || this.#releases.has(id)) return;
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    this.#releases.set(id, release);
    locks.request(PREFIX + id, () => held).catch(() => undefined);
  }

  release(id: string) {
    this.#releases.get(id)?.();
    this.#releases.delete(id);
  }

  releaseAll() {
    for (const id of [...this.#releases.keys()]) this.release(id);
  }

  /**
   * A test of whether a session's lock is held by any tab now; null without Web Locks (the
   * caller then goes by how recent the draft is).
   */
  async heldElsewhere(): Promise<((id: string) => boolean) | null> {
    const locks = lockManager();
    if (!locks) return null;
    // Pending too: a tab whose request is queued is running its activity all the same.
    const { held = [], pending = [] } = await locks.query();
    const names = new Set([...held, ...pending].map((lock) => lock.name));
    return (id) => names.has(PREFIX + id);
  }
}
