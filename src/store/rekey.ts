import { idTimePrefix } from '../session-record.js';

/**
 * `value` with an id that begins with its own start time: the same value when it already
 * does (or cannot be read), else a copy whose id keeps the old random part, so importing the
 * same file twice still finds the duplicates.
 */
export function rekeyed(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const { id, startedAt } = value as { id?: unknown; startedAt?: unknown };
  if (typeof id !== 'string' || typeof startedAt !== 'number' || !Number.isFinite(startedAt)) return value;
  const prefix = idTimePrefix(startedAt);
  if (id.startsWith(prefix)) return value;
  const suffix = /^[0-9a-z]{9}-([0-9a-z]{1,24})$/.exec(id)?.[1];
  if (!suffix) return value;
  return { ...(value as object), id: `${prefix}-${suffix}` };
}
