import type { ExcelContext, ExcelRun } from "../../src/workbook/excel-api";
import { createContractStore } from "../../src/workbook/excel-contract-store";
import { errorOf, fullContract, newReview, NOW, NOW_ISO, setUpStore, valueOf } from "./fixtures";

// Each use case is one Excel.run: an ID is given in the request that writes it, so a co-author who takes
// "the next ID" between the pane opening a form and saving it cannot make the save fail or collide.

describe("one request per use case", () => {
  test("a review gets its Review ID in the request that writes it, even when a co-author took the next one meanwhile", async () => {
    const { excel, store } = await setUpStore();
    const created = valueOf(await store.createContract(fullContract()));
    const opened = valueOf(await store.openReview("VC-0001"));
    // A second pane (a co-author) records a review first: it takes VR-0001 and moves the contract on.
    const coAuthor = createContractStore(excel.run, () => NOW);
    const theirs = valueOf(await coAuthor.recordReview({ ...newReview(), decision: "Continue" }, created));
    expect(theirs.review.draft["id"]).toBe("VR-0001");
    // Our review was opened against the old row: refused as a conflict, with the row as it is now...
    expect(errorOf(await store.recordReview(newReview(), opened.stored)).kind).toBe("conflict");
    // ...and once reloaded it is recorded with the next free ID, not a duplicate of theirs.
    const reloaded = valueOf(await store.openReview("VC-0001"));
    expect(reloaded.reviews.map((stored) => stored.review?.id)).toEqual(["VR-0001"]);
    const ours = valueOf(await store.recordReview(newReview(), reloaded.stored));
    expect(ours.review.draft["id"]).toBe("VR-0002");
  });

  test("a new contract saved without an ID takes the next free one at save, not the one shown when the editor opened", async () => {
    const { excel, store } = await setUpStore();
    const opened = valueOf(await store.openContract(null));
    expect(opened).toEqual({ stored: null, owners: [], nextId: "VC-0001", ranges: [], losses: [] });
    valueOf(await createContractStore(excel.run, () => NOW).createContract(fullContract("")));
    const ours = valueOf(await store.createContract({ ...fullContract(""), title: "Ours" }));
    expect(ours.id).toBe("VC-0002");
    expect(excel.workbook.table("ValueContracts").body().map((cells) => cells[0])).toEqual(["VC-0001", "VC-0002"]);
  });

  test("opening a contract for editing reads the table once and brings the owner suggestions", async () => {
    const { excel, store } = await setUpStore();
    valueOf(await store.createContracts([fullContract("VC-0001"), { ...fullContract("VC-0002"), owner: " Ama Mensah " }, { ...fullContract("VC-0003"), status: "Draft", owner: "" }]));
    excel.resetSyncCount();
    const opened = valueOf(await store.openContract("VC-0002"));
    expect(excel.syncCount()).toBe(2);
    expect(opened.stored?.contract?.owner).toBe(" Ama Mensah ");
    expect(opened.owners).toEqual(["Ama Mensah", "Dana Whitfield"]);
    expect(opened.nextId).toBe("VC-0004");
    expect(errorOf(await store.openContract("VC-0404")).kind).toBe("not-found");
  });

  test("opening a review reads the contract and its reviews in one request", async () => {
    const { excel, store } = await setUpStore();
    const created = valueOf(await store.createContracts([fullContract("VC-0001"), fullContract("VC-0002")]));
    const [first] = created;
    if (!first) throw new Error("no contract");
    valueOf(await store.recordReview({ ...newReview("VC-0001"), decision: "Continue" }, first));
    excel.resetSyncCount();
    const opened = valueOf(await store.openReview("vc-0001"));
    expect(excel.syncCount()).toBe(2);
    expect(opened.stored.id).toBe("VC-0001");
    expect(opened.reviews.map((stored) => stored.draft["contractId"])).toEqual(["VC-0001"]);
    expect(valueOf(await store.openReview("VC-0002")).reviews).toEqual([]);
  });

  test("inserting the samples into an empty workbook sets it up and writes them in one Excel.run", async () => {
    let runs = 0;
    const { excel } = await setUpStore();
    const counted: ExcelRun = (batch) => {
      runs += 1;
      return excel.run(batch);
    };
    const store = createContractStore(counted, () => NOW);
    const inserted = valueOf(await store.insertSampleContracts("2026-11-30"));
    expect(runs).toBe(1);
    expect(inserted.map((stored) => stored.id)).toEqual(inserted.map((_, i) => `VC-${String(i + 1).padStart(4, "0")}`));
    // With their ledger history, written in the same run under the contracts' IDs: it sums to to-date figures.
    const ledger = excel.workbook.table("ValueLedger");
    expect(ledger.rowCount()).toBeGreaterThan(100);
    expect(ledger.row(0)["Entry ID"]).toBe("VL-000001");
    const listed = valueOf(await store.listContracts());
    expect(listed.skippedLedgerRows).toBe(0);
    expect(listed.contracts.filter((stored) => (stored.figures?.realisedToDate ?? 0) !== 0).length).toBeGreaterThan(3);
    // And the ranges of six samples' uncertain lines, from Excel's blank first row on, each valid against its contract.
    expect(listed.ranges.length).toBe(17);
    expect(listed.ranges[0]?.row).toBe(2);
    expect(listed.ranges.every((row) => row.range !== null && row.range.updated === NOW_ISO)).toBe(true);
    expect(new Set(listed.ranges.map((row) => row.range?.contractId)).size).toBe(6);
    expect(valueOf(await store.check()).problems).toEqual([]);
    // Again: after the ones already there, with fresh IDs.
    const again = valueOf(await store.insertSampleContracts("2026-11-30"));
    expect(again[0]?.id).toBe(`VC-${String(inserted.length + 1).padStart(4, "0")}`);
    expect(ledger.row(ledger.rowCount() - 1)["Contract ID"]).not.toBe(ledger.row(0)["Contract ID"]);
    const ranges = excel.workbook.table("ValueRanges");
    expect(ranges.rowCount()).toBe(34);
    expect(ranges.row(33)["Contract ID"]).toBe(again.find((stored) => stored.contract?.title === "Design copilot for custom enclosures")?.id);
  });

  test("the workbook check says whether the tables exist, so Setup offers Create or Repair", async () => {
    const { createMemoryExcel } = await import("../../src/memory-excel");
    const empty = createContractStore(createMemoryExcel().run, () => NOW);
    expect(valueOf(await empty.check())).toMatchObject({ ready: false, tablesExist: false });
    const { store } = await setUpStore();
    expect(valueOf(await store.check())).toMatchObject({ ready: true, tablesExist: true });
  });
});

describe("the store never rejects", () => {
  test("an exception from the host, even one thrown before any request, comes back as an error result", async () => {
    const broken: ExcelRun = () => {
      throw new TypeError("host went away");
    };
    const store = createContractStore(broken, () => NOW);
    const listed = await store.listContracts();
    expect(errorOf(listed)).toMatchObject({ kind: "excel", message: expect.stringContaining("host went away") });
  });

  test("a bug before any request (a throwing clock) is a failed result with its message, not a rejected promise", async () => {
    const { excel } = await setUpStore();
    const store = createContractStore(excel.run, () => {
      throw new Error("clock broke");
    });
    // createContracts stamps Updated on every record before it opens the table: outside any Excel.run.
    const result = await store.createContracts([fullContract()]);
    expect(errorOf(result)).toEqual({ kind: "excel", message: expect.stringMatching(/^Unexpected failure: clock broke\. Try again/) });
    expect(excel.workbook.table("ValueContracts").body()).toEqual([expect.arrayContaining([""])]);
  });

  test("a batch that rejects inside Excel.run is reported as what the store was doing", async () => {
    const rejecting: ExcelRun = async <T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> => {
      await Promise.resolve();
      void batch;
      throw Object.assign(new Error("Access denied"), { code: "AccessDenied" });
    };
    const error = errorOf(await createContractStore(rejecting, () => NOW).setUp());
    expect(error.message).toMatch(/^Excel could not set up the tables: the sheet or workbook is protected/);
  });
});
