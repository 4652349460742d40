import { NO_SUMS } from "../../src/domain/ledger-sums";
import { blankContract, ValueContract } from "../../src/domain/contract";
import { isoToSerial } from "../../src/domain/dates";
import { EVIDENCE_LEVELS, MANDATES, REVIEW_CADENCES } from "../../src/domain/lists";
import type { SavedContract, StoredContract } from "../../src/workbook/contract-store";
import { createContractStore } from "../../src/workbook/excel-contract-store";
import { LIST_FIELDS } from "../../src/workbook/layout";
import { calculateFormula } from "../support/formula-eval";
import { errorOf, fullContract, fullReview, newReview, NOW_ISO, setUpStore, valueOf } from "./fixtures";

/** A saved contract as a read gives it: the same, without what the save said it merged. */
function withoutMerged(saved: SavedContract): StoredContract {
  const { merged: _merged, ...stored } = saved;
  return stored;
}

/** The fields the portfolio's list reads (layout.ts LIST_FIELDS) of a contract. */
const listedPart = (contract: ValueContract | null): Record<string, unknown> =>
  Object.fromEntries(Object.entries(contract ?? {}).filter(([key]) => LIST_FIELDS.has(key)));

describe("round trip through the store", () => {
  test("a full contract: created in at most 3 syncs, listed in at most 2, identical, with figures", async () => {
    const { excel, store } = await setUpStore();
    const created = valueOf(await store.createContract(fullContract()));
    expect(excel.syncCount()).toBeLessThanOrEqual(3);
    expect(created.contract).toEqual({ ...fullContract(), version: 1, updated: NOW_ISO });
    excel.resetSyncCount();
    const listed = valueOf(await store.listContracts());
    expect(excel.syncCount()).toBeLessThanOrEqual(2);
    // The list reads the portfolio's columns (LIST_FIELDS): those are the contract's, the rest read blank.
    expect(listed.contracts.map((stored) => listedPart(stored.contract))).toEqual([listedPart(created.contract)]);
    expect(listed.contracts.map((stored) => [stored.id, stored.row, stored.figures, stored.problems])).toEqual([[created.id, created.row, created.figures, []]]);
    expect(created.figures).toEqual({ lifecycleCost: 305_000, plannedValue: 440_000.5, realisedToDate: 0, evidencedToDate: 0, varianceToDate: 0, ledger: NO_SUMS, valueClass: "Evidenced leading indicator", nextReview: "2026-04-30" });
    expect(valueOf(await store.getContract("vc-0001"))).toEqual(created);
  });

  test("the sheet computes Lifecycle cost and Planned value itself (native formulas)", async () => {
    const { excel, store } = await setUpStore({ calculate: calculateFormula });
    valueOf(await store.createContract(fullContract()));
    const row = excel.workbook.table("ValueContracts").row(0);
    expect(row["Lifecycle cost"]).toBe(305_000);
    expect(row["Planned value"]).toBe(440_000.5);
    // Column AF is Lifecycle cost, AG Planned value.
    expect(excel.workbook.sheet("Value Contracts").cell("AF2").isFormula).toBe(true);
    expect(excel.workbook.sheet("Value Contracts").cell("AG2").isFormula).toBe(true);
  });

  test("a draft with blanks round-trips blanks as blanks", async () => {
    const { store } = await setUpStore();
    const draft = { ...blankContract("VC-0002"), title: "Idea" };
    const created = valueOf(await store.createContract(draft));
    expect(valueOf(await store.getContract("VC-0002")).contract).toEqual({ ...draft, updated: NOW_ISO });
    expect(created.figures).toEqual({ lifecycleCost: 0, plannedValue: 0, realisedToDate: 0, evidencedToDate: 0, varianceToDate: 0, ledger: NO_SUMS, valueClass: null, nextReview: null });
  });

  test("update: version + 1, at most 3 syncs, the list shows the new values", async () => {
    const { excel, store } = await setUpStore();
    const created = valueOf(await store.createContract(fullContract()));
    excel.resetSyncCount();
    const updated = valueOf(await store.updateContract({ ...fullContract(), controls: "Daily sample." }, created));
    expect(excel.syncCount()).toBeLessThanOrEqual(3);
    expect(updated.version).toBe(2);
    expect(updated.contract?.controls).toBe("Daily sample.");
    expect(updated.merged).toEqual([]);
    expect(valueOf(await store.getContract("VC-0001"))).toEqual(withoutMerged(updated));
  });

  test("a review: appended in at most 3 syncs; the contract gets Last review, the decision's status and version + 1", async () => {
    const { excel, store } = await setUpStore();
    const created = valueOf(await store.createContract(fullContract()));
    excel.resetSyncCount();
    const recorded = valueOf(await store.recordReview(newReview(), created));
    expect(excel.syncCount()).toBeLessThanOrEqual(3);
    expect(recorded.review).toEqual({ review: fullReview(), draft: expect.objectContaining({ id: "VR-0001" }), row: 2, problems: [] });
    expect(recorded.contract.contract).toMatchObject({ status: "Expanding", lastReview: "2026-04-30", version: 2 });
    expect(valueOf(await store.listReviews("VC-0001"))).toEqual([recorded.review]);
    expect(valueOf(await store.listReviews("VC-9999"))).toEqual([]);
    expect(valueOf(await store.getContract("VC-0001"))).toEqual(withoutMerged(recorded.contract));
  });

  test("Continue keeps the status; reviews list oldest first", async () => {
    const { store } = await setUpStore();
    let stamp = valueOf(await store.createContract(fullContract()));
    for (const [id, date] of [["VR-0001", "2026-06-30"], ["VR-0002", "2026-03-31"]] as const) {
      stamp = valueOf(await store.recordReview({ ...newReview(), date, decision: "Continue" }, stamp)).contract;
    }
    expect(stamp.contract?.status).toBe("Active");
    expect(valueOf(await store.listReviews()).map((stored) => stored.review?.id)).toEqual(["VR-0002", "VR-0001"]);
  });

  test("a review that makes the contract invalid is refused with the fields to fix", async () => {
    const { store } = await setUpStore();
    const draft = valueOf(await store.createContract({ ...blankContract("VC-0003"), title: "Idea" }));
    const error = errorOf(await store.recordReview({ ...newReview("VC-0003"), decision: "Expand" }, draft));
    expect(error.kind).toBe("invalid");
    expect(error.kind === "invalid" ? error.problems.map((problem) => problem.field) : []).toContain("owner");
  });

  test("IDs are given in the request that writes them, one more than the highest number in use", async () => {
    const { store } = await setUpStore();
    expect(valueOf(await store.openContract(null)).nextId).toBe("VC-0001");
    expect(valueOf(await store.createContract(fullContract(""))).id).toBe("VC-0001");
    valueOf(await store.createContract(fullContract("VC-0041")));
    expect(valueOf(await store.openContract(null)).nextId).toBe("VC-0042");
    const given = valueOf(await store.createContract(fullContract("")));
    expect(given.id).toBe("VC-0042");
    expect(valueOf(await store.recordReview(newReview("VC-0042"), given)).review.draft["id"]).toBe("VR-0001");
  });

  test("refusals: invalid input, a duplicate ID, an unknown ID", async () => {
    const { store } = await setUpStore();
    const created = valueOf(await store.createContract(fullContract()));
    expect(errorOf(await store.createContract({ ...fullContract(), title: " " })).kind).toBe("invalid");
    expect(errorOf(await store.createContract(fullContract(" vc-0001"))).message).toBe(
      'Contract ID "vc-0001" is already used in row 2. Each row needs its own Contract ID: choose another, or fix the duplicate in the sheet.',
    );
    expect(errorOf(await store.updateContract(fullContract("VC-0404"), created)).kind).toBe("not-found");
    valueOf(await store.recordReview(newReview(), created));
    const current = valueOf(await store.getContract("VC-0001"));
    // A second review of the same contract is its own row: the store gives it the next Review ID.
    expect(valueOf(await store.recordReview(newReview(), current)).review.draft["id"]).toBe("VR-0002");
  });
});

describe("text stays text", () => {
  const tricky = ["=1+1", "+44 20 7946 0000", "-5% margin", "@risk", "\tindented", "0012", "TRUE", "1/2/2026", "2026-01-02", "'quoted", "=HYPERLINK(\"http://x\")"];

  test.each(tricky)("%j round-trips as literal text in title, owner and notes", async (text) => {
    const { excel, store } = await setUpStore();
    const contract = { ...fullContract(), title: text, owner: text, evidenceNotes: text };
    // The schema trims a title (so a leading tab goes); owner and notes keep every character.
    const expected = { ...ValueContract.parse(contract), updated: NOW_ISO };
    const created = valueOf(await store.createContract(contract));
    expect(created.contract).toEqual(expected);
    expect(created.contract).toMatchObject({ owner: text, evidenceNotes: text });
    expect(valueOf(await store.getContract("VC-0001")).contract).toEqual(expected);
    const sheet = excel.workbook.sheet("Value Contracts");
    expect(sheet.cell("K2")).toMatchObject({ value: text, isFormula: false });
    expect(sheet.cell("B2")).toMatchObject({ value: expected.title, isFormula: false });
    const updated = valueOf(await store.updateContract({ ...contract, controls: text }, created));
    expect(updated.contract?.controls).toBe(text);
  });
});

describe("version conflicts", () => {
  test("a co-author's save since the read: refused, and the current row returned", async () => {
    const { excel, store } = await setUpStore();
    const mine = valueOf(await store.createContract(fullContract()));
    const coAuthor = createContractStore(excel.run, () => new Date("2026-05-02T08:00:00Z"));
    const theirs = valueOf(await coAuthor.updateContract({ ...fullContract(), controls: "Their change" }, mine));
    const error = errorOf(await store.updateContract({ ...fullContract(), controls: "My change" }, mine));
    expect(error.kind).toBe("conflict");
    expect(error.kind === "conflict" ? error.current : null).toEqual(withoutMerged(theirs));
    expect(excel.workbook.table("ValueContracts").row(0)["Controls"]).toBe("Their change");
  });

  test("a hand edit since the read (Version unchanged) to a field the save changes too: refused by the fingerprint, nothing written", async () => {
    const { excel, store } = await setUpStore();
    const mine = valueOf(await store.createContract(fullContract()));
    excel.workbook.table("ValueContracts").setCellDirect(0, "Controls", "Their controls");
    const before = excel.workbook.table("ValueContracts").body();
    const error = errorOf(await store.updateContract({ ...fullContract(), controls: "Mine" }, mine));
    expect(error.kind).toBe("conflict");
    expect(error.kind === "conflict" ? error.current.contract?.controls : null).toBe("Their controls");
    expect(error.message).toContain("changed in the workbook since you opened it");
    expect(excel.workbook.table("ValueContracts").body()).toEqual(before);
  });

  test("a hand edit to a field the save leaves alone is kept, and the result says so (a merge)", async () => {
    const { excel, store } = await setUpStore();
    const mine = valueOf(await store.createContract(fullContract()));
    excel.workbook.table("ValueContracts").setCellDirect(0, "Owner role", "Chief Claims Officer");
    const saved = valueOf(await store.updateContract({ ...fullContract(), controls: "Mine" }, mine));
    expect(saved.merged).toEqual(["Owner role"]);
    expect(saved.contract).toMatchObject({ ownerRole: "Chief Claims Officer", controls: "Mine", version: 2 });
    // A review over the stale stamp changes only Status and Last review: it merges the same way.
    const reviewed = valueOf(await store.recordReview({ ...newReview(), decision: "Continue" }, mine));
    expect(reviewed.contract.contract).toMatchObject({ ownerRole: "Chief Claims Officer", controls: "Mine", lastReview: "2026-04-30" });
    expect(reviewed.contract.version).toBe(3);
  });

  test("reloading gives a stamp that saves", async () => {
    const { excel, store } = await setUpStore();
    valueOf(await store.createContract(fullContract()));
    excel.workbook.table("ValueContracts").setCellDirect(0, "Owner role", "Chief Claims Officer");
    const reloaded = valueOf(await store.getContract("VC-0001"));
    expect(valueOf(await store.updateContract({ ...fullContract(), ownerRole: "COO" }, reloaded)).version).toBe(2);
  });
});

describe("the sheet's formulas agree with the domain's figures", () => {
  test("every evidence level x mandate, every cadence, blanks included", async () => {
    const { excel, store } = await setUpStore({ calculate: calculateFormula });
    const contracts = [null, ...EVIDENCE_LEVELS].flatMap((evidenceLevel, i) =>
      [null, ...MANDATES].map((mandate, j): ValueContract => ({
        ...fullContract(`VC-${i}${j}`),
        status: "Draft",
        evidenceLevel,
        mandate,
        reviewCadence: [null, ...REVIEW_CADENCES][(i + j) % (REVIEW_CADENCES.length + 1)] ?? null,
        lastReview: j === 5 ? null : "2026-01-31",
      })),
    );
    valueOf(await store.createContracts(contracts));
    const listed = valueOf(await store.listContracts()).contracts;
    const table = excel.workbook.table("ValueContracts");
    listed.forEach((stored, i) => {
      const row = table.row(i);
      const nextReview = stored.figures?.nextReview ?? null;
      const serial = nextReview === null ? "" : isoToSerial(nextReview);
      expect([row["Value class"], row["Next review"], row["Lifecycle cost"], row["Planned value"]]).toEqual([
        stored.figures?.valueClass ?? "",
        serial === "" ? "" : serial.ok ? serial.value : "bad date",
        stored.figures?.lifecycleCost,
        stored.figures?.plannedValue,
      ]);
    });
    expect(listed).toHaveLength(7 * 6);
  });
});
