import type { ErrorValue } from "../../src/memory-excel";
import type { Ast } from "./formula-parse";
import { err, holds, isError, isList, numericText, scalar, textOrder, type CellItem, type Calls, type Reference, type Value } from "./formula-values";

/**
 * The criteria of SUMIFS (and its kin COUNTIF, SUMIF, COUNTIFS...), and the wildcards they share with MATCH.
 *
 * SUMIFS (https://support.microsoft.com/office/c9e748f5-7ea7-455d-9406-611cebce642b; the VBA reference
 * WorksheetFunction.SumIfs, https://learn.microsoft.com/office/vba/api/excel.worksheetfunction.sumifs; ECMA-376
 * Part 1, 18.17.7.316 SUMIFS): criteria are "a number, expression, cell reference, or text", "expressed as 32, "32",
 * ">32", "apples", or B4"; text may start with a comparison operator (= <> < > <= >=) followed by the operand each
 * cell is compared with. "A question mark matches any single character; an asterisk matches any sequence of
 * characters. If you want to find an actual question mark or asterisk, type a tilde (~) before the character" (and
 * ~~ a tilde, ECMA-376). Text compares without case. Further, as modelled here:
 * - an operand that reads as a number compares as a number; for = and <> a cell holding text that reads as that number
 *   counts as equal, since the *IFS functions convert such text (the reason COUNTIF/SUMIFS miscount text numbers of
 *   more than 15 digits, Exceljet "Count long numbers", https://exceljet.net/formulas/count-long-numbers);
 *   ordering operators (< > <= >=) compare numbers only, and text with text;
 * - TRUE / FALSE (typed or as text) match logical values; an error value (typed, or the text "#N/A") matches that error;
 * - "" matches blank cells and empty text, "=" blank cells only, "<>" every cell that is not blank;
 * - a criterion that refers to an empty cell is 0: "If the criteria argument is a reference to an empty cell, the
 *   COUNTIFS function treats the empty cell as a 0 value" (https://support.microsoft.com/office/dda3dc6e-f74e-4aee-88bc-aa8c2a866842);
 * - dates and times typed as text in a criterion (">1/1/2026") are not parsed: they compare as text.
 */

/** One cell's test: whether a criterion admits its value. */
export type Criterion = (cell: CellItem) => boolean;

const OPERATORS = ["<=", ">=", "<>", "=", "<", ">"] as const;
type Operator = (typeof OPERATORS)[number];

const ERROR_CODES = ["#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"];

/**
 * Whether `text` matches a wildcard `pattern` whole, without case: ? one character, * any run, ~ before ?, * or ~
 * the character itself (a ~ before anything else is a ~).
 */
export function wildcardMatch(pattern: string, text: string): boolean {
  let source = "";
  for (let at = 0; at < pattern.length; at += 1) {
    const char = pattern[at] ?? "";
    const next = pattern[at + 1];
    if (char === "~" && (next === "*" || next === "?" || next === "~")) {
      source += escapeRegExp(next);
      at += 1;
    } else if (char === "*") source += "[\\s\\S]*";
    else if (char === "?") source += "[\\s\\S]";
    else source += escapeRegExp(char);
  }
  return new RegExp(`^${source}$`, "iu").test(text);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The number a cell holds for an equality criterion: a number, or text that reads as one. */
const numberIn = (cell: CellItem): number | null => (typeof cell === "number" ? cell : typeof cell === "string" ? numericText(cell) : null);

/** A criterion comparing with a number. */
function numberCriterion(op: Operator, operand: number): Criterion {
  if (op === "=" || op === "<>") return (cell) => (numberIn(cell) === operand) === (op === "=");
  return (cell) => typeof cell === "number" && holds(op, cell < operand ? -1 : cell > operand ? 1 : 0);
}

/** A criterion comparing with a logical value. */
function booleanCriterion(op: Operator, operand: boolean): Criterion {
  if (op === "=" || op === "<>") return (cell) => (cell === operand) === (op === "=");
  return (cell) => typeof cell === "boolean" && holds(op, Number(cell) - Number(operand));
}

/** A criterion comparing with an error value: only = and <> mean anything. */
function errorCriterion(op: Operator, code: string): Criterion {
  const same = (cell: CellItem): boolean => isError(cell) && cell.error === code;
  return op === "<>" ? (cell) => !same(cell) : op === "=" ? same : () => false;
}

/** A criterion given as text: an optional operator, then the operand. */
function textCriterion(criterion: string): Criterion {
  const op = OPERATORS.find((candidate) => criterion.startsWith(candidate));
  const operand = op === undefined ? criterion : criterion.slice(op.length);
  const operator = op ?? "=";
  if (operand === "") {
    if (op === undefined) return (cell) => cell === null || cell === "";
    if (op === "=") return (cell) => cell === null;
    if (op === "<>") return (cell) => cell !== null;
  }
  const number = numericText(operand);
  if (number !== null) return numberCriterion(operator, number);
  const upper = operand.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return booleanCriterion(operator, upper === "TRUE");
  if (ERROR_CODES.includes(upper)) return errorCriterion(operator, upper);
  if (operator === "=" || operator === "<>") return (cell) => (typeof cell === "string" && wildcardMatch(operand, cell)) === (operator === "=");
  return (cell) => typeof cell === "string" && holds(operator, textOrder(cell, operand));
}

/** The test a criterion argument's value stands for. */
export function criterionOf(value: CellItem): Criterion {
  if (value === null) return numberCriterion("=", 0);
  if (typeof value === "number") return numberCriterion("=", value);
  if (typeof value === "boolean") return booleanCriterion("=", value);
  if (isError(value)) return errorCriterion("=", value.error);
  return textCriterion(value);
}

/** The cells of a range argument, which must be a reference (SUMIFS takes no typed arrays): #VALUE! otherwise. */
function rangeArg(arg: Ast, calls: Calls): { ref: Reference; cells: readonly CellItem[] } | ErrorValue {
  const ref = calls.reference(arg);
  if (ref === null) return err("#VALUE!");
  if (isError(ref)) return ref;
  const value = calls.read(ref);
  if (isError(value)) return value;
  return { ref, cells: isList(value) ? value.list : [scalar(value)] };
}

/** The criteria pairs of SUMIFS / COUNTIFS, each range the shape of `shape`; a criterion may be an array (several cells). */
function criteriaOf(pairs: readonly Ast[], shape: Reference, calls: Calls): { cells: readonly CellItem[]; criteria: Criterion[] }[] | ErrorValue {
  if (pairs.length === 0 || pairs.length % 2 !== 0) return err("#VALUE!");
  const tests: { cells: readonly CellItem[]; criteria: Criterion[] }[] = [];
  for (let at = 0; at < pairs.length; at += 2) {
    const rangeAst = pairs[at];
    const criterionAst = pairs[at + 1];
    if (rangeAst === undefined || criterionAst === undefined) return err("#VALUE!");
    const range = rangeArg(rangeAst, calls);
    if (isError(range)) return range;
    if (range.ref.rect.rowCount !== shape.rect.rowCount || range.ref.rect.columnCount !== shape.rect.columnCount) return err("#VALUE!");
    const value = calls.evaluate(criterionAst);
    const items = isList(value) ? value.list : [scalar(value)];
    tests.push({ cells: range.cells, criteria: items.map(criterionOf) });
  }
  return tests;
}

/**
 * Applies `total` once per element of the criteria: one result for scalar criteria, or, when a criterion is an array
 * (a range of several cells, as SUMPRODUCT(SUMIFS(..., ValueContracts[Contract ID])) passes), an array with one
 * result per element, as Excel evaluates the function for each element in an array formula. Array criteria must
 * have the same number of elements (#VALUE! otherwise, where Excel would give #N/A for the extra ones).
 */
function perElement(tests: readonly { cells: readonly CellItem[]; criteria: Criterion[] }[], total: (test: (at: number) => boolean) => Value): Value {
  const lengths = [...new Set(tests.map(({ criteria }) => criteria.length).filter((length) => length > 1))];
  if (lengths.length > 1) return err("#VALUE!");
  const results: CellItem[] = [];
  for (let element = 0; element < (lengths[0] ?? 1); element += 1) {
    const result = scalar(total((at) => tests.every(({ cells, criteria }) => (criteria[criteria.length === 1 ? 0 : element] ?? (() => false))(cells[at] ?? null))));
    results.push(result);
  }
  return lengths.length === 0 ? (results[0] ?? null) : { list: results };
}

/**
 * SUMIFS(sum_range, criteria_range1, criteria1, [criteria_range2, criteria2], ...): the sum of the cells of
 * sum_range whose corresponding cells meet every criterion. Numbers are summed; "Cells in sum_range that contain TRUE
 * evaluate as 1; cells in sum_range that contain FALSE evaluate as 0" (the VBA reference); blank and text cells are
 * ignored; an error value in a summed cell is the result (errors in cells not summed are not). Each criteria range
 * must have the sum range's number of rows and columns, else #VALUE!.
 */
export function sumifs(args: readonly Ast[], calls: Calls): Value {
  const [sumArg, ...pairs] = args;
  return overCriteria(sumArg, pairs, calls, (cells, meets) => {
    let total = 0;
    for (const [at, cell] of cells.entries()) {
      if (!meets(at)) continue;
      if (isError(cell)) return cell;
      if (typeof cell === "number") total += cell;
      else if (typeof cell === "boolean") total += cell ? 1 : 0;
    }
    return total;
  });
}

/**
 * COUNTIFS(criteria_range1, criteria1, [criteria_range2, criteria2], ...): "Applies criteria to cells across multiple
 * ranges and counts the number of times all criteria are met"; "Each additional range must have the same number of
 * rows and columns as the criteria_range1 argument" (#VALUE! otherwise). The criteria are SUMIFS's
 * (https://support.microsoft.com/office/dda3dc6e-f74e-4aee-88bc-aa8c2a866842).
 */
export function countifs(args: readonly Ast[], calls: Calls): Value {
  return overCriteria(args[0], args, calls, (cells, meets) => {
    let count = 0;
    for (let at = 0; at < cells.length; at += 1) if (meets(at)) count += 1;
    return count;
  });
}

/**
 * What SUMIFS and COUNTIFS share: the range (`rangeAst`: SUMIFS's sum_range, COUNTIFS's first criteria range), the
 * criteria pairs, each range of its shape, and `total` of the range's cells that meet them (once per element of an
 * array criterion).
 */
function overCriteria(rangeAst: Ast | undefined, pairs: readonly Ast[], calls: Calls, total: (cells: readonly CellItem[], meets: (at: number) => boolean) => Value): Value {
  if (rangeAst === undefined) return err("#VALUE!");
  const range = rangeArg(rangeAst, calls);
  if (isError(range)) return range;
  const tests = criteriaOf(pairs, range.ref, calls);
  if (isError(tests)) return tests;
  return perElement(tests, (meets) => total(range.cells, meets));
}
