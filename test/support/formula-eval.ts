import { excelDate, type Calculate, type ErrorValue, type FormulaScope } from "../../src/memory-excel";
import type { CellValue } from "../../src/workbook/excel-api";
import { callFunction } from "./formula-functions";
import { parseFormula, type Ast } from "./formula-parse";
import { arithmetic, compare, err, isError, isList, scalar, toNumber, toText, type CellItem, type Calls, type Reference, type Value } from "./formula-values";

/**
 * The tests' calculator for the in-memory Excel (createMemoryExcel({ calculate: calculateFormula })): it evaluates a
 * small part of Excel's formula language, enough for the contract tables' calculated columns, so tests can check
 * that the sheet computes what the domain computes. The in-memory Excel itself calculates nothing (see
 * src/memory-excel/calculation.ts). Supported: arithmetic with Excel's coercions (numeric text and booleans count as
 * numbers, blanks as 0), & (concatenation), comparisons (text compared without case; number < text < boolean), %,
 * references to cells and ranges on any sheet, structured references to a column of this row (Table[@Col]) or of
 * any table (ValueLedger[Realised amount]), and the functions in formula-functions.ts (SUM, IF, AND, OR, NOT, SWITCH,
 * DATE, EDATE, IFERROR, ISNUMBER, N, SUMIFS, COUNTIFS, SUMPRODUCT, TODAY, INDEX, MATCH; add one there). A reference evaluates to a list of its
 * cells, even a single cell, so functions can tell a reference from a typed argument (SUM ignores text in the one but
 * not the other); operators and scalar arguments take a one-cell reference as its value. Functions that need where a
 * reference points (INDEX, SUMIFS, MATCH) get it without its cells being read. Every other function or name
 * (including =AIVM.*, which Excel also shows as #NAME? when the add-in's functions are not registered) gives
 * "#NAME?", as does a formula the parser cannot read. The in-memory Excel reads a circular reference as 0, as Excel
 * shows it after its circular-reference warning.
 */

const COMPARISONS = new Set(["=", "<>", "<", ">", "<=", ">="]);

/** A value holding several cells (a range of more than one). */
const isCells = (value: Value): value is { readonly list: readonly CellItem[] } => isList(value) && value.list.length > 1;

/**
 * An operator applied cell by cell, a one-value side repeated for each cell, as Excel evaluates an operator over
 * arrays; sides of different sizes are #VALUE! (Excel pads the shorter with #N/A).
 */
function elementwise(left: Value, right: Value, apply: (a: CellItem, b: CellItem) => Value): Value {
  const a = isList(left) ? left.list : [left];
  const b = isList(right) ? right.list : [right];
  if (a.length > 1 && b.length > 1 && a.length !== b.length) return err("#VALUE!");
  const length = Math.max(a.length, b.length);
  return { list: Array.from({ length }, (_, at) => scalar(apply(a.length === 1 ? (a[0] ?? null) : (a[at] ?? null), b.length === 1 ? (b[0] ?? null) : (b[at] ?? null)))) };
}

const cache = new Map<string, Ast | null>();

function parsed(formula: string): Ast | null {
  let ast = cache.get(formula);
  if (ast === undefined && !cache.has(formula)) {
    ast = parseFormula(formula);
    if (cache.size > 10_000) cache.clear();
    cache.set(formula, ast);
  }
  return ast ?? null;
}

class Evaluator implements Calls {
  constructor(
    private readonly scope: FormulaScope,
    private readonly day: string | null,
  ) {}

  get dateSystem(): FormulaScope["dateSystem"] {
    return this.scope.dateSystem;
  }

  get today(): number | null {
    if (this.day === null) return null;
    const serial = excelDate(Number(this.day.slice(0, 4)), Number(this.day.slice(5, 7)), Number(this.day.slice(8, 10)), this.scope.dateSystem);
    return serial === "#NUM!" ? null : serial;
  }

  /** The cells of a reference, row by row, error values among them. */
  readonly read = ({ sheet, rect }: Reference): Value => {
    const list: CellItem[] = [];
    for (let row = rect.row; row < rect.row + rect.rowCount; row += 1) {
      for (let column = rect.column; column < rect.column + rect.columnCount; column += 1) list.push(this.scope.cell(sheet, row, column));
    }
    return { list };
  };

  /** Where a reference argument points (#REF! for a missing table or column); null when the argument is not a reference. */
  readonly reference = (ast: Ast): Reference | ErrorValue | null => {
    if (ast.kind === "ref") return { sheet: ast.sheet, rect: ast.rect };
    if (ast.kind === "structured") return this.scope.structured(ast.table, ast.column, ast.thisRow);
    return null;
  };

  // Arrow functions, so a function can take them apart ({ evaluate }: Calls).
  readonly evaluate = (ast: Ast): Value => {
    switch (ast.kind) {
      case "number":
      case "text":
      case "boolean":
        return ast.value;
      case "error":
        return err(ast.value);
      case "ref":
      case "structured": {
        const target = this.reference(ast);
        return target === null || isError(target) ? (target ?? err("#REF!")) : this.read(target);
      }
      case "name":
        return err("#NAME?");
      case "call":
        return callFunction(ast.name, ast.args, this);
      case "unary": {
        const operand = toNumber(scalar(this.evaluate(ast.operand)));
        if (isError(operand)) return operand;
        return ast.op === "-" ? -operand : ast.op === "%" ? operand / 100 : operand;
      }
      case "binary": {
        const left = this.evaluate(ast.left);
        const right = this.evaluate(ast.right);
        // An operator over a range gives one result per cell, as in an array formula (SUMPRODUCT's arguments are
        // evaluated so): "A1:A5&"x"" one text per cell, (Status<>"Draft")*(Status<>"Terminated") a mask of 1s and 0s.
        if (isCells(left) || isCells(right)) return elementwise(left, right, (a, b) => this.binary(ast.op, a, b));
        return this.binary(ast.op, scalar(left), scalar(right));
      }
    }
  };

  private binary(op: string, left: Value, right: Value): Value {
    if (op === "&") {
      const a = toText(left);
      if (isError(a)) return a;
      const b = toText(right);
      return isError(b) ? b : a + b;
    }
    if (COMPARISONS.has(op)) return compare(op, left, right);
    const a = toNumber(left);
    if (isError(a)) return a;
    const b = toNumber(right);
    return isError(b) ? b : arithmetic(op, a, b);
  }
}

/**
 * A calculator whose TODAY() is `today` (ISO yyyy-mm-dd), so a test of a formula with TODAY gives the same result
 * every day; null leaves TODAY out (#NAME?), as calculateFormula does.
 */
export function calculatorOn(today: string | null): Calculate {
  return (formula: string, scope: FormulaScope): CellValue => {
    const ast = parsed(formula);
    if (ast === null) return "#NAME?";
    const value = scalar(new Evaluator(scope, today).evaluate(ast));
    if (value === null) return 0;
    if (isError(value)) return value.error;
    if (typeof value === "object") return "#VALUE!";
    return value;
  };
}

/** The value Range.values reports for a formula cell: a number, text, boolean, or an error string like "#NAME?". */
export const calculateFormula: Calculate = calculatorOn(null);
