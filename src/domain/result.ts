/**
 * Expected failures are values, not exceptions. Each kind maps to one Excel error at the cell edge
 * and to a message in the pane:
 * - "value": wrong type or shape (text where a number belongs, a range of the wrong size) -> #VALUE!
 * - "num":   a number outside its domain (negative magnitude, probability above 1, low above likely) -> #NUM!
 * - "na":    the result does not exist (payback never reached) -> #N/A
 */
export type ErrorKind = "value" | "num" | "na";

export interface DomainError {
  readonly kind: ErrorKind;
  readonly message: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DomainError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (kind: ErrorKind, message: string): { readonly ok: false; readonly error: DomainError } => ({
  ok: false,
  error: { kind, message },
});

/** Chains a step that may fail onto a result that may already have failed. */
export function andThen<T, U>(result: Result<T>, next: (value: T) => Result<U>): Result<U> {
  return result.ok ? next(result.value) : result;
}
