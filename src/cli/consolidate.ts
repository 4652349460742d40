import { headerOf } from "../domain/field-model";
import { idKey } from "../domain/lists";
import { SETTINGS_FIELDS } from "../domain/settings";
import { createMemoryExcel, type MemoryExcel } from "../memory-excel";
import type { CellProblem } from "../workbook/contract-store";
import { columnLetter, type CellValue } from "../workbook/excel-api";
import { createContractStore } from "../workbook/excel-contract-store";
import { CONTRACTS, LEDGER, LOSSES, RANGES, REVIEWS, type TableLayout } from "../workbook/layout";
import { literalText } from "../workbook/text-literal";
import { problemLine } from "./check";
import { baseName, checkReadable, sameFile, saveWorkbook, UsageError, writeReport, writeSettings } from "./files";
import { readUnits, settingOf, type UnitData } from "./unit-read";

/**
 * `aivm consolidate FILE.xlsx... --out GROUP.xlsx`: one group workbook, set up by the add-in's own set-up, whose
 * ValueContracts, ValueReviews, ValueLedger, ValueRanges and LossExposure hold every valid row of every unit, each with a Business
 * unit column. IDs stay as they were behind a unit prefix ("NORTH-VC-0007"): unique across units, still text of at
 * most 40 characters as the field model asks, and a review's, ledger row's, range's or loss exposure's Contract ID follows its contract. Rows the
 * store finds invalid (and rows whose contract is) go to the sheet "Invalid rows" with file, sheet, row, column,
 * message and the row's cells: never dropped. Dates of a 1904 workbook are moved to the group's 1900 system.
 */

const BUSINESS_UNIT = headerOf(SETTINGS_FIELDS, "businessUnit");
const TABLES = [CONTRACTS, REVIEWS, LEDGER, RANGES, LOSSES] as const;
export const INVALID_SHEET = "Invalid rows";
const INVALID_HEADER = ["File", BUSINESS_UNIT, "Sheet", "Row", "Column", "Message", "Row values (in the table's column order)"];
/** The field model's limit on every ID (Contract, Review and Entry ID: maxLength 40). */
const MAX_ID = 40;
/** Serial days between the 1904 and 1900 date systems (1904-01-01 is serial 1,462 in the 1900 system). */
const DAYS_1904 = 1_462;

/** A unit prefix from its name: letters and digits, upper case, at most 12, numbered when another unit has it. */
function unitPrefix(unit: string, taken: Set<string>): string {
  const base = unit.normalize("NFKD").replace(/[^A-Za-z0-9]/g, "").toUpperCase().slice(0, 12) || "UNIT";
  let prefix = base;
  for (let n = 2; taken.has(prefix); n += 1) prefix = `${base}${n}`;
  taken.add(prefix);
  return prefix;
}

interface UnitRows {
  /** Group rows per table, in group column order (layout columns, then Business unit). */
  readonly rows: Map<TableLayout, CellValue[][]>;
  readonly invalid: CellValue[][];
}

/** The unit's own name: --unit, else its Business unit setting, else its file name. */
function unitName(data: UnitData, given: string | undefined): string {
  if (given !== undefined && given.trim() !== "") return given.trim();
  const setting = String(settingOf(data, BUSINESS_UNIT)).trim();
  return setting !== "" ? setting : baseName(data.file);
}

/** Splits a unit's rows into group rows and invalid rows. */
function unitRows(data: UnitData, unit: string, prefix: string): UnitRows {
  const { file, problems } = data;
  const byRow = new Map<string, CellProblem[]>();
  for (const problem of problems) {
    const key = `${problem.sheet}\u0001${problem.row ?? ""}`;
    byRow.set(key, [...(byRow.get(key) ?? []), problem]);
  }
  const invalid: CellValue[][] = [];
  const invalidLine = (sheet: string, row: number | null, column: string | null, message: string, cells: readonly CellValue[]): void => {
    invalid.push([file, unit, sheet, row ?? "", column ?? "", message, ...cells]);
  };
  const offset = data.dateSystem === 1904 ? DAYS_1904 : 0;
  const rejected = new Set<string>();
  const rows = new Map<TableLayout, CellValue[][]>();
  for (const layout of TABLES) {
    const out: CellValue[][] = [];
    rows.set(layout, out);
    const table = data.tables[layout.table];
    if (table === undefined) continue;
    const names = table.headers.map((name) => name.toLowerCase());
    const source = layout.columns.map((column) => names.indexOf(column.header.toLowerCase()));
    table.body.forEach((cells, i) => {
      const sheetRow = table.top + 2 + i;
      const value = (c: number): CellValue => (source[c] === undefined || source[c] < 0 ? "" : (cells[source[c] ?? -1] ?? ""));
      if (layout.columns.every((column, c) => column.kind === "calculated" || value(c) === "")) return;
      const found = byRow.get(`${table.sheet}\u0001${sheetRow}`);
      byRow.delete(`${table.sheet}\u0001${sheetRow}`);
      if (found !== undefined) {
        for (const problem of found) invalidLine(problem.sheet, sheetRow, problem.column, problem.message, cells);
        if (layout === CONTRACTS) rejected.add(idKey(value(layout.columns.findIndex((column) => column.key === "id"))));
        return;
      }
      const contractAt = layout.columns.findIndex((column) => column.key === "contractId");
      const contract = contractAt < 0 ? null : String(value(contractAt));
      if (contract !== null && rejected.has(idKey(contract))) {
        invalidLine(table.sheet, sheetRow, layout.columns[contractAt]?.header ?? null, `Its contract "${contract}" is in the sheet "${INVALID_SHEET}", so this row is too.`, cells);
        return;
      }
      const row: CellValue[] = layout.columns.map((column, c) => {
        const cell = value(c);
        if (column.kind === "calculated") return column.formula;
        if ((column.key === "id" || column.key === "contractId") && cell !== "") return literalText(`${prefix}-${String(cell)}`);
        if ((column.kind === "date" || column.kind === "date-time") && typeof cell === "number") return cell + offset;
        return typeof cell === "string" ? literalText(cell) : cell;
      });
      const long = layout.columns.find((column, c) => (column.key === "id" || column.key === "contractId") && String(row[c]).replace(/^'/, "").length > MAX_ID);
      if (long !== undefined) {
        invalidLine(table.sheet, sheetRow, long.header, `With the unit prefix "${prefix}-" this ${long.header} is longer than ${MAX_ID} characters.`, cells);
        if (layout === CONTRACTS) rejected.add(idKey(value(0)));
        return;
      }
      out.push([...row, literalText(unit)]);
    });
  }
  // Problems of no carried row (a missing table or column, a blank row): reported all the same.
  for (const found of byRow.values()) for (const problem of found) invalidLine(problem.sheet, problem.row, problem.column, problem.message, []);
  return { rows, invalid };
}

/** Sets up the group workbook: the add-in's tables, each with a Business unit column at its end. */
async function groupWorkbook(): Promise<MemoryExcel> {
  const group = createMemoryExcel({ payloadLimitBytes: Infinity });
  const setUp = await createContractStore(group.run).setUp();
  if (!setUp.ok) throw new Error(`Setting up the group workbook failed: ${setUp.error.message}`);
  await group.run(async (context) => {
    for (const layout of TABLES) context.workbook.tables.getItemOrNullObject(layout.table).columns.add(undefined, undefined, BUSINESS_UNIT);
    await context.sync();
  });
  return group;
}

/** Appends rows to the group's tables (one request per table), then writes the Invalid rows sheet. */
async function appendAll(group: MemoryExcel, rows: ReadonlyMap<TableLayout, CellValue[][]>): Promise<void> {
  await group.run(async (context) => {
    for (const [layout, list] of rows) if (list.length > 0) context.workbook.tables.getItemOrNullObject(layout.table).rows.add(undefined, list);
    await context.sync();
  });
}

/** Removes the blank row Excel leaves in a new table, once the table has rows of its own. */
async function dropBlankFirstRows(group: MemoryExcel): Promise<void> {
  await group.run(async (context) => {
    for (const layout of TABLES) {
      const table = group.model.findTable(layout.table);
      if (table === undefined || table.rowCount < 2) continue;
      const first = group.model.values(table.sheet, { ...table.bodyRect, rowCount: 1 })[0] ?? [];
      const blank = layout.columns.every((column, c) => column.kind === "calculated" || first[c] === "");
      if (blank) context.workbook.tables.getItemOrNullObject(layout.table).rows.getItemAt(0).delete();
    }
    await context.sync();
  });
}

async function writeInvalidSheet(group: MemoryExcel, invalid: readonly CellValue[][]): Promise<void> {
  const width = Math.max(INVALID_HEADER.length, ...invalid.map((row) => row.length));
  const grid = [INVALID_HEADER, ...invalid].map((row) => Array.from({ length: width }, (_, c) => {
    const cell = row[c] ?? "";
    return typeof cell === "string" ? literalText(cell) : cell;
  }));
  await group.run(async (context) => {
    const sheet = context.workbook.worksheets.add(INVALID_SHEET);
    sheet.getRange(`A1:${columnLetter(width - 1)}${grid.length}`).values = grid;
    sheet.freezePanes.freezeRows(1);
    await context.sync();
  });
}

/** The settings the group takes from its units (Business unit is each unit's own, so not among them). */
const SHARED_SETTINGS = SETTINGS_FIELDS.filter((field) => field.key !== "businessUnit").map((field) => field.header);

/**
 * The group's settings: each setting on which every unit agrees (compared as text without case: "quarter" is
 * "Quarter"), written into the group's AIVMSettings; for each on which they differ, a warning naming every unit's
 * value, and the group keeps set-up's default. Units in different currencies are summed all the same: the warning
 * says so, as the figures then mean nothing until converted.
 */
async function writeGroupSettings(group: MemoryExcel, units: readonly { readonly file: string; readonly values: readonly CellValue[] }[], warn: (line: string) => void): Promise<void> {
  const agreed = new Map<string, CellValue>();
  SHARED_SETTINGS.forEach((header, k) => {
    const values = units.map((unit) => unit.values[k] ?? "");
    const first = values[0] ?? "";
    if (values.every((one) => String(one).trim().toLowerCase() === String(first).trim().toLowerCase())) {
      if (String(first).trim() !== "") agreed.set(header, first);
      return;
    }
    const found = units.map((unit, u) => `${values[u] === "" ? "blank" : String(values[u])} in ${unit.file}`).join(", ");
    const money = header === "Currency" ? " The group's amounts add different currencies: convert them before reading its figures." : "";
    warn(`Warning: the units differ on ${header} (${found}); the group keeps set-up's default.${money}`);
  });
  await writeSettings(group.run, agreed);
}

/** Runs the command; resolves to the exit code (0: the group was written). UsageErrors propagate (exit 2). */
export async function consolidateCommand(files: readonly string[], units: readonly string[], outFile: string, out: (line: string) => void, progress: (line: string) => void): Promise<number> {
  const input = files.find((file) => sameFile(file, outFile));
  if (input !== undefined) throw new UsageError(`--out ${outFile} is one of the input files (${input}): consolidate never writes to an input.`);
  if (units.length > files.length) throw new UsageError(`${units.length} --unit names for ${files.length} files: give at most one per file, in file order.`);
  for (const file of files) checkReadable(file);
  const group = await groupWorkbook();
  const prefixes = new Set<string>();
  const invalid: CellValue[][] = [];
  const totals = new Map<TableLayout, number>(TABLES.map((layout) => [layout, 0]));
  const settings: { file: string; values: CellValue[] }[] = [];
  let i = 0;
  for await (const data of readUnits(files, progress)) {
    const file = data.file;
    const unit = unitName(data, units[i]);
    i += 1;
    const prefix = unitPrefix(unit, prefixes);
    const split = unitRows(data, unit, prefix);
    await appendAll(group, split.rows);
    invalid.push(...split.invalid);
    for (const [layout, list] of split.rows) totals.set(layout, (totals.get(layout) ?? 0) + list.length);
    const counts = TABLES.map((layout) => `${(split.rows.get(layout)?.length ?? 0).toLocaleString("en-GB")} of ${(data.tables[layout.table]?.body.length ?? 0).toLocaleString("en-GB")} ${layout.table}`).join(", ");
    out(`${file}: unit "${unit}", IDs prefixed "${prefix}-": ${counts} rows; ${split.invalid.length} lines in "${INVALID_SHEET}"`);
    for (const problem of data.problems) progress(problemLine(file, problem));
    settings.push({ file, values: SHARED_SETTINGS.map((header) => settingOf(data, header)) });
  }
  await writeGroupSettings(group, settings, progress);
  await dropBlankFirstRows(group);
  await writeInvalidSheet(group, invalid);
  progress("Writing the report sheet...");
  await writeReport(group.run);
  progress(`Writing ${outFile}...`);
  const writing = Date.now();
  saveWorkbook(group, outFile);
  progress(`Wrote ${outFile} in ${((Date.now() - writing) / 1000).toFixed(1)} s.`);
  const counts = TABLES.map((layout) => `${(totals.get(layout) ?? 0).toLocaleString("en-GB")} ${layout.table}`).join(", ");
  out(`Wrote ${outFile}: ${counts} rows from ${files.length} files; ${invalid.length} lines in "${INVALID_SHEET}".`);
  return 0;
}
