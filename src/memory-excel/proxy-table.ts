import type {
  CellValue,
  TableCollectionLike,
  TableColumnCollectionLike,
  TableColumnLike,
  TableLike,
  TableRowCollectionLike,
} from "../workbook/excel-api";
import { invalidArgument, itemNotFound } from "./errors";
import type { Table } from "./model-table";
import { ACTION_OVERHEAD_BYTES, jsonBytes } from "./payload";
import { LoadableProxy, queueCommand, Target, unknownProperty, type Capture, type ProxyContext } from "./proxy-base";
import { RangeProxy } from "./proxy-range";
import { WorksheetProxy } from "./proxy-worksheet";
import { addColumn, addRows, addTable, checkTableName } from "./table-ops";

/** Excel.Table: name (written by set-up), isNullObject, its worksheet, header and body ranges, columns, rows. */
export class TableProxy extends LoadableProxy implements TableLike {
  readonly columns: TableColumnCollectionProxy;
  readonly rows: TableRowCollectionProxy;
  readonly worksheet: WorksheetProxy;
  private assignedName: string | undefined;

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

  /** The store loads no property of a table but isNullObject (which needs no load). */
  protected capture(names: readonly string[]): Capture {
    throw unknownProperty("Table", names[0] ?? "");
  }

  get isNullObject(): boolean {
    return this.nullObject();
  }

  /** Reads back the name assigned in this batch (the store never loads it). */
  get name(): string {
    return this.loaded(this.assignedName, "name");
  }

  /** "The set name of the table must follow the guidelines specified in the Rename an Excel table article." */
  set name(name: string) {
    this.assignedName = name;
    this.queue(name, () => {
      const table = this.target.get();
      checkTableName(this.ctx.model, name, table, "Table.name");
      table.name = name;
      this.ctx.model.touch();
    });
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

  load(propertyNames: string | string[]): TableProxy {
    this.queueLoad(propertyNames);
    return this;
  }
}

/** Excel.TableCollection (workbook.tables): getItemOrNullObject and add. */
export class TableCollectionProxy implements TableCollectionLike {
  constructor(private readonly ctx: ProxyContext) {}

  getItemOrNullObject(key: string): TableProxy {
    const target = new Target<Table>(
      () => this.ctx.model.findTable(key) ?? null,
      true,
      "TableCollection.getItemOrNullObject",
      `no table named "${key}"`,
      (table) => !table.deleted,
    );
    return new TableProxy(this.ctx, target, true);
  }

  /**
   * A table over `address`, whose first row is the header; a header-only range gets one empty data row. An address
   * without a sheet part means the first (active) sheet. (TableCollection.add with hasHeaders true.)
   */
  add(address: string, hasHeaders: true): TableProxy {
    const target = new Target<Table>(() => null, false, "TableCollection.add", "the table was not added", (t) => !t.deleted);
    this.ctx.enqueue({
      bytes: ACTION_OVERHEAD_BYTES + jsonBytes(address),
      run: () => {
        if (hasHeaders !== true) throw invalidArgument("TableCollection.add", "the in-memory Excel adds tables over a header row only");
        const { sheet, rect } = this.ctx.model.resolveAddress(address, this.ctx.activeSheet(), "TableCollection.add");
        target.set(addTable(this.ctx.model, sheet, rect, "TableCollection.add"));
      },
    });
    return new TableProxy(this.ctx, target);
  }
}

/** A column of a table, by its id (Excel's TableColumn.id), so it survives columns added before it. */
interface ColumnRef {
  readonly table: Table;
  readonly id: number;
}

/** Excel.TableColumn: only its data body range, which repair formats and fills. */
export class TableColumnProxy implements TableColumnLike {
  constructor(
    private readonly ctx: ProxyContext,
    private readonly target: Target<ColumnRef>,
  ) {}

  getDataBodyRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const { table, id } = this.target.get();
      const index = table.columns.findIndex((column) => column.id === id);
      if (index < 0) throw itemNotFound("TableColumn", "the column was removed from its table");
      return { sheet: table.sheet, rect: { ...table.bodyRect, column: table.left + index, columnCount: 1 } };
    });
  }
}

/** Excel.TableColumnCollection: add(undefined, undefined, name) appends a named column at the end of the table. */
export class TableColumnCollectionProxy implements TableColumnCollectionLike {
  constructor(
    private readonly ctx: ProxyContext,
    private readonly table: Target<Table>,
  ) {}

  add(index: undefined, values: undefined, name: string): TableColumnProxy {
    const alive = (ref: ColumnRef): boolean => !ref.table.deleted && ref.table.columns.some((column) => column.id === ref.id);
    const target = new Target<ColumnRef>(() => null, false, "TableColumnCollection.add", "the column was not added", alive);
    queueCommand(this.ctx, { index, values, name }, () => {
      const table = this.table.get();
      target.set({ table, id: addColumn(this.ctx.model, table, undefined, name, "TableColumnCollection.add") });
    });
    return new TableColumnProxy(this.ctx, target);
  }
}

/** Excel.TableRowCollection: add(undefined, values) appends rows at the end of the table. */
export class TableRowCollectionProxy implements TableRowCollectionLike {
  constructor(
    private readonly ctx: ProxyContext,
    private readonly table: Target<Table>,
  ) {}

  /** "index: If null or -1, the addition happens at the end"; Excel returns the first new row, which the store ignores. */
  add(index: undefined, values: CellValue[][]): void {
    queueCommand(this.ctx, { index, values }, () => {
      addRows(this.ctx.model, this.table.get(), values, "TableRowCollection.add");
    });
  }
}
