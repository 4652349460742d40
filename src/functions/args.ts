import { ArgumentError } from "./cell-error";

/**
 * Converters from what Excel passes a custom function to what the domain expects. Parameters are
 * declared `any` so that a wrong type reaches us and gets a message naming the argument, instead of
 * a bare #VALUE! from Excel. Each converter throws ArgumentError; `cell` turns it into a cell error.
 *
 * What arrives: numbers, strings, booleans, null for an omitted argument (and for a blank cell), and
 * 2-D arrays (rows of cells) for ranges.
 */
export type CellInput = unknown;

const isBlank = (value: CellInput): boolean => value === null || value === undefined || value === "";

function describe(value: CellInput): string {
  if (typeof value === "string") return `the text "${value.length > 30 ? `${value.slice(0, 30)}...` : value}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return "a range";
  return "an unsupported value";
}

/** A single cell: a 1x1 range counts as its one value. */
function single(value: CellInput, name: string): CellInput {
  if (!Array.isArray(value)) return value;
  const rows: unknown[] = value;
  const first: unknown = rows[0];
  if (rows.length === 1 && Array.isArray(first) && first.length === 1) return first[0];
  throw new ArgumentError("value", `${name} expects a single cell, not a range.`);
}

export interface NumberRule {
  /** Value used for an omitted optional argument or a blank cell. */
  readonly blank?: number;
  readonly min?: number;
  readonly max?: number;
  readonly whole?: boolean;
  /** Phrase for the domain, e.g. "0 or more" or "between 0 and 1 (25% = 0.25)". */
  readonly expects?: string;
}

/** A number argument. Blank becomes rule.blank (or 0); text and logical values are #VALUE!; a number outside [min, max] is #NUM!. */
export function numberArg(value: CellInput, name: string, rule: NumberRule = {}): number {
  const raw = single(value, name);
  const n = isBlank(raw) ? (rule.blank ?? 0) : raw;
  if (typeof n !== "number" || Number.isNaN(n)) {
    throw new ArgumentError("value", `${name} expects a number${rule.expects ? ` ${rule.expects}` : ""}, not ${describe(raw)}.`);
  }
  checkDomain(n, name, rule);
  return n;
}

/**
 * A number argument that may not be known yet: null for an omitted argument or a blank cell (so the
 * domain can tell "not measured" from 0), otherwise checked as numberArg checks it.
 */
export function measuredArg(value: CellInput, name: string, rule: NumberRule = {}): number | null {
  return isBlank(single(value, name)) ? null : numberArg(value, name, rule);
}

function checkDomain(n: number, name: string, rule: NumberRule): void {
  const expects = rule.expects ?? defaultPhrase(rule);
  if (!Number.isFinite(n)) throw new ArgumentError("num", `${name} must be a finite number${expects ? ` ${expects}` : ""}.`);
  const below = rule.min !== undefined && n < rule.min;
  const above = rule.max !== undefined && n > rule.max;
  const fractional = rule.whole === true && !Number.isInteger(n);
  // Phrases such as "of hours, 0 or more" follow "a number"; "0 or more" and "from 0 to 1" stand alone.
  const phrase = /^(of|in|as|\()/.test(expects) ? `a number ${expects}` : expects;
  if (below || above || fractional) throw new ArgumentError("num", `${name} must be ${phrase}; it is ${n}.`);
}

function defaultPhrase(rule: NumberRule): string {
  const whole = rule.whole ? "a whole number " : "";
  if (rule.min !== undefined && rule.max !== undefined) return `${whole}from ${rule.min} to ${rule.max}`;
  if (rule.min !== undefined) return `${whole}${rule.min} or more`;
  if (rule.max !== undefined) return `${whole}${rule.max} or less`;
  return whole.trim();
}

/** The cells of a range that is one row or one column, flattened in reading order. */
export function vectorArg(value: CellInput, name: string): CellInput[] {
  if (!Array.isArray(value)) return [value];
  const rows: unknown[] = value;
  if (rows.length === 0) throw new ArgumentError("value", `${name} is an empty range.`);
  const grid = rows.map((row) => {
    if (!Array.isArray(row)) throw new ArgumentError("value", `${name} must be a range of cells.`);
    const cells: unknown[] = row;
    return cells;
  });
  const width = grid[0]?.length ?? 0;
  if (width === 0 || grid.some((row) => row.length !== width)) {
    throw new ArgumentError("value", `${name} must be a rectangular range of cells.`);
  }
  if (grid.length === 1) return grid[0] ?? [];
  if (width === 1) return grid.map((row) => row[0]);
  throw new ArgumentError("value", `${name} must be a single row or a single column, not ${grid.length} rows x ${width} columns.`);
}

/**
 * A numeric range of one row or column. Blank cells count as 0. With `length`, the range must have
 * exactly that many cells; each cell is checked against `rule`.
 */
export function numbersArg(value: CellInput, name: string, length?: number, rule: NumberRule = {}): number[] {
  const cells = vectorArg(value, name);
  if (length !== undefined && cells.length !== length) {
    throw new ArgumentError("value", `${name} expects ${length} cells in one row or column; it has ${cells.length}.`);
  }
  return cells.map((cellValue, i) => {
    const position = `${name} (cell ${i + 1})`;
    if (isBlank(cellValue)) return 0;
    if (typeof cellValue !== "number" || Number.isNaN(cellValue)) {
      throw new ArgumentError("value", `${position} expects a number, not ${describe(cellValue)}.`);
    }
    checkDomain(cellValue, position, rule);
    return cellValue;
  });
}

/** A text argument such as a level, mandate or cadence name (numbers pass through for the caller to interpret). */
export function scalarArg(value: CellInput, name: string): string | number | boolean | null {
  const raw = single(value, name);
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") return raw;
  throw new ArgumentError("value", `${name} expects a single value.`);
}
