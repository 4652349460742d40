import type { ErrorValue } from "../../src/memory-excel";
import { numberToText } from "../../src/memory-excel/model-table";
import type { CellValue } from "../../src/workbook/excel-api";

// Values while a formula is evaluated, and Excel's coercions between them.

/** A value during evaluation: null is a blank cell; a list is a range (functions such as SUM accept one). */
export type Value = CellValue | ErrorValue | null | { readonly list: readonly (CellValue | null)[] };

export function isError(value: Value): value is ErrorValue {
  return typeof value === "object" && value !== null && "error" in value;
}

export const err = (code: string): ErrorValue => ({ error: code });

export function isList(value: Value): value is { readonly list: readonly (CellValue | null)[] } {
  return value !== null && typeof value === "object" && "list" in value;
}

/**
 * A value where one is needed (an operand, a condition, a function's number): a reference to one cell is that
 * cell's value (null when blank); a larger range is #VALUE! (Excel's implicit intersection is not modelled).
 */
export function scalar(value: Value): CellValue | ErrorValue | null {
  if (!isList(value)) return value;
  return value.list.length === 1 ? (value.list[0] ?? null) : err("#VALUE!");
}

export function toNumber(value: Value): number | ErrorValue {
  if (value === null) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string") {
    const trimmed = value.trim();
    const number = trimmed === "" ? Number.NaN : Number(trimmed);
    return Number.isFinite(number) ? number : err("#VALUE!");
  }
  return isError(value) ? value : err("#VALUE!");
}

export function toText(value: Value): string | ErrorValue {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberToText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return isError(value) ? value : err("#VALUE!");
}

function rank(value: CellValue): number {
  return typeof value === "number" ? 0 : typeof value === "string" ? 1 : 2;
}

/** A blank compared with a value acts as that value's type's empty: "" for text, FALSE for a boolean, else 0. */
function blankLike(value: CellValue | null, other: CellValue | null): CellValue {
  return value !== null ? value : typeof other === "string" ? "" : typeof other === "boolean" ? false : 0;
}

export function compare(op: string, leftValue: Value, rightValue: Value): boolean | ErrorValue {
  if (isError(leftValue)) return leftValue;
  if (isError(rightValue)) return rightValue;
  if ((leftValue !== null && typeof leftValue === "object") || (rightValue !== null && typeof rightValue === "object")) {
    return err("#VALUE!");
  }
  const left = blankLike(leftValue, rightValue);
  const right = blankLike(rightValue, leftValue);
  let order = rank(left) - rank(right);
  if (order === 0) {
    if (typeof left === "string" && typeof right === "string") {
      const a = left.toLowerCase();
      const b = right.toLowerCase();
      order = a < b ? -1 : a > b ? 1 : 0;
    } else {
      order = left < right ? -1 : left > right ? 1 : 0;
    }
  }
  switch (op) {
    case "=":
      return order === 0;
    case "<>":
      return order !== 0;
    case "<":
      return order < 0;
    case ">":
      return order > 0;
    case "<=":
      return order <= 0;
    default:
      return order >= 0;
  }
}

export function arithmetic(op: string, left: number, right: number): number | ErrorValue {
  switch (op) {
    case "+":
      return left + right;
    case "-":
      return left - right;
    case "*":
      return left * right;
    case "/":
      return right === 0 ? err("#DIV/0!") : left / right;
    default: {
      const power = left ** right;
      return Number.isFinite(power) ? power : err("#NUM!");
    }
  }
}

