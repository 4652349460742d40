import type { ExcelContext, WorkbookLike } from "../workbook/excel-api";
import { MemoryExcelError } from "./errors";
import type { Sheet } from "./model-sheet";
import type { Workbook } from "./model-workbook";
import { ACTION_OVERHEAD_BYTES } from "./payload";
import { Response, type Action, type ProxyContext } from "./proxy-base";
import { FunctionsProxy } from "./proxy-functions";
import { TableCollectionProxy } from "./proxy-table";
import { WorksheetCollectionProxy } from "./proxy-worksheet";

/** One round trip as the fake saw it: estimated sizes, number of actions, and whether Excel accepted it. */
export interface RequestRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly actions: number;
  /** The error code when the request failed, else null. */
  readonly error: string | null;
}

/** Excel.Workbook: its worksheets, its tables (table names are unique across the workbook) and its functions. */
class WorkbookProxy implements WorkbookLike {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly functions: FunctionsProxy;

  constructor(ctx: ProxyContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.tables = new TableCollectionProxy(ctx);
    this.functions = new FunctionsProxy(ctx);
  }
}

/**
 * How an oversized response fails: with the documented ResponsePayloadSizeLimitExceeded, or as Excel on the web has
 * been seen to fail an oversized read, with a generic GeneralException ("There was an internal error while
 * processing the request"; OfficeDev/office-js-docs#1247, OfficeDev/office-js#1314).
 */
export type OversizedResponse = "ResponsePayloadSizeLimitExceeded" | "GeneralException";

/** What a request context needs from the in-memory Excel that owns the workbook. */
export interface ContextHost {
  readonly model: Workbook;
  readonly syncDelayMs: number;
  readonly payloadLimitBytes: number;
  readonly oversizedResponse: OversizedResponse;
  record(request: RequestRecord): void;
  /** Called after each round trip of this context, once its outcome is applied (the co-author hook, index.ts). */
  afterRoundTrip(roundTrip: number): void;
}

/**
 * The request context: a queue of actions and sync(), which sends them as one request. A sync with nothing queued
 * makes no round trip (office.js returns at once when the request has no actions) and is not counted. A request
 * runs its actions in order and stops at the first failure; what ran before it stays done, loaded values are not
 * delivered, and the queue is empty afterwards either way. Requests over the payload limit run nothing.
 */
export class MemoryContext implements ExcelContext, ProxyContext {
  readonly workbook: WorkbookProxy;
  requestId = 0;
  response: Response | null = null;
  /** Round trips this context made (syncs that sent something). */
  private roundTrips = 0;
  private queue: Action[] = [];
  private closed = false;

  constructor(private readonly host: ContextHost) {
    this.workbook = new WorkbookProxy(this);
  }

  get model(): Workbook {
    return this.host.model;
  }

  activeSheet(): Sheet {
    const sheet = this.host.model.sheets[0];
    if (sheet === undefined) throw new MemoryExcelError("ItemNotFound", { location: "Workbook.activeSheet" });
    return sheet;
  }

  enqueue(action: Action): void {
    if (this.closed) {
      throw new MemoryExcelError("InvalidObjectPath", {
        argument: "(object of a finished Excel.run)",
        detail: "the Excel.run batch this object belongs to has finished",
      });
    }
    this.queue.push(action);
  }

  /** Marks the end of the Excel.run batch: later use of its objects fails. */
  close(): void {
    this.closed = true;
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    if (actions.length === 0) {
      await Promise.resolve();
      return;
    }
    try {
      await this.roundTrip(actions);
    } finally {
      this.roundTrips += 1;
      this.host.afterRoundTrip(this.roundTrips);
    }
  }

  private async roundTrip(actions: readonly Action[]): Promise<void> {
    const requestBytes = ACTION_OVERHEAD_BYTES + actions.reduce((sum, action) => sum + action.bytes, 0);
    this.requestId += 1;
    if (this.host.syncDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.host.syncDelayMs));
    else await Promise.resolve();
    const record = (responseBytes: number, error: string | null): void =>
      this.host.record({ requestBytes, responseBytes, actions: actions.length, error });
    if (requestBytes > this.host.payloadLimitBytes) {
      record(0, "RequestPayloadSizeLimitExceeded");
      throw new MemoryExcelError("RequestPayloadSizeLimitExceeded", {
        detail: `estimated request ${requestBytes} bytes > limit ${this.host.payloadLimitBytes}`,
      });
    }
    const response = new Response(this.host.payloadLimitBytes);
    this.response = response;
    try {
      for (const action of actions) action.run();
    } catch (error) {
      record(response.bytes, error instanceof MemoryExcelError ? error.code : "GeneralException");
      throw error;
    } finally {
      this.response = null;
    }
    if (response.bytes > this.host.payloadLimitBytes) {
      const code = this.host.oversizedResponse;
      record(response.bytes, code);
      throw new MemoryExcelError(code, { detail: `estimated response ${response.bytes} bytes > limit ${this.host.payloadLimitBytes}` });
    }
    record(response.bytes, null);
    response.applyAll();
  }
}
