import { NewContract, ValueContract } from "../domain/contract";
import { idKey, ownerNames } from "../domain/lists";
import { fail, ok } from "../domain/result";
import { NewReview, STATUS_AFTER_DECISION } from "../domain/review";
import { indexByKey, placeAt, readContracts, readReviews, recordCells, storedFromWrite } from "./codec";
import type {
  ContractList,
  ContractStore,
  OpenedContract,
  OpenedReview,
  ReadStamp,
  SetupReport,
  StoreError,
  StoredContract,
  StoredReview,
  StoreResult,
  WorkbookCheck,
} from "./contract-store";
import type { ExcelContext, ExcelRun } from "./excel-api";
import { CONTRACTS, REVIEWS, type TableLayout } from "./layout";
import { saveTarget } from "./save-target";
import { setUpWorkbook } from "./setup";
import { excelFailure, unexpectedFailure } from "./store-errors";
import { cellProblemsAsFields, invalid, notFound } from "./store-messages";
import { contractsOf, nextIdIn, notOpened, openTables, parse, reviewsOf, rowsWithId, takenIn } from "./store-reads";
import { chunkRows, firstFreeRow, missingFormulaProblems, queueRowRead, queueWrite, sheetRow, type TableSnapshot } from "./table-io";
import { checkWorkbook } from "./workbook-check";

/**
 * The ContractStore over a workbook, built once where the pane (or a test) starts: Excel.run in the
 * add-in, the in-memory Excel in tests and the preview. Every method resolves, never rejects: expected
 * failures are StoreErrors, and even a bug's exception comes back as one of kind "excel".
 * @param run  runs a batch against the workbook (excelRun, or the in-memory Excel's run).
 * @param clock  the time written to Updated (UTC, whole seconds); tests pass a fixed one.
 */
export function createContractStore(run: ExcelRun, clock: () => Date = () => new Date()): ContractStore {
  return neverRejects(new ExcelContractStore(run, clock));
}

/** Each method of `store` with any rejection turned into a failed StoreResult: the "never rejects" promise, kept in one place. */
function neverRejects(store: ContractStore): ContractStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const member: unknown = Reflect.get(target, property, receiver);
      if (typeof member !== "function") return member;
      return async (...args: unknown[]) => {
        try {
          return (await member.apply(target, args)) as unknown;
        } catch (thrown) {
          return fail(unexpectedFailure(thrown));
        }
      };
    },
  });
}

/**
 * Reads take 2 syncs (find the tables, load them whole); single writes 3 (the reads, then the write
 * and a read-back of the written row). Each use case is one Excel.run, so an ID is allocated in the
 * request that writes it. Every Excel failure comes back as a StoreError of kind "excel".
 */
class ExcelContractStore implements ContractStore {
  constructor(
    private readonly run: ExcelRun,
    private readonly clock: () => Date,
  ) {}

  setUp(): Promise<StoreResult<SetupReport>> {
    return this.attempt("set up the tables", (context) => setUpWorkbook(context));
  }

  check(): Promise<StoreResult<WorkbookCheck>> {
    return this.attempt("check the workbook", async (context) => ok(await checkWorkbook(context)));
  }

  listContracts(): Promise<StoreResult<ContractList>> {
    return this.withTable("read the contracts", CONTRACTS, (snapshot) => ok({ contracts: contractsOf(snapshot), problems: missingFormulaProblems(snapshot) }));
  }

  getContract(id: string, row?: number): Promise<StoreResult<StoredContract>> {
    return this.withTable("read the contracts", CONTRACTS, (snapshot) => findContract(snapshot, id, row));
  }

  openContract(id: string | null, row?: number): Promise<StoreResult<OpenedContract>> {
    return this.withTable("read the contracts", CONTRACTS, (snapshot) => {
      const found = id === null ? ok(null) : findContract(snapshot, id, row);
      if (!found.ok) return found;
      const owners = ownerNames(contractsOf(snapshot).flatMap((stored) => stored.contract ?? []));
      return ok({ stored: found.value, owners, nextId: nextIdIn(snapshot) });
    });
  }

  openReview(contractId: string): Promise<StoreResult<OpenedReview>> {
    return this.withTables("read the contract and its reviews", [CONTRACTS, REVIEWS], ([contracts, reviews]) => {
      const found = findContract(contracts, contractId);
      return found.ok ? ok({ stored: found.value, reviews: reviewsOf(reviews, contractId) }) : found;
    });
  }

  createContract(contract: NewContract): Promise<StoreResult<StoredContract>> {
    const parsed = parse(NewContract, contract, "The contract");
    if (!parsed.ok) return Promise.resolve(parsed);
    return this.writeTables("save the contract", [CONTRACTS], async ([snapshot], context) => {
      const keys = indexByKey(CONTRACTS, snapshot.map, snapshot.body);
      const id = parsed.value.id === "" ? nextIdIn(snapshot, keys) : parsed.value.id;
      const taken = takenIn(snapshot, id, keys);
      if (taken !== null) return fail(taken);
      const record = parse(ValueContract, { ...parsed.value, id, version: 1, updated: this.now() }, "The contract");
      return record.ok ? ok(await writeContract(context, snapshot, firstFreeRow(snapshot), record.value)) : record;
    });
  }

  createContracts(contracts: readonly ValueContract[]): Promise<StoreResult<readonly StoredContract[]>> {
    const records: ValueContract[] = [];
    const seen = new Map<string, number>();
    for (const [i, contract] of contracts.entries()) {
      const parsed = parse(ValueContract, contract, `Contract ${i + 1} of ${contracts.length} (${contract.id})`);
      if (!parsed.ok) return Promise.resolve(parsed);
      const earlier = seen.get(idKey(parsed.value.id));
      if (earlier !== undefined) return Promise.resolve(fail({ kind: "duplicate", message: `Contracts ${earlier + 1} and ${i + 1} share Contract ID "${parsed.value.id}".` }));
      seen.set(idKey(parsed.value.id), i);
      records.push({ ...parsed.value, version: 1, updated: this.now() });
    }
    return this.writeTables("save the contracts", [CONTRACTS], ([snapshot], context) => appendContracts(context, snapshot, records));
  }

  insertSampleContracts(today: string, extra = 0): Promise<StoreResult<readonly StoredContract[]>> {
    return this.attempt("insert the sample contracts", async (context) => {
      // The samples are only needed on request: a chunk of their own keeps them out of the store's first load.
      const samples = import(/* webpackChunkName: "samples" */ "../domain/sample-contracts");
      const setUp = await setUpWorkbook(context);
      if (!setUp.ok) return setUp;
      const opened = await openTables(context, [CONTRACTS], "write");
      if (!opened.ok) return opened;
      const [snapshot] = opened.value;
      if (!snapshot) return fail(notOpened);
      const contracts = (await samples).samplePortfolio(today, nextIdIn(snapshot), extra);
      return appendContracts(context, snapshot, contracts.map((contract) => ({ ...contract, version: 1, updated: this.now() })));
    });
  }

  updateContract(contract: ValueContract, stamp: ReadStamp): Promise<StoreResult<StoredContract>> {
    const parsed = parse(ValueContract, contract, "The contract");
    if (!parsed.ok) return Promise.resolve(parsed);
    return this.writeTables("save the contract", [CONTRACTS], async ([snapshot], context) => {
      const current = saveTarget(snapshot, indexByKey(CONTRACTS, snapshot.map, snapshot.body), parsed.value.id, stamp, true);
      if (!current.ok) return current;
      const record = { ...parsed.value, version: (current.value.stored.version ?? 0) + 1, updated: this.now() };
      return ok(await writeContract(context, snapshot, current.value.index, record));
    });
  }

  recordReview(review: NewReview, stamp: ReadStamp): Promise<StoreResult<{ contract: StoredContract; review: StoredReview }>> {
    const parsed = parse(NewReview, review, "The review");
    if (!parsed.ok) return Promise.resolve(parsed);
    const { value } = parsed;
    return this.writeTables("record the review", [CONTRACTS, REVIEWS], async ([contracts, reviews], context) => {
      const current = saveTarget(contracts, indexByKey(CONTRACTS, contracts.map, contracts.body), value.contractId, stamp, false);
      if (!current.ok) return current;
      const { stored, index } = current.value;
      const before = stored.contract;
      if (!before) return fail(invalid(`Contract ${stored.id} (row ${stored.row})`, cellProblemsAsFields(stored.problems)));
      const status = STATUS_AFTER_DECISION[value.decision] ?? before.status;
      const after = parse(ValueContract, { ...before, status, lastReview: value.date, version: (stored.version ?? 0) + 1, updated: this.now() }, `After this review, contract ${before.id}`);
      if (!after.ok) return after;
      const reviewIndex = firstFreeRow(reviews);
      queueWrite(reviews, reviewIndex, [recordCells(REVIEWS, { ...value, id: nextIdIn(reviews) })]);
      const reviewBack = queueRowRead(reviews, reviewIndex);
      const contract = await writeContract(context, contracts, index, after.value);
      const [written] = readReviews(reviews.map, reviewBack.values, placeAt(reviews.place, reviewIndex));
      return written ? ok({ contract, review: written }) : fail(notOpened);
    });
  }

  listReviews(contractId?: string): Promise<StoreResult<readonly StoredReview[]>> {
    return this.withTable("read the reviews", REVIEWS, (snapshot) => ok(reviewsOf(snapshot, contractId)));
  }

  /** Now as written to Updated: ISO UTC to the whole second (the column's precision). */
  private now(): string {
    return this.clock().toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  private async attempt<T>(doing: string, batch: (context: ExcelContext) => Promise<StoreResult<T>>): Promise<StoreResult<T>> {
    try {
      return await this.run(batch);
    } catch (error) {
      return fail(excelFailure(error, doing));
    }
  }

  /** attempt() with one table opened (two syncs) and handed to `batch`: every one-table read and write. */
  private withTable<T>(
    doing: string,
    layout: TableLayout,
    batch: (snapshot: TableSnapshot, context: ExcelContext) => StoreResult<T> | Promise<StoreResult<T>>,
  ): Promise<StoreResult<T>> {
    return this.withTables(doing, [layout], ([snapshot], context) => batch(snapshot, context));
  }

  /** withTables() for a write: a table whose columns are ambiguous (mapHeaders) is refused before anything is written. */
  private writeTables<T, const L extends readonly TableLayout[]>(
    doing: string,
    layouts: L,
    batch: (snapshots: { readonly [I in keyof L]: TableSnapshot }, context: ExcelContext) => StoreResult<T> | Promise<StoreResult<T>>,
  ): Promise<StoreResult<T>> {
    return this.withTables(doing, layouts, batch, "write");
  }

  /** attempt() with both tables opened in the same two syncs. */
  private withTables<T, const L extends readonly TableLayout[]>(
    doing: string,
    layouts: L,
    batch: (snapshots: { readonly [I in keyof L]: TableSnapshot }, context: ExcelContext) => StoreResult<T> | Promise<StoreResult<T>>,
    purpose: "read" | "write" = "read",
  ): Promise<StoreResult<T>> {
    return this.attempt(doing, async (context) => {
      const opened = await openTables(context, layouts, purpose);
      if (!opened.ok) return opened;
      if (opened.value.length !== layouts.length) return fail(notOpened);
      // One snapshot per layout, in order (checked just above).
      return batch(opened.value as unknown as { readonly [I in keyof L]: TableSnapshot }, context);
    });
  }
}

/** The contract row with this ID (at `row`, when given), decoding only the rows with the ID, as the list shows them. */
function findContract(snapshot: TableSnapshot, id: string, row?: number): StoreResult<StoredContract> {
  const found = contractsOf(snapshot, rowsWithId(snapshot, id)).find((stored) => idKey(stored.id) === idKey(id) && (row === undefined || stored.row === row));
  return found ? ok(found) : fail(notFound(id, row));
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

/** Appends validated records after the last row in use, in chunks under the request limit; refuses IDs already in the table. */
async function appendContracts(context: ExcelContext, snapshot: TableSnapshot, records: readonly ValueContract[]): Promise<StoreResult<readonly StoredContract[]>> {
  const existing = indexByKey(CONTRACTS, snapshot.map, snapshot.body);
  for (const record of records) {
    const taken = takenIn(snapshot, record.id, existing);
    if (taken !== null) return fail(taken);
  }
  const first = firstFreeRow(snapshot);
  const cells = records.map((record) => recordCells(CONTRACTS, record));
  let index = first;
  for (const chunk of chunkRows(cells)) {
    queueWrite(snapshot, index, chunk);
    try {
      await context.sync();
    } catch (error) {
      return fail(partlySaved(error, index - first, records.length, sheetRow(snapshot, first)));
    }
    index += chunk.length;
  }
  return ok(records.map((record, i) => storedFromWrite(record, cells[i] ?? [], sheetRow(snapshot, first + i))));
}

/** A bulk write that failed after some chunks were written: say which rows are in, so a retry can skip them. */
function partlySaved(error: unknown, saved: number, total: number, firstRow: number): StoreError {
  const failed = excelFailure(error, "save all the contracts");
  if (saved === 0) return failed;
  const rows = saved === 1 ? `row ${firstRow}` : `rows ${firstRow} to ${firstRow + saved - 1}`;
  return { kind: "excel", message: `${failed.message} The first ${saved} of ${total} contracts were saved (${rows}); save the others again.` };
}
