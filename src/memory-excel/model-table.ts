import type { CellValue } from "../workbook/excel-api";
import { isCellReference, type Rect } from "./address";
import type { Sheet } from "./model-sheet";

/** A table column: its id (stable, like TableColumn.id) and its name (the header cell's text). */
export interface TableColumnModel {
  readonly id: number;
  name: string;
}

/**
 * An Excel table: a header row and at least one data row, on one sheet. The header cells hold the column names;
 * the model keeps `columns` in step with them (see normaliseHeaderNames).
 */
export class Table {
  deleted = false;
  private nextColumnId: number;
  /** Column name (as written, and lower-cased) -> index, rebuilt after the names change (see namesChanged). */
  private byName: Map<string, number> | null = null;

  constructor(
    public name: string,
    readonly id: string,
    readonly sheet: Sheet,
    /** Zero-based sheet row of the header row. */
    public top: number,
    /** Zero-based sheet column of the first column. */
    public left: number,
    /** Zero-based sheet row of the last data row (always > top: a table has at least one data row). */
    public bottom: number,
    public columns: TableColumnModel[],
  ) {
    this.nextColumnId = columns.length + 1;
  }

  newColumnId(): number {
    const id = this.nextColumnId;
    this.nextColumnId += 1;
    return id;
  }

  get right(): number {
    return this.left + this.columns.length - 1;
  }

  get rowCount(): number {
    return this.bottom - this.top;
  }

  get rect(): Rect {
    return { row: this.top, column: this.left, rowCount: this.bottom - this.top + 1, columnCount: this.columns.length };
  }

  get headerRect(): Rect {
    return { row: this.top, column: this.left, rowCount: 1, columnCount: this.columns.length };
  }

  get bodyRect(): Rect {
    return { row: this.top + 1, column: this.left, rowCount: this.bottom - this.top, columnCount: this.columns.length };
  }

  /** Index of the column with this name (case-insensitive, as Excel matches names), or -1. */
  columnIndexByName(name: string): number {
    if (this.byName === null) {
      this.byName = new Map();
      this.columns.forEach((column, index) => this.byName?.set(column.name.toLowerCase(), index));
      this.columns.forEach((column, index) => this.byName?.set(column.name, index));
    }
    return this.byName.get(name) ?? this.byName.get(name.toLowerCase()) ?? -1;
  }

  /** Call after changing `columns` or their names: structured references look columns up by name many times. */
  namesChanged(): void {
    this.byName = null;
  }
}

/** Excel's General rendering of a number as text: 15 significant digits. */
export function numberToText(value: number): string {
  return String(Number(value.toPrecision(15)));
}

/** Text a header cell shows for a value written to it (headers are always text). */
export function headerText(value: CellValue): string {
  if (typeof value === "number") return numberToText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

/**
 * Excel's header naming: a blank header becomes "Column<n>" and a duplicate (compared without case) gets the
 * smallest number from 2 that makes it unique ("Owner" -> "Owner2"). The header just typed (in `edited`) is the one
 * renamed; the others keep their names. For a blank header n starts at the column's 1-based position in the table.
 * (Support articles "Overview of Excel tables" and "Turn Excel table headers on or off".)
 */
export function normaliseHeaderNames(raw: readonly string[], edited: ReadonlySet<number> = new Set()): string[] {
  const taken = new Set<string>();
  const names: string[] = raw.map(() => "");
  const order = raw.map((_, index) => index).sort((a, b) => Number(edited.has(a)) - Number(edited.has(b)) || a - b);
  for (const index of order) {
    let name = raw[index] ?? "";
    if (name.trim() === "") {
      let n = index + 1;
      while (taken.has(`column${n}`) || raw.some((other) => other.toLowerCase() === `column${n}`)) n += 1;
      name = `Column${n}`;
    } else if (taken.has(name.toLowerCase())) {
      let n = 2;
      while (taken.has(`${name}${n}`.toLowerCase())) n += 1;
      name = `${name}${n}`;
    }
    taken.add(name.toLowerCase());
    names[index] = name;
  }
  return names;
}

/**
 * Why a table name is not allowed, or null if it is. Rules from "Rename an Excel table"
 * (https://support.microsoft.com/office/fbf49a4f-82a3-43eb-8ba2-44d21233b114), which the Table.name reference cites:
 * start with a letter, underscore or backslash; then letters, numbers, periods and underscores; no spaces;
 * not "C", "c", "R" or "r"; not a cell reference (A1 or R1C1 style); at most 255 characters.
 */
export function tableNameProblem(name: string): string | null {
  if (name.length === 0) return "a table name cannot be empty";
  if (name.length > 255) return "a table name has at most 255 characters";
  if (!/^[\p{L}_\\]/u.test(name)) return "a table name must start with a letter, an underscore or a backslash";
  if (/\s/.test(name)) return "a table name cannot contain spaces";
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return "a table name may only hold letters, numbers, periods and underscores";
  if (isCellReference(name)) return `"${name}" is a cell reference (or R/C), which Excel does not allow as a table name`;
  return null;
}
