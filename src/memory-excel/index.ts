import type { ExcelContext, ExcelRun } from "../workbook/excel-api";
import type { Calculate } from "./calculation";
import type { Locale } from "./cell-input";
import { MemoryContext, type OversizedResponse, type RequestRecord } from "./context";
import type { DateSystem } from "./dates";
import { memoryWorkbook, type MemoryWorkbook } from "./inspect";
import { Workbook, type ChartTypesVersion } from "./model-workbook";
import { PAYLOAD_LIMIT_BYTES } from "./payload";

/**
 * An in-memory Excel implementing exactly the ExcelContext / ExcelRun subset in ../workbook/excel-api.ts, with Excel's
 * load/sync rules, errors and limits, for tests and for the task pane's preview (no Office host). It imports nothing
 * but that file. What it does and where it deliberately differs from Excel: README.md in this folder.
 */
export interface MemoryExcelOptions {
  /** Milliseconds each round trip waits before it runs, to feel Excel on the web. Default 0. */
  readonly syncDelayMs?: number;
  /** Request and response limit in bytes. Default 5,000,000 (Excel on the web); Infinity models desktop Excel. */
  readonly payloadLimitBytes?: number;
  /**
   * How a response over the limit fails. Default "ResponsePayloadSizeLimitExceeded", as documented; "GeneralException"
   * as Excel on the web has been reported to fail an oversized read (OfficeDev/office-js-docs#1247: values of
   * A1:A20000 with 250-character cells; OfficeDev/office-js#1314), so a caller can be tested to treat both alike.
   */
  readonly oversizedResponse?: OversizedResponse;
  /** The sheets a new workbook starts with. Default ["Sheet1"], as a new Excel workbook. */
  readonly sheets?: readonly string[];
  /**
   * Calculates formula cells when their values are read. Default none: a formula cell reads "#NAME?" (UNCALCULATED).
   * The store never decodes calculated cells; tests that check them pass the tests' calculator.
   */
  readonly calculate?: Calculate;
  /**
   * The workbook's date system. Default 1900 (serial 1 is 1900-01-01); 1904 (serial 0 is 1904-01-01) is what old Mac
   * workbooks use. Typed and ISO dates, Range.text, workbook.functions.date and the calculator's DATE / EDATE follow it.
   */
  readonly dateSystem?: DateSystem;
  /** Whose date order a user's typing follows: "en-US" (default: 1/31/2026) or "en-GB" (31/01/2026). */
  readonly locale?: Locale;
  /**
   * The ExcelApi version whose chart types the host knows. Default "1.9"; "1.8" models an Excel before ExcelApi 1.9,
   * where charts.add("Waterfall") fails with InvalidArgument (Waterfall is an ExcelApi 1.9 member of Excel.ChartType).
   */
  readonly chartTypes?: ChartTypesVersion;
}

/** Where a co-author's edit happens: after round trip `sync` (1-based) of Excel.run number `run` (0-based). */
export interface SyncPoint {
  /** Index of the Excel.run, counted from 0 since the hook was set (or since the in-memory Excel was created). */
  readonly run: number;
  /** Round trip within that run, from 1: syncs that sent something, Excel.run's final flush included. */
  readonly sync: number;
}

/** What a co-author (or the user, in the grid) does between two round trips, through the hand-edit helpers. */
export type BetweenSyncs = (point: SyncPoint, workbook: MemoryWorkbook) => void;

/** An edit scheduled with afterSync: whether it has run yet. */
export interface ScheduledEdit {
  readonly fired: boolean;
}

export interface MemoryExcel {
  /** The workbook's state itself: what src/xlsx writes to and reads from an .xlsx file. */
  readonly model: Workbook;
  /** Runs a batch as Excel.run does: what is still queued when the batch resolves is sent in one last sync. */
  readonly run: ExcelRun;
  /** Inspection and hand edits, outside load/sync (not counted as syncs). */
  readonly workbook: MemoryWorkbook;
  /** Round trips so far: syncs that sent at least one action (including Excel.run's final flush). */
  syncCount(): number;
  resetSyncCount(): void;
  /** Every round trip since the last reset, with its estimated request and response sizes. */
  requests(): readonly RequestRecord[];
  /**
   * Sets (or with null removes) a hook called after every round trip has been applied (failed ones too) and before
   * the batch goes on, so it can change the workbook as a co-author would between two of the add-in's round trips.
   * Setting it restarts the run count at 0.
   */
  betweenSyncs(hook: BetweenSyncs | null): void;
  /** Runs `edit` once, after the n-th round trip (from 1) of the next Excel.run to start. `fired` tells whether it ran. */
  afterSync(n: number, edit: (workbook: MemoryWorkbook) => void): ScheduledEdit;
}

interface Scheduled {
  readonly n: number;
  readonly edit: (workbook: MemoryWorkbook) => void;
  fired: boolean;
}

export function createMemoryExcel(options: MemoryExcelOptions = {}): MemoryExcel {
  const model = new Workbook({ calculate: options.calculate ?? null, dateSystem: options.dateSystem ?? 1900, locale: options.locale ?? "en-US", chartTypes: options.chartTypes ?? "1.9" });
  for (const name of options.sheets ?? ["Sheet1"]) model.addSheet(name, "createMemoryExcel");
  return memoryExcelOver(model, options);
}

/**
 * An in-memory Excel over a workbook built elsewhere (src/xlsx reads one from a file): its own sheets, tables and date
 * system; of the options only those about requests apply.
 */
export function memoryExcelOver(model: Workbook, options: Omit<MemoryExcelOptions, "sheets" | "calculate" | "dateSystem" | "locale"> = {}): MemoryExcel {
  const workbook = memoryWorkbook(model);
  let log: RequestRecord[] = [];
  let hook: BetweenSyncs | null = null;
  let runs = 0;
  let scheduled: Scheduled[] = [];
  const run: ExcelRun = async <T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> => {
    const index = runs;
    runs += 1;
    const edits = scheduled;
    scheduled = [];
    const context = new MemoryContext({
      model,
      syncDelayMs: options.syncDelayMs ?? 0,
      payloadLimitBytes: options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES,
      oversizedResponse: options.oversizedResponse ?? "ResponsePayloadSizeLimitExceeded",
      record: (request) => {
        log.push(request);
      },
      afterRoundTrip: (sync) => {
        for (const edit of edits) {
          if (edit.n !== sync || edit.fired) continue;
          edit.fired = true;
          edit.edit(workbook);
        }
        hook?.({ run: index, sync }, workbook);
      },
    });
    try {
      const result = await batch(context);
      await context.sync();
      return result;
    } finally {
      context.close();
    }
  };
  return {
    model,
    run,
    workbook,
    syncCount: () => log.length,
    resetSyncCount: () => {
      log = [];
    },
    requests: () => [...log],
    betweenSyncs: (next) => {
      hook = next;
      runs = 0;
    },
    afterSync: (n, edit) => {
      const entry: Scheduled = { n, edit, fired: false };
      scheduled.push(entry);
      return {
        get fired() {
          return entry.fired;
        },
      };
    },
  };
}

export { UNCALCULATED, type Calculate, type ErrorValue, type FormulaScope } from "./calculation";
export type { Locale } from "./cell-input";
export type { OversizedResponse, RequestRecord } from "./context";
export { excelDate, type DateSystem } from "./dates";
export { Workbook, type WorkbookSettings } from "./model-workbook";
export { MemoryExcelError, type MemoryExcelErrorCode } from "./errors";
export type { ChartTypesVersion } from "./model-workbook";
export type { CellInfo, CellValidation, ChartInfo, MemorySheet, MemoryTable, MemoryWorkbook } from "./inspect";
export { ValidationStopError } from "./validation";
