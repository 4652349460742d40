import { excelDate, type DateSystem, type ErrorValue } from "../../src/memory-excel";
import { serialToParts } from "../../src/memory-excel/dates";
import type { Ast } from "./formula-parse";
import { compare, err, isError, isList, scalar, toNumber, type Value } from "./formula-values";

/**
 * The worksheet functions the tests' calculator computes: the ones the contract tables' calculated columns use (SUM,
 * IF, OR, SWITCH, EDATE) and a few neighbours (AND, NOT, DATE). Each follows Excel's function reference
 * (https://support.microsoft.com/office/excel-functions-alphabetical-b3944572-255d-4efb-bb96-c6d90033e188).
 * Arguments are evaluated lazily, so IF and SWITCH only compute the branch they return, as Excel does. To add a
 * function, write it here, register it in FUNCTIONS, and test it in test/memory-excel/formula.test.ts against its
 * reference page.
 */
type Evaluate = (ast: Ast) => Value;

/**
 * A worksheet function: its arguments unevaluated, how to evaluate one (a reference gives a list of its cells: take
 * scalar() of it where one value is meant), and the workbook's date system.
 */
type WorksheetFunction = (args: readonly Ast[], evaluate: Evaluate, dateSystem: DateSystem) => Value;

/** A condition: numbers (0 is FALSE), booleans and blanks; text is #VALUE!. */
function toBoolean(input: Value): boolean | ErrorValue {
  const value = scalar(input);
  if (value === null) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  if (isError(value)) return value;
  return err("#VALUE!");
}

/**
 * SUM: "Adds values". "If an argument is an array or reference, only numbers in that array or reference are
 * counted. Empty cells, logical values, or text in the array or reference are ignored" (a one-cell reference too),
 * while numbers, logical values and text representations of numbers typed directly as arguments are counted; an
 * error anywhere is the result (https://support.microsoft.com/office/043e1c7d-7726-4e80-8f32-07b23e057f89).
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
  const subject = scalar(evaluate(expression));
  if (isError(subject)) return subject;
  for (let index = 0; index + 1 < cases.length; index += 2) {
    const candidate = cases[index];
    const result = cases[index + 1];
    if (candidate === undefined || result === undefined) break;
    const equal = compare("=", subject, scalar(evaluate(candidate)));
    if (isError(equal)) return equal;
    if (equal) return evaluate(result);
  }
  const fallback = cases.length % 2 === 1 ? cases[cases.length - 1] : undefined;
  return fallback === undefined ? err("#N/A") : evaluate(fallback);
}

/** A function's argument as a number (a one-cell reference as its value). */
const numberArg = (evaluate: Evaluate, arg: Ast): number | ErrorValue => toNumber(scalar(evaluate(arg)));

/**
 * EDATE(start_date, months): the same day `months` later, or the month's last day if it has fewer days, as a serial of
 * the workbook's date system (https://support.microsoft.com/office/3c920eb2-6e66-44e7-a1f5-753ae47ee4f5).
 */
function edate(args: readonly Ast[], evaluate: Evaluate, dateSystem: DateSystem): Value {
  const [startArg, monthsArg] = args;
  if (startArg === undefined || monthsArg === undefined || args.length > 2) return err("#VALUE!");
  const start = numberArg(evaluate, startArg);
  if (isError(start)) return start;
  const months = numberArg(evaluate, monthsArg);
  if (isError(months)) return months;
  const date = serialToParts(Math.trunc(start), dateSystem);
  if (date === null) return err("#NUM!");
  const month = date.month + Math.trunc(months);
  const lastDay = new Date(Date.UTC(date.year, month, 0)).getUTCDate();
  const serial = excelDate(date.year, month, Math.min(date.day, lastDay), dateSystem);
  return serial === "#NUM!" ? err(serial) : serial;
}

/**
 * DATE(year, month, day): the serial of that day in the workbook's date system; a year from 0 to 1899 is added to
 * 1900, months and days overflow (src/memory-excel/dates.ts; https://support.microsoft.com/office/e36c0c8c-4104-49da-ab83-82328b832349).
 */
function date(args: readonly Ast[], evaluate: Evaluate, dateSystem: DateSystem): Value {
  if (args.length !== 3) return err("#VALUE!");
  const numbers: number[] = [];
  for (const arg of args) {
    const value = numberArg(evaluate, arg);
    if (isError(value)) return value;
    numbers.push(value);
  }
  const [year = 0, month = 0, day = 0] = numbers;
  const serial = excelDate(year, month, day, dateSystem);
  return serial === "#NUM!" ? err(serial) : serial;
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
  ["DATE", date],
  ["EDATE", edate],
]);

/** Calls a worksheet function by its upper-case name; an unknown one (e.g. AIVM.REALISEDVALUE) is #NAME?. */
export function callFunction(name: string, args: readonly Ast[], evaluate: Evaluate, dateSystem: DateSystem): Value {
  const call = FUNCTIONS.get(name);
  return call === undefined ? err("#NAME?") : call(args, evaluate, dateSystem);
}
