import type { SetupReport, StoreResult } from "./contract-store";
import type { CellValue, ExcelContext, RangeLike, TableLike, WorksheetLike } from "./excel-api";
import { isBlank } from "./cells";
import { columnLetter } from "./excel-api";
import { CONTRACTS, LEDGER, LISTS, LISTS_SHEET, LOSSES, RANGES, REVIEWS, SETTINGS, validationOf, type Column, type TableLayout } from "./layout";
import { DEFAULT_SETTINGS } from "../domain/settings";
import { headerOf } from "../domain/field-model";
import { CONTRACT_FIELDS } from "../domain/contract";
import { recordCells } from "./codec";
import { fail, ok } from "../domain/result";
import { formatOf } from "../domain/field-model";
import { mapHeaders, type HeaderMap } from "./codec";
import { nameKey } from "../domain/lists";
import { findRenamed, isColumnFormula } from "./workbook-check";

/**
 * Set-up and repair. Creates what is missing and nothing else: the sheet of dropdown lists and the
 * settings table beside them, each table (on its own sheet, header row frozen, number formats and
 * dropdowns on its columns), and any column missing from an existing table, appended at the end so no
 * existing cell moves. A workbook set up by AIVM 0.1 is upgraded: its "Realised value" column (the plan)
 * is renamed Planned value, and the ledger and the new columns are added. Checks everything first (one
 * sync), reads (one or two syncs), then changes the workbook in one sync.
 */

type Plan =
  | { readonly kind: "create"; readonly layout: TableLayout; readonly sheet: WorksheetLike | null }
  | {
      readonly kind: "repair";
      readonly layout: TableLayout;
      readonly table: TableLike;
      readonly header: RangeLike;
      readonly body: RangeLike;
    };

/** New tables are created before existing ones are repaired: a column added to ValueContracts sums the ledger. */
const LAYOUTS = [CONTRACTS, REVIEWS, LEDGER, RANGES, LOSSES, SETTINGS] as const;

/** AIVM 0.1 called the plan "Realised value"; Repair renames that column rather than add Planned value beside it. */
const OLD_NAMES: ReadonlyMap<string, string> = new Map([[headerOf(CONTRACT_FIELDS, "plannedValue"), "Realised value"]]);
const LIST_ROWS = Math.max(...LISTS.map((entry) => entry.values.length)) + 1;
const LISTS_AREA = `A1:${columnLetter(LISTS.length - 1)}${LIST_ROWS}`;

/** What set-up writes on the lists sheet: each list under its name, padded with blanks to a rectangle. */
function listsGrid(): CellValue[][] {
  return Array.from({ length: LIST_ROWS }, (_, row) => LISTS.map((entry) => (row === 0 ? entry.header : (entry.values[row - 1] ?? ""))));
}

/** The first two rows a new table takes (header and Excel's first blank data row), A1-style on its sheet. */
function newTableArea(layout: TableLayout, rows = 2): string {
  const row = (layout.anchor?.row ?? 0) + 1;
  const column = layout.anchor?.column ?? 0;
  return `${columnLetter(column)}${row}:${columnLetter(column + layout.columns.length - 1)}${row + rows - 1}`;
}

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
  const renamed = await findRenamed(context, found.flatMap(({ layout, table }) => (table.isNullObject ? [layout] : [])));

  const plans: Plan[] = [];
  const occupied: { layout: TableLayout; range: RangeLike }[] = [];
  for (const { layout, table, sheet } of found) {
    const existing = table.isNullObject ? (renamed.has(layout) ? tables.getItemOrNullObject(renamed.get(layout) ?? "") : null) : table;
    if (existing !== null) {
      const header = existing.getHeaderRowRange().load("values");
      plans.push({ kind: "repair", layout, table: existing, header, body: existing.getDataBodyRange().load("rowCount") });
    } else {
      plans.push({ kind: "create", layout, sheet: sheet.isNullObject ? null : sheet });
      if (!sheet.isNullObject) occupied.push({ layout, range: sheet.getRange(newTableArea(layout)).load("values") });
      // The settings share the lists sheet: it may not exist yet, and is then created with the lists below.
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

  // The repaired tables' headers, with the upgrade's renames, and their calculated columns' formulas (by header).
  const repairs = plans.flatMap((plan) => (plan.kind === "repair" ? [{ plan, map: upgradedMap(plan.layout, plan.header.values[0] ?? []) }] : []));
  const formulaReads = repairs.map(({ plan, map }) => queueCalculated(plan.layout, plan.table, map.map));
  if (repairs.length > 0) await context.sync();

  // Sheets first, lists next (a dropdown's source must exist), then new tables, then repairs.
  const actions: string[] = [];
  const grid = listsGrid();
  const lists = listsSheet.isNullObject ? worksheets.add(LISTS_SHEET) : listsSheet;
  if (listsNow === null || JSON.stringify(listsNow.values) !== JSON.stringify(grid)) {
    lists.getRange(LISTS_AREA).values = grid;
    actions.push(`${listsNow === null ? "Created" : "Restored"} the dropdown lists on sheet "${LISTS_SHEET}".`);
  }
  for (const plan of plans) {
    if (plan.kind !== "create") continue;
    const sheet = plan.layout.sheet === LISTS_SHEET ? lists : (plan.sheet ?? addSheet(context, plan.layout, actions));
    actions.push(createTable(context, plan.layout, sheet, firstDate));
  }
  repairs.forEach(({ plan, map }, i) => {
    const name = renamed.get(plan.layout);
    if (name !== undefined) {
      plan.table.name = plan.layout.table;
      actions.push(`Named table ${name} back to ${plan.layout.table} (AIVM finds its tables by name).`);
    }
    for (const { from, to, position } of map.renames) {
      plan.table.getHeaderRowRange().getCell(0, position).values = [[to.header]];
      if (to.kind === "calculated" && plan.body.rowCount > 0) plan.table.getDataBodyRange().getColumn(position).formulas = Array.from({ length: plan.body.rowCount }, () => [to.formula]);
      actions.push(upgradeMessage(from, to.header));
    }
    actions.push(...repairTable(plan.layout, plan.table, map.map, plan.body.rowCount, firstDate), ...restoreFormulas(plan.table, map.map, formulaReads[i] ?? [], map.renames));
  });
  if (actions.length === 0) actions.push("Nothing needed repair: every table and column is in place.");
  await context.sync();
  return ok({ actions });
}

/** A column renamed by the upgrade from AIVM 0.1, in words for the user. */
function upgradeMessage(from: string, to: string): string {
  return (
    `Renamed column "${from}" to "${to}": it is the plan at annual run-rate, and it now counts Incremental revenue at the contract's Revenue margin ` +
    `(enter each contract's margin; until then its revenue counts as 0). What was realised is now measured in the Value Ledger.`
  );
}

/**
 * The header map of an existing table as the upgrade leaves it: a column still under its AIVM 0.1 name
 * (and not also present under its new one) is taken as the renamed column.
 */
function upgradedMap(layout: TableLayout, header: readonly CellValue[]): { map: HeaderMap; renames: { from: string; to: Column; position: number }[] } {
  const renames: { from: string; to: Column; position: number }[] = [];
  const cells = [...header];
  const before = mapHeaders(layout, header);
  for (const column of before.missing) {
    const old = OLD_NAMES.get(column.header);
    const position = old === undefined ? -1 : cells.findIndex((cell) => nameKey(cell) === nameKey(old));
    if (old === undefined || position < 0) continue;
    cells[position] = column.header;
    renames.push({ from: String(header[position] ?? old), to: column, position });
  }
  return { map: renames.length === 0 ? before : mapHeaders(layout, cells), renames };
}

/**
 * Number format and data validation on a column's data cells (`rows` of them): a dropdown for a list,
 * and for numbers and dates a rule Excel itself enforces when someone types (a cost typed as -180,000
 * is stopped in the sheet), with an input message and an error alert that name the column.
 */
function formatColumn(body: RangeLike, column: Column, rows: number, firstDate: string): void {
  const format = column.kind !== "calculated" && column.numberFormat !== undefined ? column.numberFormat : formatOf(column);
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
  const table = context.workbook.tables.add(`'${layout.sheet}'!${newTableArea(layout, 1)}`, true);
  table.name = layout.table;
  table.getHeaderRowRange().values = [layout.columns.map((column) => column.header)];
  const body = table.getDataBodyRange();
  layout.columns.forEach((column, i) => formatColumn(body.getColumn(i), column, 1, firstDate));
  table.getHeaderRowRange().format.autofitColumns();
  if (layout === SETTINGS) {
    // One row, filled with the defaults: people change them in the sheet.
    body.values = [recordCells(layout, DEFAULT_SETTINGS)];
    return `Created table ${layout.table} on sheet "${layout.sheet}" with the workbook's settings: ${DEFAULT_SETTINGS.period} periods, fiscal year from ${DEFAULT_SETTINGS.fiscalYearStart}. Change them there.`;
  }
  sheet.freezePanes.freezeRows(1);
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

/** Queues a read of the formulas of each calculated column of an existing table, found by its header. */
function queueCalculated(layout: TableLayout, table: TableLike, map: HeaderMap): { column: Column; position: number; range: RangeLike }[] {
  return layout.columns.flatMap((column) => {
    const position = map.positions.get(column.header);
    if (column.kind !== "calculated" || position === undefined) return [];
    return [{ column, position, range: table.getDataBodyRange().getColumn(position).load("formulas") }];
  });
}

/**
 * Puts each calculated column's formula back into the cells typed over by hand. Writing the column's
 * own formula is safe wherever the row has moved meanwhile: every row of the column should hold it.
 */
function restoreFormulas(table: TableLike, map: HeaderMap, reads: readonly { column: Column; position: number; range: RangeLike }[], renames: readonly { position: number }[]): string[] {
  return reads.flatMap(({ column, position, range }) => {
    // A renamed column has just been given its formula whole; the header read with the formulas must still be where it was.
    if (column.kind !== "calculated" || renames.some((rename) => rename.position === position) || map.positions.get(column.header) !== position) return [];
    const overwritten = range.formulas.flatMap((row, i) => (isColumnFormula(row[0], column.formula) || isBlank(row[0]) ? [] : [i]));
    for (const i of overwritten) table.getDataBodyRange().getCell(i, position).formulas = [[column.formula]];
    const cells = overwritten.length === 1 ? "1 cell" : `${overwritten.length} cells`;
    return overwritten.length === 0 ? [] : [`Put the formula of "${column.header}" back into ${cells} typed over by hand or left from an earlier AIVM.`];
  });
}
