import type { ChartCollectionLike, ChartLike, ChartSeriesByName, ChartTypeName, RangeLike } from "../workbook/excel-api";
import type { Rect } from "./address";
import { invalidArgument } from "./errors";
import type { ChartModel, Sheet } from "./model-sheet";
import { NamedItemProxy, queueCommand, Target, unknownProperty, type ProxyContext } from "./proxy-base";
import { RangeProxy } from "./proxy-range";

/**
 * Excel.ChartCollection and Excel.Chart (learn.microsoft.com/javascript/api/excel/excel.chartcollection and
 * excel.chart), as the report uses them: charts.add(type, sourceData, seriesBy), charts.getItemOrNullObject(name),
 * and a chart's name, title.text, axes.valueAxis.numberFormat (ExcelApi 1.8) and .maximum, setData and setPosition. A chart here is its type, source, series orientation,
 * title and the cells it covers (sheet.charts(), inspect.ts); nothing of how it looks.
 */

/** Chart types by the ExcelApi version that brought them (Excel.ChartType: Waterfall "[Api set: ExcelApi 1.9]"). */
const TYPES_1_1: readonly string[] = ["ColumnClustered", "ColumnStacked", "BarClustered", "Pie", "Line"];
const TYPES_1_9: readonly string[] = ["Waterfall"];

const SERIES_BY: readonly string[] = ["Auto", "Columns", "Rows"];

/** The source block of a range proxy during the request (ItemNotFound when its sheet is gone, as for any range). */
function sourceOf(range: RangeLike, location: string): ChartModel["source"] {
  if (!(range instanceof RangeProxy)) throw invalidArgument(location, "sourceData must be a Range of this workbook");
  return range.locate();
}

function checkSeriesBy(seriesBy: string, location: string): void {
  if (!SERIES_BY.includes(seriesBy)) throw invalidArgument(location, `seriesBy "${seriesBy}" is not Auto, Columns or Rows`);
}

/** Excel.ChartCollection of one worksheet. */
export class ChartCollectionProxy implements ChartCollectionLike {
  constructor(
    private readonly ctx: ProxyContext,
    private readonly sheet: Target<Sheet>,
  ) {}

  /**
   * "Creates a new chart": a type the host does not know (Waterfall before ExcelApi 1.9) is InvalidArgument, as an
   * unknown enum value is; the source must be a range of an existing sheet. The chart is named "Chart <n>" until the
   * caller names it, as Excel names a new chart.
   */
  add(type: ChartTypeName, sourceData: RangeLike, seriesBy: ChartSeriesByName): ChartProxy {
    const target = new Target<ChartModel>(() => null, false, "ChartCollection.add", "the chart was not added");
    queueCommand(this.ctx, { type, seriesBy }, () => {
      const known = this.ctx.model.chartTypes === "1.9" ? [...TYPES_1_1, ...TYPES_1_9] : TYPES_1_1;
      if (!known.includes(type)) throw invalidArgument("ChartCollection.add", `chart type "${type}" is not one this Excel knows (ExcelApi ${this.ctx.model.chartTypes})`);
      checkSeriesBy(seriesBy, "ChartCollection.add");
      const sheet = this.sheet.get();
      const source = sourceOf(sourceData, "ChartCollection.add");
      const chart: ChartModel = { name: `Chart ${sheet.charts.length + 1}`, type, source, seriesBy, title: "", position: null, valueFormat: null, valueMaximum: null };
      sheet.charts.push(chart);
      this.ctx.model.touch();
      target.set(chart);
    });
    return new ChartProxy(this.ctx, target, this.sheet);
  }

  /** The first chart of the sheet with exactly this name, or a null object. */
  getItemOrNullObject(name: string): ChartProxy {
    const target = new Target<ChartModel>(
      () => this.sheet.get().charts.find((chart) => chart.name === name) ?? null,
      true,
      "ChartCollection.getItemOrNullObject",
      `no chart named "${name}"`,
      (chart) => this.sheet.get().charts.includes(chart),
    );
    return new ChartProxy(this.ctx, target, this.sheet, true);
  }
}

/** Excel.Chart: name (loadable, assignable), title.text and axes.valueAxis.numberFormat (assignable), setData, setPosition. */
export class ChartProxy extends NamedItemProxy<ChartModel> implements ChartLike {
  readonly title: { text: string };
  readonly axes: { readonly valueAxis: { numberFormat: string; maximum: number | "" } };

  constructor(
    ctx: ProxyContext,
    target: Target<ChartModel>,
    private readonly sheet: Target<Sheet>,
    nullable = false,
  ) {
    super(ctx, "Chart", target, nullable);
    this.title = this.assignable<{ text: string }>("ChartTitle", {
      text: (text) => {
        this.target.get().title = text;
      },
    });
    this.axes = {
      valueAxis: this.assignable<{ numberFormat: string; maximum: number | "" }>("ChartAxis", {
        numberFormat: (format) => {
          this.target.get().valueFormat = format;
        },
        // "The maximum value on the value axis. Can be set to a numeric value or an empty string (for automatic axis values)."
        maximum: (maximum) => {
          if (maximum !== "" && !Number.isFinite(maximum)) throw invalidArgument("ChartAxis.maximum", "the maximum must be a number or blank");
          this.target.get().valueMaximum = maximum === "" ? null : maximum;
        },
      }),
    };
  }

  /**
   * An object of office.js properties the add-in assigns without loading them: assigning one queues its `apply` for
   * the next sync, and reading it gives what was assigned, or throws as an unloaded property does before then.
   */
  private assignable<T extends object>(type: string, apply: { readonly [K in keyof T]: (value: T[K]) => void }): T {
    const object = {} as T;
    for (const key of Object.keys(apply) as Array<keyof T & string>) {
      let assigned: { readonly value: T[typeof key] } | undefined;
      Object.defineProperty(object, key, {
        enumerable: true,
        get: () => {
          if (assigned === undefined) throw unknownProperty(type, key);
          return assigned.value;
        },
        set: (value: T[typeof key]) => {
          assigned = { value };
          this.queue(value, () => apply[key](value));
        },
      });
    }
    return object;
  }

  // An accessor pair is redefined whole: the getter is the base's.
  override get name(): string {
    return super.name;
  }

  override set name(name: string) {
    this.knownName = name;
    this.queue(name, () => {
      if (name.trim() === "") throw invalidArgument("Chart.name", "a chart's name cannot be blank");
      this.target.get().name = name;
    });
  }

  /** "Resets the source data for the chart": the new source must be a range of an existing sheet. */
  setData(sourceData: RangeLike, seriesBy: ChartSeriesByName): void {
    this.queue({ seriesBy }, () => {
      checkSeriesBy(seriesBy, "Chart.setData");
      const chart = this.target.get();
      chart.source = sourceOf(sourceData, "Chart.setData");
      chart.seriesBy = seriesBy;
      this.ctx.model.touch();
    });
  }

  /** "Positions the chart relative to cells on the worksheet": both cells on the chart's own sheet. */
  setPosition(startCell: string, endCell: string): void {
    this.queue({ startCell, endCell }, () => {
      const chart = this.target.get();
      const sheet = this.sheet.get();
      const cellOf = (address: string): Rect => {
        const located = this.ctx.model.resolveAddress(address, sheet, "Chart.setPosition");
        if (located.sheet !== sheet) throw invalidArgument("Chart.setPosition", `"${address}" is on another sheet`);
        return located.rect;
      };
      chart.position = { start: cellOf(startCell), end: cellOf(endCell) };
    });
  }

  load(propertyNames: string | string[]): ChartProxy {
    this.queueLoad(propertyNames);
    return this;
  }
}
