import type { WorksheetCollectionLike, WorksheetLike } from "../workbook/excel-api";
import { MAX_ROWS } from "./address";
import { invalidArgument } from "./errors";
import type { Sheet } from "./model-sheet";
import { ACTION_OVERHEAD_BYTES, jsonBytes } from "./payload";
import { NamedItemProxy, Target, type ProxyContext } from "./proxy-base";
import { ChartCollectionProxy } from "./proxy-chart";
import { RangeProxy } from "./proxy-range";

/** Excel.Worksheet: name (loadable), isNullObject, getRange(address), freezePanes.freezeRows(count), charts. */
export class WorksheetProxy extends NamedItemProxy<Sheet> implements WorksheetLike {
  readonly freezePanes: { freezeRows(count: number): void };
  readonly charts: ChartCollectionProxy;

  constructor(ctx: ProxyContext, target: Target<Sheet>, nullable = false) {
    super(ctx, "Worksheet", target, nullable);
    this.charts = new ChartCollectionProxy(ctx, target);
    this.freezePanes = {
      /** "count: Optional number of rows to freeze, or zero to unfreeze all rows". */
      freezeRows: (count) => {
        this.queue(count, () => {
          if (!Number.isInteger(count) || count < 0 || count >= MAX_ROWS) {
            throw invalidArgument("WorksheetFreezePanes.freezeRows", `cannot freeze ${count} rows`);
          }
          this.target.get().frozenRows = count;
        });
      },
    };
  }

  /** A range of this sheet; an address naming another sheet is InvalidArgument. */
  getRange(address: string): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const sheet = this.target.get();
      const located = this.ctx.model.resolveAddress(address, sheet, "Worksheet.getRange");
      if (located.sheet !== sheet) throw invalidArgument("Worksheet.getRange", `"${address}" is on another sheet`);
      return located;
    });
  }

  load(propertyNames: string | string[]): WorksheetProxy {
    this.queueLoad(propertyNames);
    return this;
  }
}

/** Excel.WorksheetCollection: getItemOrNullObject (names without case) and add(name). */
export class WorksheetCollectionProxy implements WorksheetCollectionLike {
  constructor(private readonly ctx: ProxyContext) {}

  getItemOrNullObject(key: string): WorksheetProxy {
    const model = this.ctx.model;
    const target = new Target<Sheet>(
      () => model.findSheet(key) ?? null,
      true,
      "WorksheetCollection.getItemOrNullObject",
      `no worksheet named "${key}"`,
      (sheet) => model.sheets.includes(sheet),
    );
    return new WorksheetProxy(this.ctx, target, true);
  }

  /** Adds a sheet at the end; a taken name is ItemAlreadyExists, an invalid one InvalidArgument. */
  add(name: string): WorksheetProxy {
    const model = this.ctx.model;
    const target = new Target<Sheet>(() => null, false, "WorksheetCollection.add", "the worksheet was not added");
    this.ctx.enqueue({
      bytes: ACTION_OVERHEAD_BYTES + jsonBytes(name),
      run: () => target.set(model.addSheet(name, "WorksheetCollection.add")),
    });
    return new WorksheetProxy(this.ctx, target);
  }
}
