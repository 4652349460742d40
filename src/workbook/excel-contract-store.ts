import type { z } from "zod";
import { problemsOf, STATUS_AFTER_DECISION, ValueContract, ValueReview } from "../domain/contract";
import { indexByKey, keyOf, placeAt, readContracts, readReviews, recordCells, storedFromWrite } from "./codec";
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
import { CONTRACTS, keyHeader, REVIEWS, type TableLayout } from "./layout";
import { setUpWorkbook } from "./setup";
import { excelFailure } from "./store-errors";
import { failure, nextId, openTables, sameId, success } from "./store-reads";
import { chunkRows, firstFreeRow, missingFormulaProblems, queueRowRead, queueWrite, sheetRow, type TableSnapshot } from "./table-io";
import { checkWorkbook } from "./workbook-check";
import { cellProblemsAsFields, duplicateId, invalid, notFound } from "./store-messages";
import { saveTarget } from "./save-target";

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
    return this.withTable("read the contracts", CONTRACTS, (snapshot) =>
      success({ contracts: contractsOf(snapshot), problems: missingFormulaProblems(snapshot) }),
    );
  }

  /** Decodes only the rows with this ID (found from the key column), as the list would show them. */
  getContract(id: string, row?: number): Promise<StoreResult<StoredContract>> {
    return this.withTable("read the contracts", CONTRACTS, (snapshot) => {
      const found = contractsOf(snapshot, rowsWithId(snapshot, id)).find((stored) => sameId(stored.id, id) && (row === undefined || stored.row === row));
      return found ? success(found) : failure(notFound(id, row));
    });
  }

  createContract(contract: ValueContract): Promise<StoreResult<StoredContract>> {
    const parsed = parse(ValueContract, contract, "The contract");
    if (!parsed.ok) return Promise.resolve(parsed);
    return this.withTable("save the contract", CONTRACTS, async (snapshot, context) => {
      const taken = takenIn(snapshot, parsed.value.id);
      if (taken !== null) return failure(taken);
      const record = { ...parsed.value, version: 1, updated: this.now() };
      return success(await writeContract(context, snapshot, firstFreeRow(snapshot), record));
    });
  }

  createContracts(contracts: readonly ValueContract[]): Promise<StoreResult<readonly StoredContract[]>> {
    const records: ValueContract[] = [];
    const seen = new Map<string, number>();
    for (const [i, contract] of contracts.entries()) {
      const parsed = parse(ValueContract, contract, `Contract ${i + 1} of ${contracts.length} (${contract.id})`);
      if (!parsed.ok) return Promise.resolve(parsed);
      const earlier = seen.get(keyOf(parsed.value.id));
      if (earlier !== undefined) return Promise.resolve(failure({ kind: "duplicate", message: `Contracts ${earlier + 1} and ${i + 1} share Contract ID "${parsed.value.id}".` }));
      seen.set(keyOf(parsed.value.id), i);
      records.push({ ...parsed.value, version: 1, updated: this.now() });
    }
    return this.withTable("save the contracts", CONTRACTS, async (snapshot, context) => {
      const existing = indexByKey(CONTRACTS, snapshot.map, snapshot.body);
      for (const record of records) {
        const taken = takenIn(snapshot, record.id, existing);
        if (taken !== null) return failure(taken);
      }
      const first = firstFreeRow(snapshot);
      const cells = records.map((record) => recordCells(CONTRACTS, record));
      let index = first;
      for (const chunk of chunkRows(cells)) {
        queueWrite(snapshot, index, chunk);
        try {
          await context.sync();
        } catch (error) {
          return failure(partlySaved(error, index - first, records.length, sheetRow(snapshot, first)));
        }
        index += chunk.length;
      }
      return success(records.map((record, i) => storedFromWrite(record, cells[i] ?? [], sheetRow(snapshot, first + i))));
    });
  }

  updateContract(contract: ValueContract, stamp: ReadStamp): Promise<StoreResult<StoredContract>> {
    const parsed = parse(ValueContract, contract, "The contract");
    if (!parsed.ok) return Promise.resolve(parsed);
    return this.withTable("save the contract", CONTRACTS, async (snapshot, context) => {
      const current = saveTarget(snapshot, indexByKey(CONTRACTS, snapshot.map, snapshot.body), parsed.value.id, stamp, true);
      if (!current.ok) return current;
      const record = { ...parsed.value, version: (current.value.stored.version ?? 0) + 1, updated: this.now() };
      return success(await writeContract(context, snapshot, current.value.index, record));
    });
  }

  recordReview(review: ValueReview, stamp: ReadStamp): Promise<StoreResult<{ contract: StoredContract; review: StoredReview }>> {
    const parsed = parse(ValueReview, review, "The review");
    if (!parsed.ok) return Promise.resolve(parsed);
    const { value } = parsed;
    return this.attempt("record the review", async (context) => {
      const opened = await openTables(context, [CONTRACTS, REVIEWS]);
      if (!opened.ok) return opened;
      const [contracts, reviews] = opened.value;
      if (!contracts || !reviews) return failure(notOpened);
      const current = saveTarget(contracts, indexByKey(CONTRACTS, contracts.map, contracts.body), value.contractId, stamp, false);
      if (!current.ok) return current;
      const { stored, index } = current.value;
      const before = stored.contract;
      if (!before) return failure(invalid(`Contract ${stored.id} (row ${stored.row})`, cellProblemsAsFields(stored.problems)));
      const taken = takenIn(reviews, value.id);
      if (taken !== null) return failure(taken);
      const status = STATUS_AFTER_DECISION[value.decision] ?? before.status;
      const after = parse(ValueContract, { ...before, status, lastReview: value.date, version: (stored.version ?? 0) + 1, updated: this.now() }, `After this review, contract ${before.id}`);
      if (!after.ok) return after;
      const reviewIndex = firstFreeRow(reviews);
      queueWrite(reviews, reviewIndex, [recordCells(REVIEWS, value)]);
      const reviewBack = queueRowRead(reviews, reviewIndex);
      const contract = await writeContract(context, contracts, index, after.value);
      const [written] = readReviews(reviews.map, reviewBack.values, placeAt(reviews.place, reviewIndex));
      return written ? success({ contract, review: written }) : failure(notOpened);
    });
  }

  listReviews(contractId?: string): Promise<StoreResult<readonly StoredReview[]>> {
    return this.withTable("read the reviews", REVIEWS, (snapshot) => {
      const all = reviewsOf(snapshot);
      const wanted = contractId === undefined ? all : all.filter((stored) => sameId(String(stored.draft["contractId"] ?? ""), contractId));
      return success([...wanted].sort(oldestFirst));
    });
  }

  nextContractId(): Promise<StoreResult<string>> {
    return this.withTable("read the contracts", CONTRACTS, (snapshot) => success(nextIdIn(snapshot, "VC")));
  }

  nextReviewId(): Promise<StoreResult<string>> {
    return this.withTable("read the reviews", REVIEWS, (snapshot) => success(nextIdIn(snapshot, "VR")));
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

  /** attempt() with one table opened (two syncs) and handed to `batch`: every one-table read and write. */
  private withTable<T>(
    doing: string,
    layout: TableLayout,
    batch: (snapshot: TableSnapshot, context: ExcelContext) => StoreResult<T> | Promise<StoreResult<T>>,
  ): Promise<StoreResult<T>> {
    return this.attempt(doing, async (context) => {
      const opened = await openTables(context, [layout]);
      if (!opened.ok) return opened;
      const [snapshot] = opened.value;
      return snapshot ? batch(snapshot, context) : failure(notOpened);
    });
  }
}

/** A record through its schema, or the "invalid" error naming `subject` (e.g. "The contract") with each problem. */
function parse<T>(schema: z.ZodType<T>, value: unknown, subject: string): StoreResult<T> {
  const parsed = schema.safeParse(value);
  return parsed.success ? success(parsed.data) : failure(invalid(subject, problemsOf(parsed.error)));
}

/** The "duplicate" error if a row of the table already has this key (Contract ID or Review ID), else null. */
function takenIn(snapshot: TableSnapshot, id: string, keys = indexByKey(snapshot.layout, snapshot.map, snapshot.body)): StoreError | null {
  const taken = keys.get(keyOf(id))?.[0];
  return taken === undefined ? null : duplicateId(keyHeader(snapshot.layout), id, [sheetRow(snapshot, taken)]);
}

/** The next free ID with this prefix among the table's keys. */
const nextIdIn = (snapshot: TableSnapshot, prefix: string): string => nextId(prefix, [...indexByKey(snapshot.layout, snapshot.map, snapshot.body).keys()]);

/** openTables returns one snapshot per layout; this stands for the impossible case where it did not. */
const notOpened: StoreError = { kind: "excel", message: "AIVM could not read the tables. Close and reopen the pane, then try again." };

/** A bulk write that failed after some chunks were written: say which rows are in, so a retry can skip them. */
function partlySaved(error: unknown, saved: number, total: number, firstRow: number): StoreError {
  const failed = excelFailure(error, "save all the contracts");
  if (saved === 0) return failed;
  const rows = saved === 1 ? `row ${firstRow}` : `rows ${firstRow} to ${firstRow + saved - 1}`;
  return { kind: "excel", message: `${failed.message} The first ${saved} of ${total} contracts were saved (${rows}); save the others again.` };
}

const contractsOf = (snapshot: TableSnapshot, indexes?: readonly number[]): StoredContract[] =>
  readContracts(snapshot.map, snapshot.body, snapshot.place, indexes);
const reviewsOf = (snapshot: TableSnapshot): StoredReview[] => readReviews(snapshot.map, snapshot.body, snapshot.place);

/**
 * Body rows whose key is `id`: all of them, so rows sharing the ID are flagged as in a full read. A blank
 * ID is in no key index (a row without one is found among all rows): undefined, every row.
 */
function rowsWithId(snapshot: TableSnapshot, id: string): readonly number[] | undefined {
  const key = keyOf(id);
  return key === "" ? undefined : (indexByKey(snapshot.layout, snapshot.map, snapshot.body).get(key) ?? []);
}

/** Writes a contract's cells at a body row and reads the row back (one sync): the result is what a list would show. */
async function writeContract(context: ExcelContext, snapshot: TableSnapshot, index: number, record: ValueContract): Promise<StoredContract> {
  const cells = recordCells(CONTRACTS, record);
  queueWrite(snapshot, index, [cells]);
  const back = queueRowRead(snapshot, index);
  await context.sync();
  const [stored] = readContracts(snapshot.map, back.values, placeAt(snapshot.place, index));
  return stored ?? storedFromWrite(record, cells, sheetRow(snapshot, index));
}

function oldestFirst(a: StoredReview, b: StoredReview): number {
  const dateA = a.review?.date ?? "\uffff";
  const dateB = b.review?.date ?? "\uffff";
  return dateA < dateB ? -1 : dateA > dateB ? 1 : a.row - b.row;
}
