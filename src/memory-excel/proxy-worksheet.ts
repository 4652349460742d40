import type { WorksheetCollectionLike, WorksheetLike } from "../workbook/excel-api";
import { MAX_COLUMNS, MAX_ROWS } from "./address";
import { invalidArgument, MemoryExcelError } from "./errors";
import { isValidSheetName, type Sheet } from "./model-sheet";
import { ACTION_OVERHEAD_BYTES, jsonBytes } from "./payload";
import { ProxyBase, Target, unknownProperty, type ProxyContext } from "./proxy-base";
import { RangeProxy } from "./proxy-range";

/** Excel.Worksheet: name, position, getRange(), freezePanes.freezeRows(). */
export class WorksheetProxy extends ProxyBase implements WorksheetLike {
  readonly freezePanes: { freezeRows(count?: number): void };
  private loadedName: string | undefined;
  private loadedPosition: number | undefined;
  private loadedId: string | undefined;

  constructor(
    ctx: ProxyContext,
    readonly target: Target<Sheet>,
    nullable = false,
  ) {
    super(ctx, "Worksheet");
    this.freezePanes = {
      /** "count: Optional number of rows to freeze, or zero to unfreeze all rows"; the default is 1. */
      freezeRows: (count = 1) => {
        this.queue(count, () => {
          if (!Number.isInteger(count) || count < 0 || count >= MAX_ROWS) {
            throw invalidArgument("WorksheetFreezePanes.freezeRows", `cannot freeze ${count} rows`);
          }
          this.target.get().frozenRows = count;
        });
      },
    };
    if (nullable) this.queueResolve();
  }

  protected resolve(): unknown {
    const sheet = this.target.tryGet();
    this.markResolved(sheet === null);
    return sheet;
  }

  protected scalarNames(): readonly string[] {
    return ["name", "position", "id"];
  }

  protected capture(names: readonly string[]): { bytes: number; apply: () => void } {
    const sheet = this.target.get();
    const position = this.ctx.model.sheets.indexOf(sheet);
    for (const name of names) if (!this.scalarNames().includes(name)) throw unknownProperty("Worksheet", name);
    return {
      bytes: 40 + sheet.name.length,
      apply: () => {
        if (names.includes("name")) this.loadedName = sheet.name;
        if (names.includes("position")) this.loadedPosition = position;
        if (names.includes("id")) this.loadedId = sheet.id;
      },
    };
  }

  get name(): string {
    return this.loaded(this.loadedName, "name");
  }

  /** Renames the sheet (same rules as WorksheetCollection.add). */
  set name(name: string) {
    this.loadedName = name;
    this.queue(name, () => {
      const sheet = this.target.get();
      const other = this.ctx.model.findSheet(name);
      if (other !== undefined && other !== sheet) {
        throw new MemoryExcelError("ItemAlreadyExists", { location: "Worksheet.name", detail: `"${name}" exists` });
      }
      if (!isValidSheetName(name)) {
        throw invalidArgument("Worksheet.name", `"${name}" is not a valid worksheet name`);
      }
      sheet.name = name;
      this.ctx.model.touch();
    });
  }

  get id(): string {
    return this.loaded(this.loadedId, "id");
  }

  get position(): number {
    return this.loaded(this.loadedPosition, "position");
  }

  /** getRange() without an address is the whole sheet; an address naming another sheet is InvalidArgument. */
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const sheet = this.target.get();
      if (address === undefined) return { sheet, rect: { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS } };
      const located = this.ctx.model.resolveAddress(address, sheet, "Worksheet.getRange");
      if (located.sheet !== sheet) throw invalidArgument("Worksheet.getRange", `"${address}" is on another sheet`);
      return located;
    });
  }

  load(propertyNames?: string | string[]): WorksheetProxy {
    this.queueLoad(propertyNames);
    return this;
  }
}

/** Excel.WorksheetCollection: getItem (ItemNotFound at sync), getItemOrNullObject, add. */
export class WorksheetCollectionProxy implements WorksheetCollectionLike {
  constructor(private readonly ctx: ProxyContext) {}

  private lookup(key: string, nullable: boolean, location: string): WorksheetProxy {
    const model = this.ctx.model;
    const target = new Target<Sheet>(
      () => model.findSheet(key) ?? null,
      nullable,
      location,
      `no worksheet named "${key}"`,
      (sheet) => model.sheets.includes(sheet),
    );
    return new WorksheetProxy(this.ctx, target, nullable);
  }

  getItem(key: string): WorksheetProxy {
    return this.lookup(key, false, "WorksheetCollection.getItem");
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return this.lookup(key, true, "WorksheetCollection.getItemOrNullObject");
  }

  /** Adds a sheet at the end; a taken name is ItemAlreadyExists, an invalid one InvalidArgument. */
  add(name?: string): WorksheetProxy {
    const model = this.ctx.model;
    const target = new Target<Sheet>(() => null, false, "WorksheetCollection.add", "the worksheet was not added");
    const proxy = new WorksheetProxy(this.ctx, target);
    this.ctx.enqueue({
      bytes: ACTION_OVERHEAD_BYTES + jsonBytes(name ?? null),
      run: () => target.set(model.addSheet(name, "WorksheetCollection.add")),
    });
    return proxy;
  }
}
