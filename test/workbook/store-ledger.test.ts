import type { ActualsLine } from "../../src/workbook/contract-store";
import { calculateFormula } from "../support/formula-eval";
import { createContractStore } from "../../src/workbook/excel-contract-store";
import { errorOf, fullContract, NOW, setUpStore, valueOf } from "./fixtures";

/** A line of actuals with nothing but what is given. */
const line = (name: ActualsLine["line"], plan: number | null, actual: number | null, evidenceLevel: ActualsLine["evidenceLevel"] = null, evidenceSource = ""): ActualsLine => ({
  line: name,
  plan,
  forecast: null,
  actual,
  evidenceLevel,
  evidenceSource,
});

async function withContract() {
  const setUp = await setUpStore({ calculate: calculateFormula });
  valueOf(await setUp.store.createContract(fullContract("VC-0001")));
  valueOf(await setUp.store.createContract({ ...fullContract("VC-0002"), title: "Another" }));
  setUp.excel.resetSyncCount();
  return setUp;
}

// The period's worked example: revenue planned 25,000, measured 20,000 with Financial evidence, at the contract's 40%
// margin realises 8,000 (variance 20,000 - 25,000 = -5,000); technology cost planned 30,000, measured 35,000, is
// -35,000 realised (variance 30,000 - 35,000 = -5,000, a cost over plan is unfavourable). Realised -27,000, variance -10,000.
const FIRST_QUARTER = [line("Incremental revenue", 25_000, 20_000, "Financial", "GL 4100 Sales"), line("Technology cost", 30_000, 35_000, null, "GL 6200 Cloud")];

describe("recording a period's actuals", () => {
  test("appends one row per line in one write request after the reads, with VL IDs and the ledger's formulas", async () => {
    const { excel, store } = await withContract();
    const opened = valueOf(await store.openLedger("VC-0001"));
    expect(opened.entries).toEqual([]);
    excel.resetSyncCount();
    const recorded = valueOf(await store.recordActuals("VC-0001", "2026-01-01", FIRST_QUARTER, "Dana Whitfield", opened.entries));
    expect(recorded).toMatchObject({ added: 2, updated: 0 });
    // Open (header, keys), read (the contract, the settings), write: the write is one request.
    expect(excel.syncCount()).toBeLessThanOrEqual(3);
    const ledger = excel.workbook.table("ValueLedger");
    expect(ledger.body().map((row) => [row[0], row[1], row[3], row[6], row[9], row[10], row[11], row[12]])).toEqual([
      ["VL-000001", "VC-0001", "Incremental revenue", 20_000, "Realised value", -5_000, 8_000, "Dana Whitfield"],
      ["VL-000002", "VC-0001", "Technology cost", 35_000, "Cost", -5_000, -35_000, "Dana Whitfield"],
    ]);
  });

  test("the contract's to-date figures: in the list (domain) and in the sheet (SUMIFS) alike", async () => {
    const { excel, store } = await withContract();
    valueOf(await store.recordActuals("VC-0001", "2026-01-01", FIRST_QUARTER, "Dana", []));
    const listed = valueOf(await store.listContracts());
    expect(listed.contracts[0]?.figures).toMatchObject({ realisedToDate: -27_000, evidencedToDate: 0, varianceToDate: -10_000 });
    expect(listed.contracts[1]?.figures).toMatchObject({ realisedToDate: 0, varianceToDate: 0 });
    const row = excel.workbook.table("ValueContracts").row(0);
    expect([row["Realised to date"], row["Evidenced to date"], row["Variance to date"]]).toEqual([-27_000, 0, -10_000]);
    expect(listed.skippedLedgerRows).toBe(0);
  });

  test("recording the same period again updates its rows instead of adding more", async () => {
    const { excel, store } = await withContract();
    valueOf(await store.recordActuals("VC-0001", "2026-01-01", FIRST_QUARTER, "Dana", []));
    const opened = valueOf(await store.openLedger("VC-0001"));
    const again = valueOf(await store.recordActuals("VC-0001", "2026-01-01", [line("Incremental revenue", 25_000, 26_000, "Financial", "GL 4100 Sales")], "Ben", opened.entries));
    expect(again).toMatchObject({ added: 0, updated: 1 });
    const ledger = excel.workbook.table("ValueLedger");
    expect(ledger.rowCount()).toBe(2);
    expect(ledger.row(0)["Actual"]).toBe(26_000);
    expect(ledger.row(0)["Recorded by"]).toBe("Ben");
    expect(ledger.row(1)["Actual"]).toBe(35_000);
  });

  test("a row changed by someone else since it was opened is not overwritten: a conflict, and the sheet as it was", async () => {
    const { excel, store } = await withContract();
    valueOf(await store.recordActuals("VC-0001", "2026-01-01", FIRST_QUARTER, "Dana", []));
    const opened = valueOf(await store.openLedger("VC-0001"));
    excel.workbook.table("ValueLedger").setCellDirect(0, "Actual", 21_500);
    const before = excel.workbook.table("ValueLedger").body();
    const error = errorOf(await store.recordActuals("VC-0001", "2026-01-01", [line("Incremental revenue", 25_000, 30_000, "Financial"), line("Data cost", 1_000, 900)], "Ben", opened.entries));
    expect(error).toMatchObject({ kind: "conflict", message: expect.stringContaining("since you opened them, so nothing was saved") });
    expect(excel.workbook.table("ValueLedger").body()).toEqual(before);
  });

  test("a row deleted above between opening and saving: the update still lands on its own row, found by its Entry ID", async () => {
    const { excel, store } = await withContract();
    valueOf(await store.recordActuals("VC-0002", "2026-01-01", [line("Data cost", 500, 400)], "Ann", []));
    valueOf(await store.recordActuals("VC-0001", "2026-01-01", FIRST_QUARTER, "Dana", []));
    const opened = valueOf(await store.openLedger("VC-0001"));
    excel.workbook.table("ValueLedger").deleteRowDirect(0);
    valueOf(await store.recordActuals("VC-0001", "2026-01-01", [line("Technology cost", 30_000, 31_000)], "Ben", opened.entries));
    const ledger = excel.workbook.table("ValueLedger");
    expect(ledger.body().map((row) => [row[0], row[6]])).toEqual([
      ["VL-000002", 20_000],
      ["VL-000003", 31_000],
    ]);
  });

  test("refused: a period that does not start a quarter, a line the ledger does not have, a negative actual, an unknown contract", async () => {
    const { excel, store } = await withContract();
    expect(errorOf(await store.recordActuals("VC-0001", "2026-02-01", FIRST_QUARTER, "Dana", []))).toMatchObject({ kind: "invalid", message: expect.stringContaining("first day of a quarter") });
    expect(errorOf(await store.recordActuals("VC-0001", "2026-01-01", [line("Hours saved" as never, 1, 1)], "Dana", []))).toMatchObject({ kind: "invalid" });
    expect(errorOf(await store.recordActuals("VC-0001", "2026-01-01", [line("Data cost", 1, -5)], "Dana", []))).toMatchObject({ kind: "invalid", message: expect.stringContaining("Actual must be 0 or more") });
    expect(errorOf(await store.recordActuals("VC-0404", "2026-01-01", FIRST_QUARTER, "Dana", [])).kind).toBe("not-found");
    expect(excel.workbook.table("ValueLedger").body().every((row) => row.every((cell, i) => i === 9 || i === 11 || cell === ""))).toBe(true);
  });
});

describe("an update writes only what changed", () => {
  test("a formula typed into Evidence source stays when the row's Actual is recorded again", async () => {
    const { excel, store } = await withContract();
    valueOf(await store.recordActuals("VC-0001", "2026-01-01", FIRST_QUARTER, "Dana", []));
    const ledger = excel.workbook.table("ValueLedger");
    ledger.setCellDirect(0, "Evidence source", '="GL "&4100');
    const opened = valueOf(await store.openLedger("VC-0001"));
    const revenue = opened.entries.find((stored) => stored.entry?.line === "Incremental revenue")?.entry;
    expect(revenue?.evidenceSource).toBe("GL 4100");
    valueOf(await store.recordActuals("VC-0001", "2026-01-01", [{ ...line("Incremental revenue", 25_000, 24_000, "Financial"), evidenceSource: "GL 4100" }], "Ben", opened.entries));
    expect(excel.workbook.sheet("Value Ledger").cell("I2").formula).toBe('="GL "&4100');
    expect(ledger.row(0)["Actual"]).toBe(24_000);
    expect(ledger.row(0)["Recorded by"]).toBe("Ben");
  });
});

describe("two people recording the same period", () => {
  test("a line a colleague recorded since the form opened is not added twice: a conflict, and nothing of ours is left", async () => {
    const { excel, store } = await withContract();
    const colleague = createContractStore(excel.run, () => NOW);
    const opened = valueOf(await store.openLedger("VC-0001"));
    valueOf(await colleague.recordActuals("VC-0001", "2026-01-01", [line("Technology cost", 30_000, 33_000)], "Colleague", []));
    const before = excel.workbook.table("ValueLedger").body();
    const error = errorOf(await store.recordActuals("VC-0001", "2026-01-01", FIRST_QUARTER, "Dana", opened.entries));
    expect(error).toMatchObject({ kind: "conflict", message: expect.stringContaining("(row 2)") });
    expect(excel.workbook.table("ValueLedger").body()).toEqual(before);
  });

  test("another period or another contract is not a clash", async () => {
    const { excel, store } = await withContract();
    const colleague = createContractStore(excel.run, () => NOW);
    const opened = valueOf(await store.openLedger("VC-0001"));
    valueOf(await colleague.recordActuals("VC-0001", "2025-10-01", [line("Technology cost", 30_000, 33_000)], "Colleague", []));
    valueOf(await colleague.recordActuals("VC-0002", "2026-01-01", [line("Technology cost", 30_000, 33_000)], "Colleague", []));
    expect(valueOf(await store.recordActuals("VC-0001", "2026-01-01", FIRST_QUARTER, "Dana", opened.entries))).toMatchObject({ added: 2 });
    expect(excel.workbook.table("ValueLedger").rowCount()).toBe(4);
  });
});
