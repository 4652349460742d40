import type { NewReview } from "../src/domain/review";
import type { StoreResult, StoredContract } from "../src/workbook/contract-store";
import { createContractStore } from "../src/workbook/excel-contract-store";
import { CONTRACTS } from "../src/workbook/layout";
import { createMemoryExcel, type MemoryExcel } from "../src/memory-excel";
import { fullContract, manyContracts, newReview } from "../test/workbook/fixtures";
import { medianMs, type Bench, type Figure } from "./harness";

const ROWS = 5000;
const RUNS = 15;
const WARMUP = 3;

function must<T>(result: StoreResult<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Syncs one call makes. */
async function syncsOf(excel: MemoryExcel, call: () => Promise<unknown>): Promise<number> {
  excel.resetSyncCount();
  await call();
  return excel.syncCount();
}

/** What the in-memory Excel alone takes to serve the two requests a list makes (no decoding). */
function fakeRead(excel: MemoryExcel): Promise<number> {
  return excel.run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(CONTRACTS.table).load("isNullObject");
    await context.sync();
    const header = table.getHeaderRowRange().load(["values", "rowIndex"]);
    const body = table.getDataBodyRange().load("values");
    table.worksheet.load("name");
    await context.sync();
    return (header.values[0] ?? []).length * body.values.length;
  });
}

/**
 * The contract store over the in-memory Excel (no sync delay) with 5,000 contracts, as the preview runs
 * it: no calculator, so the calculated columns read #NAME? and cost the fake nothing (the store never
 * decodes them). "Our code" is the list time less the time the fake needs to serve the same two
 * requests, measured on its own.
 */
export const benches: Bench[] = [
  {
    name: `Contract store over the in-memory Excel, ${ROWS.toLocaleString("en-GB")} contracts (median of ${RUNS})`,
    async run(): Promise<Figure[]> {
      const excel = createMemoryExcel();
      const store = createContractStore(excel.run);
      must(await store.setUp());
      must(await store.createContracts(manyContracts(ROWS)));

      const listSyncs = await syncsOf(excel, () => store.listContracts());
      const listMs = await medianMs(() => store.listContracts(), RUNS, WARMUP);
      const fakeMs = await medianMs(() => fakeRead(excel), RUNS, WARMUP);

      const target = must(await store.getContract(`VC-${ROWS / 2}`));
      let stamp: StoredContract = target;
      const update = () => store.updateContract({ ...fullContract(target.id), title: `Updated ${stamp.version ?? 0}` }, stamp).then((result) => (stamp = must(result)));
      const updateSyncs = await syncsOf(excel, update);
      const updateMs = await medianMs(update, RUNS, WARMUP);

      let reviews = 0;
      const review = () => {
        reviews += 1;
        const next: NewReview = { ...newReview(target.id), decision: "Continue", rationale: `Review ${reviews}` };
        return store.recordReview(next, stamp).then((result) => (stamp = must(result).contract));
      };
      const reviewSyncs = await syncsOf(excel, review);
      const reviewMs = await medianMs(review, RUNS, WARMUP);

      return [
        { name: "listContracts: total", value: listMs, unit: "ms", note: `${listSyncs} syncs` },
        { name: "  the in-memory Excel serving those two requests alone", value: fakeMs, unit: "ms" },
        { name: "  our code (total less the fake)", value: listMs - fakeMs, unit: "ms", note: "budget 150 ms" },
        { name: "updateContract (one row of 5,000)", value: updateMs, unit: "ms", note: `${updateSyncs} syncs` },
        { name: "recordReview (one contract of 5,000)", value: reviewMs, unit: "ms", note: `${reviewSyncs} syncs` },
      ];
    },
  },
];
