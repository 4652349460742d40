import type { CellValue, TableColumnCollectionLike, TableColumnLike } from "../workbook/excel-api";
import { itemNotFound } from "./errors";
import type { Table } from "./model-table";
import type { Workbook } from "./model-workbook";
import { jsonBytes } from "./payload";
import { parseLoadNames, ProxyBase, Target, unknownProperty, type ProxyContext } from "./proxy-base";
import { RangeProxy } from "./proxy-range";
import { writeContent } from "./range-write";
import { addColumn } from "./table-ops";

/** A column of a table, by its id (Excel's TableColumn.id), so it survives columns added before it. */
interface ColumnRef {
  readonly table: Table;
  readonly id: number;
}

const COLUMN_SCALARS = ["name", "index", "id", "values"];

function columnIndex(ref: ColumnRef): number {
  const index = ref.table.columns.findIndex((column) => column.id === ref.id);
  if (index < 0) throw itemNotFound("TableColumn", "the column was removed from its table");
  return index;
}

interface ColumnSnapshot {
  name?: string;
  index?: number;
  id?: number;
  values?: CellValue[][];
}

function snapshotColumn(model: Workbook, ref: ColumnRef, names: readonly string[]): ColumnSnapshot {
  const index = columnIndex(ref);
  const snapshot: ColumnSnapshot = {};
  for (const name of names) {
    if (name === "name") snapshot.name = ref.table.columns[index]?.name ?? "";
    else if (name === "index") snapshot.index = index;
    else if (name === "id") snapshot.id = ref.id;
    else if (name === "values") snapshot.values = model.values(ref.table.sheet, { ...ref.table.rect, column: ref.table.left + index, columnCount: 1 });
    else throw unknownProperty("TableColumn", name);
  }
  return snapshot;
}

/** Excel.TableColumn: name (writing it renames the header cell), index, id, values, its ranges. */
export class TableColumnProxy extends ProxyBase implements TableColumnLike {
  private snapshot: ColumnSnapshot = {};

  constructor(
    ctx: ProxyContext,
    private readonly target: Target<ColumnRef>,
    nullable = false,
  ) {
    super(ctx, "TableColumn");
    if (nullable) this.queueResolve();
  }

  /** Sets loaded properties of a collection item (TableColumnCollection.load("items/name")). */
  preload(snapshot: ColumnSnapshot): void {
    this.snapshot = snapshot;
    this.nullState = false;
  }

  protected resolve(): unknown {
    const ref = this.target.tryGet();
    this.markResolved(ref === null);
    return ref;
  }

  protected scalarNames(): readonly string[] {
    return COLUMN_SCALARS;
  }

  protected capture(names: readonly string[]): { bytes: number; apply: () => void } {
    const snapshot = snapshotColumn(this.ctx.model, this.target.get(), names);
    return { bytes: jsonBytes(snapshot), apply: () => (this.snapshot = { ...this.snapshot, ...snapshot }) };
  }

  get name(): string {
    return this.loaded(this.snapshot.name, "name");
  }

  /** Renames the column by writing its header cell (Excel's naming rules apply to the result). */
  set name(name: string) {
    this.snapshot.name = name;
    this.queue(name, () => {
      const ref = this.target.get();
      const rect = { row: ref.table.top, column: ref.table.left + columnIndex(ref), rowCount: 1, columnCount: 1 };
      writeContent(this.ctx.model, ref.table.sheet, rect, [[name]], "TableColumn.name");
    });
  }

  get index(): number {
    return this.loaded(this.snapshot.index, "index");
  }

  get id(): number {
    return this.loaded(this.snapshot.id, "id");
  }

  get values(): CellValue[][] {
    return this.loaded(this.snapshot.values, "values");
  }

  private range(rows: (table: Table) => { row: number; rowCount: number }): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const ref = this.target.get();
      const column = ref.table.left + columnIndex(ref);
      return { sheet: ref.table.sheet, rect: { ...rows(ref.table), column, columnCount: 1 } };
    });
  }

  getDataBodyRange(): RangeProxy {
    return this.range((table) => ({ row: table.top + 1, rowCount: table.rowCount }));
  }

  getHeaderRowRange(): RangeProxy {
    return this.range((table) => ({ row: table.top, rowCount: 1 }));
  }

  getRange(): RangeProxy {
    return this.range((table) => ({ row: table.top, rowCount: table.rowCount + 1 }));
  }

  load(propertyNames?: string | string[]): TableColumnProxy {
    this.queueLoad(propertyNames);
    return this;
  }
}

/** Which parts of a collection a load() asked for: count, and items with some (or all) of their properties. */
function collectionLoad(propertyNames: string | string[] | undefined, itemScalars: readonly string[]) {
  const names = parseLoadNames(propertyNames);
  if (names === null) return { count: true, items: [...itemScalars] };
  let count = false;
  let items: string[] | null = null;
  for (const name of names) {
    if (name === "count") count = true;
    else if (name === "items") items = [...(items ?? []), ...itemScalars];
    else if (name.startsWith("items/")) items = [...(items ?? []), name.slice("items/".length)];
    else if (name !== "isNullObject") items = [...(items ?? []), name];
  }
  return { count, items: items === null ? null : [...new Set(items)] };
}

/** Excel.TableColumnCollection: items, count, add(index, values, name), getItem / getItemOrNullObject (name or id). */
export class TableColumnCollectionProxy extends ProxyBase implements TableColumnCollectionLike {
  private loadedItems: TableColumnProxy[] | undefined;
  private loadedCount: number | undefined;

  constructor(
    ctx: ProxyContext,
    private readonly table: Target<Table>,
  ) {
    super(ctx, "TableColumnCollection");
  }

  protected resolve(): unknown {
    const table = this.table.get();
    this.markResolved(false);
    return table;
  }

  protected scalarNames(): readonly string[] {
    return ["count", "items"];
  }

  protected capture(): { bytes: number; apply: () => void } {
    return { bytes: 0, apply: () => undefined };
  }

  get items(): TableColumnProxy[] {
    return this.loaded(this.loadedItems, "items");
  }

  get count(): number {
    return this.loaded(this.loadedCount, "count");
  }

  private ref(table: Table, id: number): Target<ColumnRef> {
    const alive = (ref: ColumnRef): boolean => !ref.table.deleted && ref.table.columns.some((column) => column.id === ref.id);
    const target = new Target<ColumnRef>(() => null, false, "TableColumn", "the column", alive);
    target.set({ table, id });
    return target;
  }

  /** Looks a column up by name (without case) or by id (a number is an id, not a position). */
  private lookup(key: number | string, nullable: boolean, location: string): TableColumnProxy {
    const find = (): ColumnRef | null => {
      const table = this.table.get();
      const column =
        typeof key === "number"
          ? table.columns.find((candidate) => candidate.id === key)
          : table.columns[table.columnIndexByName(key)];
      return column === undefined ? null : { table, id: column.id };
    };
    const target = new Target<ColumnRef>(find, nullable, location, `no column "${key}" in the table`);
    return new TableColumnProxy(this.ctx, target, nullable);
  }

  getItem(key: number | string): TableColumnProxy {
    return this.lookup(key, false, "TableColumnCollection.getItem");
  }

  getItemOrNullObject(key: number | string): TableColumnProxy {
    return this.lookup(key, true, "TableColumnCollection.getItemOrNullObject");
  }

  /** "values: A 2D array of unformatted values of the table column" (header first); `name` names it. */
  add(index?: number, values?: CellValue[][] | CellValue, name?: string): TableColumnProxy {
    const target = new Target<ColumnRef>(() => null, false, "TableColumnCollection.add", "the column was not added");
    this.queue({ index, values, name }, () => {
      const table = this.table.get();
      const id = addColumn(this.ctx.model, table, index ?? undefined, values, name ?? undefined, "TableColumnCollection.add");
      target.set({ table, id });
    });
    return new TableColumnProxy(this.ctx, target);
  }

  load(propertyNames?: string | string[]): TableColumnCollectionProxy {
    this.queueLoad(propertyNames);
    return this;
  }

  /** load("items/name"), load("name") (office.js reads it as items/name), load("count"), load() (everything). */
  protected override queueLoad(propertyNames?: string | string[]): void {
    const { count, items } = collectionLoad(propertyNames, COLUMN_SCALARS);
    this.queue(propertyNames ?? null, () => {
      const table = this.table.get();
      const snapshots = items === null ? [] : table.columns.map((column) => ({ id: column.id, snapshot: snapshotColumn(this.ctx.model, { table, id: column.id }, items) }));
      const columnCount = table.columns.length;
      this.ctx.response?.deliver(jsonBytes(snapshots), () => {
        if (count) this.loadedCount = columnCount;
        if (items !== null) {
          this.loadedItems = snapshots.map(({ id, snapshot }) => {
            const proxy = new TableColumnProxy(this.ctx, this.ref(table, id));
            proxy.preload(snapshot);
            return proxy;
          });
        }
      });
    });
  }
}
