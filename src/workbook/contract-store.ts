import type { FieldProblem, NewContract, ValueContract } from "../domain/contract";
import type { ContractFigures } from "../domain/contract-figures";
import type { Result } from "../domain/result";
import type { LedgerEntry, NewLedgerEntry } from "../domain/ledger";
import type { NewReview, ValueReview } from "../domain/review";
import type { WorkbookSettings } from "../domain/settings";
import type { RangeInput, ValueRange } from "../domain/value-range";
import type { LossExposure, LossInput } from "../domain/loss-exposure";
import type { CellValue } from "./excel-api";
import type { ReportSummary } from "./report";

export type { ChartFallback, ReportSummary } from "./report";

/**
 * How the pane reads and writes value contracts, whatever the host, in use cases: each method is one
 * thing a user does, done in one Excel.run (so an ID is allocated in the request that writes it).
 * createContractStore (excel-contract-store.ts) implements it with Excel.run over the real workbook,
 * and over the in-memory Excel in tests and the preview. Every method resolves, never rejects, to a
 * StoreResult: expected failures are values, and the store built by createContractStore turns even an
 * unexpected exception into one.
 */

/** Where a problem sits in the workbook: sheet name, 1-based Excel row number, column header. */
export interface CellProblem {
  readonly sheet: string;
  /** Excel row number on the sheet (1-based, as the row headers show); null for a table-level problem. */
  readonly row: number | null;
  /** Column header as it appears in the table; null when the problem is the whole row or table. */
  readonly column: string | null;
  /** The field (key in the field model) the column holds; null when the problem is not one field's. */
  readonly field: string | null;
  readonly message: string;
}

/** What the store knows of one contract row: the validated contract if the row is valid, and always what was read. */
export interface StoredContract {
  /** The contract, or null when the row fails validation (its problems say why). */
  readonly contract: ValueContract | null;
  /**
   * The row's values as read, keyed by ValueContract field, converted where possible (numbers,
   * ISO dates) and kept as found where not, so an invalid row can be shown and fixed without loss.
   */
  readonly draft: Readonly<Record<string, unknown>>;
  /** Our data cells in layout order, as read (text columns as shown): what a save compares the row with. */
  readonly cells: readonly CellValue[];
  /** Contract ID as found in the row (may be blank or duplicated when the row is invalid). */
  readonly id: string;
  /** Excel row number on the sheet when read. */
  readonly row: number;
  /** Version as read, or null if the cell is not a valid version. */
  readonly version: number | null;
  /** A digest of every cell of the row as read: a hand edit or a co-author's save changes it. */
  readonly fingerprint: string;
  /** Calculated columns as computed by the domain (not read back from the cells). */
  readonly figures: ContractFigures | null;
  readonly problems: readonly CellProblem[];
}

/** The calculated columns of a contract, as the domain computes them (contract-figures.ts). */
export type { ContractFigures };

export interface StoredReview {
  readonly review: ValueReview | null;
  readonly draft: Readonly<Record<string, unknown>>;
  readonly row: number;
  readonly problems: readonly CellProblem[];
}

/**
 * What the optimistic-concurrency check compares: the row as the editor read it. A StoredContract is
 * one. The row number tells apart rows that share a Contract ID (a pasted row), so the one the user
 * opened is the one saved.
 */
export interface ReadStamp {
  readonly version: number | null;
  readonly fingerprint: string;
  /** Excel row number on the sheet the row was read from (StoredContract.row). */
  readonly row: number;
  /** The Contract ID as read (possibly blank or shared, when that is what is wrong with the row). */
  readonly id: string;
  /** Our data cells as read: a save writes only the fields whose cells it changes, and merges the rest. */
  readonly cells: readonly CellValue[];
}

/** A saved contract, and the fields a co-author changed meanwhile that the save kept (merged), by header. */
export interface SavedContract extends StoredContract {
  readonly merged: readonly string[];
}

export type StoreError =
  /** The ValueContracts or ValueReviews table does not exist yet: offer Set up. */
  | { readonly kind: "not-set-up"; readonly message: string }
  /** A required column is missing or renamed, or the header is damaged: offer Repair. */
  | { readonly kind: "layout"; readonly message: string; readonly problems: readonly CellProblem[] }
  /** The record does not pass its schema: field-by-field problems for the form. */
  | { readonly kind: "invalid"; readonly message: string; readonly problems: readonly FieldProblem[] }
  /** Another row already has this Contract ID (or Review ID). */
  | { readonly kind: "duplicate"; readonly message: string }
  /** No row with this Contract ID. */
  | { readonly kind: "not-found"; readonly message: string }
  /**
   * The row changed since it was read: `current` is the row as it is now, to reload. A ranges save (saveRanges) also
   * gives the contract's ValueRanges rows as they are now, and a loss exposure save (saveLossExposure) its LossExposure rows.
   */
  | { readonly kind: "conflict"; readonly message: string; readonly current: StoredContract; readonly ranges?: readonly StoredRange[]; readonly losses?: readonly StoredLoss[] }
  /** Excel refused the request (payload too large, sheet protected, host error): message says what to do. */
  | { readonly kind: "excel"; readonly message: string };

export type StoreResult<T> = Result<T, StoreError>;

/**
 * What every table's row carries as read, beside its record (null when the row fails validation): the values, where
 * it was, and the digest a save compares it with. The ledger, ValueRanges and LossExposure rows each add the record.
 */
export interface StoredRow {
  /** The row's values as read, by field (converted where possible, else as found). */
  readonly draft: Readonly<Record<string, unknown>>;
  /** Excel row number on the sheet when read. */
  readonly row: number;
  /** A digest of the row's data cells as read: a save refuses to change or delete a row that changed since. */
  readonly fingerprint: string;
  readonly problems: readonly CellProblem[];
}

/** One row of the value ledger as read. */
export interface StoredLedgerEntry extends StoredRow {
  readonly entry: LedgerEntry | null;
}

/**
 * One row of ValueRanges as read. Its problems are its own (schema, a second row for the same Contract ID and Line)
 * and those seen against its contract where the read knows it (no such contract, a blank Likely whose plan lies
 * outside [Low, High]).
 */
export interface StoredRange extends StoredRow {
  readonly range: ValueRange | null;
}

/**
 * One row of LossExposure as read. Its problems are its own (schema, order of the ranges, a second row for the
 * Contract ID), and a Contract ID that is no contract's where the read knows.
 */
export interface StoredLoss extends StoredRow {
  readonly loss: LossExposure | null;
}

/** What saving a contract's rows of a table as a set did (row-set.ts): how many were added, updated and deleted. */
export interface SetCounts {
  readonly added: number;
  readonly updated: number;
  readonly deleted: number;
}

/** What saving a contract's ranges did: its rows as written, and the counts. */
export interface SavedRanges extends SetCounts {
  readonly ranges: readonly StoredRange[];
}

/** What saving a contract's loss exposure did: its row as written (none after a delete), and the counts. */
export interface SavedLosses extends SetCounts {
  readonly losses: readonly StoredLoss[];
}

export interface ContractList {
  /**
   * Every row, with the columns the portfolio shows and needs (layout.ts LIST_FIELDS); the other fields
   * read as blank. To edit a contract, open it (openContract): a list row is not a stamp to save with.
   * Each valid contract's figures include its to-date sums from the ledger.
   */
  readonly contracts: readonly StoredContract[];
  /** Ledger rows left out of the to-date figures because they are invalid (Check workbook says where and why). */
  readonly skippedLedgerRows: number;
  /** The workbook's settings (DEFAULT_SETTINGS where the row is missing or invalid). */
  readonly settings: WorkbookSettings;
  /** Table-level problems found while listing (e.g. a user column hiding a required one, a missing ValueRanges). */
  readonly problems: readonly CellProblem[];
  /** Every ValueRanges row, valid or not, in sheet order, with its problems (validRanges: the valid ones). */
  readonly ranges: readonly StoredRange[];
  /** Every LossExposure row, valid or not, in sheet order, with its problems (validLosses: the valid ones). */
  readonly losses: readonly StoredLoss[];
}

export interface WorkbookCheck {
  /** True when both tables exist with every required column. */
  readonly ready: boolean;
  /** True when the ValueContracts table exists, however damaged: Setup then offers Repair rather than Create. */
  readonly tablesExist: boolean;
  /** Every problem found, table-level and row by row; empty when all is well. */
  readonly problems: readonly CellProblem[];
}

export interface SetupReport {
  /** What set-up did, in words for the user, e.g. "Created table ValueContracts on sheet Value Contracts". */
  readonly actions: readonly string[];
}

/** A contract opened in the editor, with what the editor offers from the same read. */
export interface OpenedContract {
  /** The row, or null for a new contract. */
  readonly stored: StoredContract | null;
  /** The owners already named in the workbook, for the owner box's suggestions (ownerNames). */
  readonly owners: readonly string[];
  /** The Contract ID a new contract saved now without one would get: shown, never sent back. */
  readonly nextId: string;
  /** The contract's ValueRanges rows, valid or not, in sheet order: what saveRanges takes as `read` (none for a new contract). */
  readonly ranges: readonly StoredRange[];
  /** The contract's LossExposure row(s), valid or not (two: a duplicate to fix): what saveLossExposure takes as `read`. */
  readonly losses: readonly StoredLoss[];
}

/** A contract opened for review, and its reviews so far (oldest first), from one request. */
export interface OpenedReview {
  readonly stored: StoredContract;
  readonly reviews: readonly StoredReview[];
  /** The contract's ledger entries (valid ones), and the workbook's settings: what the suggestion phases by. */
  readonly ledger: readonly LedgerEntry[];
  readonly settings: WorkbookSettings;
  /** The contract's ValueRanges rows, valid or not, in sheet order (the Pause suggestion simulates from the valid ones). */
  readonly ranges: readonly StoredRange[];
  /** The contract's LossExposure row(s), valid or not, in sheet order. */
  readonly losses: readonly StoredLoss[];
}

/** A contract opened with its ledger: for recording actuals and for the contract page. */
export interface OpenedLedger {
  readonly stored: StoredContract;
  /** Every ledger row with this Contract ID, valid or not, in sheet order. */
  readonly entries: readonly StoredLedgerEntry[];
  readonly settings: WorkbookSettings;
}

/** One line of a period's actuals, as the Record actuals form sends it. */
export type ActualsLine = Pick<NewLedgerEntry, "line" | "plan" | "forecast" | "actual" | "evidenceLevel" | "evidenceSource">;

/** What recording a period's actuals did: the entries as written (new and updated). */
export interface RecordedActuals {
  readonly entries: readonly LedgerEntry[];
  readonly added: number;
  readonly updated: number;
}

export interface ContractStore {
  /** Creates both tables in an empty workbook, or repairs a damaged layout without moving existing data. */
  setUp(): Promise<StoreResult<SetupReport>>;
  /** Every problem in the workbook's contract and review tables, and whether the tables exist at all. */
  check(): Promise<StoreResult<WorkbookCheck>>;
  /** Every contract row, valid or not, in sheet order, with the portfolio's columns. 2 round trips up to 5,000 rows. */
  listContracts(): Promise<StoreResult<ContractList>>;
  /**
   * The row with this Contract ID. With `row` (a sheet row number from the list), that row and no
   * other: rows sharing an ID are each opened by their row. not-found if the row no longer has the ID.
   */
  getContract(id: string, row?: number): Promise<StoreResult<StoredContract>>;
  /** getContract for the editor (null: a new contract), with the owner suggestions and the next free ID, in one read. */
  openContract(id: string | null, row?: number): Promise<StoreResult<OpenedContract>>;
  /** The contract to review and its reviews, in one request. */
  openReview(contractId: string): Promise<StoreResult<OpenedReview>>;
  /** Appends a new contract (version 1); a blank Contract ID gets the next free one in the same request. At most 3 syncs. */
  createContract(contract: NewContract): Promise<StoreResult<StoredContract>>;
  /** Appends many contracts in chunks under Excel on the web's 5 MB request limit (imports). */
  createContracts(contracts: readonly ValueContract[]): Promise<StoreResult<readonly StoredContract[]>>;
  /**
   * Sets the tables up if needed and appends the sample contracts (and `extra` copies of them, for a
   * large preview) with the next free IDs, reviews dated relative to `today` (ISO), in one request.
   */
  insertSampleContracts(today: string, extra?: number): Promise<StoreResult<readonly StoredContract[]>>;
  /**
   * Saves a contract over its row if the row is unchanged since `stamp` was read; version + 1. At most 3 syncs.
   * The row is the one the stamp was read from. A row whose Contract ID is wrong (another row shares it,
   * or it fails validation) may be saved with a new ID: that is how the pane fixes it. Otherwise the ID
   * is how the row is known, and a different one is not-found. An ID any other row has is refused as "duplicate".
   */
  updateContract(contract: ValueContract, stamp: ReadStamp): Promise<StoreResult<SavedContract>>;
  /**
   * Appends a review with the next free Review ID and updates its contract, in one request: Last review
   * = review date, and for Expand, Redesign, Pause or Terminate the contract's Status. Refused as a
   * conflict if the contract row changed since `stamp`, and as "duplicate" while another row shares the
   * contract's ID. At most 3 syncs.
   */
  recordReview(review: NewReview, stamp: ReadStamp): Promise<StoreResult<{ contract: SavedContract; review: StoredReview }>>;
  /** Reviews of one contract (or all), oldest first. */
  listReviews(contractId?: string): Promise<StoreResult<readonly StoredReview[]>>;
  /** A contract with its ledger rows and the workbook's settings, in one request. */
  openLedger(contractId: string): Promise<StoreResult<OpenedLedger>>;
  /**
   * Records a period's lines for a contract in one write request: a line that already has a row for
   * this contract and period updates it (refused as a conflict if that row changed since `opened` was
   * read), the others are appended with the next free Entry IDs. `period` is the period's first day (ISO).
   */
  recordActuals(contractId: string, period: string, lines: readonly ActualsLine[], recordedBy: string, opened: readonly StoredLedgerEntry[]): Promise<StoreResult<RecordedActuals>>;
  /**
   * Replaces one contract's ValueRanges rows with `ranges` (at most one per line), in one Excel.run: a line already in
   * a row updates it (only the cells that change, and Updated), a line no longer given deletes its row, a new line is
   * appended; Updated is now. `read` is the contract's rows as the caller read them (openContract, listContracts):
   * if the contract's rows are not still exactly those, nothing is written and the result is a conflict with the rows
   * as they are now. The same request that writes checks the rows it changes or deletes; rows of other contracts are
   * never written. A row whose Line is not one of the 16 lines is left as it is (Check workbook reports it). A blank
   * Likely needs the contract's plan inside [Low, High]. 3 round trips when nobody else writes meanwhile. The editor
   * saves the contract first (updateContract) and its ranges after, so a blank Likely is checked against the plan saved.
   */
  saveRanges(contractId: string, ranges: readonly RangeInput[], read: readonly StoredRange[]): Promise<StoreResult<SavedRanges>>;
  /**
   * Writes the contract's one LossExposure row (input), replacing the row it has (only the cells that change, and
   * Updated), or deletes it (null); Updated is now. `read` is the contract's rows as the caller read them (openContract,
   * openReview, listContracts): if they are not still exactly those, nothing is written and the result is a conflict
   * with the rows as they are now. The request that writes checks the row it changes or deletes; a second row with the
   * same Contract ID (Check workbook reports it) is deleted by a save. Rows of other contracts are never written.
   * 3 round trips when nobody else writes meanwhile.
   */
  saveLossExposure(contractId: string, input: LossInput | null, read: readonly StoredLoss[]): Promise<StoreResult<SavedLosses>>;
  /**
   * Writes the "AIVM Report" sheet: live formulas over the four tables and seven native charts, created when missing
   * and updated in place otherwise (report.ts). not-set-up while a table is missing. 3 round trips the first time, 4 after.
   */
  refreshReport(): Promise<StoreResult<ReportSummary>>;
}

/** The stamp a save must carry: the row's version, fingerprint and sheet row as read. */
export const stampOf = (stored: StoredContract): ReadStamp => ({ version: stored.version, fingerprint: stored.fingerprint, row: stored.row, id: stored.id, cells: stored.cells });

/** The ranges of the ValueRanges rows that passed validation: what contractRanges takes. */
export const validRanges = (rows: readonly StoredRange[]): ValueRange[] => rows.flatMap((stored) => (stored.range === null ? [] : [stored.range]));

/** The loss exposures of the LossExposure rows that passed validation: what lossExceedanceCurve takes. */
export const validLosses = (rows: readonly StoredLoss[]): LossExposure[] => rows.flatMap((stored) => (stored.loss === null ? [] : [stored.loss]));

/** The entries of the ledger rows that passed validation: what figures are computed from. */
export const validEntries = (rows: readonly StoredLedgerEntry[]): LedgerEntry[] => rows.flatMap((stored) => (stored.entry === null ? [] : [stored.entry]));
