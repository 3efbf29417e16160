/**
 * Lenient number attributes: a malformed or out-of-range value is clamped (or replaced by the
 * default) with one console warning, never an exception and never NaN inside a component.
 */

export interface NumberRange {
  min: number;
  max: number;
  /** Used when the value is missing or not a number. */
  fallback: number;
  /** Round to a whole number. */
  integer?: boolean;
}

export interface Sanitized {
  value: number;
  /** Why the input was changed, or null when it was fine as given. */
  problem: string | null;
}

/** Pure: what a value becomes, and why, without logging. */
export function sanitizeNumber(input: unknown, range: NumberRange): Sanitized {
  const raw = typeof input === 'string' ? input.trim() : input;
  const number = typeof raw === 'number' ? raw : raw === '' || raw == null ? NaN : Number(raw);
  if (!Number.isFinite(number)) {
    return { value: range.fallback, problem: `"${String(input)}" is not a number; using ${range.fallback}` };
  }
  let value = range.integer ? Math.round(number) : number;
  if (value < range.min) value = range.min;
  if (value > range.max) value = range.max;
  const problem = value === number ? null : `${number} is outside ${range.min}–${range.max}; using ${value}`;
  return { value, problem };
}

/**
 * Sanitizes and warns once per distinct bad input, naming the element and attribute, so a
 * page that sets the same bad value on every render does not flood the console.
 */
export class AttributeGuard {
  readonly #warned = new Set<string>();
  readonly #tag: string;

  constructor(tag: string) {
    this.#tag = tag;
  }

  number(name: string, input: unknown, range: NumberRange): number {
    const { value, problem } = sanitizeNumber(input, range);
    if (problem) this.warn(name, input, problem);
    return value;
  }

  oneOf<T extends string>(name: string, input: unknown, allowed: readonly T[], fallback: T): T {
    if (typeof input === 'string' && (allowed as readonly string[]).includes(input)) return input as T;
    this.warn(name, input, `"${String(input)}" is not one of ${allowed.join(', ')}; using ${fallback}`);
    return fallback;
  }

  /** Warns once per attribute and input value. */
  warn(name: string, input: unknown, problem: string) {
    const key = `${name}:${String(input)}`;
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(`<${this.#tag}> ${name}: ${problem}`);
  }
}
