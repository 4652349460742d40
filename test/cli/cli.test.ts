// The aivm command as a user runs it: the real launcher (bin/aivm.mjs, what `npx aivm` runs) spawned in a fresh
// folder, its files read back by exceljs, an independent reader.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { createMemoryExcel } from "../../src/memory-excel";
import { createContractStore } from "../../src/workbook/excel-contract-store";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { writeXlsx } from "../../src/xlsx/write-xlsx";
import { REPORT_CHART_COUNT } from "../../src/workbook/report-layout";

const root = path.resolve(__dirname, "../..");
const bin = path.join(root, "bin", "aivm.mjs");
let dir = "";

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "aivm-cli-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function aivm(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function exceljsOf(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(dir, file));
  return book;
}

/** A sample workbook with four mistakes pasted by hand: a Status outside the list, text in Baseline, in a range's Low and in a loss exposure's frequency. */
async function brokenSample(file: string): Promise<void> {
  expect(aivm("sample", "clean.xlsx").status).toBe(0);
  const excel = await readXlsx(path.join(dir, "clean.xlsx"));
  excel.workbook.table("ValueContracts").pasteCellDirect(1, "Status", "Actve");
  excel.workbook.table("ValueContracts").pasteCellDirect(2, "Baseline", "about two thousand");
  excel.workbook.table("ValueRanges").pasteCellDirect(0, "Low", "1.1m");
  excel.workbook.table("LossExposure").pasteCellDirect(0, "Frequency without high", "ninety");
  writeFileSync(path.join(dir, file), writeXlsx(excel.model));
}

test("npx aivm runs the command from the project folder", () => {
  const run = spawnSync("npx", ["--no-install", "aivm", "help"], { cwd: root, encoding: "utf8" });
  expect(run.status).toBe(0);
  expect(run.stdout).toContain("aivm consolidate FILE.xlsx... --out GROUP.xlsx");
});

test("sample writes a workbook that check finds valid (exit 0)", () => {
  const sample = aivm("sample", "north.xlsx", "--unit", "North");
  expect(sample.status).toBe(0);
  expect(sample.stdout).toBe('Wrote north.xlsx: 8 sample contracts with their ledger, value ranges, loss exposures and the report sheet, business unit "North".\n');
  const check = aivm("check", "north.xlsx");
  expect(check.stdout).toBe("north.xlsx: OK (8 contracts, 1 review, 344 ledger rows, 17 ranges, 2 loss exposures)\n");
  expect(check.status).toBe(0);
  expect(reportParts("north.xlsx")).toEqual({ sheet: true, charts: REPORT_CHART_COUNT });
});

/** Whether the file has the report sheet, and how many chart parts it holds (the report draws REPORT_CHART_COUNT). */
function reportParts(file: string): { sheet: boolean; charts: number } {
  const entries = unzipSync(readFileSync(path.join(dir, file)));
  const workbook = strFromU8(entries["xl/workbook.xml"] ?? new Uint8Array());
  return { sheet: workbook.includes('name="AIVM Report"'), charts: Object.keys(entries).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name)).length };
}

test("check reports each invalid row by file, sheet, row and column, and exits 1", async () => {
  await brokenSample("broken.xlsx");
  const check = aivm("check", "broken.xlsx");
  expect(check.status).toBe(1);
  const lines = check.stdout.trim().split("\n");
  expect(lines).toContain('broken.xlsx: Value Contracts, row 3, column "Status": Status must be one of: Draft; Active; Expanding; Redesigning; Paused; Terminated. Found "Actve".');
  expect(lines).toContain('broken.xlsx: Value Contracts, row 4, column "Baseline": Baseline must be a number. Found "about two thousand".');
  expect(lines).toContain('broken.xlsx: Value Ranges, row 2, column "Low": Low must be a number. Found "1.1m".');
  expect(lines).toContain('broken.xlsx: Loss Exposure, row 2, column "Frequency without high": Frequency without high must be a number. Found "ninety".');
  expect(lines.at(-1)).toBe("broken.xlsx: 4 problems in 4 rows (8 contracts, 1 review, 344 ledger rows, 17 ranges, 2 loss exposures)");
  expect(check.stderr).toContain("Reading broken.xlsx (1 of 1)...");
});

test("consolidate: unique unit-prefixed IDs, a Business unit column, invalid rows carried to their own sheet", async () => {
  await brokenSample("south.xlsx");
  expect(aivm("sample", "north.xlsx", "--unit", "North").status).toBe(0);
  const run = aivm("consolidate", "north.xlsx", "south.xlsx", "--out", "group.xlsx");
  expect(run.stderr).toContain("Reading south.xlsx (2 of 2)...");
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('south.xlsx: unit "south", IDs prefixed "SOUTH-"');
  expect(reportParts("group.xlsx")).toEqual({ sheet: true, charts: REPORT_CHART_COUNT });
  const book = await exceljsOf("group.xlsx");
  const contracts = book.getWorksheet("Value Contracts");
  const values = contracts?.getRow(1).values;
  const header: unknown[] = Array.isArray(values) ? values : [];
  expect(header.at(-1)).toBe("Business unit");
  const ids: string[] = [];
  const units: string[] = [];
  contracts?.eachRow((row, n) => {
    if (n === 1) return;
    ids.push(String(row.getCell(1).value));
    units.push(String(row.getCell(header.length - 1).value));
  });
  // 8 from North, 6 valid from south (2 rows invalid).
  expect(ids).toHaveLength(14);
  expect(new Set(ids).size).toBe(14);
  expect(ids.filter((id) => id.startsWith("NORTH-VC-"))).toHaveLength(8);
  expect(ids.filter((id) => id.startsWith("SOUTH-VC-"))).toHaveLength(6);
  expect(units.filter((unit) => unit === "North")).toHaveLength(8);
  expect(units.filter((unit) => unit === "south")).toHaveLength(6);
  // Every ledger row follows its contract's new ID.
  const ledgerContracts = new Set<string>();
  book.getWorksheet("Value Ledger")?.eachRow((row, n) => {
    if (n > 1) ledgerContracts.add(String(row.getCell(2).value));
  });
  expect([...ledgerContracts].every((id) => ids.includes(id))).toBe(true);
  // Ranges too: 17 from North; from south, 17 less the 7 of its two invalid contracts and the one with text in Low.
  const rangeContracts: string[] = [];
  book.getWorksheet("Value Ranges")?.eachRow((row, n) => {
    if (n > 1) rangeContracts.push(String(row.getCell(1).value));
  });
  expect(rangeContracts).toHaveLength(26);
  expect(rangeContracts.every((id) => ids.includes(id))).toBe(true);
  expect(rangeContracts.filter((id) => id.startsWith("SOUTH-"))).toHaveLength(9);
  // Loss exposures: North's 2, and south's valid one (its other has text in a frequency), under the contracts' new IDs.
  const lossContracts: string[] = [];
  book.getWorksheet("Loss Exposure")?.eachRow((row, n) => {
    if (n > 1) lossContracts.push(String(row.getCell(1).value));
  });
  expect(lossContracts).toEqual(["NORTH-VC-0004", "NORTH-VC-0008", "SOUTH-VC-0008"]);
  const invalid = book.getWorksheet("Invalid rows");
  expect(invalid?.getRow(1).values).toEqual([undefined, "File", "Business unit", "Sheet", "Row", "Column", "Message", "Row values (in the table's column order)"]);
  const lines = invalid?.getRows(2, (invalid.rowCount ?? 1) - 1)?.map((row) => [row.getCell(1).value, row.getCell(3).value, row.getCell(4).value, row.getCell(5).value]) ?? [];
  expect(lines).toContainEqual(["south.xlsx", "Value Contracts", 3, "Status"]);
  expect(lines).toContainEqual(["south.xlsx", "Value Contracts", 4, "Baseline"]);
  expect(lines).toContainEqual(["south.xlsx", "Value Ranges", 2, "Low"]);
  expect(lines).toContainEqual(["south.xlsx", "Loss Exposure", 2, "Frequency without high"]);
  // The ledger rows and ranges of the two invalid contracts are carried too, with the reason.
  expect(lines.filter((line) => line[1] === "Value Ledger").length).toBeGreaterThan(0);
  expect(lines.filter((line) => line[1] === "Value Ranges" && line[3] === "Contract ID")).toHaveLength(7);
  // The group itself checks clean.
  const check = aivm("check", "group.xlsx");
  expect(check.status).toBe(0);
});

test("consolidate moves a 1904 workbook's dates into the group's 1900 system", async () => {
  expect(aivm("sample", "modern.xlsx").status).toBe(0);
  const mac = createMemoryExcel({ payloadLimitBytes: Infinity, dateSystem: 1904 });
  expect((await createContractStore(mac.run).insertSampleContracts(new Date().toISOString().slice(0, 10))).ok).toBe(true);
  writeFileSync(path.join(dir, "mac.xlsx"), writeXlsx(mac.model));
  expect(aivm("consolidate", "modern.xlsx", "mac.xlsx", "--out", "group.xlsx").status).toBe(0);
  const book = await exceljsOf("group.xlsx");
  const periods = new Map<string, unknown>();
  const ledger = book.getWorksheet("Value Ledger");
  ledger?.eachRow((row, n) => {
    if (n > 1) periods.set(String(row.getCell(1).value), row.getCell(3).value);
  });
  // The same sample ledger in both: each entry's period is the same day, whatever the file's date system.
  expect(periods.get("MAC-VL-000001")).toEqual(periods.get("MODERN-VL-000001"));
  expect(periods.get("MAC-VL-000344")).toEqual(periods.get("MODERN-VL-000344"));
  expect(periods.get("MAC-VL-000001")).toBeInstanceOf(Date);
});

/** A sample workbook whose AIVMSettings row holds `settings` (by header), typed by hand. */
async function sampleWithSettings(file: string, settings: Readonly<Record<string, string | number>>): Promise<void> {
  expect(aivm("sample", `plain-${file}`).status).toBe(0);
  const excel = await readXlsx(path.join(dir, `plain-${file}`));
  for (const [header, value] of Object.entries(settings)) excel.workbook.table("AIVMSettings").pasteCellDirect(0, header, value);
  writeFileSync(path.join(dir, file), writeXlsx(excel.model));
}

/** The group's AIVMSettings row by header, as exceljs reads it. */
async function groupSettings(file: string): Promise<Record<string, unknown>> {
  const sheet = (await exceljsOf(file)).getWorksheet("AIVM Lists");
  const found: Record<string, unknown> = {};
  sheet?.getRow(1).eachCell((cell, column) => {
    found[String(cell.value)] = sheet.getRow(2).getCell(column).value;
  });
  return found;
}

test("consolidate keeps the settings its units agree on, and warns of those they do not", async () => {
  await sampleWithSettings("east.xlsx", { Period: "Month", "Fiscal year starts": "April", "Discount rate": 0.08, Currency: "GBP" });
  await sampleWithSettings("west.xlsx", { Period: "month", "Fiscal year starts": "April", "Discount rate": 0.08, Currency: "EUR" });
  const run = aivm("consolidate", "east.xlsx", "west.xlsx", "--out", "group.xlsx");
  expect(run.status).toBe(0);
  expect(run.stderr).toContain("Warning: the units differ on Currency (GBP in east.xlsx, EUR in west.xlsx); the group keeps set-up's default.");
  expect(run.stderr).toContain("convert them before reading its figures");
  expect(run.stderr).not.toContain("differ on Period");
  const settings = await groupSettings("group.xlsx");
  expect([settings["Period"], settings["Fiscal year starts"], settings["Discount rate"], settings["Currency"]]).toEqual(["Month", "April", 0.08, null]);
});

test("consolidate never writes to an input file", () => {
  expect(aivm("sample", "north.xlsx").status).toBe(0);
  const before = readFileSync(path.join(dir, "north.xlsx"));
  const run = aivm("consolidate", "north.xlsx", "--out", "./north.xlsx");
  expect(run.status).toBe(2);
  expect(run.stderr).toContain("is one of the input files");
  expect(readFileSync(path.join(dir, "north.xlsx")).equals(before)).toBe(true);
});

test("clear errors, exit 2: not an .xlsx, a missing file, a workbook without AIVM's tables, a bad command line", () => {
  writeFileSync(path.join(dir, "contracts.xlsx"), "Contract ID,Title\nVC-0001,Claims triage\n");
  copyFileSync(path.join(root, "test", "xlsx", "fixtures", "excel-two-tables.xlsx"), path.join(dir, "other.xlsx"));
  const cases: [string[], string][] = [
    [["check", "contracts.xlsx"], "aivm: contracts.xlsx: it is not an .xlsx file (no zip signature)"],
    [["check", "missing.xlsx"], "aivm: missing.xlsx: no such file"],
    [["check", "other.xlsx"], "aivm: other.xlsx: not an AIVM workbook (it has no table ValueContracts; tables: Table1, Table2)"],
    [["consolidate", "missing.xlsx", "--out", "group.xlsx"], "aivm: missing.xlsx: no such file"],
    // Every input is looked at before the first is read: a missing last unit fails at once.
    [["consolidate", "other.xlsx", "missing.xlsx", "--out", "group.xlsx"], "aivm: missing.xlsx: no such file"],
    [["check", "."], "aivm: .: it is a folder, not a file"],
    [["consolidate", "other.xlsx"], "aivm: aivm consolidate takes one or more FILE.xlsx and --out GROUP.xlsx."],
    [["frobnicate"], 'aivm: Unknown command "frobnicate".'],
  ];
  for (const [args, message] of cases) {
    const run = aivm(...args);
    expect({ args, status: run.status, first: run.stderr.split("\n").find((line) => line.startsWith("aivm:")) }).toEqual({ args, status: 2, first: message });
  }
});
