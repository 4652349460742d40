import type { DateSystem, ErrorValue } from "../../src/memory-excel";
import type { Rect } from "../../src/memory-excel/address";
import { numberToText } from "../../src/memory-excel/model-table";
import type { CellValue } from "../../src/workbook/excel-api";
import type { Ast } from "./formula-parse";

// Values while a formula is evaluated, Excel's coercions between them, and what a worksheet function is given.

/** One cell's value while a formula is evaluated: null is a blank cell, an ErrorValue an error value. */
export type CellItem = CellValue | ErrorValue | null;

/**
 * A value during evaluation: null is a blank cell; a list is the cells of a reference, row by row (functions such as
 * SUM accept one), error values included, so a function can ignore the ones it skips (SUMIFS, MATCH) and return the
 * first of the ones it reads (SUM).
 */
export type Value = CellValue | ErrorValue | null | { readonly list: readonly CellItem[] };

/** Where a reference points: a sheet (null: the formula's own) and a block of cells. */
export interface Reference {
  readonly sheet: string | null;
  readonly rect: Rect;
}

/**
 * What a worksheet function is given besides its unevaluated arguments: how to evaluate one (a reference gives the
 * list of its cells: take scalar() of it where one value is meant), where a reference argument points without reading
 * it (null for an argument that is not a reference, such as a typed value or a calculation), how to read the cells of
 * a reference, and the workbook's date system. Arguments are evaluated lazily, so IF only computes the branch it
 * returns and INDEX reads only the cell it returns, as Excel does.
 */
export interface Calls {
  evaluate(ast: Ast): Value;
  reference(ast: Ast): Reference | ErrorValue | null;
  read(reference: Reference): Value;
  readonly dateSystem: DateSystem;
  /** TODAY()'s serial in the workbook's date system, or null when the calculator was given no day (TODAY is then #NAME?). */
  readonly today: number | null;
}

/** A worksheet function: its arguments unevaluated, and the means to evaluate them. */
export type WorksheetFunction = (args: readonly Ast[], calls: Calls) => Value;

export function isError(value: unknown): value is ErrorValue {
  return typeof value === "object" && value !== null && "error" in value;
}

export const err = (code: string): ErrorValue => ({ error: code });

export function isList(value: Value): value is { readonly list: readonly CellItem[] } {
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

/** A condition: numbers (0 is FALSE), booleans and blanks; text is #VALUE!. */
export function toBoolean(input: Value): boolean | ErrorValue {
  const value = scalar(input);
  if (value === null) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  if (isError(value)) return value;
  return err("#VALUE!");
}

/** Text that reads as a number, as arithmetic reads it ("3", " 2.5 ", "1e3"); null for any other text. */
export function numericText(text: string): number | null {
  const trimmed = text.trim();
  const number = trimmed === "" ? Number.NaN : Number(trimmed);
  return Number.isFinite(number) ? number : null;
}

export function toNumber(value: Value): number | ErrorValue {
  if (value === null) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string") return numericText(value) ?? err("#VALUE!");
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
    if (typeof left === "string" && typeof right === "string") order = textOrder(left, right);
    else order = left < right ? -1 : left > right ? 1 : 0;
  }
  return holds(op, order);
}

/** Compares two texts as Excel orders them: without case. */
export const textOrder = (a: string, b: string): number => {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  return left < right ? -1 : left > right ? 1 : 0;
};

/** Whether a comparison operator holds for an order (negative, 0 or positive: left against right). */
export function holds(op: string, order: number): boolean {
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

