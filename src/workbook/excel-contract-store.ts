import { NewContract, ValueContract } from "../domain/contract";
import { idKey, ownerNames } from "../domain/lists";
import { fail, ok } from "../domain/result";
import { NewReview } from "../domain/review";
import { appendRows, type NewRow } from "./appends";
import { dataColumns, recordCells, storedFromWrite } from "./codec";
import { chooseTarget, writeContractRow } from "./contract-writes";
import { recordReviewIn } from "./review-writes";
import {
  validEntries,
  type ActualsLine,
  type ContractList,
  type OpenedLedger,
  type RecordedActuals,
  type StoredLedgerEntry,
  type ContractStore,
  type OpenedContract,
  type OpenedReview,
  type ReadStamp,
  type SavedContract,
  type SavedLosses,
  type SavedRanges,
  type StoredLoss,
  type StoredRange,
  type SetupReport,
  type StoredContract,
  type StoredReview,
  type StoreResult,
  type WorkbookCheck,
  validRanges,
  validLosses,
} from "./contract-store";
import type { ChartTypeName, ExcelContext, ExcelRun } from "./excel-api";
import { queueReportSheet, refreshReport, type ReportSummary } from "./report";
import { EXCEEDANCE_POINTS, type ReportUncertainty } from "./report-layout";
import { livePortfolio, portfolioSimulationSteps, runInSlices, SimulationCache, simulationKey } from "../domain/portfolio-simulation";
import { TRIALS } from "../domain/simulation";
import { serialToIso } from "../domain/dates";
import { periodStart } from "../domain/settings";
import { CONTRACTS, LEDGER, LIST_FIELDS, LOSSES, RANGES, REVIEWS, SETTINGS, type DataColumn, type TableLayout } from "./layout";
import { queueLedgerOf, readSettings, recordActualsIn, summedColumns, summedLedger } from "./ledger-store";
import { contractFigures } from "../domain/contract-figures";
import type { LineActual } from "../domain/ledger-sums";
import { setUpWorkbook } from "./setup";
import { excelFailure, unexpectedFailure } from "./store-errors";
import { contractsOf, datesFit, findContract, idNeedsFixing, nextIdIn, nextIdsIn, notOpened, openTables, openTablesAnd, parse, queueColumn, queueRows, reviewsOf, rowsOf, takenIn } from "./store-reads";
import { allColumns, missingFormulaProblems, readColumns, sheetRow, type TableHead } from "./table-io";
import { checkWorkbook } from "./workbook-check";
import { RangeInput, type ValueRange } from "../domain/value-range";
import { RANGE_SET, readRanges, saveRangesIn } from "./range-store";
import { LOSS_SET, readLosses, saveLossIn } from "./loss-store";
import { appendSet, contractsByKey, queueSetOf } from "./row-set";
import { lossExceedanceCurve, type LossExposure, type LossInput } from "../domain/loss-exposure";
import { invalid } from "./store-messages";

/**
 * The ContractStore over a workbook, built once where the pane (or a test) starts: Excel.run in the
 * add-in, the in-memory Excel in tests and the preview. Every method resolves, never rejects: expected
 * failures are StoreErrors, and even a bug's exception comes back as one of kind "excel".
 * @param run  runs a batch against the workbook (excelRun, or the in-memory Excel's run).
 * @param clock  the time written to Updated (UTC, whole seconds); tests pass a fixed one.
 */
export function createContractStore(run: ExcelRun, clock: () => Date = () => new Date(), capabilities: StoreCapabilities = {}): ContractStore {
  return neverRejects(new ExcelContractStore(run, clock, capabilities.supportsChartType ?? (() => true), capabilities.pause ?? (() => Promise.resolve()), capabilities.simulations ?? new SimulationCache()));
}

/** The ExcelApi set each report chart type needs: the composition root asks the host about it (isSetSupported). */
export { CHART_TYPE_API_SET } from "./report-layout";

/** What the host can do beyond the store's ExcelApi set, as the composition root finds out. */
export interface StoreCapabilities {
  /** Whether Excel draws a chart type (Waterfall needs ExcelApi 1.9: CHART_TYPE_API_SET). Default: every type. */
  readonly supportsChartType?: (type: ChartTypeName) => boolean;
  /**
   * Yields the thread to the host between slices of a simulation (runInSlices): in the pane a macrotask, so a long
   * report refresh never holds the pane for more than a slice. Default: a resolved promise (the CLI, the tests).
   */
  readonly pause?: () => Promise<void>;
  /** Simulation results by their inputs, shared with the pane's views so none runs twice. Default: the store's own. */
  readonly simulations?: SimulationCache;
}

/** Trials of the report's simulation: VALUERANGE's default. */
const REPORT_TRIALS = TRIALS.default;

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
 * Each use case is one Excel.run. Its first request opens the tables (header, row count, key column);
 * a read then loads the columns or rows it needs (2 round trips), and a write goes out in a second
 * request that verifies what it overwrites (row-writes.ts, contract-writes.ts, appends.ts): a save
 * takes 2 round trips when nobody else changed the row, more only to put back or merge.
 */
class ExcelContractStore implements ContractStore {
  constructor(
    private readonly run: ExcelRun,
    private readonly clock: () => Date,
    private readonly supportsChartType: (type: ChartTypeName) => boolean,
    private readonly pause: () => Promise<void>,
    private readonly simulations: SimulationCache,
  ) {}

  setUp(): Promise<StoreResult<SetupReport>> {
    return this.attempt("set up the tables", (context) => setUpWorkbook(context));
  }

  check(): Promise<StoreResult<WorkbookCheck>> {
    return this.attempt("check the workbook", async (context) => ok(await checkWorkbook(context)));
  }

  listContracts(): Promise<StoreResult<ContractList>> {
    return this.withLater("read the contracts", [CONTRACTS, LEDGER, SETTINGS], async ([head, ledger, settings], { ranges, losses }, context) => {
      const later = [ranges, losses].filter((table): table is TableHead => table !== null);
      const snapshots = await readColumns(context, [head, ledger, settings, ...later], (opened) => (opened === head ? listColumns(opened) : opened === ledger ? summedColumns(opened) : allColumns(opened)));
      const [snapshot, entries, setting] = snapshots;
      if (!snapshot) return fail(notOpened);
      const summed = summedLedger(entries);
      const contracts = contractsOf(snapshot, undefined, false).map((stored) => withLedger(stored, summed.lines));
      const byKey = contractsByKey(contracts);
      const rangeRows = snapshots.find((table) => table.layout === RANGES);
      const lossRows = snapshots.find((table) => table.layout === LOSSES);
      return ok({
        contracts,
        skippedLedgerRows: summed.skipped,
        settings: readSettings(setting),
        problems: missingFormulaProblems(head),
        ranges: rangeRows ? readRanges(rangeRows, byKey) : [],
        losses: lossRows ? readLosses(lossRows, byKey) : [],
      });
    });
  }

  openLedger(contractId: string): Promise<StoreResult<OpenedLedger>> {
    return this.opened("read the contract and its ledger", [CONTRACTS, LEDGER, SETTINGS], "read", async ([contracts, ledger, settings], context) => {
      const read = queueRows(contracts, rowsOf(contracts, contractId));
      const rows = queueLedgerOf(context, ledger, contractId);
      const [setting] = await readColumns(context, [settings], allColumns);
      const found = findContract(read(), contractId);
      if (!found.ok) return found;
      const mine = await rows();
      return ok({ stored: withLedger(found.value, new Map([[idKey(contractId), validEntries(mine)]])), entries: mine, settings: readSettings(setting) });
    });
  }

  recordActuals(contractId: string, period: string, lines: readonly ActualsLine[], recordedBy: string, opened: readonly StoredLedgerEntry[]): Promise<StoreResult<RecordedActuals>> {
    return this.opened("record the actuals", [CONTRACTS, LEDGER, SETTINGS], "write", async ([contracts, ledger, settings], context) => {
      const read = queueRows(contracts, rowsOf(contracts, contractId));
      const [setting] = await readColumns(context, [settings], allColumns);
      const found = findContract(read(), contractId);
      if (!found.ok) return found;
      return recordActualsIn(context, ledger, found.value, period, lines, recordedBy, opened, this.now(), readSettings(setting));
    });
  }

  getContract(id: string, row?: number): Promise<StoreResult<StoredContract>> {
    return this.opened("read the contracts", [CONTRACTS], "read", async ([head], context) => {
      const read = queueRows(head, rowsOf(head, id, row));
      await context.sync();
      return findContract(read(), id, row);
    });
  }

  openContract(id: string | null, row?: number): Promise<StoreResult<OpenedContract>> {
    return this.withLater("read the contracts", [CONTRACTS], async ([head], { ranges, losses }, context) => {
      const read = queueRows(head, id === null ? [] : rowsOf(head, id, row));
      const owners = queueColumn(head, "owner");
      const mine = queueSetOf(RANGE_SET, ranges, id);
      const exposure = queueSetOf(LOSS_SET, losses, id);
      await context.sync();
      const found = id === null ? ok(null) : findContract(read(), id, row);
      if (!found.ok) return found;
      const stored = found.value;
      return ok({ stored, owners: ownerNames(owners().map((owner) => ({ owner: String(owner) }))), nextId: nextIdIn(head), ranges: stored === null ? [] : mine(stored), losses: stored === null ? [] : exposure(stored) });
    });
  }

  openReview(contractId: string): Promise<StoreResult<OpenedReview>> {
    return this.withLater("read the contract and its reviews", [CONTRACTS, REVIEWS, LEDGER, SETTINGS], async ([contracts, reviews, ledger, settings], { ranges, losses }, context) => {
      const read = queueRows(contracts, rowsOf(contracts, contractId));
      const rows = queueLedgerOf(context, ledger, contractId);
      const mine = queueSetOf(RANGE_SET, ranges, contractId);
      const exposure = queueSetOf(LOSS_SET, losses, contractId);
      const [snapshot, setting] = await readColumns(context, [reviews, settings], allColumns);
      const found = findContract(read(), contractId);
      if (!found.ok) return found;
      const entries = validEntries(await rows());
      return ok({ stored: withLedger(found.value, new Map([[idKey(contractId), entries]])), reviews: snapshot ? reviewsOf(snapshot, contractId) : [], ledger: entries, settings: readSettings(setting), ranges: mine(found.value), losses: exposure(found.value) });
    });
  }

  saveRanges(contractId: string, ranges: readonly RangeInput[], read: readonly StoredRange[]): Promise<StoreResult<SavedRanges>> {
    const inputs: RangeInput[] = [];
    for (const range of ranges) {
      const parsed = parse(RangeInput, range, `The range for ${String(range.line)}`);
      if (!parsed.ok) return Promise.resolve(parsed);
      if (inputs.some((input) => input.line === parsed.value.line)) return Promise.resolve(fail(invalid("The ranges", [{ field: "line", message: `${parsed.value.line} is given twice: a contract has at most one range per line.` }])));
      inputs.push(parsed.value);
    }
    return this.attempt("save the ranges", (context) => saveRangesIn(context, contractId, inputs, read, this.now()));
  }

  saveLossExposure(contractId: string, input: LossInput | null, read: readonly StoredLoss[]): Promise<StoreResult<SavedLosses>> {
    return this.attempt("save the loss exposure", (context) => saveLossIn(context, contractId, input, read, this.now()));
  }

  createContract(contract: NewContract): Promise<StoreResult<StoredContract>> {
    const parsed = parse(NewContract, contract, "The contract");
    if (!parsed.ok) return Promise.resolve(parsed);
    return this.opened("save the contract", [CONTRACTS], "write", async ([head], context) => {
      const allocated = parsed.value.id === "";
      const id = allocated ? nextIdIn(head) : parsed.value.id;
      const taken = takenIn(head, head.keys, id);
      if (taken !== null) return fail(taken);
      const record = parse(ValueContract, { ...parsed.value, id, version: 1, updated: this.now() }, "The contract");
      if (!record.ok) return record;
      const created = await this.appendContracts(context, head, [record.value], allocated);
      return created.ok ? ok(created.value[0] ?? storedFromWrite(record.value, [], sheetRow(head, 0))) : created;
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
    return this.opened("save the contracts", [CONTRACTS], "write", async ([head], context) => {
      const existing = new Set(head.keys.map(idKey));
      const clash = records.find((record) => existing.has(idKey(record.id)));
      const taken = clash === undefined ? null : takenIn(head, head.keys, clash.id);
      if (taken !== null) return fail(taken);
      return this.appendContracts(context, head, records, false);
    });
  }

  insertSampleContracts(today: string, extra = 0): Promise<StoreResult<readonly StoredContract[]>> {
    return this.attempt("insert the sample contracts", async (context) => {
      // The samples are only needed on request: a chunk of their own (both modules in it) keeps them out of the store's first load.
      const portfolio = import(/* webpackChunkName: "samples" */ "../domain/sample-contracts");
      const history = import(/* webpackChunkName: "samples" */ "../domain/sample-ledger");
      const spreads = import(/* webpackChunkName: "samples" */ "../domain/sample-ranges");
      const exposures = import(/* webpackChunkName: "samples" */ "../domain/sample-loss-exposure");
      const setUp = await setUpWorkbook(context);
      if (!setUp.ok) return setUp;
      const opened = await openTables(context, [CONTRACTS, LEDGER, SETTINGS, RANGES, LOSSES], "write");
      if (!opened.ok) return opened;
      const [head, ledger, settings, ranges, losses] = opened.value;
      if (!head || !ledger || !settings || !ranges || !losses) return fail(notOpened);
      const [{ samplePortfolio }, { sampleLedger }, { sampleRanges }, { sampleLossExposures }] = await Promise.all([portfolio, history, spreads, exposures]);
      const [setting] = await readColumns(context, [settings], allColumns);
      const contracts = samplePortfolio(today, nextIdIn(head), extra);
      const created = await this.appendContracts(context, head, contracts.map((contract) => ({ ...contract, version: 1, updated: this.now() })), true);
      if (!created.ok) return created;
      // Their history in the ledger, under the IDs the contracts were given.
      const saved = created.value.flatMap((stored) => (stored.contract ? [stored.contract] : []));
      const entries = sampleLedger(saved, today, readSettings(setting));
      const ids = nextIdsIn(ledger, ledger.keys, entries.length);
      const rows = entries.map((entry, i) => {
        const id = ids[i] ?? "";
        return { id, cells: recordCells(LEDGER, { ...entry, id, recordedBy: "AIVM sample", updated: this.now() }, ledger.dates.offset) };
      });
      const written = await appendRows(context, ledger, rows, true);
      if (!written.ok) return written;
      // And the ranges of their uncertain lines, and the loss exposures of the two that avoid loss.
      await appendSet(context, ranges, sampleRanges(saved, this.now()));
      await appendSet(context, losses, sampleLossExposures(created.value.map((stored) => stored.id)).map((loss) => ({ ...loss, updated: this.now() })));
      return created;
    });
  }

  updateContract(contract: ValueContract, stamp: ReadStamp): Promise<StoreResult<SavedContract>> {
    const parsed = parse(ValueContract, contract, "The contract");
    if (!parsed.ok) return Promise.resolve(parsed);
    return this.opened("save the contract", [CONTRACTS], "write", async ([head], context) => {
      const fixesId = idNeedsFixing(head, stamp);
      const target = chooseTarget(head, stamp, parsed.value.id, fixesId);
      if (!target.ok) return target;
      const record = { ...parsed.value, version: (stamp.version ?? 0) + 1, updated: this.now() };
      const dates = datesFit(head, record);
      return dates.ok ? writeContractRow(context, head, stamp, record, target.value) : dates;
    });
  }

  recordReview(review: NewReview, stamp: ReadStamp): Promise<StoreResult<{ contract: SavedContract; review: StoredReview }>> {
    const parsed = parse(NewReview, review, "The review");
    if (!parsed.ok) return Promise.resolve(parsed);
    const { value } = parsed;
    return this.opened("record the review", [CONTRACTS, REVIEWS], "write", async ([contracts, reviews], context) => {
      return recordReviewIn(context, contracts, reviews, value, stamp, this.now());
    });
  }

  listReviews(contractId?: string): Promise<StoreResult<readonly StoredReview[]>> {
    return this.opened("read the reviews", [REVIEWS], "read", async ([head], context) => {
      const [snapshot] = await readColumns(context, [head], allColumns);
      return ok(snapshot ? reviewsOf(snapshot, contractId) : []);
    });
  }

  refreshReport(): Promise<StoreResult<ReportSummary>> {
    // The four tables must exist: the report's formulas refer to each of them. ValueRanges and LossExposure may not (an older workbook).
    return this.withLater("refresh the report", [CONTRACTS, REVIEWS, LEDGER, SETTINGS], async ([head, , ledger, settings], { ranges, losses }, context) => {
      const periods = queueColumn(ledger, "period");
      const sheet = queueReportSheet(context);
      // The contracts, their ranges and loss exposures come with the settings, in the same round trip: the simulation's
      // input. Without a range or an exposure there is nothing to simulate, and a group of 50,000 contracts is not read.
      const later = [ranges, losses].filter((table): table is TableHead => table !== null && table.keys.some((key) => key.trim() !== ""));
      const snapshots = await readColumns(context, later.length === 0 ? [settings] : [settings, head, ...later], (opened) => (opened === head ? listColumns(opened) : allColumns(opened)));
      const [setting] = snapshots;
      const snapshot = snapshots.find((table) => table.layout === CONTRACTS);
      const { period, fiscalYearStart } = readSettings(setting);
      const offset = ledger.dates.offset;
      const starts = periods().flatMap((cell) => {
        const iso = typeof cell === "number" ? serialToIso(cell + offset) : null;
        return iso?.ok ? [periodStart(iso.value, { period, fiscalYearStart })] : [];
      });
      const contracts = snapshot ? contractsOf(snapshot, undefined, false) : [];
      const byKey = contractsByKey(contracts);
      const rangeRows = snapshots.find((table) => table.layout === RANGES);
      const lossRows = snapshots.find((table) => table.layout === LOSSES);
      const uncertainty = await this.simulateForReport(
        contracts.flatMap((stored) => (stored.contract ? [stored.contract] : [])),
        rangeRows ? validRanges(readRanges(rangeRows, byKey)) : [],
        lossRows ? validLosses(readLosses(lossRows, byKey)) : [],
      );
      const today = this.clock().toISOString().slice(0, 10);
      return ok(await refreshReport(context, { settings: { period, fiscalYearStart }, periods: starts, today, dateOffset: offset, supportsChartType: this.supportsChartType, sheet, uncertainty }));
    });
  }

  /**
   * The report's simulated figures: the live portfolio with its ranges (portfolio-simulation.ts), run in slices
   * that pause for the host between them, and cached by its inputs, so a second refresh with nothing changed
   * costs a lookup.
   */
  private async simulateForReport(contracts: readonly ValueContract[], rows: readonly ValueRange[], losses: readonly LossExposure[]): Promise<ReportUncertainty> {
    const input = livePortfolio(contracts, rows);
    const key = simulationKey(input, { trials: REPORT_TRIALS });
    const simulated = this.simulations.get(key) ?? (await runInSlices(portfolioSimulationSteps(input, { trials: REPORT_TRIALS }), this.pause));
    if (simulated === undefined) throw new Error("The report's simulation was cancelled.");
    this.simulations.set(key, simulated);
    const uncertain = simulated.contracts.some((contract) => contract.uncertainLines > 0);
    // The live contracts' loss exposures, summed: one exceedance curve for the portfolio, without and with.
    const live = new Set(input.map((contract) => idKey(contract.id)));
    const exposures = losses.filter((loss) => live.has(idKey(loss.contractId)));
    await this.pause();
    return {
      trials: simulated.trials,
      seed: simulated.seed,
      portfolio: uncertain ? simulated.portfolio : null,
      tornado: simulated.tornado.map((bar) => ({ label: `${bar.contractId}: ${bar.line}`, low: bar.low, high: bar.high })),
      exceedance: exposures.length === 0 ? null : lossExceedanceCurve(exposures, { trials: REPORT_TRIALS, points: EXCEEDANCE_POINTS }),
    };
  }

  /** Appends validated contracts (co-author-safe, appends.ts), as the rows a list would show. */
  private async appendContracts(context: ExcelContext, head: TableHead, records: readonly ValueContract[], allocated: boolean): Promise<StoreResult<StoredContract[]>> {
    const rows: NewRow[] = records.map((record) => ({ id: record.id, cells: recordCells(CONTRACTS, record, head.dates.offset) }));
    const placed = await appendRows(context, head, rows, allocated);
    if (!placed.ok) return placed;
    const bySource = new Map(placed.value.map((entry) => [entry.source, entry]));
    return ok(
      records.flatMap((record, i) => {
        const source = rows[i];
        const entry = source === undefined ? undefined : bySource.get(source);
        return entry ? [storedFromWrite({ ...record, id: entry.id }, entry.cells, sheetRow(head, entry.index))] : [];
      }),
    );
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

  /**
   * attempt() for a read with the tables opened, and ValueRanges and LossExposure too where they exist (one request): a
   * workbook set up before them reads as having no ranges or losses until Set up repairs it, and says so among the
   * list's problems.
   */
  private withLater<T, const L extends readonly TableLayout[]>(
    doing: string,
    layouts: L,
    batch: (heads: { readonly [I in keyof L]: TableHead }, later: { readonly ranges: TableHead | null; readonly losses: TableHead | null }, context: ExcelContext) => Promise<StoreResult<T>>,
  ): Promise<StoreResult<T>> {
    return this.attempt(doing, async (context) => {
      const opened = await openTablesAnd(context, layouts, LATER);
      if (!opened.ok) return opened;
      if (opened.value.heads.length !== layouts.length) return fail(notOpened);
      const [ranges = null, losses = null] = opened.value.later;
      const result = await batch(opened.value.heads as unknown as { readonly [I in keyof L]: TableHead }, { ranges, losses }, context);
      // The table-level problems of the later tables go with the list's own.
      return result.ok && isList(result.value) ? ok({ ...result.value, problems: [...result.value.problems, ...opened.value.problems] }) : result;
    });
  }

  /** attempt() with the tables opened (one request when they exist) and handed to `batch`. */
  private opened<T, const L extends readonly TableLayout[]>(
    doing: string,
    layouts: L,
    purpose: "read" | "write",
    batch: (heads: { readonly [I in keyof L]: TableHead }, context: ExcelContext) => Promise<StoreResult<T>>,
  ): Promise<StoreResult<T>> {
    return this.attempt(doing, async (context) => {
      const opened = await openTables(context, layouts, purpose);
      if (!opened.ok) return opened;
      if (opened.value.length !== layouts.length) return fail(notOpened);
      // One head per layout, in order (checked just above).
      return batch(opened.value as unknown as { readonly [I in keyof L]: TableHead }, context);
    });
  }
}

/** The tables a read does without until Set up adds them, in the order withLater hands them on. */
const LATER = [
  { layout: RANGES, meanwhile: "every line is certain at its plan" },
  { layout: LOSSES, meanwhile: "no contract has a loss exposure" },
] as const;

/** A contract's figures with its to-date sums from the ledger entries grouped by contract. */
function withLedger<T extends StoredContract>(stored: T, byContract: ReadonlyMap<string, readonly LineActual[]>): T {
  if (stored.contract === null) return stored;
  return { ...stored, figures: contractFigures(stored.contract, byContract.get(idKey(stored.id)) ?? []) };
}

/** Whether a read's result is the portfolio's list (which carries table-level problems). */
const isList = (value: unknown): value is ContractList => typeof value === "object" && value !== null && "contracts" in value && "problems" in value;

/** The columns the portfolio reads (LIST_FIELDS). */
const listColumns = (head: TableHead): DataColumn[] => dataColumns(head.layout).filter((column) => LIST_FIELDS.has(column.key));

