import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { contractFigures } from "../../src/domain/contract-figures";
import { idKey } from "../../src/domain/lists";
import { lineClass, lineVariance, plannedAmount, realisedAmount } from "../../src/domain/value-lines";
import { mapHeaders, readContracts } from "../../src/workbook/codec";
import type { StoredContract, StoredLedgerEntry } from "../../src/workbook/contract-store";
import type { CellValue } from "../../src/workbook/excel-api";
import { CONTRACTS, LEDGER } from "../../src/workbook/layout";
import { readLedger } from "../../src/workbook/ledger-store";
import { unzipSync } from "fflate";
import { createContractStore } from "../../src/workbook/excel-contract-store";
import { REPORT_CHART_COUNT, REPORT_COLUMNS, REPORT_ROWS, REPORT_SHEET } from "../../src/workbook/report-layout";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { close, expectReportToBeDomains } from "../workbook/report-domain";
import { readBlock, readTables, recalculate, renderPages, type EngineTable } from "../support/second-engine";

// A workbook written by the value office's command line (`aivm sample`), recalculated by a second spreadsheet engine
// (LibreOffice Calc, headless), must compute every calculated column to the cent as the domain does. The file carries
// no cached results, so every figure read back was computed by LibreOffice (checked first).

const ROOT = path.resolve(__dirname, "../..");
const CENT = 0.005;

/** A table's cells by header, row by row. */
function byHeader(table: EngineTable): Record<string, CellValue | undefined>[] {
  return table.rows.map((row) => Object.fromEntries(table.headers.map((header, at) => [header, row[at]])));
}

/** ISO date of a 1900-system serial (the sample workbook uses the 1900 system). */
const isoOf = (serial: number): string => new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000).toISOString().slice(0, 10);

/** A number within a cent of the domain's, or the same text ("" for a blank: a formula saved with no result reads undefined). */
function agrees(sheet: CellValue | undefined, domain: number | string): boolean {
  if (typeof domain === "number") return typeof sheet === "number" && Math.abs(sheet - domain) < CENT;
  return (sheet ?? "") === domain;
}

let file = "";
let computedFile = "";
let written: Map<string, EngineTable>;
let computed: Map<string, EngineTable>;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "aivm-engine-"));
  file = path.join(dir, "sample.xlsx");
  execFileSync(process.execPath, [path.join(ROOT, "bin/aivm.mjs"), "sample", file], { cwd: ROOT, stdio: "pipe" });
  written = await readTables(file);
  computedFile = await recalculate(file);
  computed = await readTables(computedFile);
}, 180_000);

/** The recalculated tables, and their data rows read by the add-in's codec (the domain's side starts from these). */
function decoded(): { contractsTable: EngineTable; ledgerTable: EngineTable; contracts: StoredContract[]; ledger: StoredLedgerEntry[] } {
  const contractsTable = table(computed, CONTRACTS.table);
  const ledgerTable = table(computed, LEDGER.table);
  const contracts = readContracts(mapHeaders(CONTRACTS, contractsTable.headers), contractsTable.rows.map(blankUncached), { sheet: contractsTable.sheet, headerRow: 1 });
  const ledger = readLedger(mapHeaders(LEDGER, ledgerTable.headers), ledgerTable.rows.map(blankUncached), { sheet: ledgerTable.sheet, headerRow: 1 });
  return { contractsTable, ledgerTable, contracts, ledger };
}

function table(tables: Map<string, EngineTable>, name: string): EngineTable {
  const found = tables.get(name);
  if (found === undefined) throw new Error(`no table ${name}: ${[...tables.keys()].join(", ")}`);
  return found;
}

describe("a sample workbook recalculated by LibreOffice", () => {
  it("was written with formulas and no cached results, and came back with them computed", () => {
    for (const name of [CONTRACTS.table, LEDGER.table]) {
      const before = table(written, name);
      const after = table(computed, name);
      const formulaCells = (one: EngineTable): number => one.isFormula.flat().filter(Boolean).length;
      const withResult = (one: EngineTable): number => one.rows.flatMap((row, r) => row.filter((cell, c) => one.isFormula[r]?.[c] === true && cell !== undefined)).length;
      expect(formulaCells(before)).toBeGreaterThan(before.rows.length);
      expect(withResult(before)).toBe(0);
      expect(formulaCells(after)).toBe(formulaCells(before));
      // A formula whose result is "" (a blank Next review or Variance) comes back without one; every other is computed.
      expect(withResult(after)).toBeGreaterThan(formulaCells(after) / 2);
      expect(after.headers).toEqual(before.headers);
    }
  });

  it("computes every contract's calculated columns as the domain does, to the cent", () => {
    const { contractsTable, contracts, ledger } = decoded();
    expect(contracts.length).toBeGreaterThan(5);
    expect(contracts.flatMap((stored) => stored.problems)).toEqual([]);
    expect(ledger.flatMap((stored) => stored.problems)).toEqual([]);
    const cells = byHeader(contractsTable);
    const mismatches = contracts.flatMap((stored, at) => {
      const contract = stored.contract;
      if (contract === null) return [{ id: stored.id, header: "(row invalid)", libreoffice: stored.row, domain: "" }];
      const own = ledger.flatMap((row) => (row.entry !== null && idKey(row.entry.contractId) === idKey(contract.id) ? [row.entry] : []));
      const figures = contractFigures(contract, own);
      const expected: Record<string, number | string> = {
        "Lifecycle cost": figures.lifecycleCost,
        "Planned value": figures.plannedValue,
        "Value class": figures.valueClass ?? "",
        "Realised to date": figures.realisedToDate,
        "Evidenced to date": figures.evidencedToDate,
        "Variance to date": figures.varianceToDate,
      };
      const row = cells[at] ?? {};
      const nextReview = row["Next review"];
      const found: Record<string, CellValue | undefined> = { ...row, "Next review": typeof nextReview === "number" ? isoOf(nextReview) : nextReview };
      expected["Next review"] = figures.nextReview ?? "";
      return Object.entries(expected).flatMap(([header, value]) => (agrees(found[header], value) ? [] : [{ id: contract.id, header, libreoffice: found[header], domain: value }]));
    });
    expect(mismatches).toEqual([]);
  });

  it("computes every ledger row's Counts as, Variance, Realised amount, Planned amount and Contract status as the domain does, to the cent", () => {
    const { ledgerTable, contracts, ledger } = decoded();
    const cells = byHeader(ledgerTable);
    expect(ledger.length).toBeGreaterThan(20);
    const mismatches = ledger.flatMap((stored, at) => {
      const entry = stored.entry;
      if (entry === null) return [{ id: String(stored.row), header: "(row invalid)", libreoffice: stored.row, domain: "" }];
      const contract = contracts.find((one) => one.contract !== null && idKey(one.contract.id) === idKey(entry.contractId))?.contract ?? null;
      const capture = contract?.captureDecision ?? null;
      const variance = lineVariance(entry.line, entry.plan, entry.actual);
      const expected: Record<string, number | string> = {
        "Counts as": lineClass(entry.line, entry.evidenceLevel, capture),
        Variance: variance ?? "",
        "Realised amount": realisedAmount(entry.line, entry.actual, entry.evidenceLevel, capture, contract?.revenueMargin ?? 0),
        "Planned amount": plannedAmount(entry.line, entry.plan, contract?.revenueMargin ?? 0),
        "Contract status": contract?.status ?? "",
      };
      const row = cells[at] ?? {};
      return Object.entries(expected).flatMap(([header, value]) => (agrees(row[header], value) ? [] : [{ id: entry.id, header, libreoffice: row[header], domain: value }]));
    });
    expect(mismatches).toEqual([]);
  });
});

/** A row as the codec reads it: a formula cell without a result reads "" (it never decodes calculated cells). */
function blankUncached(row: readonly (CellValue | undefined)[]): CellValue[] {
  return row.map((cell) => cell ?? "");
}

/** Today's date where LibreOffice runs (its TODAY() is the machine's local date), ISO. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

describe("the sample's report sheet recalculated by LibreOffice", () => {
  it("computes every report figure as the domain does, to the cent", async () => {
    // The domain's side read from the same recalculated file, through the add-in's own store.
    const store = createContractStore((await readXlsx(computedFile)).run);
    const list = await store.listContracts();
    if (!list.ok) throw new Error(list.error.message);
    const values = await readBlock(computedFile, REPORT_SHEET, REPORT_ROWS, REPORT_COLUMNS);
    expect(values.flat().filter((cell) => typeof cell === "string" && cell.startsWith("#"))).toEqual([]);
    const found = await expectReportToBeDomains(values, store, localToday(), list.value.settings);
    // The bridge's net is where the J-curve ends, and the sample's ledger holds several periods.
    expect([close(found.net[0], found.realised), close(found.net[1], found.plan)]).toEqual([true, true]);
    expect(found.at - found.jTop - 1).toBeGreaterThan(3);
  });

  it("keeps all its charts, and renders them (test-artifacts/report-sheet-*.png)", async () => {
    // LibreOffice saves back every chart it read from the file.
    const charts = Object.keys(unzipSync(readFileSync(computedFile))).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
    expect(charts).toHaveLength(REPORT_CHART_COUNT);
    const artifacts = path.join(ROOT, "test-artifacts");
    mkdirSync(artifacts, { recursive: true });
    for (const old of readdirSync(artifacts).filter((name) => name.startsWith("report-sheet-"))) rmSync(path.join(artifacts, old));
    const pages = await renderPages(file, "AIVM Report", artifacts, "report-sheet", 3);
    expect(pages).toHaveLength(3);
    // Pages of charts are images of some size; a blank page renders to about 1 kB.
    expect(pages.map((page) => statSync(page).size > 5_000)).toEqual([true, true, true]);
  });
});
