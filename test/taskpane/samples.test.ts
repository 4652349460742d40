import { ValueContract } from "../../src/domain/contract";
import { isoToSerial } from "../../src/domain/dates";
import { reviewStatus } from "../../src/domain/review-cadence";
import { idsFrom, SAMPLE_COUNT, sampleContracts, samplePortfolio } from "../../src/domain/sample-contracts";
import { requestedExtraContracts } from "../../src/taskpane/boot";
import { createPreviewExcel, seedPreview } from "../../src/taskpane/preview/preview";
import { createContractStore } from "../../src/workbook/excel-contract-store";
import { TODAY } from "./support/store";

describe("sample contracts", () => {
  const samples = sampleContracts(TODAY, idsFrom("VC-0001", SAMPLE_COUNT));

  it("is a small set, every one valid against the ValueContract schema", () => {
    expect(samples.length).toBeGreaterThanOrEqual(6);
    expect(samples.length).toBeLessThanOrEqual(8);
    for (const sample of samples) expect(ValueContract.safeParse(sample).error?.issues ?? []).toEqual([]);
  });

  it("spreads across value chains, mandates, evidence levels and statuses", () => {
    const distinct = (values: unknown[]) => new Set(values).size;
    expect(distinct(samples.map((s) => s.valueChain))).toBeGreaterThanOrEqual(3);
    expect(distinct(samples.map((s) => s.mandate))).toBeGreaterThanOrEqual(3);
    expect(distinct(samples.map((s) => s.evidenceLevel))).toBeGreaterThanOrEqual(4);
    expect(distinct(samples.map((s) => s.status))).toBeGreaterThanOrEqual(3);
  });

  it("numbers IDs on from the first, keeping the width", () => {
    expect(idsFrom("VC-0098", 3)).toEqual(["VC-0098", "VC-0099", "VC-0100"]);
    expect(idsFrom("X", 2)).toEqual(["X-1", "X-2"]);
  });
});

/** The preview's store as the composition root builds it: the real store over a seeded in-memory workbook. */
async function createPreviewStore(today: string, extra = 0) {
  const store = createContractStore(createPreviewExcel().run);
  const error = await seedPreview(store, today, extra);
  return { store, error };
}

describe("preview workbook", () => {
  it("reads the number of extra contracts from the URL, within bounds", () => {
    expect(requestedExtraContracts("?previewContracts=492")).toBe(492);
    expect(requestedExtraContracts("")).toBe(0);
    expect(requestedExtraContracts("?previewContracts=-3")).toBe(0);
    expect(requestedExtraContracts("?previewContracts=1e9")).toBe(5000);
    expect(requestedExtraContracts("?previewContracts=abc")).toBe(0);
  });

  it("is set up and seeded with the samples, all valid, through the real store", async () => {
    const { store, error } = await createPreviewStore(TODAY);
    expect(error).toBeNull();
    const listed = await store.listContracts();
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value.contracts).toHaveLength(SAMPLE_COUNT);
    expect(listed.value.contracts.filter((stored) => stored.contract === null)).toEqual([]);
  });

  it("has reviews due and overdue as of today, whatever today is", async () => {
    const { store } = await createPreviewStore(TODAY);
    const listed = await store.listContracts();
    if (!listed.ok) throw new Error(listed.error.message);
    const today = isoToSerial(TODAY);
    if (!today.ok) throw new Error(today.error.message);
    const statuses = listed.value.contracts.map((stored) => {
      const next = stored.figures?.nextReview ? isoToSerial(stored.figures.nextReview) : null;
      const status = next?.ok ? reviewStatus(next.value, today.value) : null;
      return status?.ok ? status.value : "none";
    });
    expect(statuses).toContain("Due");
    expect(statuses).toContain("Overdue");
    expect(statuses).toContain("Scheduled");
  });

  it("adds as many extra contracts as asked, with unique IDs", async () => {
    const { store, error } = await createPreviewStore(TODAY, 30);
    expect(error).toBeNull();
    const listed = await store.listContracts();
    if (!listed.ok) throw new Error(listed.error.message);
    const ids = listed.value.contracts.map((stored) => stored.id);
    expect(ids).toHaveLength(SAMPLE_COUNT + 30);
    expect(new Set(ids).size).toBe(ids.length);
    // The samples take VC-0100 on; the three copies follow them, numbered in their titles.
    const copies = samplePortfolio(TODAY, "VC-0100", 3).slice(SAMPLE_COUNT);
    expect(copies.map((c) => c.id)).toEqual([0, 1, 2].map((i) => `VC-0${100 + SAMPLE_COUNT + i}`));
    expect(copies.map((c) => c.title)).toEqual(sampleContracts(TODAY, idsFrom("X-1", 3)).slice(0, 3).map((sample) => `${sample.title} (2)`));
  });
});
