/**
 * Keeps the screen on while something is running (Screen Wake Lock API). The browser drops the
 * lock whenever the page is hidden; this takes it again when the page comes back.
 */
export class ScreenWakeLock {
  #sentinel: WakeLockSentinel | null = null;
  #wanted = false;
  readonly #onVisibility = () => {
    if (this.#wanted && document.visibilityState === 'visible') void this.#acquire();
  };

  get supported() {
    return typeof navigator !== 'undefined' && 'wakeLock' in navigator;
  }
  get held() {
    return this.#sentinel !== null && !this.#sentinel.released;
  }

  async request(): Promise<boolean> {
    this.#wanted = true;
    document.addEventListener('visibilitychange', this.#onVisibility);
    return this.#acquire();
  }

  async release() {
    this.#wanted = false;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    const sentinel = this.#sentinel;
    this.#sentinel = null;
    await sentinel?.release().catch(() => undefined);
  }

  async #acquire(): Promise<boolean> {
    if (!this.supported || this.held) return this.held;
    try {
      this.#sentinel = await navigator.wakeLock.request('screen');
      return true;
    } catch {
      // Refused (battery saver, hidden page, permissions policy): the beat goes on regardless.
      return false;
    }
  }
}
