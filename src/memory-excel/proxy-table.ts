import type { RangeLike, TableCollectionLike, TableLike } from "../workbook/excel-api";
import type { Table } from "./model-table";
import { ACTION_OVERHEAD_BYTES, jsonBytes } from "./payload";
import { ProxyBase, Target, unknownProperty, type ProxyContext } from "./proxy-base";
import { RangeProxy, rangeArgument } from "./proxy-range";
import { TableColumnCollectionProxy } from "./proxy-table-columns";
import { TableRowCollectionProxy } from "./proxy-table-rows";
import { WorksheetProxy } from "./proxy-worksheet";
import { addTable, checkTableName, resizeTable } from "./table-ops";

const SCALARS = ["name", "id", "showHeaders", "showTotals"];

/** Excel.Table: name (unique in the workbook), header / body / whole ranges, columns, rows, resize. */
export class TableProxy extends ProxyBase implements TableLike {
  readonly columns: TableColumnCollectionProxy;
  readonly rows: TableRowCollectionProxy;
  readonly worksheet: WorksheetProxy;
  private loadedName: string | undefined;
  private loadedId: string | undefined;
  private loadedFlags: boolean | undefined;

  constructor(
    ctx: ProxyContext,
    readonly target: Target<Table>,
    nullable = false,
  ) {
    super(ctx, "Table");
    this.columns = new TableColumnCollectionProxy(ctx, target);
    this.rows = new TableRowCollectionProxy(ctx, target);
    const sheetTarget = new Target(() => target.get().sheet, false, "Table.worksheet", "the table's worksheet");
    this.worksheet = new WorksheetProxy(ctx, sheetTarget);
    if (nullable) this.queueResolve();
  }

  protected resolve(): unknown {
    const table = this.target.tryGet();
    this.markResolved(table === null);
    return table;
  }

  protected scalarNames(): readonly string[] {
    return SCALARS;
  }

  protected override navigation(name: string): ProxyBase | undefined {
    if (name === "columns") return this.columns;
    if (name === "rows") return this.rows;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  protected capture(names: readonly string[]): { bytes: number; apply: () => void } {
    const table = this.target.get();
    for (const name of names) if (!SCALARS.includes(name)) throw unknownProperty("Table", name);
    const { name, id } = table;
    return {
      bytes: jsonBytes({ name, id, showHeaders: true, showTotals: false }),
      apply: () => {
        if (names.includes("name")) this.loadedName = name;
        if (names.includes("id")) this.loadedId = id;
        if (names.includes("showHeaders") || names.includes("showTotals")) this.loadedFlags = true;
      },
    };
  }

  get name(): string {
    return this.loaded(this.loadedName, "name");
  }

  /** "The set name of the table must follow the guidelines specified in the Rename an Excel table article." */
  set name(name: string) {
    this.loadedName = name;
    this.queue(name, () => {
      const table = this.target.get();
      checkTableName(this.ctx.model, name, table, "Table.name");
      table.name = name;
      this.ctx.model.touch();
    });
  }

  get id(): string {
    return this.loaded(this.loadedId, "id");
  }

  /** Tables made by the fake always show their header row and no total row. */
  get showHeaders(): boolean {
    return this.loaded(this.loadedFlags, "showHeaders");
  }

  get showTotals(): boolean {
    return !this.loaded(this.loadedFlags, "showTotals");
  }

  private range(rect: (table: Table) => Table["rect"]): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const table = this.target.get();
      return { sheet: table.sheet, rect: rect(table) };
    });
  }

  getHeaderRowRange(): RangeProxy {
    return this.range((table) => table.headerRect);
  }

  getDataBodyRange(): RangeProxy {
    return this.range((table) => table.bodyRect);
  }

  getRange(): RangeProxy {
    return this.range((table) => table.rect);
  }

  /** ExcelApi 1.13: same header row, overlapping the table; an address without a sheet means the table's sheet. */
  resize(newRange: RangeLike | string): void {
    const locate = rangeArgument(newRange, this.ctx, () => this.target.get().sheet, "Table.resize");
    this.queue(typeof newRange === "string" ? newRange : "range", () => {
      const { sheet, rect } = locate();
      resizeTable(this.ctx.model, this.target.get(), sheet, rect, "Table.resize");
    });
  }

  load(propertyNames?: string | string[]): TableProxy {
    this.queueLoad(propertyNames);
    return this;
  }
}

/** Excel.TableCollection (workbook.tables): getItem, getItemOrNullObject, add. */
export class TableCollectionProxy implements TableCollectionLike {
  constructor(private readonly ctx: ProxyContext) {}

  private lookup(key: string, nullable: boolean, location: string): TableProxy {
    const target = new Target<Table>(
      () => this.ctx.model.findTable(key) ?? null,
      nullable,
      location,
      `no table named "${key}"`,
      (table) => !table.deleted,
    );
    return new TableProxy(this.ctx, target, nullable);
  }

  getItem(key: string): TableProxy {
    return this.lookup(key, false, "TableCollection.getItem");
  }

  getItemOrNullObject(key: string): TableProxy {
    return this.lookup(key, true, "TableCollection.getItemOrNullObject");
  }

  /**
   * "hasHeaders: ... If the source does not contain headers (i.e., when this property set to false), Excel will
   * automatically generate a header and shift the data down by one row." A header-only range gets one empty data row.
   * An address without a sheet part means the first (active) sheet.
   */
  add(address: RangeLike | string, hasHeaders: boolean): TableProxy {
    const locate = rangeArgument(address, this.ctx, () => this.ctx.activeSheet(), "TableCollection.add");
    const target = new Target<Table>(() => null, false, "TableCollection.add", "the table was not added", (t) => !t.deleted);
    this.ctx.enqueue({
      bytes: ACTION_OVERHEAD_BYTES + jsonBytes(typeof address === "string" ? address : "range"),
      run: () => {
        const { sheet, rect } = locate();
        target.set(addTable(this.ctx.model, sheet, rect, hasHeaders, "TableCollection.add"));
      },
    });
    return new TableProxy(this.ctx, target);
  }
}
