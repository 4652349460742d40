import type { CellValue } from "../excel-api";
import type { Rect } from "./address";
import { parseFormula, type Ast } from "./formula-parse";

/**
 * Evaluates the fake's small formula language so that Range.values of a formula cell gives a computed value, never
 * the formula text (which would let a formula-injection test pass by accident). Supported: arithmetic with Excel's
 * coercions (numeric text and booleans count as numbers, blanks as 0), & (concatenation), comparisons (text compared
 * without case; number < text < boolean), %, references to cells and ranges on any sheet, structured references
 * inside a table, and SUM. Every other function or name (including =AIVM.*, which Excel also shows as #NAME? when
 * the add-in's functions are not registered) gives "#NAME?", as does a formula the parser cannot read.
 * A circular reference evaluates to 0, as Excel shows it after its circular-reference warning.
 */
export interface ErrorValue {
  readonly error: string;
}

/** A value during evaluation: null is a blank cell; a list is a range (only SUM accepts one). */
type Value = CellValue | ErrorValue | null | { readonly list: readonly (CellValue | null)[] };

export interface FormulaScope {
  /** The value of a cell (evaluating its formula), or null when blank. */
  cell(sheet: string | null, row: number, column: number): CellValue | null | ErrorValue;
  /** Resolves a structured reference to cells, or an error such as #REF!. */
  structured(table: string | null, column: string, thisRow: boolean): { sheet: string; rect: Rect } | ErrorValue;
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

function isError(value: Value): value is ErrorValue {
  return typeof value === "object" && value !== null && "error" in value;
}

const err = (code: string): ErrorValue => ({ error: code });

function toNumber(value: Value): number | ErrorValue {
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

/** Excel's General rendering of a number in text: 15 significant digits. */
export function numberToText(value: number): string {
  return String(Number(value.toPrecision(15)));
}

function toText(value: Value): string | ErrorValue {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberToText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return isError(value) ? value : err("#VALUE!");
}

function rank(value: CellValue): number {
  return typeof value === "number" ? 0 : typeof value === "string" ? 1 : 2;
}

function compare(op: string, leftValue: Value, rightValue: Value): boolean | ErrorValue {
  if (isError(leftValue)) return leftValue;
  if (isError(rightValue)) return rightValue;
  if ((leftValue !== null && typeof leftValue === "object") || (rightValue !== null && typeof rightValue === "object")) {
    return err("#VALUE!");
  }
  const blankLike = (value: CellValue | null, other: CellValue | null): CellValue =>
    value !== null ? value : typeof other === "string" ? "" : typeof other === "boolean" ? false : 0;
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
  const results: Record<string, boolean> = {
    "=": order === 0,
    "<>": order !== 0,
    "<": order < 0,
    ">": order > 0,
    "<=": order <= 0,
    ">=": order >= 0,
  };
  return results[op] ?? false;
}

function arithmetic(op: string, left: number, right: number): number | ErrorValue {
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

class Evaluator {
  constructor(private readonly scope: FormulaScope) {}

  rangeValues(sheet: string | null, rect: Rect): Value {
    if (rect.rowCount === 1 && rect.columnCount === 1) return this.scope.cell(sheet, rect.row, rect.column);
    const list: (CellValue | null)[] = [];
    for (let row = rect.row; row < rect.row + rect.rowCount; row += 1) {
      for (let column = rect.column; column < rect.column + rect.columnCount; column += 1) {
        const value = this.scope.cell(sheet, row, column);
        if (isError(value)) return value;
        list.push(value);
      }
    }
    return { list };
  }

  eval(ast: Ast): Value {
    switch (ast.kind) {
      case "number":
      case "text":
      case "boolean":
        return ast.value;
      case "error":
        return err(ast.value);
      case "ref":
        return this.rangeValues(ast.sheet, ast.rect);
      case "structured": {
        const target = this.scope.structured(ast.table, ast.column, ast.thisRow);
        return "error" in target ? target : this.rangeValues(target.sheet, target.rect);
      }
      case "name":
        return err("#NAME?");
      case "call":
        return ast.name === "SUM" ? this.sum(ast.args) : err("#NAME?");
      case "unary": {
        const operand = toNumber(this.eval(ast.operand));
        if (isError(operand)) return operand;
        return ast.op === "-" ? -operand : ast.op === "%" ? operand / 100 : operand;
      }
      case "binary":
        return this.binary(ast.op, this.eval(ast.left), this.eval(ast.right));
    }
  }

  private binary(op: string, left: Value, right: Value): Value {
    if (op === "&") {
      const a = toText(left);
      if (isError(a)) return a;
      const b = toText(right);
      return isError(b) ? b : a + b;
    }
    if (["=", "<>", "<", ">", "<=", ">="].includes(op)) return compare(op, left, right);
    const a = toNumber(left);
    if (isError(a)) return a;
    const b = toNumber(right);
    return isError(b) ? b : arithmetic(op, a, b);
  }

  /** SUM adds numbers; in a range it skips text and booleans, as a direct argument it coerces them. */
  private sum(args: readonly Ast[]): Value {
    let total = 0;
    for (const arg of args) {
      const value = this.eval(arg);
      if (value !== null && typeof value === "object" && "list" in value) {
        for (const item of value.list) if (typeof item === "number") total += item;
        continue;
      }
      const number = toNumber(value);
      if (isError(number)) return number;
      total += number;
    }
    return total;
  }
}

/** The value Range.values reports for a formula cell: a number, text, boolean, or an error string like "#NAME?". */
export function evaluateFormula(formula: string, scope: FormulaScope): CellValue {
  const ast = parsed(formula);
  if (ast === null) return "#NAME?";
  const value = new Evaluator(scope).eval(ast);
  if (value === null) return 0;
  if (isError(value)) return value.error;
  if (typeof value === "object") return "#VALUE!";
  return value;
}
