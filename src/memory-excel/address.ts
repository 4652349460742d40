import { columnLetter } from "../workbook/excel-api";

/**
 * A1 addresses: parsing ("'Value Contracts'!A1:AU1", "$B$2", "B2:C3") and formatting the way Excel writes them
 * ("Sheet1!A1:B2", "'Value Contracts'!A1"). Whole rows and columns ("2:5", "A:C") are not parsed: the store never
 * writes them.
 * Grid size from "Excel specifications and limits": 1,048,576 rows by 16,384 columns (XFD).
 */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A block of cells: zero-based top-left corner and size (both at least 1). */
export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface ParsedAddress {
  /** Sheet name as written (unquoted), or null when the address has no sheet part. */
  readonly sheet: string | null;
  readonly rect: Rect;
}

/** "A" -> 0, "xfd" -> 16383; -1 when not letters or beyond XFD. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let index = 0;
  for (const char of letters.toUpperCase()) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1 < MAX_COLUMNS ? index - 1 : -1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

interface Point {
  readonly row: number;
  readonly column: number;
}

function parseCell(text: string): Point | null {
  const match = CELL.exec(text);
  if (match === null) return null;
  const column = columnIndex(match[1] ?? "");
  const row = Number(match[2]) - 1;
  if (column < 0 || row < 0 || row >= MAX_ROWS) return null;
  return { row, column };
}

function span(a: Point, b: Point): Rect {
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return {
    row,
    column,
    rowCount: Math.max(a.row, b.row) - row + 1,
    columnCount: Math.max(a.column, b.column) - column + 1,
  };
}

function parseRange(text: string): Rect | null {
  const parts = text.split(":");
  if (parts.length === 1) {
    const cell = parseCell(parts[0] ?? "");
    return cell === null ? null : span(cell, cell);
  }
  if (parts.length !== 2) return null;
  const [first = "", second = ""] = parts;
  const a = parseCell(first);
  const b = parseCell(second);
  return a !== null && b !== null ? span(a, b) : null;
}

/** Splits "'It''s'!A1" into sheet "It's" and "A1"; returns null for a malformed sheet part. */
function splitSheet(text: string): { sheet: string | null; range: string } | null {
  if (text.startsWith("'")) {
    let index = 1;
    let name = "";
    while (index < text.length) {
      const char = text[index];
      if (char === "'" && text[index + 1] === "'") {
        name += "'";
        index += 2;
      } else if (char === "'") {
        break;
      } else {
        name += char;
        index += 1;
      }
    }
    if (text[index] !== "'" || text[index + 1] !== "!") return null;
    return { sheet: name, range: text.slice(index + 2) };
  }
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { sheet: null, range: text };
  return { sheet: text.slice(0, bang), range: text.slice(bang + 1) };
}

/** Parses an A1 address with an optional sheet part; null when Excel would not accept it as a range. */
export function parseAddress(text: string): ParsedAddress | null {
  const split = splitSheet(text.trim());
  if (split === null || split.sheet === "") return null;
  const rect = parseRange(split.range);
  return rect === null ? null : { sheet: split.sheet, rect };
}

/** "A1" or "A1:B2", as Range.address writes them. */
export function formatRect(rect: Rect): string {
  const lastRow = rect.row + rect.rowCount - 1;
  const lastColumn = rect.column + rect.columnCount - 1;
  const first = `${columnLetter(rect.column)}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.columnCount === 1) return first;
  return `${first}:${columnLetter(lastColumn)}${lastRow + 1}`;
}

/** Excel quotes a sheet name in an address unless it is a plain identifier that cannot be read as a reference. */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !isCellReference(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatAddress(sheet: string, rect: Rect): string {
  return `${quoteSheetName(sheet)}!${formatRect(rect)}`;
}

/** True for names Excel reads as a cell reference: A1 style ("May2019", "XFD1") or R1C1 style ("R1C1", "R", "c"). */
export function isCellReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(name);
  if (a1 !== null && columnIndex(a1[1] ?? "") >= 0 && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROWS) return true;
  return /^[Rr](\d*)([Cc](\d*))?$/.test(name) || /^[Cc]\d*$/.test(name);
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

/** True when the rectangle lies inside the worksheet grid. */
export function insideGrid(rect: Rect): boolean {
  return (
    rect.row >= 0 &&
    rect.column >= 0 &&
    rect.rowCount >= 1 &&
    rect.columnCount >= 1 &&
    rect.row + rect.rowCount <= MAX_ROWS &&
    rect.column + rect.columnCount <= MAX_COLUMNS
  );
}
