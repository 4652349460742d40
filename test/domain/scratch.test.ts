import { Scratch } from "../../src/domain/scratch";

describe("Scratch, a typed array reused from call to call", () => {
  test("gives the same array again while it is long enough, and a view of exactly the length asked", () => {
    const scratch = new Scratch((n) => new Float64Array(n), 100);
    const first = scratch.atLeast(50);
    expect(first).toHaveLength(50);
    expect(scratch.atLeast(20)).toBe(first);
    const view = scratch.exactly(20);
    expect(view).toHaveLength(20);
    view[0] = 7;
    expect(first[0]).toBe(7); // the same memory, not a copy
    expect(scratch.exactly(50)).toBe(first);
  });

  test("grows to a longer request and keeps it, up to keepUpTo; a longer one is not kept", () => {
    const scratch = new Scratch((n) => new Int32Array(n), 100);
    scratch.atLeast(10);
    const grown = scratch.atLeast(80);
    expect(grown).toHaveLength(80);
    expect(scratch.atLeast(80)).toBe(grown);
    const huge = scratch.atLeast(500);
    expect(huge).toHaveLength(500);
    expect(scratch.atLeast(500)).not.toBe(huge);
    expect(scratch.atLeast(80)).toBe(grown);
  });
});
