import { cachedResults, cacheKey, LruCache } from "../../src/domain/lru-cache";
import { ok, fail, type Result } from "../../src/domain/result";

describe("LruCache", () => {
  test("evicts the least recently used entry, a hit counting as a use", () => {
    const cache = new LruCache<number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1); // now b is the least recently used
    cache.set("c", 3);
    expect([cache.get("a"), cache.get("b"), cache.get("c"), cache.size]).toEqual([1, undefined, 3, 2]);
  });

  test("bounds the characters of the keys as well as their number", () => {
    const cache = new LruCache<number>(100, 10);
    cache.set("12345", 1);
    cache.set("67890", 2);
    cache.set("abc", 3); // 13 characters: the oldest goes
    expect([cache.get("12345"), cache.get("67890"), cache.get("abc")]).toEqual([undefined, 2, 3]);
    cache.set("a key longer than ten", 4); // never kept
    expect(cache.get("a key longer than ten")).toBeUndefined();
  });
});

describe("cacheKey", () => {
  test("tells apart what JSON would merge: -0 and 0, NaN and the infinities", () => {
    const keys = [0, -0, NaN, Infinity, -Infinity, null].map((x) => cacheKey(x));
    expect(new Set(keys).size).toBe(keys.length);
    expect(cacheKey({ a: 1, b: [2, 3] }, 4)).toBe(cacheKey({ a: 1, b: [2, 3] }, 4));
  });
});

describe("cachedResults", () => {
  test("computes once per distinct input, returns the same frozen result, keeps no failures", () => {
    const calls: number[] = [];
    const square = cachedResults((x: number): Result<{ square: number }> => {
      calls.push(x);
      return x < 0 ? fail("num", "negative") : ok({ square: x * x });
    });
    const first = square(3);
    expect(square(3)).toBe(first);
    expect(Object.isFrozen(first) && first.ok && Object.isFrozen(first.value)).toBe(true);
    square(4);
    square(-1);
    square(-1);
    expect(calls).toEqual([3, 4, -1, -1]);
  });
});
