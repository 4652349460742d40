import { fail, type DomainError, type ErrorKind, type Result } from "../domain/result";

/**
 * The edge between cell arguments and the domain. Argument converters throw ArgumentError; domain
 * functions return Result. `cell` turns both into a CustomFunctions.Error with a message naming the
 * argument, and guarantees that no NaN, Infinity or raw exception ever reaches a cell.
 */
export class ArgumentError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "ArgumentError";
  }
}

function errorCode(kind: ErrorKind): CustomFunctions.ErrorCode {
  switch (kind) {
    case "value":
      return CustomFunctions.ErrorCode.invalidValue;
    case "num":
      return CustomFunctions.ErrorCode.invalidNumber;
    case "na":
      return CustomFunctions.ErrorCode.notAvailable;
  }
}

export function toCellError(error: DomainError): CustomFunctions.Error {
  return new CustomFunctions.Error(errorCode(error.kind), error.message);
}

type CellScalar = number | string | boolean;
type CellResult = CellScalar | CellScalar[][];

function firstNonFinite(value: CellResult): boolean {
  const cells = Array.isArray(value) ? value.flat() : [value];
  return cells.some((cell) => typeof cell === "number" && !Number.isFinite(cell));
}

/** Runs one binding: converts arguments, calls the domain, returns the value or throws a CustomFunctions.Error. */
export function cell<T extends CellResult>(compute: () => Result<T>): T {
  let outcome: Result<T>;
  try {
    outcome = compute();
  } catch (caught) {
    const detail = caught instanceof Error ? caught.message : String(caught);
    outcome = caught instanceof ArgumentError ? fail(caught.kind, detail) : fail("value", `AIVM could not calculate this: ${detail}`);
  }
  if (!outcome.ok) throw toCellError(outcome.error);
  if (firstNonFinite(outcome.value)) {
    throw toCellError({ kind: "num", message: "The result is too large to show as a number: check the size of the inputs." });
  }
  return outcome.value;
}
