/**
 * A typed array a hot loop reuses from call to call instead of allocating (and zeroing) one per call: allocating a
 * fresh 10,000-trial buffer per stream took 0.33 ms of VALUERANGE's 3 ms. Its content is overwritten by every
 * call; that is safe because each user runs to its end before anything else can take the array (no await between).
 * Arrays longer than `keepUpTo` are allocated for the call and not kept, so one huge run does not hold its memory.
 */
export class Scratch<T extends Float64Array | Int32Array> {
  private kept: T;

  constructor(
    private readonly make: (length: number) => T,
    private readonly keepUpTo: number,
  ) {
    this.kept = make(0);
  }

  /** An array of at least `length` elements, contents undefined (the last call's). */
  atLeast(length: number): T {
    if (this.kept.length >= length) return this.kept;
    const array = this.make(length);
    if (length <= this.keepUpTo) this.kept = array;
    return array;
  }

  /** An array of exactly `length` elements: the kept one, or a view of its start. */
  exactly(length: number): T {
    const array = this.atLeast(length);
    return (array.length === length ? array : array.subarray(0, length)) as T;
  }
}
