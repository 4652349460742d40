import type { CellValue, TableRowCollectionLike } from "../workbook/excel-api";
import type { Rect } from "./address";
import { itemNotFound } from "./errors";
import type { Table } from "./model-table";
import { jsonBytes } from "./payload";
import { ProxyBase, type ProxyContext, type Target, unknownProperty } from "./proxy-base";
import { RangeProxy } from "./proxy-range";
import { addRows } from "./table-ops";

const ROW_SCALARS = ["index", "values"];

/** Excel.TableRow: "represents the physical location of the table row, but not the data" (an index). */
export class TableRowProxy extends ProxyBase {
  private loadedIndex: number | undefined;
  private loadedValues: CellValue[][] | undefined;

  constructor(
    ctx: ProxyContext,
    private readonly table: Target<Table>,
    private readonly rowIndex: () => number,
  ) {
    super(ctx, "TableRow");
  }

  private rect(): { table: Table; rect: Rect } {
    const table = this.table.get();
    const index = this.rowIndex();
    if (index >= table.rowCount) throw itemNotFound("TableRow", `the table has no row ${index}`);
    return { table, rect: { ...table.bodyRect, row: table.top + 1 + index, rowCount: 1 } };
  }

  protected resolve(): unknown {
    const found = this.rect();
    this.markResolved(false);
    return found;
  }

  protected scalarNames(): readonly string[] {
    return ROW_SCALARS;
  }

  protected capture(names: readonly string[]): { bytes: number; apply: () => void } {
    const { table, rect } = this.rect();
    for (const name of names) if (!ROW_SCALARS.includes(name)) throw unknownProperty("TableRow", name);
    const index = rect.row - table.top - 1;
    const values = names.includes("values") ? this.ctx.model.values(table.sheet, rect) : undefined;
    return {
      bytes: jsonBytes(values ?? null) + 10,
      apply: () => {
        this.loadedIndex = index;
        if (values !== undefined) this.loadedValues = values;
      },
    };
  }

  get index(): number {
    return this.loaded(this.loadedIndex, "index");
  }

  get values(): CellValue[][] {
    return this.loaded(this.loadedValues, "values");
  }

  getRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const { table, rect } = this.rect();
      return { sheet: table.sheet, rect };
    });
  }

  load(propertyNames?: string | string[]): TableRowProxy {
    this.queueLoad(propertyNames);
    return this;
  }
}

/** Excel.TableRowCollection: count and add(index, values, alwaysInsert). */
export class TableRowCollectionProxy extends ProxyBase implements TableRowCollectionLike {
  private loadedCount: number | undefined;

  constructor(
    ctx: ProxyContext,
    private readonly table: Target<Table>,
  ) {
    super(ctx, "TableRowCollection");
  }

  protected resolve(): unknown {
    const table = this.table.get();
    this.markResolved(false);
    return table;
  }

  protected scalarNames(): readonly string[] {
    return ["count"];
  }

  protected capture(names: readonly string[]): { bytes: number; apply: () => void } {
    for (const name of names) if (name !== "count") throw unknownProperty("TableRowCollection", name);
    const count = this.table.get().rowCount;
    return { bytes: 10, apply: () => (this.loadedCount = count) };
  }

  get count(): number {
    return this.loaded(this.loadedCount, "count");
  }

  /**
   * "index: If null or -1, the addition happens at the end. Any rows below the inserted row are shifted downwards."
   * "alwaysInsert: ... If false, the new rows will be added below the table. Default is true." Returns the first new row.
   */
  add(index?: number, values?: CellValue[][] | CellValue, alwaysInsert = true): TableRowProxy {
    let first: number | undefined;
    this.queue({ index, values }, () => {
      first = addRows(this.ctx.model, this.table.get(), index ?? undefined, values, alwaysInsert, "TableRowCollection.add");
    });
    return new TableRowProxy(this.ctx, this.table, () => {
      if (first === undefined) throw itemNotFound("TableRowCollection.add", "the row was not added");
      return first;
    });
  }

  load(propertyNames?: string | string[]): TableRowCollectionProxy {
    this.queueLoad(propertyNames);
    return this;
  }
}
