import { excelError, freshExcel, thrownError } from "./support";

// Excel.ChartCollection and Excel.Chart: https://learn.microsoft.com/javascript/api/excel/excel.chartcollection,
// https://learn.microsoft.com/javascript/api/excel/excel.chart; chart types by requirement set:
// https://learn.microsoft.com/javascript/api/excel/excel.charttype (Waterfall "[Api set: ExcelApi 1.9]").

describe("adding charts", () => {
  // ChartCollection.add(type, sourceData, seriesBy) "Creates a new chart"; the chart can then be named, titled and
  // placed with setPosition(startCell, endCell) (the chart page's example: sheet.charts.add(...), chart.title.text,
  // chart.setPosition("A15", "F30")).
  it("adds a named, titled chart over a range and places it over cells", async () => {
    const excel = freshExcel({ sheets: ["Report"] });
    excel.workbook.sheet("Report").setValuesDirect("A1:B3", [["Line", "Amount"], ["A", 1], ["B", 2]]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Report");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3"), "Columns");
      chart.name = "My chart";
      chart.title.text = "Amounts";
      chart.setPosition("D2", "J15");
      expect(chart.name).toBe("My chart");
      await context.sync();
    });
    expect(excel.workbook.sheet("Report").charts()).toEqual([{ name: "My chart", type: "ColumnClustered", source: "Report!A1:B3", seriesBy: "Columns", title: "Amounts", position: "D2:J15" }]);
  });

  // ChartAxis.numberFormat, "the format code for the axis tick label" (ExcelApi 1.8): chart.axes.valueAxis.
  it("sets the value axis's number format, and like office.js reads it back only once set", async () => {
    const excel = freshExcel({ sheets: ["Report"] });
    excel.workbook.sheet("Report").setValuesDirect("A1:B3", [["Loss", "Chance"], [0, 0.9], [100, 0.2]]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Report");
      const chart = sheet.charts.add("Line", sheet.getRange("A1:B3"), "Columns");
      expect(() => chart.axes.valueAxis.numberFormat).toThrow();
      chart.axes.valueAxis.numberFormat = "0%";
      chart.axes.valueAxis.maximum = 1;
      expect(chart.axes.valueAxis.numberFormat).toBe("0%");
      await context.sync();
    });
    expect(excel.workbook.sheet("Report").charts()[0]).toMatchObject({ type: "Line", valueFormat: "0%", valueMaximum: 1 });
    // An empty string makes the maximum automatic again.
    await excel.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("Report").charts.getItemOrNullObject("Chart 1").axes.valueAxis.maximum = "";
      await context.sync();
    });
    expect(excel.workbook.sheet("Report").charts()[0]?.valueMaximum).toBeUndefined();
  });

  // Excel names a new chart "Chart 1", "Chart 2", ... until it is renamed.
  it("names an unnamed chart Chart <n>", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Sheet1");
      sheet.charts.add("Pie", sheet.getRange("A1:B2"), "Auto");
      sheet.charts.add("Line", sheet.getRange("A1:B2"), "Rows");
      await context.sync();
    });
    expect(excel.workbook.sheet("Sheet1").charts().map((chart) => [chart.name, chart.type, chart.seriesBy])).toEqual([
      ["Chart 1", "Pie", "Auto"],
      ["Chart 2", "Line", "Rows"],
    ]);
  });

  // Waterfall is an ExcelApi 1.9 member of Excel.ChartType: an Excel without 1.9 does not know the value, and an
  // unknown enum value is InvalidArgument ("The argument is invalid or missing or has an incorrect format"). The
  // request fails whole, so nothing is added.
  it("refuses Waterfall where the host's chart types are ExcelApi 1.8", async () => {
    const old = freshExcel({ chartTypes: "1.8" });
    const error = await excelError(
      old.run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject("Sheet1");
        sheet.charts.add("Waterfall", sheet.getRange("A1:B3"), "Columns");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(old.workbook.sheet("Sheet1").charts()).toEqual([]);
    const current = freshExcel();
    await current.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Sheet1");
      sheet.charts.add("Waterfall", sheet.getRange("A1:B3"), "Columns");
      await context.sync();
    });
    expect(current.workbook.sheet("Sheet1").charts().map((chart) => chart.type)).toEqual(["Waterfall"]);
  });

  // A chart's source is a Range, which belongs to a worksheet: a sheet that does not exist is ItemNotFound, as any
  // use of a missing worksheet is.
  it("needs its source on an existing sheet", async () => {
    const excel = freshExcel();
    const error = await excelError(
      excel.run(async (context) => {
        const gone = context.workbook.worksheets.getItemOrNullObject("Nowhere");
        const sheet = context.workbook.worksheets.getItemOrNullObject("Sheet1");
        sheet.charts.add("Line", gone.getRange("A1:B3"), "Columns");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });

  // setPosition takes cells of the chart's own sheet.
  it("places a chart only over cells of its own sheet", async () => {
    const excel = freshExcel({ sheets: ["Sheet1", "Other"] });
    const error = await excelError(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject("Sheet1");
        sheet.charts.add("Line", sheet.getRange("A1:B3"), "Columns").setPosition("Other!A1", "Other!B2");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("finding and updating charts", () => {
  // getItemOrNullObject(name): "If the chart doesn't exist, then this method returns an object with its isNullObject
  // property set to true"; Chart.setData "Resets the source data for the chart".
  it("finds a chart by name, or a null object, and resets its source", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Sheet1");
      sheet.charts.add("Line", sheet.getRange("A1:B3"), "Columns").name = "Curve";
      await context.sync();
    });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Sheet1");
      const found = sheet.charts.getItemOrNullObject("Curve").load("name");
      const missing = sheet.charts.getItemOrNullObject("Nothing");
      expect(thrownError(() => found.isNullObject).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(found.isNullObject).toBe(false);
      expect(found.name).toBe("Curve");
      expect(missing.isNullObject).toBe(true);
      expect(thrownError(() => missing.name).code).toBe("NullObjectProperty");
      found.setData(sheet.getRange("A1:B5"), "Columns");
      found.title.text = "Longer";
    });
    expect(excel.workbook.sheet("Sheet1").charts()).toEqual([{ name: "Curve", type: "Line", source: "Sheet1!A1:B5", seriesBy: "Columns", title: "Longer", position: null }]);
  });

  // Only the chart's name is loaded here (what the report reads); any other property fails the sync, as everywhere
  // in the in-memory Excel.
  it("loads only the name", async () => {
    const excel = freshExcel();
    const error = await excelError(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject("Sheet1");
        sheet.charts.add("Line", sheet.getRange("A1:B3"), "Columns").load("chartType");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});
