import { recordCells } from "../../src/workbook/codec";
import { createContractStore } from "../../src/workbook/excel-contract-store";
import { columnLetter } from "../../src/workbook/excel-api";
import { CONTRACTS, LIST_FIELDS } from "../../src/workbook/layout";
import { createMemoryExcel, type MemoryExcelOptions } from "../../src/memory-excel";
import type { ValueContract } from "../../src/domain/contract";
import { calculateFormula } from "../support/formula-eval";
import { errorOf, fullContract, fullReview, newReview, manyContracts, NOW, setUpStore, valueOf , addLedgerTablesDirect } from "./fixtures";

/** Three contracts VC-0001..3 in rows 2-4, and a review of VC-0001. */
async function threeContracts() {
  const setup = await setUpStore();
  valueOf(await setup.store.createContracts(manyContracts(3)));
  const first = valueOf(await setup.store.getContract("VC-0001"));
  valueOf(await setup.store.recordReview({ ...newReview(), decision: "Continue" }, first));
  return { ...setup, table: setup.excel.workbook.table("ValueContracts") };
}

/** A ValueContracts table typed by hand on sheet "Value Contracts" at `corner`, with these columns and contracts. */
function handMadeTable(headers: readonly string[], contracts: readonly ValueContract[], corner = { row: 1, column: 0 }, options: MemoryExcelOptions = {}) {
  const excel = createMemoryExcel({ sheets: ["Value Contracts"], ...options });
  const rows = contracts.map((contract) => {
    const cells = recordCells(CONTRACTS, contract);
    return headers.map((header) => cells[CONTRACTS.columns.findIndex((column) => column.header === header)] ?? "");
  });
  const first = `${columnLetter(corner.column)}${corner.row}`;
  const area = `${first}:${columnLetter(corner.column + headers.length - 1)}${corner.row + rows.length}`;
  excel.workbook.sheet("Value Contracts").setValuesDirect(area, [[...headers], ...rows]);
  excel.workbook.addTableDirect(`'Value Contracts'!${area}`, "ValueContracts");
  addLedgerTablesDirect(excel);
  return { excel, store: createContractStore(excel.run, () => NOW), table: excel.workbook.table("ValueContracts") };
}

describe("a tampered table: each problem reported with sheet, row, column and reason; nothing lost or rewritten", () => {
  test.each([
    ["text in a number column", "Baseline", "baseline", "forty", 'Baseline must be a number. Found "forty".'],
    ["an unknown list value", "Status", "status", "Actve", expect.stringMatching(/^Status must be one of: Draft; Active; .* Found "Actve"\.$/)],
    ["a negative amount", "Data cost", "dataCost", -5, expect.stringContaining("Data cost must be 0 or more")],
    ["a blank ID", "Contract ID", "id", "", "Contract ID is required."],
  ])("%s", async (_, header, field, typed, message) => {
    const { excel, store, table } = await threeContracts();
    // Pasted: the Status dropdown refuses "Actve" typed (Excel's default Stop alert), but not pasted.
    table.pasteCellDirect(1, header, typed);
    const before = table.body();
    const listed = valueOf(await store.listContracts());
    expect(listed.contracts.map((stored) => stored.row)).toEqual([2, 3, 4]);
    // Opened (a full read), the row shows its problem; the list, which reads the portfolio's columns, shows it too
    // when the column is one of them.
    const bad = valueOf(await store.getContract(field === "id" ? "" : "VC-0002", 3));
    expect(bad.contract).toBeNull();
    expect(bad.problems).toEqual([{ sheet: "Value Contracts", row: 3, column: header, field, message }]);
    expect(bad.draft["title"]).toBe("Intervention 2");
    expect(listed.contracts[1]?.problems).toEqual(LIST_FIELDS.has(field) ? bad.problems : []);
    expect(valueOf(await store.check()).problems).toEqual(bad.problems);
    // Saving another contract leaves the bad row exactly as typed.
    valueOf(await store.updateContract({ ...fullContract("VC-0001"), controls: "New" }, valueOf(await store.getContract("VC-0001"))));
    const after = table.body();
    expect(after[1]).toEqual(before[1]);
    expect(after[2]).toEqual(before[2]);
    expect(excel.workbook.sheet("Value Contracts").cell(`${columnLetter(CONTRACTS.columns.findIndex((c) => c.header === header))}3`).value).toBe(typed);
  });

  test("a duplicate ID: every row sharing it is flagged, and saving either is refused", async () => {
    const { store, table } = await threeContracts();
    table.setCellDirect(2, "Contract ID", "VC-0001");
    const before = table.body();
    const listed = valueOf(await store.listContracts());
    expect(listed.contracts.map((stored) => [stored.id, stored.row, stored.contract === null])).toEqual([
      ["VC-0001", 2, true],
      ["VC-0002", 3, false],
      ["VC-0001", 4, true],
    ]);
    expect(listed.contracts[0]?.problems).toEqual([
      { sheet: "Value Contracts", row: 2, column: "Contract ID", field: "id", message: 'Contract ID "VC-0001" is also used in row 4: each row needs its own Contract ID.' },
    ]);
    const stamp = listed.contracts[0];
    if (stamp) expect(errorOf(await store.updateContract(fullContract("VC-0001"), stamp)).kind).toBe("duplicate");
    expect(table.body()).toEqual(before);
  });

  test("a deleted row: the rows below move up and are still found by ID; its reviews are reported", async () => {
    const { store, table } = await threeContracts();
    const third = valueOf(await store.getContract("VC-0003"));
    table.deleteRowDirect(0);
    const listed = valueOf(await store.listContracts());
    expect(listed.contracts.map((stored) => [stored.id, stored.row])).toEqual([
      ["VC-0002", 2],
      ["VC-0003", 3],
    ]);
    const saved = valueOf(await store.updateContract({ ...fullContract("VC-0003"), title: "Moved up" }, third));
    expect(saved.row).toBe(3);
    expect(table.row(1)["Title"]).toBe("Moved up");
    expect(table.row(0)["Title"]).toBe("Intervention 2");
    const first = valueOf(await store.getContract("VC-0002"));
    expect(errorOf(await store.updateContract(fullContract("VC-0001"), first)).kind).toBe("not-found");
    expect(valueOf(await store.check()).problems).toEqual([
      {
        sheet: "Value Reviews",
        row: 2,
        column: "Contract ID",
        field: "contractId",
        message: 'No contract has Contract ID "VC-0001" in table ValueContracts: was its row deleted or its ID changed?',
      },
    ]);
  });

  test("a renamed column: a clear layout error naming it; repair adds it at the end without moving data", async () => {
    const { excel, store, table } = await threeContracts();
    table.renameColumnDirect("Title", "Name");
    const before = table.body();
    const error = errorOf(await store.listContracts());
    expect(error.kind).toBe("layout");
    expect(error.message).toContain('is missing the column "Title"');
    const problem = { sheet: "Value Contracts", row: 1, column: "Title", field: "title", message: expect.stringContaining('Column "Title" is missing from table ValueContracts') };
    expect(error.kind === "layout" ? error.problems : []).toEqual([problem]);
    expect(valueOf(await store.check())).toEqual({ ready: false, tablesExist: true, problems: [problem] });
    const stamp = { version: 1, fingerprint: "", row: 3, id: "VC-0002", cells: [] };
    expect(errorOf(await store.updateContract(fullContract("VC-0002"), stamp)).kind).toBe("layout");
    expect(table.body()).toEqual(before);

    const report = valueOf(await store.setUp());
    expect(report.actions).toEqual([expect.stringContaining('Added the missing column "Title" at the end of table ValueContracts.')]);
    expect(table.headers().slice(-2)).toEqual(["Updated", "Title"]);
    expect(table.body().map((row) => row.slice(0, -1))).toEqual(before);
    expect(table.body().map((row) => row[row.length - 1])).toEqual(["", "", ""]);
    // The rows now list again, invalid (no title) but with everything else, until the user moves the titles back.
    const listed = valueOf(await store.listContracts());
    expect(listed.contracts.map((stored) => stored.problems.map((p) => p.message))).toEqual([["Title is required."], ["Title is required."], ["Title is required."]]);
    expect(excel.workbook.table("ValueContracts").row(1)["Name"]).toBe("Intervention 2");
  });

  test("a missing data column: a layout error naming it; repair appends it without moving data", async () => {
    const headers = CONTRACTS.columns.map((column) => column.header).filter((header) => header !== "Controls");
    const { store, table } = handMadeTable(headers, manyContracts(2));
    const before = table.body();
    const error = errorOf(await store.listContracts());
    expect(error.message).toBe(
      'Table ValueContracts on sheet "Value Contracts" is missing the column "Controls". If a column was renamed, give it back its name; otherwise run Repair, which adds what is missing at the end of the table.',
    );
    const check = valueOf(await store.check());
    expect(check.ready).toBe(false);
    expect(check.problems).toContainEqual({ sheet: "Value Contracts", row: 1, column: "Controls", field: "controls", message: expect.stringContaining('Column "Controls" is missing') });
    valueOf(await store.setUp());
    expect(table.headers()).toEqual([...headers, "Controls"]);
    expect(table.body().map((row) => row.slice(0, -1))).toEqual(before);
    const listed = valueOf(await store.listContracts());
    expect(listed.contracts.map((stored) => stored.contract?.controls)).toEqual(["", ""]);
  });

  test("a missing calculated column is not fatal; repair adds it with its formula in every row", async () => {
    const headers = CONTRACTS.columns.map((column) => column.header).filter((header) => header !== "Planned value");
    const { excel, store } = handMadeTable(headers, manyContracts(2), undefined, { calculate: calculateFormula });
    const listed = valueOf(await store.listContracts());
    expect(listed.contracts.map((stored) => stored.contract?.id)).toEqual(["VC-0001", "VC-0002"]);
    expect(listed.problems).toEqual([expect.objectContaining({ sheet: "Value Contracts", row: 1, column: "Planned value" })]);
    valueOf(await store.setUp());
    const table = excel.workbook.table("ValueContracts");
    expect(table.headers().slice(-1)).toEqual(["Planned value"]);
    // The sheet's formula agrees with the domain's figures (40,000.50 and 41,000.50: capacity 0 and 1,000; revenue
    // 100,000 at a 40% margin, + 250,000.50 + 50,000 + 25,000, less 325,000 of costs).
    expect(table.body().map((row) => row[row.length - 1])).toEqual(listed.contracts.map((stored) => stored.figures?.plannedValue));
    expect(table.body().map((row) => row[row.length - 1])).toEqual([40_000.5, 41_000.5]);
  });

  test("a table that does not start at A1: rows are numbered as the user sees them, and writes land there", async () => {
    const { store, table } = handMadeTable(
      CONTRACTS.columns.map((column) => column.header),
      manyContracts(2),
      { row: 4, column: 2 },
    );
    const listed = valueOf(await store.listContracts());
    expect(listed.contracts.map((stored) => stored.row)).toEqual([5, 6]);
    table.setCellDirect(1, "Target", "high");
    expect(valueOf(await store.check()).problems).toContainEqual({ sheet: "Value Contracts", row: 6, column: "Target", field: "target", message: 'Target must be a number. Found "high".' });
    expect(valueOf(await store.updateContract({ ...fullContract("VC-0001"), title: "Here" }, valueOf(await store.getContract("VC-0001")))).row).toBe(5);
    expect(table.row(0)["Title"]).toBe("Here");
    expect(valueOf(await store.createContract(fullContract("VC-0003"))).row).toBe(7);
  });
});

describe("the user's own columns", () => {
  test("a column added at the end keeps its cells across creates, updates, reviews and repairs", async () => {
    const { store, table } = await threeContracts();
    table.addColumnDirect("My notes", ["keep 1", "keep 2", "keep 3"]);
    const second = valueOf(await store.getContract("VC-0002"));
    valueOf(await store.updateContract({ ...fullContract("VC-0002"), title: "Changed" }, second));
    valueOf(await store.createContract(fullContract("VC-0004")));
    const third = valueOf(await store.getContract("VC-0003"));
    valueOf(await store.recordReview(newReview("VC-0003"), third));
    table.renameColumnDirect("Controls", "Checks");
    valueOf(await store.setUp());
    expect(table.headers().slice(-3)).toEqual(["Updated", "My notes", "Controls"]);
    expect(table.body().map((row) => row[CONTRACTS.columns.length])).toEqual(["keep 1", "keep 2", "keep 3", ""]);
    expect(table.row(1)["Title"]).toBe("Changed");
  });

  test("a column in the middle is never written: our cells go in runs around it", async () => {
    const headers = CONTRACTS.columns.map((column) => column.header);
    headers.splice(2, 0, "Sponsor");
    const { store, table } = handMadeTable(headers, [fullContract()]);
    table.setCellDirect(0, "Sponsor", "Board");
    const stored = valueOf(await store.getContract("VC-0001"));
    expect(stored.problems).toEqual([]);
    valueOf(await store.updateContract({ ...fullContract(), title: "Renamed", valueChain: "Price and sell" }, stored));
    valueOf(await store.createContract(fullContract("VC-0002")));
    expect(table.body().map((row) => row.slice(1, 4))).toEqual([
      ["Renamed", "Board", "Price and sell"],
      ["Claims triage assistant", "", "Fulfil and serve"],
    ]);
  });
});
