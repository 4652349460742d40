import type {
  CellValue,
  TableCollectionLike,
  TableColumnCollectionLike,
  TableColumnLike,
  TableLike,
  TableRowCollectionLike,
  TableRowLike,
} from "../workbook/excel-api";
import { invalidArgument, itemNotFound, propertyNotLoaded } from "./errors";
import type { Table } from "./model-table";
import { ACTION_OVERHEAD_BYTES, jsonBytes } from "./payload";
import { NamedItemProxy, queueCommand, Target, unknownProperty, type Capture, type ProxyContext } from "./proxy-base";
import { RangeProxy } from "./proxy-range";
import { WorksheetProxy } from "./proxy-worksheet";
import { addColumn, addTable, checkTableName, deleteTableRow, insertRows } from "./table-ops";

/** Excel.Table: name (written by set-up; loaded through tables.load("items/name")), isNullObject, its worksheet, header and body ranges, columns, rows. */
export class TableProxy extends NamedItemProxy<Table> implements TableLike {
  readonly columns: TableColumnCollectionProxy;
  readonly rows: TableRowCollectionProxy;
  readonly worksheet: WorksheetProxy;

  constructor(ctx: ProxyContext, target: Target<Table>, nullable = false) {
    super(ctx, "Table", target, nullable);
    this.columns = new TableColumnCollectionProxy(ctx, target);
    this.rows = new TableRowCollectionProxy(ctx, target);
    const sheetTarget = new Target(() => target.get().sheet, false, "Table.worksheet", "the table's worksheet");
    this.worksheet = new WorksheetProxy(ctx, sheetTarget);
  }

  /**
   * The store loads no property of a single table but isNullObject (which needs no load); tables' names come from
   * tables.load("items/name").
   */
  protected override capture(names: readonly string[]): Capture {
    throw unknownProperty("Table", names[0] ?? "");
  }

  /** The name loaded with the collection's items, or assigned in this batch (office.js keeps an assigned value). */
  override get name(): string {
    return super.name;
  }

  /** "The set name of the table must follow the guidelines specified in the Rename an Excel table article." */
  override set name(name: string) {
    this.knownName = name;
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

  /** A table proxy as a collection load delivers it: found, with its name if the load asked for it. */
  static fromCollection(ctx: ProxyContext, target: Target<Table>, name: string | undefined): TableProxy {
    const proxy = new TableProxy(ctx, target);
    proxy.knownName = name;
    return proxy;
  }
}

/**
 * Excel.TableCollection (workbook.tables): getItemOrNullObject, add, and its items once loaded. "items/name" (or
 * "name", which office.js applies to each item of a collection) loads every table with its name, in the workbook's
 * order; `items` before such a load is PropertyNotLoaded.
 */
export class TableCollectionProxy implements TableCollectionLike {
  private loadedItems: TableProxy[] | undefined;

  constructor(private readonly ctx: ProxyContext) {}

  get items(): TableProxy[] {
    if (this.loadedItems === undefined) throw propertyNotLoaded("TableCollection", "items");
    return this.loadedItems;
  }

  load(propertyNames: string | string[]): TableCollectionProxy {
    const list = typeof propertyNames === "string" ? propertyNames.split(",") : propertyNames;
    const names = list.map((name) => name.trim()).filter((name) => name !== "");
    this.ctx.enqueue({
      bytes: ACTION_OVERHEAD_BYTES + jsonBytes(names),
      run: () => {
        for (const name of names) {
          if (name !== "items/name" && name !== "name" && name !== "items") throw unknownProperty("TableCollection", name);
        }
        const withNames = names.some((name) => name !== "items");
        const tables = this.ctx.model.tables.filter((table) => !table.deleted);
        const bytes = jsonBytes(tables.map((table) => (withNames ? { name: table.name } : {})));
        this.ctx.response?.deliver(bytes, () => {
          this.loadedItems = tables.map((table) => {
            const target = new Target<Table>(() => table, false, "TableCollection.items", "the table was deleted", (t) => !t.deleted);
            return TableProxy.fromCollection(this.ctx, target, withNames ? table.name : undefined);
          });
        });
      },
    });
    return this;
  }

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

/** Excel.TableRowCollection: add(undefined, values) appends rows at the end of the table; getItemAt(index). */
export class TableRowCollectionProxy implements TableRowCollectionLike {
  constructor(
    private readonly ctx: ProxyContext,
    private readonly table: Target<Table>,
  ) {}

  /**
   * "index: If null or -1, the addition happens at the end"; the new rows take the table's formats and validation and
   * calculated columns fill them (table-ops.ts, insertRows). Excel returns the first new row, which the store ignores.
   */
  add(index: undefined, values: CellValue[][]): void {
    queueCommand(this.ctx, { index, values }, () => {
      const table = this.table.get();
      insertRows(this.ctx.model, table, table.rowCount, values, "TableRowCollection.add");
    });
  }

  /**
   * "Gets a row based on its position in the collection", zero-based. "A TableRow object represents the physical
   * location of the table row, but not the data": the row is the one at that index when a request uses it. An index
   * outside the table fails that request with ItemNotFound (the code Excel uses is not documented).
   */
  getItemAt(index: number): TableRowProxy {
    return new TableRowProxy(this.ctx, this.table, index);
  }
}

/** Excel.TableRow: delete() only. */
export class TableRowProxy implements TableRowLike {
  constructor(
    private readonly ctx: ProxyContext,
    private readonly table: Target<Table>,
    private readonly index: number,
  ) {}

  /** "Deletes the row from the table": rows below move up; the only data row of a table is cleared (table-ops.ts). */
  delete(): void {
    queueCommand(this.ctx, { index: this.index }, () => {
      const table = this.table.get();
      if (!Number.isInteger(this.index) || this.index < 0 || this.index >= table.rowCount) {
        throw itemNotFound("TableRowCollection.getItemAt", `the table has ${table.rowCount} data rows; there is no row ${this.index}`);
      }
      deleteTableRow(this.ctx.model, table, this.index);
    });
  }
}
