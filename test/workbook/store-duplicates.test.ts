import { ValueContract } from "../../src/domain/contract";
import type { StoredContract } from "../../src/workbook/contract-store";
import { LIST_FIELDS } from "../../src/workbook/layout";
import { errorOf, fullContract, fullReview, newReview, manyContracts, setUpStore, valueOf } from "./fixtures";

/**
 * A Contract ID typed twice in the sheet (a pasted row, a typo) is fixed from the pane: the row the
 * user opened is saved with a new ID, found by the row its stamp was read from.
 */

/** VC-0001..4 in sheet rows 2-5, then VC-0004's ID typed over as VC-0003: rows 4 and 5 share it. */
async function sharedId() {
  const setup = await setUpStore();
  valueOf(await setup.store.createContracts(manyContracts(4)));
  const table = setup.excel.workbook.table("ValueContracts");
  table.setCellDirect(3, "Contract ID", "VC-0003");
  return { ...setup, table };
}

/** What the editor would save from a stored row: its values as read, with these changes. */
const edited = (stored: StoredContract, changes: Partial<ValueContract>): ValueContract => ValueContract.parse({ ...stored.draft, ...changes });

describe("a duplicated (or invalid) Contract ID, fixed from the pane", () => {
  test("open the second row, give it a new ID, save: that row changes, the first is untouched, no duplicate left", async () => {
    const { excel, store, table } = await sharedId();
    const before = table.body();
    const listed = valueOf(await store.listContracts());
    expect(listed.contracts.filter((stored) => stored.contract === null).map((stored) => stored.row)).toEqual([4, 5]);

    const second = valueOf(await store.getContract("VC-0003", 5));
    expect(second.row).toBe(5);
    expect(second.draft["title"]).toBe("Intervention 4");
    excel.resetSyncCount();
    const saved = valueOf(await store.updateContract(edited(second, { id: "VC-0099" }), second));
    expect(excel.syncCount()).toBeLessThanOrEqual(3);
    expect(saved).toMatchObject({ id: "VC-0099", row: 5, version: 2, problems: [] });

    const after = table.body();
    expect(after.slice(0, 3)).toEqual(before.slice(0, 3));
    expect(table.row(3)).toMatchObject({ "Contract ID": "VC-0099", Title: "Intervention 4", Version: 2 });
    const relisted = valueOf(await store.listContracts());
    expect(relisted.contracts.map((stored) => [stored.id, stored.row, stored.problems])).toEqual([
      ["VC-0001", 2, []],
      ["VC-0002", 3, []],
      ["VC-0003", 4, []],
      ["VC-0099", 5, []],
    ]);
    expect(valueOf(await store.check()).problems).toEqual([]);
  });

  test("the first row can be fixed the same way, leaving the second", async () => {
    const { store, table } = await sharedId();
    const before = table.body();
    const first = valueOf(await store.getContract("VC-0003", 4));
    valueOf(await store.updateContract(edited(first, { id: "VC-0098" }), first));
    expect(table.row(2)["Contract ID"]).toBe("VC-0098");
    expect(table.body()[3]).toEqual(before[3]);
  });

  test("rows that are exact copies (same fingerprint) are told apart by the stamp's row", async () => {
    const { excel, store } = await setUpStore();
    // Two rows alike but for the ID, then the second ID typed over: every cell the same.
    valueOf(await store.createContracts([fullContract("VC-0001"), fullContract("VC-0002")]));
    const table = excel.workbook.table("ValueContracts");
    table.setCellDirect(1, "Contract ID", "VC-0001");
    const [first, second] = valueOf(await store.listContracts()).contracts;
    expect(second?.fingerprint).toBe(first?.fingerprint);
    const before = table.body();

    const opened = valueOf(await store.getContract("VC-0001", 3));
    valueOf(await store.updateContract(edited(opened, { id: "VC-0002", title: "The copy" }), opened));
    expect(table.body()[0]).toEqual(before[0]);
    expect(table.row(1)).toMatchObject({ "Contract ID": "VC-0002", Title: "The copy", Version: 2 });
  });

  test("an ID that fails validation (too long) is fixed the same way", async () => {
    const { store, table } = await sharedId();
    const tooLong = `VC-${"0".repeat(38)}2`;
    table.setCellDirect(1, "Contract ID", tooLong);
    const opened = valueOf(await store.getContract(tooLong, 3));
    expect(opened.problems.map((problem) => problem.message)).toEqual([`Contract ID must be at most 40 characters. Found "${tooLong}".`]);
    valueOf(await store.updateContract(edited(opened, { id: "VC-0002" }), opened));
    expect(table.row(1)["Contract ID"]).toBe("VC-0002");
  });

  test("a hand edit on that row since it was opened: refused as a conflict, with the row as it is now", async () => {
    const { store, table } = await sharedId();
    const second = valueOf(await store.getContract("VC-0003", 5));
    table.setCellDirect(3, "Owner role", "Chief Claims Officer");
    const before = table.body();
    const error = errorOf(await store.updateContract(edited(second, { id: "VC-0099" }), second));
    expect(error.kind).toBe("conflict");
    expect(error.kind === "conflict" ? [error.current.row, error.current.draft["ownerRole"]] : null).toEqual([5, "Chief Claims Officer"]);
    expect(table.body()).toEqual(before);
  });

  test("keeping the shared ID, or taking another row's ID, is still refused as a duplicate naming that row", async () => {
    const { store, table } = await sharedId();
    const before = table.body();
    const second = valueOf(await store.getContract("VC-0003", 5));
    expect(errorOf(await store.updateContract(edited(second, { title: "Renamed" }), second))).toEqual({
      kind: "duplicate",
      message: 'Contract ID "VC-0003" is already used in row 4. Each row needs its own Contract ID: choose another, or fix the duplicate in the sheet.',
    });
    expect(errorOf(await store.updateContract(edited(second, { id: "vc-0001 " }), second))).toMatchObject({ kind: "duplicate", message: expect.stringContaining("already used in row 2.") });
    expect(table.body()).toEqual(before);
  });

  test("a contract whose ID is its own keeps it: a save with another ID is not-found, as before", async () => {
    const { store, table } = await sharedId();
    const before = table.body();
    const unique = valueOf(await store.getContract("VC-0002"));
    expect(errorOf(await store.updateContract(edited(unique, { id: "VC-0404" }), unique)).kind).toBe("not-found");
    expect(table.body()).toEqual(before);
  });

  test("a review of a row whose ID another row shares is refused (it would belong to both), and accepted once fixed", async () => {
    const { excel, store } = await sharedId();
    const second = valueOf(await store.getContract("VC-0003", 5));
    const refused = errorOf(await store.recordReview({ ...newReview("VC-0003"), decision: "Continue" }, second));
    expect(refused).toMatchObject({ kind: "duplicate", message: expect.stringContaining("already used in row 4.") });
    expect(excel.workbook.table("ValueReviews").body()[0]?.[0]).toBe("");

    const fixed = valueOf(await store.updateContract(edited(second, { id: "VC-0099" }), second));
    const recorded = valueOf(await store.recordReview({ ...newReview("VC-0099"), decision: "Continue" }, fixed));
    expect(recorded.contract).toMatchObject({ id: "VC-0099", row: 5, version: 3 });
    // A review never renames: a stamp of one row with a review of another ID does not touch the stamped row.
    const third = valueOf(await store.getContract("VC-0003"));
    expect(errorOf(await store.recordReview({ ...newReview("VC-0404"), decision: "Continue" }, third)).kind).toBe("not-found");
  });

  test("asking for a row that no longer has the ID: not-found, naming the row", async () => {
    const { store, table } = await sharedId();
    table.deleteRowDirect(0);
    expect(errorOf(await store.getContract("VC-0003", 5))).toMatchObject({
      kind: "not-found",
      message: expect.stringContaining('There is no contract with Contract ID "VC-0003" in row 5 of table ValueContracts'),
    });
    expect(valueOf(await store.getContract("VC-0003", 4)).draft["title"]).toBe("Intervention 4");
  });

  test("getContract gives each row as the list does: shared IDs flagged on both rows, a blank ID's row found by its row", async () => {
    const { store, table } = await sharedId();
    table.setCellDirect(0, "Contract ID", "");
    const listed = valueOf(await store.listContracts()).contracts;
    expect(listed.map((stored) => [stored.id, stored.row, stored.contract === null])).toEqual([
      ["", 2, true],
      ["VC-0002", 3, false],
      ["VC-0003", 4, true],
      ["VC-0003", 5, true],
    ]);
    // The same row, the same problems; the list reads the portfolio's columns only (LIST_FIELDS).
    const asListed = (stored: StoredContract) => [stored.id, stored.row, stored.problems, Object.entries(stored.draft).filter(([key]) => LIST_FIELDS.has(key))];
    for (const stored of listed) expect(asListed(valueOf(await store.getContract(stored.id, stored.row)))).toEqual(asListed(stored));
    expect(valueOf(await store.getContract(" vc-0003 "))).toEqual(valueOf(await store.getContract("VC-0003", 4)));
  });
});
