/**
 * Expected failures are values, not exceptions: one Result shape for the domain, the store and the
 * pane. The domain's own errors are DomainErrors, one kind per Excel error at the cell edge:
 * - "value": wrong type or shape (text where a number belongs, a range of the wrong size) -> #VALUE!
 * - "num":   a number outside its domain (negative magnitude, probability above 1, low above likely) -> #NUM!
 * - "na":    the result does not exist (payback never reached) -> #N/A
 * The store's are StoreErrors (src/workbook/contract-store.ts), shown in the pane.
 */
export type ErrorKind = "value" | "num" | "na";

export interface DomainError {
  readonly kind: ErrorKind;
  readonly message: string;
}

export interface Success<T> {
  readonly ok: true;
  readonly value: T;
}

export interface Failure<E> {
  readonly ok: false;
  readonly error: E;
}

export type Result<T, E = DomainError> = Success<T> | Failure<E>;

export const ok = <T>(value: T): Success<T> => ({ ok: true, value });

/** A failure carrying `error`; or, for the domain, a DomainError of this kind and message. */
export function fail<E>(error: E): Failure<E>;
export function fail(kind: ErrorKind, message: string): Failure<DomainError>;
export function fail(first: unknown, message?: string): Failure<unknown> {
  return { ok: false, error: message === undefined ? first : { kind: first, message } };
}

/** Chains a step that may fail onto a result that may already have failed. */
export function andThen<T, U, E>(result: Result<T, E>, next: (value: T) => Result<U, E>): Result<U, E> {
  return result.ok ? next(result.value) : result;
}
