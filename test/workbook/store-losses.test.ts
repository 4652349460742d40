import { ACCOUNTING_FORMAT, DATETIME_FORMAT } from "../../src/domain/field-model";
import { LOSS_EXPOSURE_FIELDS, type LossInput } from "../../src/domain/loss-exposure";
import { createMemoryExcel, type MemoryExcel, type MemoryWorkbook } from "../../src/memory-excel";
import { recordCells } from "../../src/workbook/codec";
import { validLosses } from "../../src/workbook/contract-store";
import { columnLetter, type CellValue } from "../../src/workbook/excel-api";
import { createContractStore } from "../../src/workbook/excel-contract-store";
import { CONTRACTS, LEDGER, LOSSES, RANGES, REVIEWS, SETTINGS } from "../../src/workbook/layout";
import { errorOf, fullContract, newReview, NOW, NOW_ISO, setUpStore, valueOf } from "./fixtures";

// The first sample's figures (sample-loss-exposure.ts, supplier invoice fraud): 40/60/90 wrong payments a year
// without checks, of 8,000/15,000/30,000 each; 10/20/35 with them, the impact unchanged (blank).
const INPUT: LossInput = {
  frequencyWithoutLow: 40, frequencyWithoutLikely: 60, frequencyWithoutHigh: 90,
  impactWithoutLow: 8_000, impactWithoutLikely: 15_000, impactWithoutHigh: 30_000,
  frequencyWithLow: 10, frequencyWithLikely: 20, frequencyWithHigh: 35,
  impactWithLow: null, impactWithLikely: null, impactWithHigh: null,
  basis: "Audit findings",
};
/** The same row as cells, Updated left out: [Contract ID, 12 numbers, Basis]. */
const cellsOf = (contractId: string, input: LossInput = INPUT): CellValue[] => recordCells(LOSSES, { ...input, contractId, updated: null }).slice(0, 14);
const TABLE = LOSSES.table;
/** The LossExposure body without Updated (the save sets it). */
const bodyOf = (excel: MemoryExcel): CellValue[][] => excel.workbook.table(TABLE).body().map((row) => row.slice(0, 14));

/** Two contracts, VC-0001 with INPUT saved and VC-0002 with a row of its own below it, and VC-0001's rows as opened. */
async function withLosses() {
  const setUp = await setUpStore();
  const { store } = setUp;
  valueOf(await store.createContracts([fullContract("VC-0001"), { ...fullContract("VC-0002"), title: "Another" }]));
  valueOf(await store.saveLossExposure("VC-0001", INPUT, []));
  valueOf(await store.saveLossExposure("VC-0002", { ...INPUT, frequencyWithHigh: 40 }, []));
  const read = valueOf(await store.openContract("VC-0001")).losses;
  setUp.excel.resetSyncCount();
  return { ...setUp, read };
}

/** A workbook set up before LossExposure: every other table, two contracts, and nothing on a "Loss Exposure" sheet. */
function workbookBeforeLosses(): MemoryExcel {
  const excel = createMemoryExcel({ sheets: ["AIVM Lists", "Value Contracts", "Value Reviews", "Value Ledger", "Value Ranges"] });
  const put = (layout: typeof CONTRACTS, rows: CellValue[][]): void => {
    const area = `A1:${columnLetter(layout.columns.length - 1)}${rows.length + 1}`;
    excel.workbook.sheet(layout.sheet).setValuesDirect(area, [layout.columns.map((column) => column.header), ...rows]);
    excel.workbook.addTableDirect(`'${layout.sheet}'!${area}`, layout.table);
  };
  put(CONTRACTS, [recordCells(CONTRACTS, fullContract("VC-0001")), recordCells(CONTRACTS, { ...fullContract("VC-0002"), title: "Another" })]);
  for (const layout of [REVIEWS, LEDGER, RANGES]) put(layout, [layout.columns.map(() => "")]);
  const at = SETTINGS.anchor?.column ?? 0;
  const area = `${columnLetter(at)}1:${columnLetter(at + SETTINGS.columns.length - 1)}2`;
  excel.workbook.sheet("AIVM Lists").setValuesDirect(area, [SETTINGS.columns.map((column) => column.header), ["Quarter", "January", 0, "", "", ""]]);
  excel.workbook.addTableDirect(`'AIVM Lists'!${area}`, SETTINGS.table);
  return excel;
}

describe("set-up and repair", () => {
  test("Set up creates LossExposure: frequencies 0.00, impacts accounting, each a decimal >= 0 whose prompt is the field's hint", async () => {
    const { excel } = await setUpStore();
    const table = excel.workbook.table(TABLE);
    expect(table.sheetName).toBe("Loss Exposure");
    expect(table.headers()).toEqual(LOSS_EXPOSURE_FIELDS.map((field) => field.header));
    const sheet = excel.workbook.sheet("Loss Exposure");
    expect(sheet.frozenRows()).toBe(1);
    // B:D frequency without, E:G impact without, H:J frequency with, K:M impact with.
    const numbers = LOSS_EXPOSURE_FIELDS.slice(1, 13);
    numbers.forEach((field, i) => {
      const address = `${columnLetter(i + 1)}2`;
      expect(sheet.cell(address).numberFormat).toBe(field.key.startsWith("frequency") ? "0.00" : ACCOUNTING_FORMAT);
      expect(sheet.dataValidation(address)).toMatchObject({
        rule: { decimal: { formula1: "=0", operator: "GreaterThanOrEqualTo" } },
        prompt: { showPrompt: true, title: field.header, message: "form" in field ? field.form.hint : "" },
        errorAlert: { showAlert: true, message: `${field.header} must be a number of 0 or more.` },
      });
    });
    expect(sheet.dataValidation("B2")?.prompt?.message).toBe("The lowest plausible value. Loss events a year, 0 or more (0.2 is one every five years).");
    expect(sheet.cell("O2").numberFormat).toBe(DATETIME_FORMAT);
  });

  test("a workbook set up before LossExposure: reads list no losses and say why; saving says Set up; Repair adds the table, touching nothing else", async () => {
    const excel = workbookBeforeLosses();
    const store = createContractStore(excel.run, () => NOW);
    const listed = valueOf(await store.listContracts());
    expect(listed.contracts.map((stored) => stored.id)).toEqual(["VC-0001", "VC-0002"]);
    expect(listed.losses).toEqual([]);
    expect(listed.problems).toEqual([
      {
        sheet: "Loss Exposure",
        row: null,
        column: null,
        field: null,
        message: "Table LossExposure is missing: this workbook was set up before AIVM kept it, or it was deleted. Run Set up (it repairs) to add it; until then no contract has a loss exposure.",
      },
    ]);
    expect(valueOf(await store.openContract("VC-0001")).losses).toEqual([]);
    expect(valueOf(await store.openReview("VC-0001")).losses).toEqual([]);
    expect(errorOf(await store.saveLossExposure("VC-0001", INPUT, []))).toMatchObject({ kind: "not-set-up", message: expect.stringContaining("Run Set up") });
    expect(valueOf(await store.check())).toMatchObject({ ready: false, problems: expect.arrayContaining([expect.objectContaining({ message: "Table LossExposure is missing: run Set up to create it." })]) });

    const contracts = excel.workbook.table(CONTRACTS.table).body();
    expect(valueOf(await store.setUp()).actions).toEqual(
      expect.arrayContaining(['Created sheet "Loss Exposure".', 'Created table LossExposure on sheet "Loss Exposure" with its 15 columns, dropdowns and number formats, and froze its header row.']),
    );
    expect(excel.workbook.table(CONTRACTS.table).body()).toEqual(contracts);
    expect(valueOf(await store.check())).toEqual({ ready: true, tablesExist: true, problems: [] });
    expect(valueOf(await store.saveLossExposure("VC-0001", INPUT, []))).toMatchObject({ added: 1 });
  });
});

describe("reading", () => {
  test("listContracts, openContract and openReview carry the losses in their usual round trips", async () => {
    const { excel, store } = await withLosses();
    const listed = valueOf(await store.listContracts());
    expect(excel.syncCount()).toBe(2);
    expect(listed.losses.map((row) => [row.row, row.loss?.contractId, row.problems])).toEqual([
      [2, "VC-0001", []],
      [3, "VC-0002", []],
    ]);
    expect(validLosses(listed.losses).map((loss) => loss.frequencyWithHigh)).toEqual([35, 40]);
    excel.resetSyncCount();
    const opened = valueOf(await store.openContract("VC-0001"));
    expect(excel.syncCount()).toBe(2);
    expect(opened.losses).toEqual([listed.losses[0]]);
    expect(opened.losses[0]?.loss).toEqual({ ...INPUT, contractId: "VC-0001", updated: NOW_ISO });
    expect(valueOf(await store.openContract(null)).losses).toEqual([]);
    valueOf(await store.recordReview(newReview("VC-0002"), valueOf(await store.getContract("VC-0002"))));
    excel.resetSyncCount();
    const review = valueOf(await store.openReview("VC-0002"));
    expect(excel.syncCount()).toBe(2);
    expect(review.losses.map((row) => row.loss?.frequencyWithHigh)).toEqual([40]);
  });

  test("text in a number column, ranges out of order, an unknown Contract ID: each reported by row and column, the row unused", async () => {
    const { excel, store } = await withLosses();
    const table = excel.workbook.table(TABLE);
    table.pasteCellDirect(0, "Impact without high", "about 30k");
    table.setCellDirect(1, "Frequency with low", 50);
    table.addRowDirect([...cellsOf("VC-0099"), ""]);
    const listed = valueOf(await store.listContracts());
    expect(listed.losses.map((row) => row.loss)).toEqual([null, null, null]);
    const expected = [
      { sheet: "Loss Exposure", row: 2, column: "Impact without high", field: "impactWithoutHigh", message: 'Impact without high must be a number. Found "about 30k".' },
      { sheet: "Loss Exposure", row: 3, column: "Frequency with likely", field: "frequencyWithLikely", message: "Frequency with likely (20) is below Frequency with low (50)." },
      { sheet: "Loss Exposure", row: 4, column: "Contract ID", field: "contractId", message: 'No contract has Contract ID "VC-0099" in table ValueContracts: was its row deleted or its ID changed?' },
    ];
    expect(listed.losses.flatMap((row) => row.problems)).toEqual(expected);
    expect(valueOf(await store.check()).problems).toEqual(expected);
  });

  test("a Contract ID on two rows: both reported and unused; a save keeps one row and deletes the other", async () => {
    const { excel, store } = await withLosses();
    excel.workbook.table(TABLE).addRowDirect([...cellsOf("vc-0001", { ...INPUT, basis: "Pasted" }), ""]);
    const problems = valueOf(await store.check()).problems;
    expect(problems).toEqual([
      expect.objectContaining({ sheet: "Loss Exposure", row: 2, column: "Contract ID", message: 'Contract ID "VC-0001" is also used in row 4: each row needs its own Contract ID.' }),
      expect.objectContaining({ sheet: "Loss Exposure", row: 4, column: "Contract ID", message: 'Contract ID "vc-0001" is also used in row 2: each row needs its own Contract ID.' }),
    ]);
    const opened = valueOf(await store.openContract("VC-0001"));
    expect(opened.losses.map((row) => [row.row, row.loss])).toEqual([
      [2, null],
      [4, null],
    ]);
    const saved = valueOf(await store.saveLossExposure("VC-0001", { ...INPUT, basis: "Kept" }, opened.losses));
    expect(saved).toMatchObject({ added: 0, updated: 1, deleted: 1 });
    expect(bodyOf(excel)).toEqual([cellsOf("VC-0001", { ...INPUT, basis: "Kept" }), cellsOf("VC-0002", { ...INPUT, frequencyWithHigh: 40 })]);
    expect(valueOf(await store.check()).problems).toEqual([]);
  });
});

describe("saving a contract's loss exposure", () => {
  test("the first save fills Excel's blank row in 3 round trips; Updated is now; what it returns is what a read finds", async () => {
    const { excel, store } = await setUpStore();
    valueOf(await store.createContracts([fullContract("VC-0001")]));
    const opened = valueOf(await store.openContract("VC-0001"));
    expect(opened.losses).toEqual([]);
    excel.resetSyncCount();
    const saved = valueOf(await store.saveLossExposure("VC-0001", INPUT, opened.losses));
    expect(excel.syncCount()).toBe(3);
    expect(saved).toMatchObject({ added: 1, updated: 0, deleted: 0 });
    expect(saved.losses.map((row) => [row.row, row.loss?.updated])).toEqual([[2, NOW_ISO]]);
    expect(bodyOf(excel)).toEqual([cellsOf("VC-0001")]);
    expect(valueOf(await store.openContract("VC-0001")).losses).toEqual(saved.losses);
  });

  test("a second save replaces the row in place, with the impact given this time; the other contract's row is untouched", async () => {
    const { excel, store, read } = await withLosses();
    const changed = { ...INPUT, frequencyWithHigh: 30, impactWithLow: 5_000, impactWithLikely: 12_000, impactWithHigh: 25_000 };
    const saved = valueOf(await store.saveLossExposure("VC-0001", changed, read));
    expect(excel.syncCount()).toBe(3);
    expect(saved).toMatchObject({ added: 0, updated: 1, deleted: 0 });
    expect(saved.losses.map((row) => [row.row, row.loss?.impactWithHigh])).toEqual([[2, 25_000]]);
    expect(bodyOf(excel)).toEqual([cellsOf("VC-0001", changed), cellsOf("VC-0002", { ...INPUT, frequencyWithHigh: 40 })]);
    expect(valueOf(await store.openContract("VC-0001")).losses).toEqual(saved.losses);
  });

  test("null deletes the contract's row and nothing else", async () => {
    const { excel, store, read } = await withLosses();
    const saved = valueOf(await store.saveLossExposure("VC-0001", null, read));
    expect(saved).toEqual({ losses: [], added: 0, updated: 0, deleted: 1 });
    expect(bodyOf(excel)).toEqual([cellsOf("VC-0002", { ...INPUT, frequencyWithHigh: 40 })]);
    expect(valueOf(await store.openContract("VC-0001")).losses).toEqual([]);
  });

  test("an input that breaks the rules is refused by field before any request", async () => {
    const { excel, store, read } = await withLosses();
    const error = errorOf(await store.saveLossExposure("VC-0001", { ...INPUT, impactWithoutLow: 40_000, impactWithLow: 1 }, read));
    expect(error).toMatchObject({
      kind: "invalid",
      problems: [
        { field: "impactWithoutLikely", message: "Impact without likely (15000) is below Impact without low (40000)." },
        { field: "impactWithLikely", message: "Impact with likely is required when any impact with the intervention is given." },
        { field: "impactWithHigh", message: "Impact with high is required when any impact with the intervention is given." },
      ],
    });
    expect(excel.syncCount()).toBe(0);
  });

  test("a co-author's edit between the read and the save: a conflict with the row as it is now, nothing written", async () => {
    const { excel, store, read } = await withLosses();
    excel.workbook.table(TABLE).setCellDirect(0, "Frequency without high", 120);
    const before = excel.workbook.table(TABLE).body();
    const error = errorOf(await store.saveLossExposure("VC-0001", { ...INPUT, basis: "Mine" }, read));
    expect(error).toMatchObject({ kind: "conflict", message: expect.stringContaining("The loss exposure of VC-0001 changed in the workbook since you opened it"), current: { id: "VC-0001" } });
    expect(error.kind === "conflict" ? error.losses?.map((row) => row.loss?.frequencyWithoutHigh) : null).toEqual([120]);
    expect(excel.workbook.table(TABLE).body()).toEqual(before);
  });

  test("a row added for the contract by a co-author after an empty read: a conflict, their row kept", async () => {
    const { excel, store } = await setUpStore();
    valueOf(await store.createContracts([fullContract("VC-0001")]));
    const read = valueOf(await store.openContract("VC-0001")).losses;
    excel.workbook.table(TABLE).pasteRowDirect(0, [...cellsOf("VC-0001", { ...INPUT, basis: "Theirs" }), ""]);
    expect(errorOf(await store.saveLossExposure("VC-0001", INPUT, read)).kind).toBe("conflict");
    expect(bodyOf(excel)).toEqual([cellsOf("VC-0001", { ...INPUT, basis: "Theirs" })]);
  });
});

// As the ranges' race suite (store-ranges-races.test.ts): after each round trip of a save, a co-author edits. Whatever
// happens the save either writes exactly the row given or is refused as a conflict, never an Excel error; the other
// contracts' rows are as the co-author left them; a refused save changes nothing of theirs.
const indexOf = (w: MemoryWorkbook, contractId: string): number => {
  const table = w.table(TABLE);
  for (let i = 0; i < table.rowCount(); i++) if (table.row(i)["Contract ID"] === contractId) return i;
  throw new Error(`no row for ${contractId}`);
};
const EDITS: readonly { readonly name: string; readonly apply: (w: MemoryWorkbook) => void }[] = [
  { name: "the contract's row is deleted", apply: (w) => w.table(TABLE).deleteRowDirect(indexOf(w, "VC-0001")) },
  { name: "the contract's row is edited", apply: (w) => w.table(TABLE).setCellDirect(indexOf(w, "VC-0001"), "Impact without high", 31_000) },
  { name: "another contract's row above is deleted", apply: (w) => w.table(TABLE).deleteRowDirect(indexOf(w, "VC-0002")) },
  { name: "a row is inserted at the top", apply: (w) => w.table(TABLE).insertRowDirect(0, [...cellsOf("VC-0003"), ""]) },
];
const contentOf = (rows: readonly (readonly CellValue[])[]): string[] => rows.map((cells) => JSON.stringify(cells.slice(0, 14))).sort();

describe.each(EDITS)("a co-author mid-save: $name", ({ apply }) => {
  test.each([1, 2, 3])("after round trip %i", async (sync) => {
    const { excel, store } = await setUpStore();
    valueOf(await store.createContracts(["VC-0001", "VC-0002", "VC-0003"].map((id) => fullContract(id))));
    excel.workbook.table(TABLE).deleteRowDirect(0);
    for (const id of ["VC-0002", "VC-0001", "VC-0003"]) excel.workbook.table(TABLE).addRowDirect([...cellsOf(id), ""]);
    const read = valueOf(await store.openContract("VC-0001")).losses;
    let left: CellValue[][] = [];
    const edit = excel.afterSync(sync, (w) => {
      apply(w);
      left = w.table(TABLE).body();
    });
    const mine = { ...INPUT, basis: "Mine" };
    const result = await store.saveLossExposure("VC-0001", mine, read);
    expect(edit.fired).toBe(true);
    const now = excel.workbook.table(TABLE).body();
    const others = (rows: readonly (readonly CellValue[])[]) => rows.filter((cells) => cells[0] !== "VC-0001");
    expect(contentOf(others(now))).toEqual(contentOf(others(left)));
    if (!result.ok) {
      expect(result.error.kind).toBe("conflict");
      expect(contentOf(now)).toEqual(contentOf(left));
      return;
    }
    if (sync === 3) {
      // The write landed before the edit: the edit is there, on top of the row saved.
      expect(contentOf(now)).toEqual(contentOf(left));
      return;
    }
    expect(contentOf(now.filter((cells) => cells[0] === "VC-0001"))).toEqual(contentOf([cellsOf("VC-0001", mine)]));
  });
});

test("the samples write the two avoided-loss contracts' exposures, valid against their contracts", async () => {
  const excel = createMemoryExcel();
  const store = createContractStore(excel.run, () => NOW);
  valueOf(await store.insertSampleContracts("2026-05-01"));
  const listed = valueOf(await store.listContracts());
  expect(listed.losses.map((row) => [row.loss?.contractId, row.loss?.frequencyWithoutLikely, row.loss?.updated, row.problems])).toEqual([
    ["VC-0004", 60, NOW_ISO, []],
    ["VC-0008", 1, NOW_ISO, []],
  ]);
  expect(listed.contracts.find((stored) => stored.id === "VC-0004")?.contract?.title).toBe("Supplier invoice fraud detection");
  expect(valueOf(await store.check()).problems).toEqual([]);
});
