import { DECISIONS, type Decision } from "../../src/domain/lists";
import { lossExceedanceCurve } from "../../src/domain/loss-exposure";
import { livePortfolio, simulatePortfolio } from "../../src/domain/portfolio-simulation";
import { addPeriods, periodLabel } from "../../src/domain/settings";
import { realisedAmount } from "../../src/domain/ledger";
import { createMemoryExcel, type MemoryExcel, type MemoryExcelOptions } from "../../src/memory-excel";
import type { CellValue } from "../../src/workbook/excel-api";
import { stampOf, validLosses, validRanges, type ContractStore, type StoredContract } from "../../src/workbook/contract-store";
import { createContractStore } from "../../src/workbook/excel-contract-store";
import { LABEL_CHARACTERS } from "../../src/workbook/report-cells";
import { BRIDGE_LINES, CHART_TYPE_API_SET, REPORT_AREA, REPORT_CHART_COUNT, REPORT_ROWS, REPORT_SHEET } from "../../src/workbook/report-layout";
import { calculatorOn } from "../support/formula-eval";
import { parseFormula, type Ast } from "../support/formula-parse";
import { errorOf, fullContract, newReview, NOW, valueOf } from "./fixtures";
import { blockOf, bridgeTables, close, expectReportToBeDomains, rowOf } from "./report-domain";

// The "AIVM Report" sheet (src/workbook/report-layout.ts, report.ts) written by the store over the in-memory Excel and
// calculated by the tests' calculator: every figure must be what the domain computes from the same contracts, ledger
// and reviews, read through the store (domain functions and hand sums, never the report's formulas).

const TODAY = NOW.toISOString().slice(0, 10);
const SETTINGS = { period: "Quarter", fiscalYearStart: "January" } as const;

async function sampleWorkbook(options: MemoryExcelOptions = {}, supportsChartType?: (type: keyof typeof CHART_TYPE_API_SET) => boolean): Promise<{ excel: MemoryExcel; store: ContractStore }> {
  const excel = createMemoryExcel({ calculate: calculatorOn(TODAY), ...options });
  const store = createContractStore(excel.run, () => NOW, supportsChartType === undefined ? {} : { supportsChartType });
  const samples = valueOf(await store.insertSampleContracts(TODAY));
  // Reviews this quarter (from 2026-04-01) and one the day before it, which the decisions block leaves out.
  const reviews: [string, Decision][] = [["2026-05-01", "Continue"], ["2026-04-01", "Expand"], ["2026-03-31", "Pause"], ["2026-04-15", "Continue"]];
  for (const [i, [date, decision]] of reviews.entries()) {
    const target = samples[i % 2];
    if (target === undefined) throw new Error("no sample contracts");
    const stored = valueOf(await store.getContract(target.id));
    valueOf(await store.recordReview({ ...newReview(target.id), date, decision, nextReview: null }, stampOf(stored)));
  }
  excel.resetSyncCount();
  return { excel, store };
}

/** The report's rows as Range.values reads them. */
const reportValues = (excel: MemoryExcel): CellValue[][] => excel.workbook.sheet(REPORT_SHEET).values(REPORT_AREA);

describe("refreshing the report", () => {
  it("creates the sheet with ten charts whose figures are the domain's", async () => {
    const { excel, store } = await sampleWorkbook();
    const summary = valueOf(await store.refreshReport());
    expect(summary.sheetCreated).toBe(true);
    expect(summary.created).toHaveLength(10);
    expect(REPORT_CHART_COUNT).toBe(10);
    expect(summary.updated).toEqual([]);
    expect(summary.fallbacks).toEqual([]);
    // Open the tables, read the ledger's periods and the settings, then write: 3 round trips on a new sheet.
    expect(excel.syncCount()).toBe(3);
    const charts = excel.workbook.sheet(REPORT_SHEET).charts();
    expect(charts.map((chart) => [chart.name, chart.type])).toEqual([
      ["AIVM Value bridge (realised)", "Waterfall"],
      ["AIVM Value bridge (planned)", "Waterfall"],
      ["AIVM Evidence pyramid", "BarClustered"],
      ["AIVM Value-class mix", "Pie"],
      ["AIVM Value chain by mandate", "ColumnStacked"],
      ["AIVM Reviews due", "ColumnClustered"],
      ["AIVM Decisions this period", "BarClustered"],
      ["AIVM Tornado", "BarClustered"],
      ["AIVM Loss exceedance", "Line"],
      ["AIVM Portfolio J-curve", "Line"],
    ]);
    // Every chart sits inside the report's columns (A:M) and reads cells of the report sheet.
    expect(charts.every((chart) => chart.source.startsWith("'AIVM Report'!") && /^[A-M]\d+:[A-M]\d+$/.test(chart.position ?? ""))).toBe(true);
    // The bridge's two waterfalls, each over the lines and one column of amounts (a waterfall draws one series),
    // stacked beside the bridge: realised on top, planned under it, neither over the next block.
    const values = reportValues(excel);
    const bridgeTop = blockOf(values, "Value bridge");
    const { realisedTop, plannedTop } = bridgeTables(values);
    expect([values[realisedTop]?.slice(0, 2), values[plannedTop]?.slice(0, 2)]).toEqual([
      ["Line", "Realised to date"],
      ["Line", "Planned"],
    ]);
    const bridgeCharts = charts.filter((chart) => chart.name.startsWith("AIVM Value bridge"));
    const lastLine = (top: number): number => top + BRIDGE_LINES.length + 1;
    expect(bridgeCharts.map((chart) => [chart.source, chart.title, chart.position])).toEqual([
      [`'AIVM Report'!A${realisedTop + 1}:B${lastLine(realisedTop)}`, "Value bridge (realised to date)", `D${bridgeTop + 1}:M${bridgeTop + 16}`],
      [`'AIVM Report'!A${plannedTop + 1}:B${lastLine(plannedTop)}`, "Value bridge (planned)", `D${bridgeTop + 17}:M${bridgeTop + 32}`],
    ]);
    expect(blockOf(values, "Evidence pyramid")).toBeGreaterThan(bridgeTop + 32);

    const found = await expectReportToBeDomains(values, store, TODAY, SETTINGS);
    const { net, realised, plan, at, jTop } = found;
    expect(found.reviews).toBe(4);
    expect(found.decisions).toEqual([2, 1, 0, 0, 0]);
    expect(values[at]?.[0]).toBe("");
    expect(summary.periods).toBe(at - jTop - 1);
    expect(summary.periods).toBeGreaterThan(3);
    // The bridge's net is where the J-curve ends.
    expect([close(net[0], realised), close(net[1], plan)]).toEqual([true, true]);
  });

  // The uncertainty block is a snapshot of the live portfolio's simulation (the samples' ranges), recomputed here from
  // the store's own reads by the domain (portfolio-simulation.ts, itself checked against scipy in test/reference).
  it("writes the live portfolio's simulation and its widest lines, and says it is a snapshot", async () => {
    const { excel, store } = await sampleWorkbook();
    valueOf(await store.refreshReport());
    expect(excel.syncCount()).toBe(3);
    const list = valueOf(await store.listContracts());
    const contracts = list.contracts.flatMap((stored) => (stored.contract ? [stored.contract] : []));
    const expected = simulatePortfolio(livePortfolio(contracts, validRanges(list.ranges)));
    const values = reportValues(excel);
    const title = blockOf(values, "Uncertainty");
    expect(String(values[title]?.[0])).toContain("(simulated at this refresh, 10,000 trials, seed 1: not live formulas");
    const figure = (name: string) => values[rowOf(values, name, title)]?.[1];
    expect(close(figure("Planned value"), expected.planned)).toBe(true);
    const { mean, p10, p50, p90, probabilityBelowZero } = expected.portfolio;
    expect([mean, p10, p50, p90, probabilityBelowZero].map((amount, i) => close(figure(["Mean", "P10", "P50", "P90", "P(value < 0)"][i] ?? ""), amount))).toEqual([true, true, true, true, true]);
    // The tornado: the ten widest lines, each the change in the mean at the line's P10 and P90.
    const head = rowOf(values, "Line (contract)", title);
    const bars = expected.tornado.slice(0, 10);
    expect(bars.length).toBeGreaterThan(5);
    bars.forEach((bar, i) => {
      const row = values[head + 1 + i];
      expect(row?.[0]).toBe(`${bar.contractId}: ${bar.line}`);
      expect([close(row?.[1], bar.low - mean), close(row?.[2], bar.high - mean)]).toEqual([true, true]);
    });
    const tornado = excel.workbook.sheet(REPORT_SHEET).charts().find((chart) => chart.name === "AIVM Tornado");
    expect(tornado?.source).toBe(`'AIVM Report'!A${head + 1}:C${head + 11}`);
  });

  // The exceedance block: the live avoided-loss samples' exposures summed, recomputed by the domain (loss-exposure.ts,
  // itself checked against scipy in test/reference/loss_exceedance.py).
  it("writes the live contracts' loss exceedance, without and with, as a line chart", async () => {
    const { excel, store } = await sampleWorkbook();
    valueOf(await store.refreshReport());
    const list = valueOf(await store.listContracts());
    const exposures = validLosses(list.losses);
    expect(exposures.map((loss) => loss.contractId)).toHaveLength(2);
    const expected = lossExceedanceCurve(exposures, { points: 21 });
    const values = reportValues(excel);
    const head = rowOf(values, "Loss a year", blockOf(values, "Loss exceedance"));
    expected.thresholds.forEach((threshold, i) => {
      const row = values[head + 1 + i];
      expect([close(row?.[0], threshold), close(row?.[1], expected.without[i] ?? NaN), close(row?.[2], expected.with[i] ?? NaN)]).toEqual([true, true, true]);
    });
    // From certain loss (100%) at 0 to none beyond the largest; with the interventions never above without.
    expect([values[head + 1]?.[1], values[head + 21]?.[1]]).toEqual([1, 0]);
    expected.with.forEach((p, i) => expect(p).toBeLessThanOrEqual(expected.without[i] ?? 0));
    const chart = excel.workbook.sheet(REPORT_SHEET).charts().find((found) => found.name === "AIVM Loss exceedance");
    expect([chart?.type, chart?.source]).toEqual(["Line", `'AIVM Report'!A${head + 1}:C${head + 22}`]);
    // Its value axis reads as chances (0% to 100%), not 0 to 1; a refresh, which updates the chart, keeps that.
    expect([chart?.valueFormat, chart?.valueMaximum]).toEqual(["0%", 1]);
    valueOf(await store.refreshReport());
    const shaped = excel.workbook.sheet(REPORT_SHEET).charts().filter((found) => found.valueFormat !== undefined || found.valueMaximum !== undefined);
    expect(shaped.map((found) => [found.name, found.valueFormat, found.valueMaximum])).toEqual([["AIVM Loss exceedance", "0%", 1]]);
  });

  it("says the uncertainty block is empty when no live contract has a range", async () => {
    const excel = createMemoryExcel({ calculate: calculatorOn(TODAY) });
    const store = createContractStore(excel.run, () => NOW);
    valueOf(await store.setUp());
    valueOf(await store.createContracts([fullContract("VC-0001")]));
    valueOf(await store.refreshReport());
    const values = reportValues(excel);
    const title = blockOf(values, "Uncertainty");
    expect(String(values[title]?.[0])).toContain("(none yet: add a range to a live contract's amount in the pane)");
    expect(values[rowOf(values, "Mean", title)]?.[1]).toBe("");
    expect(values[rowOf(values, "Planned value", title)]?.[1]).toEqual(expect.any(Number));
  });

  it("updates the charts in place, and follows the ledger when it grows by a period", async () => {
    const { excel, store } = await sampleWorkbook();
    const first = valueOf(await store.refreshReport());
    const jCurve = (): string => excel.workbook.sheet(REPORT_SHEET).charts().find((chart) => chart.name === "AIVM Portfolio J-curve")?.source ?? "";
    const before = jCurve();

    // A period after the ledger's latest, recorded for one contract.
    const { contracts } = valueOf(await store.listContracts());
    const id = contracts.find((row) => row.contract?.status === "Active")?.id ?? "";
    const opened = valueOf(await store.openLedger(id));
    const latest = opened.entries.flatMap((entry) => (entry.entry ? [entry.entry.period] : [])).sort().pop() ?? "";
    const next = addPeriods(latest, 1, SETTINGS.period);
    valueOf(await store.recordActuals(id, next, [{ line: "Protected earnings", plan: 1000, forecast: null, actual: 1200, evidenceLevel: "Financial", evidenceSource: "GL 4100" }], "Tester", opened.entries));

    excel.resetSyncCount();
    const second = valueOf(await store.refreshReport());
    // Open, read, find the charts, write: 4 round trips once the sheet exists.
    expect(excel.syncCount()).toBe(4);
    expect(second.sheetCreated).toBe(false);
    expect(second.created).toEqual([]);
    expect(second.updated).toEqual(first.created);
    expect(second.periods).toBe(first.periods + (next > latest ? 1 : 0));
    const charts = excel.workbook.sheet(REPORT_SHEET).charts();
    expect(charts).toHaveLength(10);
    expect(new Set(charts.map((chart) => chart.name)).size).toBe(10);
    const rowsOf = (source: string): number => {
      const match = /!A(\d+):C(\d+)$/.exec(source);
      return match ? Number(match[2]) - Number(match[1]) : Number.NaN;
    };
    expect(rowsOf(jCurve())).toBe(rowsOf(before) + 1);
    const values = reportValues(excel);
    const jTop = rowOf(values, "Period", blockOf(values, "Portfolio J-curve"));
    expect(values[jTop + second.periods]?.[0]).toBe(periodLabel(next, SETTINGS));
  });

  it("never touches a user's cells beside or below the report", async () => {
    const { excel, store } = await sampleWorkbook();
    valueOf(await store.refreshReport());
    // README.md ("The report sheet") tells users which cells AIVM owns.
    expect(REPORT_AREA).toBe("A1:M234");
    const sheet = excel.workbook.sheet(REPORT_SHEET);
    sheet.setCellDirect("N1", "My note");
    sheet.setCellDirect("P10", "=1+2");
    sheet.setCellDirect(`A${REPORT_ROWS + 2}`, 42);
    // A user's own edit inside the report area is the report's again after a refresh.
    sheet.setCellDirect("B6", 999);
    valueOf(await store.refreshReport());
    expect([sheet.cell("N1").value, sheet.cell("P10").formula, sheet.cell(`A${REPORT_ROWS + 2}`).value]).toEqual(["My note", "=1+2", 42]);
    expect(sheet.cell("B6").isFormula).toBe(true);
  });

  // Readable without the add-in: column A at 34 characters of Calibri 11 and B:F at 16, by ECMA-376's width rule
  // (7 px a character + 5 px padding, 0.75 pt a pixel): (7 * 34 + 5) * 0.75 = 182.25 pt, (7 * 16 + 5) * 0.75 = 87.75 pt.
  it("sets its column widths and bold titles in the same request as its cells", async () => {
    const { excel, store } = await sampleWorkbook();
    valueOf(await store.refreshReport());
    expect(excel.syncCount()).toBe(3);
    const sheet = excel.workbook.sheet(REPORT_SHEET);
    expect(["A", "B", "C", "D", "E", "F", "G"].map((column) => sheet.columnWidth(column))).toEqual([182.25, 87.75, 87.75, 87.75, 87.75, 87.75, null]);
    const values = reportValues(excel);
    const labels = values.filter((row, i) => i > 1 && !sheet.cell(`A${i + 1}`).bold).map((row) => String(row[0]));
    expect(Math.max(...labels.map((text) => text.length))).toBeLessThanOrEqual(LABEL_CHARACTERS);
    const titles = values.flatMap((row, i) => (sheet.cell(`A${i + 1}`).bold ? [String(row[0])] : []));
    expect(titles.map((title) => title.split(/[:(]/)[0]?.trim())).toEqual(["AIVM Report", "Value bridge", "Evidence pyramid", "Value-class mix", "Planned value", "Reviews", "Decisions taken this period", "Uncertainty", "Loss exceedance", "Portfolio J-curve"]);
    expect(sheet.cell("B6").bold).toBe(false);

    // A cell made bold by hand inside the area is the report's again at the next refresh, which adds no round trip.
    await excel.run(async (context) => {
      const report = context.workbook.worksheets.getItemOrNullObject(REPORT_SHEET);
      report.getRange("A6").format.font.bold = true;
      await context.sync();
    });
    excel.resetSyncCount();
    valueOf(await store.refreshReport());
    expect(excel.syncCount()).toBe(4);
    expect([sheet.cell("A6").bold, sheet.cell("A4").bold]).toEqual([false, true]);
  });

  it("writes labels as text, never as formulas", async () => {
    const { excel, store } = await sampleWorkbook();
    valueOf(await store.refreshReport());
    const sheet = excel.workbook.sheet(REPORT_SHEET);
    const formulas = sheet.formulas(REPORT_AREA).flat();
    const texts = formulas.filter((cell): cell is string => typeof cell === "string" && cell !== "" && !cell.startsWith("="));
    expect(texts.length).toBeGreaterThan(40);
    // Every formula the report writes uses only functions of Excel 2010 or earlier: SUMIFS and COUNTIFS came with
    // Excel 2007, SUMPRODUCT, SUBSTITUTE, SUM and TODAY were in Excel 2003 (Excel functions (alphabetical),
    // https://support.microsoft.com/office/b3944572-255d-4efb-bb96-c6d90033e188).
    const names = new Set<string>();
    const walk = (ast: Ast): void => {
      if (ast.kind === "call") {
        names.add(ast.name);
        ast.args.forEach(walk);
      }
      if (ast.kind === "unary") walk(ast.operand);
      if (ast.kind === "binary") [ast.left, ast.right].forEach(walk);
    };
    for (const formula of formulas.filter((cell): cell is string => typeof cell === "string" && cell.startsWith("="))) {
      const ast = parseFormula(formula);
      if (ast === null) throw new Error(`cannot parse ${formula}`);
      walk(ast);
    }
    expect([...names].sort()).toEqual(["COUNTIFS", "SUBSTITUTE", "SUM", "SUMIFS", "SUMPRODUCT", "TODAY"]);
  });

  /** Two contracts, "Pilot*" at a 50% margin and "Pilot-1" at 20%, planning 1,000 and 100 of one line in 2026-Q1. */
  async function twoPilots(line: "Incremental revenue" | "Protected earnings"): Promise<{ excel: MemoryExcel; store: ContractStore }> {
    const excel = createMemoryExcel({ calculate: calculatorOn(TODAY) });
    const store = createContractStore(excel.run, () => NOW);
    valueOf(await store.setUp());
    valueOf(await store.createContracts([{ ...fullContract("Pilot*"), revenueMargin: 0.5 }, { ...fullContract("Pilot-1"), revenueMargin: 0.2 }]));
    for (const [id, plan] of [["Pilot*", 1000], ["Pilot-1", 100]] as const) {
      const opened = valueOf(await store.openLedger(id));
      valueOf(await store.recordActuals(id, "2026-01-01", [{ line, plan, forecast: null, actual: null, evidenceLevel: null, evidenceSource: "" }], "Tester", opened.entries));
    }
    return { excel, store };
  }

  // Contract IDs are any text: "Pilot*" must plan only its own revenue. By hand: 1,000 at 50% + 100 at 20% = 520
  // (read as a pattern, Pilot* would also take Pilot-1's 100: 550 + 20 = 570).
  it("matches planned revenue to its contract literally, wildcards and all", async () => {
    const { excel, store } = await twoPilots("Incremental revenue");
    valueOf(await store.refreshReport());
    const values = reportValues(excel);
    expect(values[rowOf(values, "Incremental revenue", bridgeTables(values).plannedTop)]?.[1]).toBe(520);
  });

  // Ledger rows whose Contract ID names no contract (Contract status "") are left out, as the domain's live portfolio
  // leaves them out: with "Pilot*" renamed away, only Pilot-1's 100 of Protected earnings is planned (1,100 if the
  // report took the orphaned row).
  it("leaves out ledger rows whose Contract ID names no contract", async () => {
    const { excel, store } = await twoPilots("Protected earnings");
    excel.workbook.table("ValueContracts").setCellDirect(0, "Contract ID", "Pilot-9");
    valueOf(await store.refreshReport());
    const values = reportValues(excel);
    expect(values[rowOf(values, "Protected earnings", bridgeTables(values).plannedTop)]?.[1]).toBe(100);
    expect(values[rowOf(values, "Period", blockOf(values, "Portfolio J-curve")) + 1]?.[1]).toBe(100);
  });

  // The report is the live portfolio, as the pane's headline (countsInHeadline). By hand: the first sample contract
  // took the reviews of 2026-05-01 (Continue) and 2026-03-31 (Pause), the second those of 2026-04-01 (Expand) and
  // 2026-04-15 (Continue); with the first Terminated, this quarter's decisions are the second's: Continue 1, Expand 1.
  it("leaves out a Terminated contract's ledger and reviews, and a Draft contract's evidence level", async () => {
    const { excel, store } = await sampleWorkbook();
    valueOf(await store.refreshReport());
    const before = reportValues(excel);
    const { contracts } = valueOf(await store.listContracts());
    const [terminated] = contracts;
    const drafted = contracts.find((row, i) => i > 1 && row.contract !== null && row.contract.status !== "Draft" && ["Technical", "Behavioural", "Operational", "Financial", "Strategic"].includes(row.contract.evidenceLevel ?? ""));
    if (terminated?.contract == null || drafted?.contract == null) throw new Error("the samples lack the contracts this test needs");
    const level = drafted.contract.evidenceLevel ?? "";
    // Each one's realised amount to date, from its ledger entries (the domain's realisedAmount): both leave the net.
    const realisedOf = async ({ id, captureDecision, revenueMargin }: NonNullable<StoredContract["contract"]>): Promise<number> =>
      valueOf(await store.openLedger(id))
        .entries.flatMap((entry) => (entry.entry ? [entry.entry] : []))
        .reduce((sum, entry) => sum + realisedAmount(entry.line, entry.actual, entry.evidenceLevel, captureDecision, revenueMargin ?? 0), 0);
    const realised = (await realisedOf(terminated.contract)) + (await realisedOf(drafted.contract));
    expect(await realisedOf(terminated.contract)).not.toBe(0);

    const table = excel.workbook.table("ValueContracts");
    table.setCellDirect(0, "Status", "Terminated");
    table.setCellDirect(contracts.indexOf(drafted), "Status", "Draft");
    valueOf(await store.refreshReport());
    const after = reportValues(excel);

    const net = (values: CellValue[][]): CellValue | undefined => values[rowOf(values, "Net", bridgeTables(values).realisedTop)]?.[1];
    expect(close(net(after), Number(net(before)) - realised)).toBe(true);
    const decisionsTop = blockOf(after, "Decisions taken");
    expect(DECISIONS.map((decision) => after[rowOf(after, decision, decisionsTop)]?.[1])).toEqual([1, 1, 0, 0, 0]);
    const levelCount = (values: CellValue[][]): CellValue | undefined => values[rowOf(values, level, blockOf(values, "Evidence pyramid"))]?.[1];
    expect(levelCount(after)).toBe(Number(levelCount(before)) - 1 - (terminated.contract.evidenceLevel === level ? 1 : 0));
    expect(after[1]?.[0]).toContain("Draft and Terminated contracts are left out");
  });

  it("falls back to clustered column charts where Excel lacks the waterfall", async () => {
    const { excel, store } = await sampleWorkbook({ chartTypes: "1.8" }, (type) => CHART_TYPE_API_SET[type] <= "1.8");
    const summary = valueOf(await store.refreshReport());
    expect(summary.fallbacks).toEqual([
      { chart: "AIVM Value bridge (realised)", wanted: "Waterfall", used: "ColumnClustered" },
      { chart: "AIVM Value bridge (planned)", wanted: "Waterfall", used: "ColumnClustered" },
    ]);
    const charts = excel.workbook.sheet(REPORT_SHEET).charts();
    expect(charts.filter((chart) => chart.name.startsWith("AIVM Value bridge")).map((chart) => chart.type)).toEqual(["ColumnClustered", "ColumnClustered"]);
    expect(charts).toHaveLength(10);
  });

  // A report refreshed before the bridge had two charts holds one "AIVM Value bridge": it becomes the realised one
  // (renamed, re-sourced, left where it is), so the refresh adds only the planned chart and no copy.
  it("takes over the single value bridge chart of an earlier report", async () => {
    const { excel, store } = await sampleWorkbook();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add(REPORT_SHEET);
      const chart = sheet.charts.add("Waterfall", sheet.getRange("A5:B14"), "Columns");
      chart.name = "AIVM Value bridge";
      chart.setPosition("E4", "M19");
      await context.sync();
    });
    const summary = valueOf(await store.refreshReport());
    expect(summary.created).toHaveLength(9);
    expect(summary.updated).toEqual(["AIVM Value bridge (realised)"]);
    const charts = excel.workbook.sheet(REPORT_SHEET).charts();
    expect(charts).toHaveLength(10);
    expect(charts.map((chart) => chart.name)).not.toContain("AIVM Value bridge");
    expect(charts[0]).toMatchObject({ name: "AIVM Value bridge (realised)", title: "Value bridge (realised to date)", position: "E4:M19" });
  });

  it("reports Excel's refusal when it is asked for a chart type it lacks", async () => {
    const { store } = await sampleWorkbook({ chartTypes: "1.8" });
    const error = errorOf(await store.refreshReport());
    expect(error.kind).toBe("excel");
    expect(error.message).toMatch(/^Excel could not refresh the report/);
  });

  it("needs the tables: a missing one is not-set-up", async () => {
    const { excel, store } = await sampleWorkbook();
    excel.workbook.table("ValueReviews").convertToRangeDirect();
    const error = errorOf(await store.refreshReport());
    expect(error.kind).toBe("not-set-up");
    expect(error.message).toContain("ValueReviews");
    expect(excel.workbook.hasSheet(REPORT_SHEET)).toBe(false);
  });
});
