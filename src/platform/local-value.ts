/**
 * A small value kept in localStorage on this device, read back through a validator. Where
 * storage is blocked (some embedded frames, private modes) or holds something corrupt, the
 * value lives in memory for the visit instead: reads and writes never throw.
 */
export class LocalValue<T> {
  readonly #key: string;
  readonly #parse: (raw: Record<string, unknown>) => T | null;
  #memory: T | null = null;

  /** `parse` turns what was stored into a value, or null when it is not usable. */
  constructor(key: string, parse: (raw: Record<string, unknown>) => T | null) {
    this.#key = key;
    this.#parse = parse;
  }

  /** The stored value, else this visit's, else null. */
  read(): T | null {
    try {
      const raw: unknown = JSON.parse(localStorage.getItem(this.#key) ?? 'null');
      if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
        const value = this.#parse(raw as Record<string, unknown>);
        if (value !== null) return value;
      }
    } catch {
      // Blocked or corrupt storage: fall back to what this visit knows.
    }
    return this.#memory;
  }

  write(value: T) {
    this.#memory = value;
    try {
      localStorage.setItem(this.#key, JSON.stringify(value));
    } catch {
      // Kept in memory for this visit.
    }
  }
}
