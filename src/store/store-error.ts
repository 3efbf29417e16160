/** Why the session store could not do something, in words a user can act on. */
export type StoreFailure = 'unavailable' | 'quota' | 'timeout' | 'failed';

export class StoreError extends Error {
  readonly failure: StoreFailure;
  constructor(failure: StoreFailure, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.failure = failure;
  }

  /** Classifies whatever IndexedDB threw or rejected with. */
  static from(error: unknown): StoreError {
    if (error instanceof StoreError) return error;
    const name = error instanceof DOMException || error instanceof Error ? error.name : '';
    if (name === 'QuotaExceededError') {
      return new StoreError('quota', 'This device is out of storage space for Kneebeat, so the session could not be saved.', { cause: error });
    }
    if (name === 'UnknownError') {
      return new StoreError('failed', "The browser's storage had an internal error, so the session is not saved yet.", { cause: error });
    }
    if (name === 'AbortError') {
      return new StoreError('failed', 'Saving was interrupted before it finished, so the session is not saved yet.', { cause: error });
    }
    if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'NotAllowedError') {
      return new StoreError('unavailable', 'This browser is not letting Kneebeat save here (private browsing, or an embedded page with storage blocked).', {
        cause: error,
      });
    }
    // Never a raw browser message: say what happened and that nothing is lost.
    return new StoreError('failed', "This device's storage reported a problem, so the session is not saved yet.", { cause: error });
  }
}
