import { intersects, MAX_ROWS, type Rect } from "./address";
import { BLANK, parseCellInput, type CellContent } from "./cell-input";
import { invalidArgument, MemoryExcelError } from "./errors";
import type { Sheet } from "./model-sheet";
import { headerText, normaliseHeaderNames, Table, tableNameProblem } from "./model-table";
import type { Workbook } from "./model-workbook";
import { applyContent, gridReader } from "./grid";

/** Re-reads the header cells as text, applies Excel's naming (blank -> Column<n>, duplicate -> name2), writes back. */
export function syncHeaders(workbook: Workbook, table: Table, edited: ReadonlySet<number> = new Set()): void {
  const raw = table.columns.map((_, index) => headerText(workbook.value(table.sheet, table.top, table.left + index)));
  const names = normaliseHeaderNames(raw, edited);
  names.forEach((name, index) => {
    const cell = table.sheet.ensureCell(table.top, table.left + index);
    cell.value = name;
    cell.formula = null;
    cell.quotePrefix = false;
    const column = table.columns[index];
    if (column !== undefined) column.name = name;
  });
  table.namesChanged();
  workbook.touch();
}

/** Columns whose data cells all hold the same formula: Excel's calculated columns, which fill new rows. */
export function calculatedFormulas(table: Table): Map<number, string> {
  const formulas = new Map<number, string>();
  table.columns.forEach((_, index) => {
    let formula: string | null = null;
    for (let row = table.top + 1; row <= table.bottom; row += 1) {
      const cellFormula = table.sheet.cell(row, table.left + index)?.formula ?? null;
      if (cellFormula === null || (formula !== null && cellFormula !== formula)) return;
      formula = cellFormula;
    }
    if (formula !== null) formulas.set(index, formula);
  });
  return formulas;
}

/** Gives blank cells of calculated columns in the new rows the column's formula, as Excel does. */
export function fillCalculated(table: Table, firstRow: number, count: number, formulas: Map<number, string>): void {
  for (const [index, formula] of formulas) {
    for (let row = firstRow; row < firstRow + count; row += 1) {
      const cell = table.sheet.ensureCell(row, table.left + index);
      if (cell.formula === null && cell.value === "") cell.formula = formula;
    }
  }
}

/** Checks a table name against Excel's rules and the other tables' names (InvalidArgument, OfficeDev/office-js#551). */
export function checkTableName(workbook: Workbook, name: string, self: Table | null, location: string): void {
  const problem = tableNameProblem(name);
  if (problem !== null) throw invalidArgument(location, problem);
  const other = workbook.findTable(name);
  if (other !== undefined && other !== self) throw invalidArgument(location, `a table named "${other.name}" exists`);
}

function overlapConflict(location: string, other: Table): MemoryExcelError {
  return new MemoryExcelError("MergedRangeConflict", { location, detail: `the range overlaps table "${other.name}"` });
}

/** Inserts cells down in a column span, moving the tables below (a table straddling the span is a conflict). */
export function insertDown(workbook: Workbook, sheet: Sheet, at: Rect, self: Table | null, location: string): void {
  const moved: Table[] = [];
  for (const table of workbook.tablesOn(sheet)) {
    if (table === self || table.bottom < at.row || table.right < at.column || table.left >= at.column + at.columnCount) {
      continue;
    }
    const inside = table.left >= at.column && table.right < at.column + at.columnCount && table.top >= at.row;
    if (!inside) throw new MemoryExcelError("InsertDeleteConflict", { location, detail: `would split table "${table.name}"` });
    moved.push(table);
  }
  sheet.insertCellsDown(at.row, at.rowCount, at.column, at.columnCount);
  for (const table of moved) {
    table.top += at.rowCount;
    table.bottom += at.rowCount;
  }
  workbook.touch();
}

/** TableCollection.add: see the tests for the documented rules each step follows. */
export function addTable(workbook: Workbook, sheet: Sheet, rect: Rect, hasHeaders: boolean, location: string): Table {
  const area = hasHeaders && rect.rowCount === 1 ? { ...rect, rowCount: 2 } : rect;
  if (area.row + area.rowCount > MAX_ROWS) throw invalidArgument(location, "the table would leave the worksheet");
  const [other] = workbook.tablesIntersecting(sheet, area);
  if (other !== undefined) throw overlapConflict(location, other);
  if (!hasHeaders) insertDown(workbook, sheet, { ...rect, rowCount: 1 }, null, location);
  let n = 1;
  while (workbook.findTable(`Table${n}`) !== undefined) n += 1;
  const columns = Array.from({ length: rect.columnCount }, (_, index) => ({ id: index + 1, name: "" }));
  const bottom = hasHeaders ? area.row + area.rowCount - 1 : rect.row + rect.rowCount;
  const table = new Table(`Table${n}`, workbook.newTableId(), sheet, rect.row, rect.column, bottom, columns);
  workbook.tables.push(table);
  syncHeaders(workbook, table);
  return table;
}

/** Table.resize (ExcelApi 1.13): "The new range must overlap with the original table range and the headers (or the
 * top of the table) must be in the same row." Columns keep their ids; new columns take their header cells' text. */
export function resizeTable(workbook: Workbook, table: Table, sheet: Sheet, rect: Rect, location: string): void {
  if (sheet !== table.sheet) throw invalidArgument(location, "the new range is on another worksheet");
  if (rect.row !== table.top) throw invalidArgument(location, "the header row must stay in the same row");
  if (!intersects(rect, table.rect)) throw invalidArgument(location, "the new range must overlap the table");
  if (rect.rowCount < 2) throw invalidArgument(location, "a table needs a header row and at least one data row");
  const [other] = workbook.tablesIntersecting(sheet, rect, table);
  if (other !== undefined) throw overlapConflict(location, other);
  const added = new Set<number>();
  table.columns = Array.from({ length: rect.columnCount }, (_, index) => {
    const kept = table.columns[rect.column + index - table.left];
    if (kept !== undefined && rect.column + index >= table.left) return kept;
    added.add(index);
    return { id: table.newColumnId(), name: "" };
  });
  table.left = rect.column;
  table.bottom = rect.row + rect.rowCount - 1;
  syncHeaders(workbook, table, added);
}

/** TableRowCollection.add: inserts whole rows (shifting the cells below in the table's columns) and writes them. */
export function addRows(
  workbook: Workbook,
  table: Table,
  index: number | undefined,
  values: unknown,
  alwaysInsert: boolean,
  location: string,
): number {
  const at = index === undefined || index === -1 ? table.rowCount : index;
  if (!Number.isInteger(at) || at < 0 || at > table.rowCount) throw invalidArgument(location, `row index ${at} is out of range`);
  const count = Array.isArray(values) ? values.length : 1;
  if (count === 0) throw invalidArgument(location, "no rows to add");
  const width = table.columns.length;
  const rect = { row: table.top + 1 + at, column: table.left, rowCount: count, columnCount: width };
  const read = values === undefined ? () => null : gridReader(values, rect, location, false);
  const contents: (CellContent | null)[] = [];
  for (let r = 0; r < count; r += 1) for (let c = 0; c < width; c += 1) contents.push(parseCellInput(read(r, c), location));
  const formulas = calculatedFormulas(table);
  if (alwaysInsert || at < table.rowCount) {
    insertDown(workbook, table.sheet, rect, table, location);
  } else {
    const [other] = workbook.tablesIntersecting(table.sheet, rect, table);
    if (other !== undefined) throw overlapConflict(location, other);
  }
  table.bottom += count;
  contents.forEach((content, i) => {
    const cell = table.sheet.ensureCell(rect.row + Math.floor(i / width), rect.column + (i % width));
    if (content !== null) applyContent(cell, content);
  });
  fillCalculated(table, rect.row, count, formulas);
  workbook.touch();
  return at;
}

/** TableColumnCollection.add: inserts a column (shifting cells right within the table's rows) and returns its id.
 * `values` covers the header and every data row; `name`, if given, is the header. */
export function addColumn(
  workbook: Workbook,
  table: Table,
  index: number | undefined,
  values: unknown,
  name: string | undefined,
  location: string,
): number {
  const count = table.columns.length;
  const at = index === undefined || index === -1 ? count : index;
  if (!Number.isInteger(at) || at < 0 || at > count) throw invalidArgument(location, `column index ${at} is out of range`);
  const rect = { row: table.top, column: table.left + at, rowCount: table.rowCount + 1, columnCount: 1 };
  const read = values === undefined ? () => null : gridReader(values, rect, location, false);
  const scalar = values !== undefined && !Array.isArray(values);
  const contents = Array.from({ length: rect.rowCount }, (_, r) =>
    r === 0 && scalar ? null : parseCellInput(read(r, 0), location),
  );
  for (const other of workbook.tablesOn(table.sheet)) {
    const rowsOverlap = other.top <= table.bottom && other.bottom >= table.top;
    if (other !== table && rowsOverlap && other.right >= rect.column && (other.top < table.top || other.bottom > table.bottom)) {
      throw new MemoryExcelError("InsertDeleteConflict", { location, detail: `would split table "${other.name}"` });
    }
  }
  table.sheet.insertCellsRight(rect.column, 1, rect.row, rect.rowCount);
  for (const other of workbook.tablesOn(table.sheet)) {
    if (other !== table && other.left >= rect.column && other.top >= table.top && other.bottom <= table.bottom) other.left += 1;
  }
  const id = table.newColumnId();
  table.columns.splice(at, 0, { id, name: "" });
  contents.forEach((content, r) => {
    if (content !== null) applyContent(table.sheet.ensureCell(rect.row + r, rect.column), content);
  });
  if (name !== undefined) table.sheet.ensureCell(rect.row, rect.column).value = name;
  syncHeaders(workbook, table, new Set([at]));
  return id;
}

/** A user's "Delete Table Rows": removes the row's cells and shifts the rest of the table's columns up; the last
 * data row of a table is cleared rather than removed (a table always keeps one data row). */
export function deleteTableRow(workbook: Workbook, table: Table, index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= table.rowCount) throw new RangeError(`no data row ${index}`);
  const row = table.top + 1 + index;
  if (table.rowCount === 1) {
    for (let c = table.left; c <= table.right; c += 1) {
      const cell = table.sheet.cell(row, c);
      if (cell !== undefined) applyContent(cell, BLANK);
    }
  } else {
    table.sheet.deleteCellsUp(row, 1, table.left, table.columns.length);
    table.bottom -= 1;
    for (const other of workbook.tablesOn(table.sheet)) {
      if (other !== table && other.top > row && other.left >= table.left && other.right <= table.right) {
        other.top -= 1;
        other.bottom -= 1;
      }
    }
  }
  workbook.touch();
}
