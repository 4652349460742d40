import type { ErrorValue } from "../../src/memory-excel";
import type { CellValue } from "../../src/workbook/excel-api";
import type { Ast } from "./formula-parse";
import { compare, err, isError, toNumber, type Value } from "./formula-values";

/**
 * The worksheet functions the tests' calculator computes: the ones the contract tables' calculated columns use (SUM,
 * IF, OR, SWITCH, EDATE) and a few neighbours (AND, NOT). Each follows Excel's function reference
 * (https://support.microsoft.com/office/excel-functions-alphabetical-b3944572-255d-4efb-bb96-c6d90033e188).
 * Arguments are evaluated lazily, so IF and SWITCH only compute the branch they return, as Excel does. To add a
 * function, write it here, register it in FUNCTIONS, and test it in test/memory-excel/formula.test.ts against its
 * reference page.
 */
type Evaluate = (ast: Ast) => Value;

/** A worksheet function: its arguments unevaluated, and how to evaluate one. */
type WorksheetFunction = (args: readonly Ast[], evaluate: Evaluate) => Value;

function isList(value: Value): value is { readonly list: readonly (CellValue | null)[] } {
  return value !== null && typeof value === "object" && "list" in value;
}

/** A condition: numbers (0 is FALSE), booleans and blanks; text is #VALUE!. */
function toBoolean(value: Value): boolean | ErrorValue {
  if (value === null) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  if (isError(value)) return value;
  return err("#VALUE!");
}

/**
 * SUM: "Adds values"; text and logical values in a range are ignored, typed arguments are coerced. Not yet as Excel:
 * a reference to one cell arrives as its value (formula-eval.ts, rangeValues), so SUM(A1) coerces A1's text where
 * Excel ignores text and logicals in any reference.
 */
function sum(args: readonly Ast[], evaluate: Evaluate): Value {
  let total = 0;
  for (const arg of args) {
    const value = evaluate(arg);
    if (isList(value)) {
      for (const item of value.list) if (typeof item === "number") total += item;
      continue;
    }
    const number = toNumber(value);
    if (isError(number)) return number;
    total += number;
  }
  return total;
}

/** AND / OR over the arguments' logical values; text in a range is ignored; none at all is #VALUE!. */
function logical(args: readonly Ast[], evaluate: Evaluate, all: boolean): Value {
  let seen = false;
  let result = all;
  for (const arg of args) {
    const value = evaluate(arg);
    const items = isList(value) ? value.list.filter((item) => typeof item === "number" || typeof item === "boolean") : [value];
    for (const item of items) {
      const bool = toBoolean(item);
      if (isError(bool)) return bool;
      seen = true;
      result = all ? result && bool : result || bool;
    }
  }
  return seen ? result : err("#VALUE!");
}

/** IF(logical_test, value_if_true, [value_if_false]): without the third argument a false test gives FALSE. */
function ifFunction(args: readonly Ast[], evaluate: Evaluate): Value {
  const [test, whenTrue, whenFalse] = args;
  if (test === undefined || args.length > 3) return err("#VALUE!");
  const condition = toBoolean(evaluate(test));
  if (isError(condition)) return condition;
  const branch = condition ? whenTrue : whenFalse;
  return branch === undefined ? condition : evaluate(branch);
}

/** SWITCH(expression, value1, result1, ..., [default]): the first equal value's result, else default, else #N/A. */
function switchFunction(args: readonly Ast[], evaluate: Evaluate): Value {
  const [expression, ...cases] = args;
  if (expression === undefined || cases.length < 2) return err("#VALUE!");
  const subject = evaluate(expression);
  if (isError(subject)) return subject;
  for (let index = 0; index + 1 < cases.length; index += 2) {
    const candidate = cases[index];
    const result = cases[index + 1];
    if (candidate === undefined || result === undefined) break;
    const equal = compare("=", subject, evaluate(candidate));
    if (isError(equal)) return equal;
    if (equal) return evaluate(result);
  }
  const fallback = cases.length % 2 === 1 ? cases[cases.length - 1] : undefined;
  return fallback === undefined ? err("#N/A") : evaluate(fallback);
}

const MS_PER_DAY = 86_400_000;
/** 1899-12-30 in ms since 1970: serial 0 of the 1900 date system for dates after 28 February 1900. */
const SERIAL_ZERO = Date.UTC(1899, 11, 30);

/** EDATE(start_date, months): the same day `months` later, or the month's last day if it has fewer days. */
function edate(args: readonly Ast[], evaluate: Evaluate): Value {
  const [startArg, monthsArg] = args;
  if (startArg === undefined || monthsArg === undefined || args.length > 2) return err("#VALUE!");
  const start = toNumber(evaluate(startArg));
  if (isError(start)) return start;
  const months = toNumber(evaluate(monthsArg));
  if (isError(months)) return months;
  if (start < 0) return err("#NUM!");
  const date = new Date(SERIAL_ZERO + Math.trunc(start) * MS_PER_DAY);
  const month = date.getUTCMonth() + Math.trunc(months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), month + 1, 0)).getUTCDate();
  const target = Date.UTC(date.getUTCFullYear(), month, Math.min(date.getUTCDate(), lastDay));
  return (target - SERIAL_ZERO) / MS_PER_DAY;
}

/** NOT(logical): the opposite of its one argument's logical value. */
function not(args: readonly Ast[], evaluate: Evaluate): Value {
  const [only] = args;
  if (only === undefined || args.length > 1) return err("#VALUE!");
  const value = toBoolean(evaluate(only));
  return isError(value) ? value : !value;
}

/** The functions by upper-case name. */
const FUNCTIONS = new Map<string, WorksheetFunction>([
  ["SUM", sum],
  ["IF", ifFunction],
  ["AND", (args, evaluate) => logical(args, evaluate, true)],
  ["OR", (args, evaluate) => logical(args, evaluate, false)],
  ["NOT", not],
  ["SWITCH", switchFunction],
  ["EDATE", edate],
]);

/** Calls a worksheet function by its upper-case name; an unknown one (e.g. AIVM.REALISEDVALUE) is #NAME?. */
export function callFunction(name: string, args: readonly Ast[], evaluate: Evaluate): Value {
  const call = FUNCTIONS.get(name);
  return call === undefined ? err("#NAME?") : call(args, evaluate);
}
