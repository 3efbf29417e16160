/**
 * `@clamped({...})`: a number property whose bad values (NaN, out of range, an empty
 * attribute) are clamped or ignored with one console warning per bad value — never a crash
 * and never NaN inside the element. Use it together with Lit's `@property` (which declares
 * the attribute, and which the Custom Elements Manifest analyzer reads):
 *
 *     @clamped({ min: 60, max: 240, fallback: 170, integer: true })
 *     @property({ attribute: 'bpm', noAccessor: true, converter: rawAttribute })
 *     declare bpm: number;
 */
import type { ReactiveElement } from 'lit';
import { AttributeGuard, type NumberRange } from '../../src/attributes.js';

/** Keeps attribute strings raw, so the setter sanitizes them (an empty string is not 0). */
export const rawAttribute = { fromAttribute: (value: string | null) => value };

const guards = new WeakMap<Element, AttributeGuard>();
export function guardOf(element: Element): AttributeGuard {
  let guard = guards.get(element);
  if (!guard) guards.set(element, (guard = new AttributeGuard(element.localName)));
  return guard;
}

export function clamped(range: NumberRange & { attribute?: string }) {
  return (prototype: ReactiveElement, name: string) => {
    const values = new WeakMap<ReactiveElement, number>();
    const label = range.attribute ?? name;
    Object.defineProperty(prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: ReactiveElement) {
        return values.get(this) ?? range.fallback;
      },
      set(this: ReactiveElement, input: unknown) {
        const old = values.get(this) ?? range.fallback;
        values.set(this, guardOf(this).number(label, input, { ...range, fallback: old }));
        this.requestUpdate(name, old);
      },
    });
  };
}

/**
 * `@oneOf(values, fallback)`: a string property limited to `values`. Anything else keeps the
 * current value with one console warning; removing the attribute (null) restores `fallback`.
 * Use it with Lit's `@property({ attribute, noAccessor: true })` and `declare`, as `@clamped`.
 */
export function oneOf<T extends string>(values: readonly T[], fallback: T) {
  return (prototype: ReactiveElement, name: string) => {
    const stored = new WeakMap<ReactiveElement, T>();
    Object.defineProperty(prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: ReactiveElement) {
        return stored.get(this) ?? fallback;
      },
      set(this: ReactiveElement, input: unknown) {
        const old = stored.get(this) ?? fallback;
        stored.set(this, input === null ? fallback : guardOf(this).oneOf(name, input, values, old));
        this.requestUpdate(name, old);
      },
    });
  };
}
