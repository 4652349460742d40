import { excelDate, type ErrorValue } from "../../src/memory-excel";
import { serialToParts } from "../../src/memory-excel/dates";
import { countifs, sumifs } from "./formula-criteria";
import { index, match } from "./formula-lookup";
import type { Ast } from "./formula-parse";
import { compare, err, isError, isList, scalar, toBoolean, toNumber, toText, type Calls, type Value, type WorksheetFunction } from "./formula-values";

/**
 * The worksheet functions the tests' calculator computes: the ones the workbook's calculated columns use (SUM, IF,
 * AND, OR, NOT, SWITCH, EDATE, IFERROR, ISNUMBER, ISTEXT, N and SUBSTITUTE here; SUMIFS in formula-criteria.ts; INDEX
 * and MATCH in formula-lookup.ts) and DATE. Each follows its page in Excel's function reference
 * (https://support.microsoft.com/office/excel-functions-alphabetical-b3944572-255d-4efb-bb96-c6d90033e188).
 * Arguments are evaluated lazily, so IF, IFERROR and SWITCH only compute the branch they return, as Excel does. To add
 * a function, write it here (or beside its kin), register it in FUNCTIONS, and test it against its reference page in
 * test/support/formula-functions.test.ts.
 */

/**
 * SUM: "Adds values". "If an argument is an array or reference, only numbers in that array or reference are
 * counted. Empty cells, logical values, or text in the array or reference are ignored" (a one-cell reference too),
 * while numbers, logical values and text representations of numbers typed directly as arguments are counted; an
 * error anywhere is the result (https://support.microsoft.com/office/043e1c7d-7726-4e80-8f32-07b23e057f89).
 */
function sum(args: readonly Ast[], { evaluate }: Calls): Value {
  let total = 0;
  for (const arg of args) {
    const value = evaluate(arg);
    if (isList(value)) {
      for (const item of value.list) {
        if (isError(item)) return item;
        if (typeof item === "number") total += item;
      }
      continue;
    }
    const number = toNumber(value);
    if (isError(number)) return number;
    total += number;
  }
  return total;
}

/**
 * AND / OR over the arguments' logical values: "If an array or reference argument contains text or empty cells, those
 * values are ignored. If the specified range contains no logical values, AND returns the #VALUE! error value" (AND,
 * https://support.microsoft.com/office/5f19b2e8-e1df-4408-897a-ce285a19e9d9; OR alike,
 * https://support.microsoft.com/office/7d17ad14-8700-4281-b308-00b131e22af0). Text typed as an argument is #VALUE!;
 * an error value is the result.
 */
function logical(args: readonly Ast[], { evaluate }: Calls, all: boolean): Value {
  let seen = false;
  let result = all;
  for (const arg of args) {
    const value = evaluate(arg);
    const items = isList(value) ? value.list.filter((item) => typeof item === "number" || typeof item === "boolean" || isError(item)) : [value];
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
function ifFunction(args: readonly Ast[], { evaluate }: Calls): Value {
  const [test, whenTrue, whenFalse] = args;
  if (test === undefined || args.length > 3) return err("#VALUE!");
  const condition = toBoolean(evaluate(test));
  if (isError(condition)) return condition;
  const branch = condition ? whenTrue : whenFalse;
  return branch === undefined ? condition : evaluate(branch);
}

/** SWITCH(expression, value1, result1, ..., [default]): the first equal value's result, else default, else #N/A. */
function switchFunction(args: readonly Ast[], { evaluate }: Calls): Value {
  const [expression, ...cases] = args;
  if (expression === undefined || cases.length < 2) return err("#VALUE!");
  const subject = scalar(evaluate(expression));
  if (isError(subject)) return subject;
  for (let at = 0; at + 1 < cases.length; at += 2) {
    const candidate = cases[at];
    const result = cases[at + 1];
    if (candidate === undefined || result === undefined) break;
    const equal = compare("=", subject, scalar(evaluate(candidate)));
    if (isError(equal)) return equal;
    if (equal) return evaluate(result);
  }
  const fallback = cases.length % 2 === 1 ? cases[cases.length - 1] : undefined;
  return fallback === undefined ? err("#N/A") : evaluate(fallback);
}

/** One value of an argument: a one-cell reference as its cell's value, a larger one as #VALUE! (see scalar). */
const valueOf = (arg: Ast, { evaluate }: Calls): ReturnType<typeof scalar> => scalar(evaluate(arg));

/** A function's argument as a number (a one-cell reference as its value). */
const numberArg = (arg: Ast, calls: Calls): number | ErrorValue => toNumber(valueOf(arg, calls));

/**
 * EDATE(start_date, months): the same day `months` later, or the month's last day if it has fewer days, as a serial of
 * the workbook's date system (https://support.microsoft.com/office/3c920eb2-6e66-44e7-a1f5-753ae47ee4f5).
 */
function edate(args: readonly Ast[], calls: Calls): Value {
  const [startArg, monthsArg] = args;
  if (startArg === undefined || monthsArg === undefined || args.length > 2) return err("#VALUE!");
  const start = numberArg(startArg, calls);
  if (isError(start)) return start;
  const months = numberArg(monthsArg, calls);
  if (isError(months)) return months;
  const date = serialToParts(Math.trunc(start), calls.dateSystem);
  if (date === null) return err("#NUM!");
  const month = date.month + Math.trunc(months);
  const lastDay = new Date(Date.UTC(date.year, month, 0)).getUTCDate();
  const serial = excelDate(date.year, month, Math.min(date.day, lastDay), calls.dateSystem);
  return serial === "#NUM!" ? err(serial) : serial;
}

/**
 * DATE(year, month, day): the serial of that day in the workbook's date system; a year from 0 to 1899 is added to
 * 1900, months and days overflow (src/memory-excel/dates.ts; https://support.microsoft.com/office/e36c0c8c-4104-49da-ab83-82328b832349).
 */
function date(args: readonly Ast[], calls: Calls): Value {
  if (args.length !== 3) return err("#VALUE!");
  const numbers: number[] = [];
  for (const arg of args) {
    const value = numberArg(arg, calls);
    if (isError(value)) return value;
    numbers.push(value);
  }
  const [year = 0, month = 0, day = 0] = numbers;
  const serial = excelDate(year, month, day, calls.dateSystem);
  return serial === "#NUM!" ? err(serial) : serial;
}

/**
 * NOT(logical): "If logical is FALSE, NOT returns TRUE; if logical is TRUE, NOT returns FALSE"; a number counts as its
 * logical value (0 is FALSE), a blank as FALSE, text as #VALUE!
 * (https://support.microsoft.com/office/9cfc6011-a054-40c7-a140-cd4ba2d87d77).
 */
function not(args: readonly Ast[], calls: Calls): Value {
  const [only] = args;
  if (only === undefined || args.length > 1) return err("#VALUE!");
  const value = toBoolean(valueOf(only, calls));
  return isError(value) ? value : !value;
}

/**
 * IFERROR(value, value_if_error): "Returns a value you specify if a formula evaluates to an error; otherwise, returns
 * the result of the formula", for #N/A, #VALUE!, #REF!, #DIV/0!, #NUM!, #NAME? and #NULL!; "If value or
 * value_if_error is an empty cell, IFERROR treats it as an empty string value ("")"
 * (https://support.microsoft.com/office/c526fd07-caeb-47b8-8bb6-63f3e417f611). value_if_error is computed only when
 * it is returned.
 */
function ifError(args: readonly Ast[], calls: Calls): Value {
  const [value, fallback] = args;
  if (value === undefined || fallback === undefined || args.length > 2) return err("#VALUE!");
  const result = valueOf(value, calls);
  const chosen = isError(result) ? valueOf(fallback, calls) : result;
  return chosen === null ? "" : chosen;
}

/**
 * ISNUMBER(value) and ISTEXT(value): TRUE when the value, or the cell it refers to, is a number / text. "The value
 * arguments of the IS functions are not converted": numeric text is text, not a number; a blank is neither; an error
 * value is neither, and the IS functions do not pass it on
 * (IS functions, https://support.microsoft.com/office/0f2d7971-6019-40a0-a171-f2d869135665).
 */
function isType(type: "number" | "string"): WorksheetFunction {
  return (args, calls) => {
    const [value] = args;
    if (value === undefined || args.length > 1) return err("#VALUE!");
    return typeof valueOf(value, calls) === type;
  };
}

/**
 * SUBSTITUTE(text, old_text, new_text, [instance_num]): text with old_text replaced by new_text, every occurrence,
 * or only the instance_num-th one; the match is case-sensitive; numbers and logical values are read as their text
 * (https://support.microsoft.com/office/6434944e-a904-4336-a9b0-1e58df3bc332). An empty old_text replaces nothing;
 * an instance_num below 1 is #VALUE!.
 */
function substitute(args: readonly Ast[], calls: Calls): Value {
  if (args.length < 3 || args.length > 4) return err("#VALUE!");
  const [textArg, ...rest] = args;
  if (textArg === undefined) return err("#VALUE!");
  // A range as text gives one result per cell, as in an array formula (inside SUMPRODUCT).
  const subject = calls.evaluate(textArg);
  if (isList(subject) && subject.list.length > 1) return { list: subject.list.map((item) => scalar(substituteOne(item, rest, calls))) };
  return substituteOne(scalar(subject), rest, calls);
}

/** SUBSTITUTE of one text value; `args` are old_text, new_text and the optional instance_num. */
function substituteOne(subject: ReturnType<typeof scalar>, args: readonly Ast[], calls: Calls): Value {
  const texts: string[] = [];
  const whole = toText(subject);
  if (isError(whole)) return whole;
  texts.push(whole);
  for (const arg of args.slice(0, 2)) {
    const text = toText(valueOf(arg, calls));
    if (isError(text)) return text;
    texts.push(text);
  }
  const [text = "", old = "", replacement = ""] = texts;
  const instanceArg = args[2];
  if (old === "") return text;
  if (instanceArg === undefined) return text.split(old).join(replacement);
  const instance = numberArg(instanceArg, calls);
  if (isError(instance)) return instance;
  if (Math.trunc(instance) < 1) return err("#VALUE!");
  let at = -1;
  for (let seen = 0; seen < Math.trunc(instance); seen += 1) {
    at = text.indexOf(old, at + 1);
    if (at < 0) return text;
  }
  return text.slice(0, at) + replacement + text.slice(at + old.length);
}

/**
 * N(value): a number is itself (a date is its serial number, a number here too), TRUE is 1, FALSE 0, an error value is
 * that error, and anything else (text, numeric text included, and a blank) is 0
 * (https://support.microsoft.com/office/a624cad1-3635-4208-b54a-29733d1278c9).
 */
function n(args: readonly Ast[], calls: Calls): Value {
  const [value] = args;
  if (value === undefined || args.length > 1) return err("#VALUE!");
  const result = valueOf(value, calls);
  if (typeof result === "number") return result;
  if (typeof result === "boolean") return result ? 1 : 0;
  return isError(result) ? result : 0;
}

/**
 * SUMPRODUCT(array1, [array2], ...): "Returns the sum of the products of corresponding ranges or arrays"; "The array
 * arguments must have the same dimensions. If they do not, SUMPRODUCT returns the #VALUE! error value. SUMPRODUCT
 * treats non-numeric array entries as if they were zeros"
 * (https://support.microsoft.com/office/16753e75-9f68-4874-94ac-4d2145a2fd2e). Dimensions are compared by the number
 * of cells (the calculator keeps a reference's cells as one list); an error value in an array is the result.
 */
function sumproduct(args: readonly Ast[], { evaluate }: Calls): Value {
  if (args.length === 0) return err("#VALUE!");
  const arrays = args.map((arg) => {
    const value = evaluate(arg);
    return isList(value) ? value.list : [scalar(value)];
  });
  const length = arrays[0]?.length ?? 0;
  if (arrays.some((array) => array.length !== length)) return err("#VALUE!");
  let total = 0;
  for (let at = 0; at < length; at += 1) {
    let product = 1;
    for (const array of arrays) {
      const item = array[at] ?? null;
      if (isError(item)) return item;
      product *= typeof item === "number" ? item : 0;
    }
    total += product;
  }
  return total;
}

/**
 * TODAY(): "Returns the serial number of the current date" (https://support.microsoft.com/office/5eb3078d-a82c-4736-8930-2f51a028fdd9);
 * here the day the calculator was made for (calculatorOn), so tests give the same result every day.
 */
function today(args: readonly Ast[], calls: Calls): Value {
  if (args.length > 0) return err("#VALUE!");
  return calls.today ?? err("#NAME?");
}

/** The functions by upper-case name. */
const FUNCTIONS = new Map<string, WorksheetFunction>([
  ["SUM", sum],
  ["IF", ifFunction],
  ["AND", (args, calls) => logical(args, calls, true)],
  ["OR", (args, calls) => logical(args, calls, false)],
  ["NOT", not],
  ["SWITCH", switchFunction],
  ["DATE", date],
  ["EDATE", edate],
  ["IFERROR", ifError],
  ["ISNUMBER", isType("number")],
  ["ISTEXT", isType("string")],
  ["SUBSTITUTE", substitute],
  ["N", n],
  ["SUMIFS", sumifs],
  ["COUNTIFS", countifs],
  ["SUMPRODUCT", sumproduct],
  ["TODAY", today],
  ["INDEX", index],
  ["MATCH", match],
]);

/** The names of the functions the calculator computes; any other name reads #NAME?. */
export const FUNCTION_NAMES: ReadonlySet<string> = new Set(FUNCTIONS.keys());

/** Calls a worksheet function by its upper-case name; an unknown one (e.g. AIVM.REALISEDVALUE) is #NAME?. */
export function callFunction(name: string, args: readonly Ast[], calls: Calls): Value {
  const call = FUNCTIONS.get(name);
  return call === undefined ? err("#NAME?") : call(args, calls);
}
