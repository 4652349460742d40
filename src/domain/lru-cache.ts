import type { Result } from "./result";

/**
 * A bounded least-recently-used cache: at most `maxEntries` values, and keys of at most `maxKeyChars`
 * characters in all (a portfolio's key holds every input, so a few large keys must not hold megabytes).
 * Map keeps insertion order, so the first key is the least recently used once every hit re-inserts.
 * Values must be immutable: every caller gets the same object.
 */
export class LruCache<V> {
  private readonly entries = new Map<string, V>();
  private keyChars = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxKeyChars = Number.POSITIVE_INFINITY,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    if (key.length > this.maxKeyChars) return;
    if (this.entries.delete(key)) this.keyChars -= key.length;
    this.entries.set(key, value);
    this.keyChars += key.length;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && this.keyChars <= this.maxKeyChars) break;
      this.entries.delete(oldest);
      this.keyChars -= oldest.length;
    }
  }

  clear(): void {
    this.entries.clear();
    this.keyChars = 0;
  }
}

/** A cache key for numbers and nested arrays or records of them: distinct for -0 and 0, NaN and the infinities. */
export function cacheKey(...parts: readonly unknown[]): string {
  return JSON.stringify(parts, (_, value: unknown) =>
    typeof value === "number" && (!Number.isFinite(value) || Object.is(value, -0)) ? `#${Object.is(value, -0) ? "-0" : String(value)}` : value,
  );
}

/** Freezes a result's records and arrays all the way down: a cached value is shared by every caller. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * `compute` with its successful results remembered by the values of its arguments (numbers, records
 * and arrays of numbers): a sheet recalculated with unchanged inputs gets each simulation back in
 * microseconds instead of milliseconds. Simulations are pure functions of their inputs, so a
 * remembered result is the result. At most `maxEntries` results and `maxKeyChars` characters of keys
 * (a 200-contract portfolio's key is about 40,000); failures are not kept, they are quick to find again.
 */
export function cachedResults<A extends readonly unknown[], T>(
  compute: (...args: A) => Result<T>,
  maxEntries = 1_000,
  maxKeyChars = 4_000_000,
): (...args: A) => Result<T> {
  const cache = new LruCache<Result<T>>(maxEntries, maxKeyChars);
  return (...args) => {
    const key = cacheKey(...args);
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const result = compute(...args);
    if (result.ok) cache.set(key, deepFreeze(result));
    return result;
  };
}
