/** The value of a domain result that must have succeeded: the test fails if it is an error value. */
export function unwrap<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error("expected ok");
  return result.value;
}
