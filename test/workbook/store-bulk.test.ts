import type { ValueContract } from "../../src/domain/contract";
import { PAYLOAD_LIMIT_BYTES } from "../../src/memory-excel/payload";
import { LIST_FIELDS } from "../../src/workbook/layout";
import { errorOf, fullContract, manyContracts, NOW_ISO, setUpStore, valueOf } from "./fixtures";

/** The fields the portfolio's list reads (layout.ts LIST_FIELDS) of a contract. */
const listedPart = (contract: ValueContract | null): Record<string, unknown> =>
  Object.fromEntries(Object.entries(contract ?? {}).filter(([key]) => LIST_FIELDS.has(key)));

describe("many rows", () => {
  test("5,000 contracts list in at most 2 syncs, in sheet order, every request and response under 5 MB", async () => {
    const { excel, store } = await setUpStore();
    const contracts = manyContracts(5000);
    valueOf(await store.createContracts(contracts));
    excel.resetSyncCount();
    const listed = valueOf(await store.listContracts());
    expect(excel.syncCount()).toBeLessThanOrEqual(2);
    expect(listed.contracts).toHaveLength(5000);
    expect(listed.contracts[4999]).toMatchObject({ id: "VC-5000", row: 5001, problems: [] });
    // The list reads the portfolio's columns (LIST_FIELDS); the others read blank.
    expect(listed.contracts.map((stored) => listedPart(stored.contract))).toEqual(contracts.map((contract) => listedPart({ ...contract, updated: NOW_ISO })));
    for (const request of excel.requests()) expect(Math.max(request.requestBytes, request.responseBytes)).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  }, 30_000);

  test("a write over 5 MB goes in several requests, each under the limit, whole 2-D arrays (no row-by-row adds)", async () => {
    const { excel, store } = await setUpStore();
    // 300 contracts with 20,000 characters of notes each: about 6 MB, more than one request can carry.
    const contracts = manyContracts(300).map((contract) => ({ ...contract, evidenceNotes: `${contract.id} `.padEnd(20_000, "evidence ") }));
    const created = valueOf(await store.createContracts(contracts));
    const requests = excel.requests();
    const writes = requests.filter((request) => request.requestBytes > 1_000_000);
    expect(writes.length).toBeGreaterThan(1);
    expect(requests.length).toBeLessThan(10);
    for (const request of requests) {
      expect(request.error).toBeNull();
      expect(request.requestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      // One rows.add per chunk (or one range write into Excel's blank row): a handful of actions, not one per row.
      expect(request.actions).toBeLessThan(20);
    }
    expect(created.map((stored) => stored.row)).toEqual(contracts.map((_, i) => i + 2));
    expect(excel.workbook.table("ValueContracts").rowCount()).toBe(300);

    // Reading every column back (Check workbook) needs more than one 5 MB response: the store reads in blocks
    // rather than failing. The list reads the portfolio's columns only, which fit in one.
    excel.resetSyncCount();
    expect(valueOf(await store.check()).problems).toEqual([]);
    expect(excel.requests().filter((request) => request.responseBytes > 1_000_000).length).toBeGreaterThan(1);
    expect(excel.requests().every((request) => request.error === null || request.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    const last = valueOf(await store.getContract("VC-0300"));
    expect([last.contract?.evidenceNotes, last.fingerprint]).toEqual([contracts[299]?.evidenceNotes, created[299]?.fingerprint]);
    excel.resetSyncCount();
    expect(valueOf(await store.listContracts()).contracts).toHaveLength(300);
    expect(excel.syncCount()).toBe(2);
  }, 30_000);

  test("an Excel failure comes back as a StoreError saying what to do, never as an exception", async () => {
    // Set-up's own request (six tables' formats, dropdowns and validation messages) is about 211 kB here;
    // the contract's nine notes of 30,000 characters make a request of about 276 kB.
    const { store } = await setUpStore({ payloadLimitBytes: 220_000 });
    const notes = { evidenceNotes: "n", controls: "c", counterfactual: "f", stopCondition: "s", decisionRights: "d", failureTolerance: "t", scaleCondition: "a", mechanism: "m", outcomeMetric: "o" };
    const huge = { ...fullContract(), ...Object.fromEntries(Object.entries(notes).map(([key, letter]) => [key, letter.repeat(30_000)])) };
    const error = errorOf(await store.createContract(huge));
    expect(error).toEqual({
      kind: "excel",
      message: expect.stringMatching(/^Excel could not save the contract: the change is larger than Excel on the web accepts in one request \(5 MB\)\./),
    });
    expect(valueOf(await store.listContracts()).contracts).toEqual([]);
  });

  test("a bulk write that fails part-way says which contracts were saved", async () => {
    // Rows of about 1.25 MB (13 text fields of 32,000 "€", 3 bytes each) and one of 0.5 MB: the first request
    // carries rows 1-3 (about 3.0 MB), the second rows 4-6 (about 3.75 MB), which this Excel's 3.4 MB limit refuses.
    const heavy = (id: string, fields: number): ValueContract => {
      const text = "€".repeat(32_000);
      const keys = ["outcome", "outcomeMetric", "counterfactual", "owner", "ownerRole", "mechanism", "evidenceNotes", "decisionRights", "controls", "failureTolerance", "scaleCondition", "stopCondition", "title"] as const;
      const filled: ValueContract = { ...fullContract(id) };
      for (const key of keys.slice(0, fields)) filled[key] = text;
      return filled;
    };
    const { excel, store } = await setUpStore({ payloadLimitBytes: 3_400_000 });
    const contracts = [heavy("VC-0001", 13), heavy("VC-0002", 13), heavy("VC-0003", 5), heavy("VC-0004", 13), heavy("VC-0005", 13), heavy("VC-0006", 13)];
    const error = errorOf(await store.createContracts(contracts));
    expect(error.kind).toBe("excel");
    expect(error.message).toMatch(/^Excel could not save all the contracts: the change is larger than Excel on the web accepts in one request \(5 MB\)\./);
    expect(error.message).toContain("The first 3 of 6 contracts were saved (rows 2 to 4); save the others again.");
    expect(excel.workbook.table("ValueContracts").body().map((row) => row[0])).toEqual(["VC-0001", "VC-0002", "VC-0003"]);
  });
});
