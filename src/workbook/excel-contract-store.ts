import { problemsOf, STATUS_AFTER_DECISION, ValueContract, ValueReview } from "../domain/contract";
import { placeAt, readContracts, readReviews, recordCells, storedFromWrite } from "./codec";
import type {
  ContractList,
  ContractStore,
  ReadStamp,
  SetupReport,
  StoreError,
  StoredContract,
  StoredReview,
  StoreResult,
  WorkbookCheck,
} from "./contract-store";
import type { ExcelContext, ExcelRun } from "./excel-api";
import { CONTRACTS, REVIEWS } from "./layout";
import { setUpWorkbook } from "./setup";
import { excelFailure } from "./store-errors";
import { failure, nextId, openTables, sameId, success } from "./store-reads";
import { chunkRows, firstFreeRow, missingFormulaProblems, queueRowRead, queueWrite, type TableSnapshot } from "./table-io";
import { checkWorkbook } from "./workbook-check";
import { cellProblemsAsFields, conflict, duplicateId, invalid, notFound } from "./store-messages";

/**
 * The ContractStore over a workbook through an ExcelRun: Excel.run in the add-in, the in-memory Excel
 * in tests and the preview. Reads take 2 syncs (find the tables, load them whole); single writes 3
 * (the reads, then the write and a read-back of the written row). Every Excel failure comes back as a
 * StoreError of kind "excel"; nothing is thrown at the pane.
 */
export class ExcelContractStore implements ContractStore {
  /**
   * @param run  runs a batch against the workbook (excelRun, or the in-memory Excel's run).
   * @param clock  the time written to Updated (UTC, whole seconds); tests pass a fixed one.
   */
  constructor(
    private readonly run: ExcelRun,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  setUp(): Promise<StoreResult<SetupReport>> {
    return this.attempt("set up the tables", (context) => setUpWorkbook(context));
  }

  check(): Promise<StoreResult<WorkbookCheck>> {
    return this.attempt("check the workbook", async (context) => success(await checkWorkbook(context)));
  }

  listContracts(): Promise<StoreResult<ContractList>> {
    return this.attempt("read the contracts", async (context) => {
      const opened = await openTables(context, [CONTRACTS]);
      if (!opened.ok) return opened;
      const [snapshot] = opened.value;
      if (!snapshot) return failure(notOpened);
      return success({ contracts: contractsOf(snapshot), problems: missingFormulaProblems(snapshot) });
    });
  }

  async getContract(id: string): Promise<StoreResult<StoredContract>> {
    const listed = await this.listContracts();
    if (!listed.ok) return listed;
    const found = listed.value.contracts.find((stored) => sameId(stored.id, id));
    return found ? success(found) : failure(notFound(id));
  }

  createContract(contract: ValueContract): Promise<StoreResult<StoredContract>> {
    const parsed = ValueContract.safeParse(contract);
    if (!parsed.success) return Promise.resolve(failure(invalid("The contract", problemsOf(parsed.error))));
    return this.attempt("save the contract", async (context) => {
      const opened = await openTables(context, [CONTRACTS]);
      if (!opened.ok) return opened;
      const [snapshot] = opened.value;
      if (!snapshot) return failure(notOpened);
      const taken = contractsOf(snapshot).find((stored) => sameId(stored.id, parsed.data.id));
      if (taken) return failure(duplicateId("Contract ID", parsed.data.id, taken.row));
      const record = { ...parsed.data, version: 1, updated: this.now() };
      return success(await writeContract(context, snapshot, firstFreeRow(snapshot), record));
    });
  }

  createContracts(contracts: readonly ValueContract[]): Promise<StoreResult<readonly StoredContract[]>> {
    const records: ValueContract[] = [];
    for (const [i, contract] of contracts.entries()) {
      const parsed = ValueContract.safeParse(contract);
      if (!parsed.success) return Promise.resolve(failure(invalid(`Contract ${i + 1} of ${contracts.length} (${contract.id})`, problemsOf(parsed.error))));
      const earlier = records.findIndex((record) => sameId(record.id, parsed.data.id));
      if (earlier >= 0) return Promise.resolve(failure({ kind: "duplicate", message: `Contracts ${earlier + 1} and ${i + 1} share Contract ID "${parsed.data.id}".` }));
      records.push({ ...parsed.data, version: 1, updated: this.now() });
    }
    return this.attempt("save the contracts", async (context) => {
      const opened = await openTables(context, [CONTRACTS]);
      if (!opened.ok) return opened;
      const [snapshot] = opened.value;
      if (!snapshot) return failure(notOpened);
      const existing = contractsOf(snapshot);
      for (const record of records) {
        const taken = existing.find((stored) => sameId(stored.id, record.id));
        if (taken) return failure(duplicateId("Contract ID", record.id, taken.row));
      }
      const first = firstFreeRow(snapshot);
      const cells = records.map((record) => recordCells(CONTRACTS, record));
      let index = first;
      for (const chunk of chunkRows(cells)) {
        queueWrite(snapshot, index, chunk);
        await context.sync();
        index += chunk.length;
      }
      return success(records.map((record, i) => storedFromWrite(record, cells[i] ?? [], snapshot.place.headerRow + 1 + first + i)));
    });
  }

  updateContract(contract: ValueContract, stamp: ReadStamp): Promise<StoreResult<StoredContract>> {
    const parsed = ValueContract.safeParse(contract);
    if (!parsed.success) return Promise.resolve(failure(invalid("The contract", problemsOf(parsed.error))));
    return this.attempt("save the contract", async (context) => {
      const opened = await openTables(context, [CONTRACTS]);
      if (!opened.ok) return opened;
      const [snapshot] = opened.value;
      if (!snapshot) return failure(notOpened);
      const current = theOne(contractsOf(snapshot), parsed.data.id, stamp);
      if (!current.ok) return current;
      const record = { ...parsed.data, version: (current.value.version ?? 0) + 1, updated: this.now() };
      return success(await writeContract(context, snapshot, bodyIndex(snapshot, current.value.row), record));
    });
  }

  recordReview(review: ValueReview, stamp: ReadStamp): Promise<StoreResult<{ contract: StoredContract; review: StoredReview }>> {
    const parsed = ValueReview.safeParse(review);
    if (!parsed.success) return Promise.resolve(failure(invalid("The review", problemsOf(parsed.error))));
    return this.attempt("record the review", async (context) => {
      const opened = await openTables(context, [CONTRACTS, REVIEWS]);
      if (!opened.ok) return opened;
      const [contracts, reviews] = opened.value;
      if (!contracts || !reviews) return failure(notOpened);
      const current = theOne(contractsOf(contracts), parsed.data.contractId, stamp);
      if (!current.ok) return current;
      const before = current.value.contract;
      if (!before) return failure(invalid(`Contract ${current.value.id} (row ${current.value.row})`, cellProblemsAsFields(current.value.problems)));
      const taken = reviewsOf(reviews).find((stored) => sameId(String(stored.draft["id"] ?? ""), parsed.data.id));
      if (taken) return failure(duplicateId("Review ID", parsed.data.id, taken.row));
      const status = STATUS_AFTER_DECISION[parsed.data.decision] ?? before.status;
      const after = ValueContract.safeParse({ ...before, status, lastReview: parsed.data.date, version: (current.value.version ?? 0) + 1, updated: this.now() });
      if (!after.success) return failure(invalid(`After this review, contract ${before.id}`, problemsOf(after.error)));
      const reviewIndex = firstFreeRow(reviews);
      queueWrite(reviews, reviewIndex, [recordCells(REVIEWS, parsed.data)]);
      const reviewBack = queueRowRead(reviews, reviewIndex);
      const contract = await writeContract(context, contracts, bodyIndex(contracts, current.value.row), after.data);
      const [written] = readReviews(reviews.map, reviewBack.values, placeAt(reviews.place, reviewIndex));
      return written ? success({ contract, review: written }) : failure(notOpened);
    });
  }

  listReviews(contractId?: string): Promise<StoreResult<readonly StoredReview[]>> {
    return this.attempt("read the reviews", async (context) => {
      const opened = await openTables(context, [REVIEWS]);
      if (!opened.ok) return opened;
      const [snapshot] = opened.value;
      if (!snapshot) return failure(notOpened);
      const all = reviewsOf(snapshot);
      const wanted = contractId === undefined ? all : all.filter((stored) => sameId(String(stored.draft["contractId"] ?? ""), contractId));
      return success([...wanted].sort(oldestFirst));
    });
  }

  nextContractId(): Promise<StoreResult<string>> {
    return this.attempt("read the contracts", async (context) => {
      const opened = await openTables(context, [CONTRACTS]);
      if (!opened.ok) return opened;
      const [snapshot] = opened.value;
      if (!snapshot) return failure(notOpened);
      return success(nextId("VC", contractsOf(snapshot).map((stored) => stored.id)));
    });
  }

  nextReviewId(): Promise<StoreResult<string>> {
    return this.attempt("read the reviews", async (context) => {
      const opened = await openTables(context, [REVIEWS]);
      if (!opened.ok) return opened;
      const [snapshot] = opened.value;
      if (!snapshot) return failure(notOpened);
      return success(nextId("VR", reviewsOf(snapshot).map((stored) => String(stored.draft["id"] ?? ""))));
    });
  }

  /** Now as written to Updated: ISO UTC to the whole second (the column's precision). */
  private now(): string {
    return this.clock().toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  private async attempt<T>(doing: string, batch: (context: ExcelContext) => Promise<StoreResult<T>>): Promise<StoreResult<T>> {
    try {
      return await this.run(batch);
    } catch (error) {
      return failure(excelFailure(error, doing));
    }
  }
}

/** openTables returns one snapshot per layout; this stands for the impossible case where it did not. */
const notOpened: StoreError = { kind: "excel", message: "AIVM could not read the tables. Close and reopen the pane, then try again." };

const contractsOf = (snapshot: TableSnapshot): StoredContract[] => readContracts(snapshot.map, snapshot.body, snapshot.place);
const reviewsOf = (snapshot: TableSnapshot): StoredReview[] => readReviews(snapshot.map, snapshot.body, snapshot.place);
const bodyIndex = (snapshot: TableSnapshot, row: number): number => row - snapshot.place.headerRow - 1;

/** The one row with this Contract ID, unchanged since `stamp` was read; otherwise why not. */
function theOne(contracts: readonly StoredContract[], id: string, stamp: ReadStamp): StoreResult<StoredContract> {
  const matches = contracts.filter((stored) => sameId(stored.id, id));
  const [current, second] = matches;
  if (!current) return failure(notFound(id));
  if (second) return failure(duplicateId("Contract ID", id, second.row, current.row));
  if (current.version !== stamp.version || current.fingerprint !== stamp.fingerprint) return failure(conflict(current));
  return success(current);
}

/** Writes a contract's cells at a body row and reads the row back (one sync): the result is what a list would show. */
async function writeContract(context: ExcelContext, snapshot: TableSnapshot, index: number, record: ValueContract): Promise<StoredContract> {
  queueWrite(snapshot, index, [recordCells(CONTRACTS, record)]);
  const back = queueRowRead(snapshot, index);
  await context.sync();
  const [stored] = readContracts(snapshot.map, back.values, placeAt(snapshot.place, index));
  return stored ?? storedFromWrite(record, recordCells(CONTRACTS, record), snapshot.place.headerRow + 1 + index);
}

function oldestFirst(a: StoredReview, b: StoredReview): number {
  const dateA = a.review?.date ?? "\uffff";
  const dateB = b.review?.date ?? "\uffff";
  return dateA < dateB ? -1 : dateA > dateB ? 1 : a.row - b.row;
}
