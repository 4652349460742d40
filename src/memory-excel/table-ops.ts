import { MAX_ROWS, type Rect } from "./address";
import type { CellContent } from "./cell-input";
import { invalidArgument, MemoryExcelError } from "./errors";
import { Formula, type Sheet } from "./model-sheet";
import { headerText, normaliseHeaderNames, Table, tableNameProblem } from "./model-table";
import type { Workbook } from "./model-workbook";
import { applyContent, gridReader } from "./grid";

/** Re-reads the header cells as text, applies Excel's naming (blank -> Column<n>, duplicate -> name2), writes back. */
export function syncHeaders(workbook: Workbook, table: Table, edited: ReadonlySet<number> = new Set()): void {
  const raw = table.columns.map((_, index) => headerText(workbook.value(table.sheet, table.top, table.left + index)));
  const names = normaliseHeaderNames(raw, edited);
  names.forEach((name, index) => {
    const column = table.left + index;
    table.sheet.setContent(table.top, column, name);
    table.sheet.setStyle(table.top, column, workbook.styles.withQuotePrefix(table.sheet.style(table.top, column), false));
    const model = table.columns[index];
    if (model !== undefined) model.name = name;
  });
  table.namesChanged();
  workbook.touch();
}

/** Columns whose data cells all hold the same formula: Excel's calculated columns, which fill new rows. */
export function calculatedFormulas(table: Table): Map<number, Formula> {
  const formulas = new Map<number, Formula>();
  table.columns.forEach((_, index) => {
    let formula: Formula | null = null;
    for (let row = table.top + 1; row <= table.bottom; row += 1) {
      const content = table.sheet.content(row, table.left + index);
      if (!(content instanceof Formula) || (formula !== null && content.text !== formula.text)) return;
      formula = content;
    }
    if (formula !== null) formulas.set(index, formula);
  });
  return formulas;
}

/** Gives blank cells of calculated columns in the new rows the column's formula, as Excel does. */
export function fillCalculated(table: Table, firstRow: number, count: number, formulas: Map<number, Formula>): void {
  for (const [index, formula] of formulas) {
    for (let row = firstRow; row < firstRow + count; row += 1) {
      if (table.sheet.isBlank(row, table.left + index)) table.sheet.setContent(row, table.left + index, formula);
    }
  }
}

/**
 * New table rows take each column's number format and data validation from a neighbouring data row (the row above;
 * for a row inserted at the top, the row below), as Excel extends a table's formatting and validation to the rows it
 * adds in the grid (Insert > Table Rows, typing under the table). The API reference does not say so for rows.add;
 * the fake assumes it does the same (README, "Where it differs"). `onlyBare` keeps a cell's own format or validation
 * (cells typed under a table, which Excel absorbs with what they carry).
 */
export function inheritStyles(workbook: Workbook, table: Table, firstRow: number, count: number, onlyBare: boolean, sourceRow = table.bottom): void {
  const sheet = table.sheet;
  const width = table.right + 1;
  const shared = new Set<number>();
  if (!onlyBare) for (let row = firstRow; row < firstRow + count; row += 1) if (sheet.shareStyles(sourceRow, row, table.left, table.right)) shared.add(row);
  for (let c = table.left; c <= table.right; c += 1) {
    const source = workbook.styles.withQuotePrefix(sheet.style(sourceRow, c), false);
    for (let row = firstRow; row < firstRow + count; row += 1) {
      if (shared.has(row)) continue;
      const own = sheet.style(row, c);
      if (!onlyBare) {
        sheet.setStyle(row, c, workbook.styles.withQuotePrefix(source, own.quotePrefix), width);
        continue;
      }
      const format = own.numberFormat === "General" ? source.numberFormat : own.numberFormat;
      sheet.setStyle(row, c, workbook.styles.style(format, own.quotePrefix, own.validation ?? source.validation, own.bold || source.bold), width);
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
export function insertDown(workbook: Workbook, sheet: Sheet, at: Rect, self: Table, location: string): void {
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

/**
 * TableCollection.add over a range whose first row is the header: a header-only range gets one empty data row (a
 * table always has one), a range over another table is MergedRangeConflict, and the table is named Table<n>.
 */
export function addTable(workbook: Workbook, sheet: Sheet, rect: Rect, location: string): Table {
  const area = rect.rowCount === 1 ? { ...rect, rowCount: 2 } : rect;
  if (area.row + area.rowCount > MAX_ROWS) throw invalidArgument(location, "the table would leave the worksheet");
  const [other] = workbook.tablesIntersecting(sheet, area);
  if (other !== undefined) throw overlapConflict(location, other);
  let n = 1;
  while (workbook.findTable(`Table${n}`) !== undefined) n += 1;
  const columns = Array.from({ length: rect.columnCount }, (_, index) => ({ id: index + 1, name: "" }));
  const bottom = area.row + area.rowCount - 1;
  const table = new Table(`Table${n}`, workbook.newTableId(), sheet, rect.row, rect.column, bottom, columns);
  workbook.tables.push(table);
  syncHeaders(workbook, table);
  return table;
}

/**
 * Inserts `count` rows into a table at data index `index` (the row count appends): TableRowCollection.add with an
 * index ("Any rows below the inserted row are shifted downwards"), or a user's Insert > Table Rows Above. Cells below
 * shift down within the table's columns; the new rows take the formats and validation of the row above (of the row
 * below at the top), `values` (one array per row, parsed like Range.values, or pasted when `mode` is "paste") fill
 * them, and calculated columns fill their blank cells.
 */
export function insertRows(workbook: Workbook, table: Table, index: number, values: unknown, location: string, typed = false): void {
  const count = Array.isArray(values) ? values.length : 0;
  if (count === 0) throw invalidArgument(location, "no rows to add");
  if (!Number.isInteger(index) || index < 0 || index > table.rowCount) throw invalidArgument(location, `no data row ${index} to insert at`);
  const width = table.columns.length;
  const rect = { row: table.top + 1 + index, column: table.left, rowCount: count, columnCount: width };
  const read = gridReader(values, rect, location);
  const sourceRow = index === 0 ? rect.row : rect.row - 1;
  const contents: (CellContent | null)[] = [];
  for (let r = 0; r < count; r += 1) {
    for (let c = 0; c < width; c += 1) {
      const textFormat = table.sheet.style(sourceRow, rect.column + c).numberFormat === "@";
      contents.push(workbook.parser.parse(read(r, c), location, { textFormat, typed }));
    }
  }
  const formulas = calculatedFormulas(table);
  insertDown(workbook, table.sheet, rect, table, location);
  table.bottom += count;
  inheritStyles(workbook, table, rect.row, count, false, index === 0 ? rect.row + count : sourceRow);
  const rowWidth = table.right + 1;
  contents.forEach((content, i) => {
    if (content !== null) applyContent(workbook.styles, table.sheet, rect.row + Math.floor(i / width), rect.column + (i % width), content, rowWidth);
  });
  fillCalculated(table, rect.row, count, formulas);
  workbook.touch();
}

/**
 * TableColumnCollection.add at the end (cells right of the table, within its rows, shift right): returns the new
 * column's id. `values`, when given, covers the header and every data row; `name`, when given, is the header.
 */
export function addColumn(workbook: Workbook, table: Table, values: unknown, name: string | undefined, location: string): number {
  const at = table.columns.length;
  const rect = { row: table.top, column: table.left + at, rowCount: table.rowCount + 1, columnCount: 1 };
  const read = values === undefined ? () => null : gridReader(values, rect, location);
  const contents = Array.from({ length: rect.rowCount }, (_, r) => workbook.parser.parse(read(r, 0), location, { textFormat: false, typed: false }));
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
  table.columns.push({ id, name: "" });
  contents.forEach((content, r) => {
    if (content !== null) applyContent(workbook.styles, table.sheet, rect.row + r, rect.column, content);
  });
  if (name !== undefined) table.sheet.setContent(rect.row, rect.column, name);
  syncHeaders(workbook, table, new Set([at]));
  return id;
}

/**
 * TableRow.delete() ("Deletes the row from the table"), or a user's Delete > Table Rows: removes the row's cells and
 * shifts the rest of the table's columns up. The last data row of a table is cleared rather than removed: a table
 * always keeps one data row (as tables.add over a header row gives one), and its formats and validation stay.
 */
export function deleteTableRow(workbook: Workbook, table: Table, index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= table.rowCount) throw new RangeError(`no data row ${index}`);
  const row = table.top + 1 + index;
  if (table.rowCount === 1) {
    for (let c = table.left; c <= table.right; c += 1) {
      table.sheet.setContent(row, c, undefined);
      table.sheet.setStyle(row, c, workbook.styles.withQuotePrefix(table.sheet.style(row, c), false));
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
