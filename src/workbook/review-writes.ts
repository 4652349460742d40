import { ValueContract } from "../domain/contract";
import { fail, ok } from "../domain/result";
import { STATUS_AFTER_DECISION, ValueReview, type NewReview } from "../domain/review";
import { appendRows, readBack, type NewRow } from "./appends";
import { draftOf, placeAt, readReviews, recordCells } from "./codec";
import { chooseTarget, writeContractRow } from "./contract-writes";
import type { ReadStamp, SavedContract, StoredReview, StoreResult } from "./contract-store";
import type { ExcelContext } from "./excel-api";
import { CONTRACTS, REVIEWS } from "./layout";
import { deleteRowWithKey } from "./row-writes";
import { invalid } from "./store-messages";
import { nextIdIn, notOpened, parse } from "./store-reads";
import type { TableHead } from "./table-io";

/**
 * Recording a review: the review row appended with the next free Review ID, and its contract's Last
 * review and status updated, in one Excel.run; the contract's write verifies what it overwrites, and
 * if it is refused the review just appended is taken out again.
 */
export async function recordReviewIn(context: ExcelContext, contracts: TableHead, reviews: TableHead, value: NewReview, stamp: ReadStamp, now: string): Promise<StoreResult<{ contract: SavedContract; review: StoredReview }>> {
  const target = chooseTarget(contracts, stamp, value.contractId, false);
  if (!target.ok) return target;
  const before = ValueContract.safeParse(draftOf(CONTRACTS, stamp.cells, contracts.dates.offset));
  if (!before.success) return fail(invalid(`Contract ${stamp.id} (row ${stamp.row})`, []));
  const status = STATUS_AFTER_DECISION[value.decision] ?? before.data.status;
  const version = (stamp.version ?? 0) + 1;
  const after = parse(ValueContract, { ...before.data, status, lastReview: value.date, version, updated: now }, `After this review, contract ${before.data.id}`);
  if (!after.ok) return after;
  // The review goes in first (its ID given in the request that writes it), then the contract row.
  const written = await appendRows(context, reviews, [reviewRow(reviews, { ...value, id: nextIdIn(reviews) })], true);
  if (!written.ok) return written;
  const placed = written.value[0];
  if (!placed) return fail(notOpened);
  // What the reviewer decided on (the thresholds behind the suggestion, the status, the cadence) must not have changed meanwhile.
  const saved = await writeContractRow(context, contracts, stamp, { status, lastReview: value.date, version, updated: after.value.updated }, target.value, REVIEW_RESTS_ON);
  if (!saved.ok) {
    await removeReview(context, reviews, placed.index, placed.id);
    return saved;
  }
  const [stored] = readReviews(reviews.map, [fullRow(reviews, placed.cells)], placeAt(reviews.place, placed.index), reviews.dates.offset);
  return stored ? ok({ contract: saved.value, review: stored }) : fail(notOpened);
}

/** The contract fields a review's decision rests on: a co-author's change to one refuses the review rather than merge. */
const REVIEW_RESTS_ON = ["status", "expandAtValue", "stopBelowValue", "evidenceLevel", "reviewCadence"];

const reviewRow = (head: TableHead, review: ValueReview): NewRow => ({ id: review.id, cells: recordCells(REVIEWS, review, head.dates.offset) });

/** A record's cells (layout order) as a full-width row read back, for decoding it as the list would. */
function fullRow(head: TableHead, cells: readonly (string | number | boolean)[]): (string | number | boolean)[] {
  const row: (string | number | boolean)[] = new Array<string | number | boolean>(head.map.width).fill("");
  const back = readBack(cells);
  head.layout.columns.forEach((column, i) => {
    const position = head.map.positions.get(column.header);
    if (position !== undefined) row[position] = back[i] ?? "";
  });
  return row;
}

/** Takes a just-appended review out again when its contract could not be saved. */
async function removeReview(context: ExcelContext, head: TableHead, index: number, id: string): Promise<void> {
  await deleteRowWithKey(context, head, index, id);
}
