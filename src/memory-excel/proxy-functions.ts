import type { FunctionResultLike, FunctionsLike } from "../workbook/excel-api";
import { excelDate } from "./dates";
import { propertyNotLoaded } from "./errors";
import { ACTION_OVERHEAD_BYTES, jsonBytes } from "./payload";
import { unknownProperty, type ProxyContext } from "./proxy-base";

/**
 * Excel.Functions (workbook.functions, ExcelApi 1.2): worksheet functions evaluated by Excel in a request. Only DATE,
 * which the store calls to learn the workbook's date system: DATE(1904, 1, 1) is 1462 in the 1900 system and 0 in
 * the 1904 one (dates.ts).
 */
export class FunctionsProxy implements FunctionsLike {
  constructor(private readonly ctx: ProxyContext) {}

  /** "Returns the number that represents the date in Microsoft Excel date-time code." */
  date(year: number, month: number, day: number): FunctionResultProxy {
    return new FunctionResultProxy(this.ctx, () => excelDate(year, month, day, this.ctx.model.dateSystem), [year, month, day]);
  }
}

/**
 * Excel.FunctionResult: value and error, loaded like any property. "error: If the error string is not set, then the
 * function succeeded, and its result is written to the Value field"; the fake reads a successful result's error as
 * null. "The value field will be populated only if no error has occurred": reading value after an error throws.
 */
export class FunctionResultProxy implements FunctionResultLike {
  private result: { readonly value: number | null; readonly error: string | null } | undefined;
  private loadedNames = new Set<string>();

  constructor(
    private readonly ctx: ProxyContext,
    private readonly evaluate: () => number | "#NUM!",
    private readonly args: readonly number[],
  ) {}

  get value(): number {
    const result = this.get("value");
    if (result.value === null) {
      throw new Error(`in-memory Excel: FunctionResult.value is not populated: the function failed with ${String(result.error)} (check error first)`);
    }
    return result.value;
  }

  get error(): string | null {
    return this.get("error").error;
  }

  private get(property: "value" | "error"): { readonly value: number | null; readonly error: string | null } {
    if (this.result === undefined || !this.loadedNames.has(property)) throw propertyNotLoaded("FunctionResult", property);
    return this.result;
  }

  load(propertyNames: string | string[]): FunctionResultProxy {
    const list = typeof propertyNames === "string" ? propertyNames.split(",") : propertyNames;
    const names = list.map((name) => name.trim()).filter((name) => name !== "");
    this.ctx.enqueue({
      bytes: ACTION_OVERHEAD_BYTES + jsonBytes(this.args) + jsonBytes(names),
      run: () => {
        for (const name of names) if (name !== "value" && name !== "error") throw unknownProperty("FunctionResult", name);
        const outcome = this.evaluate();
        const result = typeof outcome === "number" ? { value: outcome, error: null } : { value: null, error: outcome };
        this.ctx.response?.deliver(jsonBytes(result), () => {
          this.result = result;
          for (const name of names) this.loadedNames.add(name);
        });
      },
    });
    return this;
  }
}
