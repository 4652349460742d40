import type { SetupReport, StoreResult } from "./contract-store";
import type { CellValue, ExcelContext, RangeLike, TableLike, WorksheetLike } from "./excel-api";
import { isBlank } from "./cells";
import { columnLetter } from "./excel-api";
import { CONTRACTS, LISTS, LISTS_SHEET, REVIEWS, validationOf, type Column, type TableLayout } from "./layout";
import { fail, ok } from "../domain/result";
import { formatOf } from "../domain/field-model";
import { mapHeaders, type HeaderMap } from "./codec";
import { findRenamed, isColumnFormula } from "./workbook-check";

/**
 * Set-up and repair. Creates what is missing and nothing else: the sheet of dropdown lists, each table
 * (on its own sheet, header row frozen, number formats and dropdowns on its columns), and any column
 * missing from an existing table, appended at the end so no existing cell moves. Checks everything
 * first (one sync), reads (one sync), then changes the workbook in one sync.
 */

type Plan =
  | { readonly kind: "create"; readonly layout: TableLayout; readonly sheet: WorksheetLike | null }
  | {
      readonly kind: "repair";
      readonly layout: TableLayout;
      readonly table: TableLike;
      readonly header: RangeLike;
      readonly body: RangeLike;
      readonly formulas: readonly { readonly column: Column; readonly range: RangeLike }[];
    };

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
  const date = context.workbook.functions.date(1904, 1, 1).load("value");
  await context.sync();
  const firstDate = date.value === 0 ? "1904-01-01" : "1900-01-01";
  // A table renamed by hand is named back rather than created again beside it.
  const renamed = new Map<TableLayout, string>();
  for (const { layout, table } of found) {
    if (!table.isNullObject) continue;
    const name = await findRenamed(context, layout);
    if (name !== null) renamed.set(layout, name);
  }

  const plans: Plan[] = [];
  const occupied: { layout: TableLayout; range: RangeLike }[] = [];
  for (const { layout, table, sheet } of found) {
    const existing = table.isNullObject ? (renamed.has(layout) ? tables.getItemOrNullObject(renamed.get(layout) ?? "") : null) : table;
    if (existing !== null) {
      const header = existing.getHeaderRowRange().load("values");
      plans.push({ kind: "repair", layout, table: existing, header, body: existing.getDataBodyRange().load("rowCount"), formulas: queueCalculated(layout, existing) });
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
    if (plan.kind === "create" && sheet) actions.push(createTable(context, plan.layout, sheet, firstDate));
    else if (plan.kind === "repair") {
      const name = renamed.get(plan.layout);
      if (name !== undefined) {
        plan.table.name = plan.layout.table;
        actions.push(`Named table ${name} back to ${plan.layout.table} (AIVM finds its tables by name).`);
      }
      const map = mapHeaders(plan.layout, plan.header.values[0] ?? []);
      actions.push(...repairTable(plan.layout, plan.table, map, plan.body.rowCount, firstDate), ...restoreFormulas(plan.layout, plan.table, map, plan.formulas));
    }
  });
  if (actions.length === 0) actions.push("Nothing needed repair: both tables and every column are in place.");
  await context.sync();
  return ok({ actions });
}

/**
 * Number format and data validation on a column's data cells (`rows` of them): a dropdown for a list,
 * and for numbers and dates a rule Excel itself enforces when someone types (a cost typed as -180,000
 * is stopped in the sheet), with an input message and an error alert that name the column.
 */
function formatColumn(body: RangeLike, column: Column, rows: number, firstDate: string): void {
  const format = formatOf(column);
  if (format !== null) body.numberFormat = Array.from({ length: rows }, () => [format]);
  const rule = validationOf(column, firstDate);
  if (rule === null) return;
  body.dataValidation.rule = rule.rule;
  body.dataValidation.ignoreBlanks = true;
  body.dataValidation.prompt = { showPrompt: true, title: column.header, message: rule.prompt };
  body.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: column.header, message: rule.alert };
}

function addSheet(context: ExcelContext, layout: TableLayout, actions: string[]): WorksheetLike {
  actions.push(`Created sheet "${layout.sheet}".`);
  return context.workbook.worksheets.add(layout.sheet);
}

function createTable(context: ExcelContext, layout: TableLayout, sheet: WorksheetLike, firstDate: string): string {
  const table = context.workbook.tables.add(`'${layout.sheet}'!A1:${columnLetter(layout.columns.length - 1)}1`, true);
  table.name = layout.table;
  table.getHeaderRowRange().values = [layout.columns.map((column) => column.header)];
  const body = table.getDataBodyRange();
  layout.columns.forEach((column, i) => formatColumn(body.getColumn(i), column, 1, firstDate));
  sheet.freezePanes.freezeRows(1);
  table.getHeaderRowRange().format.autofitColumns();
  return `Created table ${layout.table} on sheet "${layout.sheet}" with its ${layout.columns.length} columns, dropdowns and number formats, and froze its header row.`;
}

function repairTable(layout: TableLayout, table: TableLike, map: HeaderMap, rows: number, firstDate: string): string[] {
  return map.missing.map((column) => {
    const added = table.columns.add(undefined, undefined, column.header);
    const cells = added.getDataBodyRange();
    if (column.kind === "calculated") cells.values = Array.from({ length: rows }, () => [column.formula]);
    formatColumn(cells, column, rows, firstDate);
    return (
      `Added the missing column "${column.header}" at the end of table ${layout.table}. ` +
      `If it had been renamed, copy its values into the new column, then delete the old one.`
    );
  });
}

/**
 * Queues a read of the formulas of each calculated column of an existing table, by the layout's header
 * (the table's own header is read in the same request: positions are checked when the answer is back).
 */
function queueCalculated(layout: TableLayout, table: TableLike): { column: Column; range: RangeLike }[] {
  return layout.columns.flatMap((column) => {
    if (column.kind !== "calculated") return [];
    const index = layout.columns.indexOf(column);
    return [{ column, range: table.getDataBodyRange().getColumn(index).load("formulas") }];
  });
}

/**
 * Puts each calculated column's formula back into the cells typed over by hand. Writing the column's
 * own formula is safe wherever the row has moved meanwhile: every row of the column should hold it.
 */
function restoreFormulas(layout: TableLayout, table: TableLike, map: HeaderMap, reads: readonly { column: Column; range: RangeLike }[]): string[] {
  return reads.flatMap(({ column, range }) => {
    if (column.kind !== "calculated") return [];
    const position = map.positions.get(column.header);
    if (position !== layout.columns.indexOf(column)) return [];
    const overwritten = range.formulas.flatMap((row, i) => (isColumnFormula(row[0], column.formula) || isBlank(row[0]) ? [] : [i]));
    for (const i of overwritten) table.getDataBodyRange().getCell(i, position).formulas = [[column.formula]];
    return overwritten.length === 0 ? [] : [`Put the formula of "${column.header}" back into ${overwritten.length === 1 ? "1 cell" : `${overwritten.length} cells`} typed over by hand.`];
  });
}
