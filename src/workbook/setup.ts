import type { SetupReport, StoreResult } from "./contract-store";
import type { CellValue, ExcelContext, RangeLike, TableLike, WorksheetLike } from "./excel-api";
import { isBlank } from "./cells";
import { columnLetter } from "./excel-api";
import { CONTRACTS, LISTS, LISTS_SHEET, listSourceOf, REVIEWS, type Column, type TableLayout } from "./layout";
import { fail, ok } from "../domain/result";
import { formatOf } from "../domain/field-model";
import { mapHeaders, type HeaderMap } from "./codec";

/**
 * Set-up and repair. Creates what is missing and nothing else: the sheet of dropdown lists, each table
 * (on its own sheet, header row frozen, number formats and dropdowns on its columns), and any column
 * missing from an existing table, appended at the end so no existing cell moves. Checks everything
 * first (one sync), reads (one sync), then changes the workbook in one sync.
 */

type Plan =
  | { readonly kind: "create"; readonly layout: TableLayout; readonly sheet: WorksheetLike | null }
  | { readonly kind: "repair"; readonly layout: TableLayout; readonly table: TableLike; readonly header: RangeLike; readonly body: RangeLike };

const LAYOUTS = [CONTRACTS, REVIEWS] as const;
const LIST_ROWS = Math.max(...LISTS.map((entry) => entry.values.length)) + 1;
const LISTS_AREA = `A1:${columnLetter(LISTS.length - 1)}${LIST_ROWS}`;

/** What set-up writes on the lists sheet: each list under its name, padded with blanks to a rectangle. */
function listsGrid(): CellValue[][] {
  return Array.from({ length: LIST_ROWS }, (_, row) => LISTS.map((entry) => (row === 0 ? entry.header : (entry.values[row - 1] ?? ""))));
}

/** The first two rows a new table takes (header and Excel's first blank data row), A1-style on its sheet. */
const newTableArea = (layout: TableLayout): string => `A1:${columnLetter(layout.columns.length - 1)}2`;

export async function setUpWorkbook(context: ExcelContext): Promise<StoreResult<SetupReport>> {
  const { worksheets, tables } = context.workbook;
  const found = LAYOUTS.map((layout) => ({
    layout,
    table: tables.getItemOrNullObject(layout.table).load("isNullObject"),
    sheet: worksheets.getItemOrNullObject(layout.sheet).load("isNullObject"),
  }));
  const listsSheet = worksheets.getItemOrNullObject(LISTS_SHEET).load("isNullObject");
  await context.sync();

  const plans: Plan[] = [];
  const occupied: { layout: TableLayout; range: RangeLike }[] = [];
  for (const { layout, table, sheet } of found) {
    if (!table.isNullObject) {
      const header = table.getHeaderRowRange().load("values");
      plans.push({ kind: "repair", layout, table, header, body: table.getDataBodyRange().load("rowCount") });
    } else {
      plans.push({ kind: "create", layout, sheet: sheet.isNullObject ? null : sheet });
      if (!sheet.isNullObject) occupied.push({ layout, range: sheet.getRange(newTableArea(layout)).load("values") });
    }
  }
  const listsNow = listsSheet.isNullObject ? null : listsSheet.getRange(LISTS_AREA).load("values");
  await context.sync();

  for (const { layout, range } of occupied) {
    if (range.values.some((row) => row.some((cell) => !isBlank(cell)))) {
      return fail({
        kind: "layout",
        message:
          `Set-up cannot create table ${layout.table}: sheet "${layout.sheet}" already has data in ${newTableArea(layout)}. ` +
          `If it is the ${layout.table} table turned into a plain range, select it, choose Insert > Table and name the table ${layout.table} ` +
          `(Table Design > Table Name); otherwise rename that sheet. Then run Set up again.`,
        problems: [{ sheet: layout.sheet, row: 1, column: null, field: null, message: `Cells ${newTableArea(layout)} are not empty.` }],
      });
    }
  }

  // Sheets first, lists next (a dropdown's source must exist), then the tables.
  const actions: string[] = [];
  const sheets = plans.map((plan) => (plan.kind === "create" ? (plan.sheet ?? addSheet(context, plan.layout, actions)) : null));
  const grid = listsGrid();
  if (listsNow === null || JSON.stringify(listsNow.values) !== JSON.stringify(grid)) {
    const sheet = listsSheet.isNullObject ? worksheets.add(LISTS_SHEET) : listsSheet;
    sheet.getRange(LISTS_AREA).values = grid;
    actions.push(`${listsNow === null ? "Created" : "Restored"} the dropdown lists on sheet "${LISTS_SHEET}".`);
  }
  plans.forEach((plan, i) => {
    const sheet = sheets[i];
    if (plan.kind === "create" && sheet) actions.push(createTable(context, plan.layout, sheet));
    else if (plan.kind === "repair") actions.push(...repairTable(plan.layout, plan.table, mapHeaders(plan.layout, plan.header.values[0] ?? []), plan.body.rowCount));
  });
  if (actions.length === 0) actions.push("Nothing needed repair: both tables and every column are in place.");
  await context.sync();
  return ok({ actions });
}

/** Number format and dropdown on a column's data cells (`rows` of them). */
function formatColumn(body: RangeLike, column: Column, rows: number): void {
  const format = formatOf(column);
  if (format !== null) body.numberFormat = Array.from({ length: rows }, () => [format]);
  if (column.kind === "list") {
    const source = listSourceOf(column.list);
    if (source !== null) body.dataValidation.rule = { list: { inCellDropDown: true, source } };
  }
}

function addSheet(context: ExcelContext, layout: TableLayout, actions: string[]): WorksheetLike {
  actions.push(`Created sheet "${layout.sheet}".`);
  return context.workbook.worksheets.add(layout.sheet);
}

function createTable(context: ExcelContext, layout: TableLayout, sheet: WorksheetLike): string {
  const table = context.workbook.tables.add(`'${layout.sheet}'!A1:${columnLetter(layout.columns.length - 1)}1`, true);
  table.name = layout.table;
  table.getHeaderRowRange().values = [layout.columns.map((column) => column.header)];
  const body = table.getDataBodyRange();
  layout.columns.forEach((column, i) => formatColumn(body.getColumn(i), column, 1));
  sheet.freezePanes.freezeRows(1);
  table.getHeaderRowRange().format.autofitColumns();
  return `Created table ${layout.table} on sheet "${layout.sheet}" with its ${layout.columns.length} columns, dropdowns and number formats, and froze its header row.`;
}

function repairTable(layout: TableLayout, table: TableLike, map: HeaderMap, rows: number): string[] {
  return map.missing.map((column) => {
    const added = table.columns.add(undefined, undefined, column.header);
    const cells = added.getDataBodyRange();
    if (column.kind === "calculated") cells.values = Array.from({ length: rows }, () => [column.formula]);
    formatColumn(cells, column, rows);
    return (
      `Added the missing column "${column.header}" at the end of table ${layout.table}. ` +
      `If it had been renamed, copy its values into the new column, then delete the old one.`
    );
  });
}
