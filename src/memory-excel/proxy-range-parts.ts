import type { DataValidationLike } from "../workbook/excel-api";
import { formatAbsolute, parseAddress, quoteSheetName, type Rect } from "./address";
import { invalidArgument } from "./errors";
import type { Cell, ListValidation, Sheet } from "./model-sheet";
import { ProxyBase, unknownProperty, type ProxyContext } from "./proxy-base";
import { forEachCell, setValidation } from "./range-write";

interface Locatable {
  locate(): { readonly sheet: Sheet; readonly rect: Rect };
}

type Rule = DataValidationLike["rule"];

/**
 * Visits every cell of the block, passing undefined for cells never written; rows past the last written one count
 * once, so reading a whole column's rule or wrap state does not walk a million empty rows.
 */
function eachCell(sheet: Sheet, rect: Rect, visit: (cell: Cell | undefined) => void): void {
  const lastRow = Math.min(rect.row + rect.rowCount, sheet.rowExtent);
  for (let r = rect.row; r < lastRow; r += 1) {
    for (let c = rect.column; c < rect.column + rect.columnCount; c += 1) visit(sheet.cell(r, c));
  }
  if (rect.row + rect.rowCount > lastRow) visit(undefined);
}

/**
 * Excel's limit on a typed list: the comma-separated source is at most 255 characters (an Excel limit that
 * XlsxWriter's and excelize's documentation both cite; longer lists must come from a range). The fake rejects a
 * longer list with InvalidArgument; which error Excel's API gives is not documented.
 */
export const MAX_LIST_SOURCE_LENGTH = 255;

/** Range.dataValidation, list rules only (the subset in excel-api.ts). */
export class DataValidationProxy extends ProxyBase implements DataValidationLike {
  private loadedRule: Rule | undefined;
  private loadedType: string | undefined;

  constructor(
    ctx: ProxyContext,
    private readonly range: Locatable,
    private readonly rangeOf: (source: object) => Locatable | null,
  ) {
    super(ctx, "DataValidation");
  }

  protected resolve(): unknown {
    const located = this.range.locate();
    this.markResolved(false);
    return located;
  }

  protected scalarNames(): readonly string[] {
    return ["rule", "type"];
  }

  protected capture(names: readonly string[]): { bytes: number; apply: () => void } {
    const { sheet, rect } = this.range.locate();
    const seen = new Set<ListValidation | null>();
    eachCell(sheet, rect, (cell) => seen.add(cell?.validation ?? null));
    const rules = new Set([...seen].map((rule) => (rule === null ? "" : JSON.stringify(rule))));
    const first = seen.values().next().value ?? null;
    const uniform = rules.size === 1;
    const rule: Rule = uniform && first !== null ? { list: { ...first } } : {};
    const type = !uniform ? "Inconsistent" : first === null ? "None" : "List";
    for (const name of names) if (name !== "rule" && name !== "type") throw unknownProperty("DataValidation", name);
    return {
      bytes: 40 + JSON.stringify(rule).length,
      apply: () => {
        if (names.includes("rule")) this.loadedRule = rule;
        if (names.includes("type")) this.loadedType = type;
      },
    };
  }

  get rule(): Rule {
    return this.loaded(this.loadedRule, "rule");
  }

  /** DataValidation.type: "None", "List", or "Inconsistent" when the cells differ. */
  get type(): string {
    return this.loaded(this.loadedType, "type");
  }

  set rule(rule: Rule) {
    this.loadedRule = rule;
    const source = rule.list?.source;
    this.queue(typeof source === "string" ? rule : { list: { inCellDropDown: rule.list?.inCellDropDown } }, () => {
      const { sheet, rect } = this.range.locate();
      setValidation(this.ctx.model, sheet, rect, this.toValidation(rule));
    });
  }

  private toValidation(rule: Rule): ListValidation {
    const location = "DataValidation.rule";
    const list = rule.list;
    if (list === undefined) throw invalidArgument(location, "the in-memory Excel supports list rules only");
    const inCellDropDown = list.inCellDropDown;
    if (typeof list.source !== "string") {
      const range = this.rangeOf(list.source);
      if (range === null) throw invalidArgument(location, "a list source must be a string or a Range");
      const { sheet, rect } = range.locate();
      return { inCellDropDown, source: `=${quoteSheetName(sheet.name)}!${formatAbsolute(rect)}` };
    }
    const source = list.source;
    if (source.trim() === "" || source.trim() === "=") throw invalidArgument(location, "a list source cannot be empty");
    if (source.startsWith("=")) {
      const parsed = parseAddress(source.slice(1));
      if (parsed?.sheet != null && this.ctx.model.findSheet(parsed.sheet) === undefined) {
        throw invalidArgument(location, `the list source refers to a missing sheet "${parsed.sheet}"`);
      }
      return { inCellDropDown, source };
    }
    if (source.length > MAX_LIST_SOURCE_LENGTH) {
      throw invalidArgument(
        location,
        `a typed list is limited to ${MAX_LIST_SOURCE_LENGTH} characters (this one has ${source.length}); ` +
          `put the items in cells and use a range source such as "=Lists!$A$2:$A$11"`,
      );
    }
    return { inCellDropDown, source };
  }

  /** "Clearing data validation from a range will also clear any data validation that a user has added." */
  clear(): void {
    this.loadedRule = undefined;
    this.queue(null, () => {
      const { sheet, rect } = this.range.locate();
      setValidation(this.ctx.model, sheet, rect, null);
    });
  }

  load(propertyNames?: string | string[]): DataValidationProxy {
    this.queueLoad(propertyNames);
    return this;
  }
}

/** Range.format: wrapText and autofitColumns() (recorded on the sheet; the fake has no column widths). */
export class RangeFormatProxy extends ProxyBase {
  private loadedWrapText: boolean | undefined;

  constructor(
    ctx: ProxyContext,
    private readonly range: Locatable,
  ) {
    super(ctx, "RangeFormat");
  }

  protected resolve(): unknown {
    const located = this.range.locate();
    this.markResolved(false);
    return located;
  }

  protected scalarNames(): readonly string[] {
    return ["wrapText"];
  }

  /** True only when every cell wraps (Excel reports null for a mix; the fake's type is boolean, so false). */
  protected capture(names: readonly string[]): { bytes: number; apply: () => void } {
    for (const name of names) if (name !== "wrapText") throw unknownProperty("RangeFormat", name);
    const { sheet, rect } = this.range.locate();
    let all = true;
    eachCell(sheet, rect, (cell) => {
      all = all && (cell?.wrapText ?? false);
    });
    return {
      bytes: 20,
      apply: () => {
        this.loadedWrapText = all;
      },
    };
  }

  get wrapText(): boolean {
    return this.loaded(this.loadedWrapText, "wrapText");
  }

  set wrapText(wrap: boolean) {
    this.loadedWrapText = wrap;
    this.queue(wrap, () => {
      const { sheet, rect } = this.range.locate();
      forEachCell(sheet, rect, wrap, (cell) => {
        cell.wrapText = wrap;
      });
      this.ctx.model.touch();
    });
  }

  autofitColumns(): void {
    this.queue(null, () => {
      const { sheet, rect } = this.range.locate();
      sheet.autofitCalls.push(rect);
    });
  }

  load(propertyNames?: string | string[]): RangeFormatProxy {
    this.queueLoad(propertyNames);
    return this;
  }
}
