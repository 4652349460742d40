import { calculateFormula } from "../support/formula-eval";
import { createMemoryExcel } from "../../src/memory-excel";
import { createContractStore } from "../../src/workbook/excel-contract-store";
import { recordCells } from "../../src/workbook/codec";
import { columnLetter } from "../../src/workbook/excel-api";
import { CONTRACTS, LEDGER, REVIEWS } from "../../src/workbook/layout";
import { plannedAmount, type LedgerEntry } from "../../src/domain/ledger";
import { errorOf, fullContract, manyContracts, NOW, NOW_ISO, valueOf } from "./fixtures";

/**
 * A workbook set up by AIVM 0.1: ValueContracts had 47 columns, the plan was called "Realised value" (the value
 * equation with revenue in full), and there was no ledger, no settings table and no Revenue margin.
 */
const NEW_COLUMNS = ["Revenue margin", "Realised to date", "Evidenced to date", "Variance to date"];
/** AIVM 0.1's Value class, with SWITCH (Excel 2019 and later). */
const OLD_VALUE_CLASS =
  '=IF([@[Evidence level]]="","",IF([@[Mandate]]="Create strategic options",SWITCH([@[Evidence level]],"None","Unsupported optimism","Technical","Strategic option value","Behavioural","Strategic option value","Operational","Strategic option value","Financial","Realised value","Strategic","Realised value",""),SWITCH([@[Evidence level]],"None","Unsupported optimism","Technical","Capability value","Behavioural","Evidenced leading indicator","Operational","Evidenced leading indicator","Financial","Realised value","Strategic","Realised value","")))';
const OLD_REALISED_VALUE =
  "=SUM([@[Incremental revenue]],[@[Protected earnings]],[@[Capacity value]],[@[Avoided loss]],[@[Option value]])-SUM([@[Lifecycle cost]],[@[Friction]],[@[Risk failures]],[@[Cannibalisation]])";

function workbookFromVersion01() {
  const excel = createMemoryExcel({ sheets: ["Value Contracts", "Value Reviews"], calculate: calculateFormula });
  const columns = CONTRACTS.columns.filter((column) => !NEW_COLUMNS.includes(column.header));
  const headers = columns.map((column) => (column.header === "Planned value" ? "Realised value" : column.header));
  const rows = manyContracts(3).map((contract, i) => {
    const cells = recordCells(CONTRACTS, { ...contract, revenueMargin: null, title: i === 1 ? "=2000*45 typed as text" : contract.title });
    return columns.map((column) => (column.header === "Planned value" ? OLD_REALISED_VALUE : column.header === "Value class" ? OLD_VALUE_CLASS : (cells[CONTRACTS.columns.indexOf(column)] ?? "")));
  });
  const area = `A1:${columnLetter(headers.length - 1)}${rows.length + 1}`;
  excel.workbook.sheet("Value Contracts").setValuesDirect(area, [headers, ...rows]);
  excel.workbook.addTableDirect(`'Value Contracts'!${area}`, "ValueContracts");
  const reviewArea = `A1:${columnLetter(REVIEWS.columns.length - 1)}2`;
  excel.workbook.sheet("Value Reviews").setValuesDirect(reviewArea, [REVIEWS.columns.map((column) => column.header), REVIEWS.columns.map(() => "")]);
  excel.workbook.addTableDirect(`'Value Reviews'!${reviewArea}`, "ValueReviews");
  return { excel, store: createContractStore(excel.run, () => NOW), headers };
}

describe("Repair upgrades a workbook set up by AIVM 0.1", () => {
  test("before: Check workbook names 0.1's formulas as ones Repair replaces", async () => {
    const { store } = workbookFromVersion01();
    const problems = valueOf(await store.check()).problems.filter((problem) => problem.column === "Value class");
    expect(problems).toHaveLength(3);
    expect(problems[0]?.message).toContain("or holds an earlier AIVM's formula");
  });

  test("before: the store says to run Set up or Repair, and changes nothing", async () => {
    const { excel, store } = workbookFromVersion01();
    const before = excel.workbook.table("ValueContracts").body();
    expect(errorOf(await store.listContracts()).message).toBe(
      "There is no table ValueLedger in this workbook yet: it was set up by AIVM 0.1, or the table was deleted. Run Set up (it repairs): it adds ValueLedger and the contract's new columns, and changes nothing you typed.",
    );
    expect(excel.workbook.table("ValueContracts").body()).toEqual(before);
  });

  test("renames Realised value to Planned value in place, appends the new columns, creates the ledger; no row moves", async () => {
    const { excel, store, headers } = workbookFromVersion01();
    const table = excel.workbook.table("ValueContracts");
    const before = table.body();
    const report = valueOf(await store.setUp());
    expect(report.actions).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Renamed column "Realised value" to "Planned value"/),
        expect.stringMatching(/^Created table ValueLedger/),
        expect.stringMatching(/^Created table AIVMSettings/),
        ...NEW_COLUMNS.map((header) => expect.stringContaining(`Added the missing column "${header}"`)),
      ]),
    );
    const position = headers.indexOf("Realised value");
    expect(table.headers()).toEqual([...headers.slice(0, position), "Planned value", ...headers.slice(position + 1), ...NEW_COLUMNS]);
    const after = table.body();
    expect(after).toHaveLength(before.length);
    // Every cell but the renamed column's is as it was, row by row (the new columns are appended after them).
    after.forEach((row, i) => {
      const old = before[i] ?? [];
      expect([...row.slice(0, position), ...row.slice(position + 1, old.length)]).toEqual([...old.slice(0, position), ...old.slice(position + 1)]);
    });
    // The renamed column now holds the new formula: revenue at its margin, which is blank, so revenue counts 0.
    // Contract 1: benefits 250,000.50 + 0 (capacity) + 50,000 + 25,000 less costs 325,000 = 0.50.
    const planned = CONTRACTS.columns.find((column) => column.header === "Planned value");
    expect(excel.workbook.sheet("Value Contracts").cell(`${columnLetter(position)}2`).formula).toBe(planned?.kind === "calculated" ? planned.formula : "no formula");
    expect(table.row(0)["Planned value"]).toBe(0.5);
    // Value class loses 0.1's SWITCH (Excel 2019) for the nested IFs any Excel computes.
    expect(report.actions).toContain('Put the formula of "Value class" back into 3 cells typed over by hand or left from an earlier AIVM.');
    const valueClass = CONTRACTS.columns.find((column) => column.header === "Value class");
    expect(excel.workbook.sheet("Value Contracts").cell(`${columnLetter(headers.indexOf("Value class"))}2`).formula).toBe(valueClass?.kind === "calculated" ? valueClass.formula : "no formula");
    expect(excel.workbook.hasTable("ValueLedger")).toBe(true);
    expect(excel.workbook.hasTable("AIVMSettings")).toBe(true);
  });

  test("after: the contracts list, the live ones ask for their margin, and a save works", async () => {
    const { store } = workbookFromVersion01();
    valueOf(await store.setUp());
    const listed = valueOf(await store.listContracts());
    expect(listed.contracts).toHaveLength(3);
    // Active contracts with revenue and no margin are now invalid until someone enters the margin: said, not hidden.
    expect(listed.contracts[0]?.problems).toEqual([expect.objectContaining({ column: "Revenue margin", message: expect.stringContaining("Revenue margin is required") })]);
    const opened = valueOf(await store.getContract("VC-0001"));
    const saved = valueOf(await store.updateContract({ ...fullContract("VC-0001"), capacityValue: 0 }, opened));
    expect(saved.contract?.revenueMargin).toBe(0.4);
    expect(valueOf(await store.check()).problems.filter((problem) => problem.row === 2)).toEqual([]);
  });

  test("repair again changes nothing", async () => {
    const { store } = workbookFromVersion01();
    valueOf(await store.setUp());
    expect(valueOf(await store.setUp()).actions).toEqual(["Nothing needed repair: every table and column is in place."]);
  });
});

/**
 * A workbook whose ValueLedger predates Planned amount and Contract status (the two columns the report sums over,
 * added after Updated): Repair appends them at the end, with their formulas in every row, and moves nothing.
 */
const LEDGER_NEW_COLUMNS = ["Planned amount", "Contract status"];

function workbookWithOlderLedger() {
  const excel = createMemoryExcel({ sheets: ["Value Contracts", "Value Reviews", LEDGER.sheet], calculate: calculateFormula });
  const contracts = [fullContract("VC-0001"), { ...fullContract("VC-0002"), status: "Draft" as const }];
  const contractArea = `A1:${columnLetter(CONTRACTS.columns.length - 1)}${contracts.length + 1}`;
  excel.workbook.sheet("Value Contracts").setValuesDirect(contractArea, [CONTRACTS.columns.map((column) => column.header), ...contracts.map((contract) => recordCells(CONTRACTS, contract))]);
  excel.workbook.addTableDirect(`'Value Contracts'!${contractArea}`, "ValueContracts");
  const reviewArea = `A1:${columnLetter(REVIEWS.columns.length - 1)}2`;
  excel.workbook.sheet("Value Reviews").setValuesDirect(reviewArea, [REVIEWS.columns.map((column) => column.header), REVIEWS.columns.map(() => "")]);
  excel.workbook.addTableDirect(`'Value Reviews'!${reviewArea}`, "ValueReviews");
  const old = LEDGER.columns.filter((column) => !LEDGER_NEW_COLUMNS.includes(column.header));
  const entries: LedgerEntry[] = [
    { id: "LE-1", contractId: "VC-0001", period: "2026-01-01", line: "Incremental revenue", plan: 100_000, forecast: null, actual: null, evidenceLevel: null, evidenceSource: "", recordedBy: "Ana", updated: NOW_ISO },
    { id: "LE-2", contractId: "VC-0002", period: "2026-01-01", line: "Data cost", plan: 5_000, forecast: null, actual: 4_000, evidenceLevel: null, evidenceSource: "", recordedBy: "Ana", updated: NOW_ISO },
    { id: "LE-3", contractId: "VC-0404", period: "2026-01-01", line: "Avoided loss", plan: 1_000, forecast: null, actual: null, evidenceLevel: null, evidenceSource: "", recordedBy: "Ana", updated: NOW_ISO },
  ];
  const ledgerArea = `A1:${columnLetter(old.length - 1)}${entries.length + 1}`;
  const rows = entries.map((entry) => recordCells(LEDGER, entry).filter((_, i) => !LEDGER_NEW_COLUMNS.includes(LEDGER.columns[i]?.header ?? "")));
  excel.workbook.sheet(LEDGER.sheet).setValuesDirect(ledgerArea, [old.map((column) => column.header), ...rows]);
  excel.workbook.addTableDirect(`'${LEDGER.sheet}'!${ledgerArea}`, LEDGER.table);
  return { excel, store: createContractStore(excel.run, () => NOW), contracts, entries, old };
}

describe("Repair upgrades a ledger without Planned amount and Contract status", () => {
  test("appends both with their formulas; every row computes them as the domain does; no cell moves", async () => {
    const { excel, store, contracts, entries, old } = workbookWithOlderLedger();
    const table = excel.workbook.table(LEDGER.table);
    const before = table.body();
    const report = valueOf(await store.setUp());
    expect(report.actions).toEqual(expect.arrayContaining(LEDGER_NEW_COLUMNS.map((header) => expect.stringContaining(`Added the missing column "${header}" at the end of table ValueLedger`))));
    expect(table.headers()).toEqual([...old.map((column) => column.header), ...LEDGER_NEW_COLUMNS]);
    table.body().forEach((row, i) => expect(row.slice(0, old.length)).toEqual(before[i]));
    // Each new cell holds the layout's formula ...
    const sheet = excel.workbook.sheet(LEDGER.sheet);
    LEDGER_NEW_COLUMNS.forEach((header, c) => {
      const column = LEDGER.columns.find((one) => one.header === header);
      entries.forEach((_, r) => expect(sheet.cell(`${columnLetter(old.length + c)}${r + 2}`).formula).toBe(column?.kind === "calculated" ? column.formula : "no formula"));
    });
    // ... and computes the domain's plannedAmount at the contract's margin (none: 0) and the contract's Status ("" for none):
    // 100,000 of revenue at 40% = 40,000; a cost planned at 5,000 = -5,000; Avoided loss of VC-0404 = 1,000, no status.
    const contractOf = (id: string) => contracts.find((contract) => contract.id === id);
    const expected = entries.map((entry) => [plannedAmount(entry.line, entry.plan, contractOf(entry.contractId)?.revenueMargin ?? 0), contractOf(entry.contractId)?.status ?? ""]);
    expect(expected).toEqual([[40_000, "Active"], [-5_000, "Draft"], [1_000, ""]]);
    expect(entries.map((_, r) => LEDGER_NEW_COLUMNS.map((header) => table.row(r)[header]))).toEqual(expected);
    expect(valueOf(await store.setUp()).actions).toEqual(["Nothing needed repair: every table and column is in place."]);
  });
});
