import type { WorkbookLike } from "../workbook/excel-api";
import type { ProxyContext } from "./proxy-base";
import { TableCollectionProxy } from "./proxy-table";
import { WorksheetCollectionProxy } from "./proxy-worksheet";

/** Excel.Workbook: its worksheets and its tables (table names are unique across the workbook). */
export class WorkbookProxy implements WorkbookLike {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;

  constructor(ctx: ProxyContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.tables = new TableCollectionProxy(ctx);
  }
}
