/**
 * Native Excel charts in an .xlsx file: the DrawingML parts of ECMA-376 Part 1 (§21.2, "DrawingML - Charts", and
 * §20.5, "DrawingML - SpreadsheetML Drawing"). A sheet with charts refers to one drawing part (`<drawing r:id>`);
 * the drawing anchors each chart between two cells and refers to its chart part; the chart part holds the type, the
 * title and the series as formulas over cells, so the chart follows the cells as Excel recalculates them.
 *
 * Child elements are written in the order the schema's sequences require (CT_BarChart: barDir, grouping, varyColors,
 * ser, gapWidth, overlap, axId; CT_BarSer and CT_LineSer: idx, order, tx, ..., cat, val; CT_CatAx / CT_ValAx: axId,
 * scaling, delete, axPos, majorGridlines, numFmt, ..., crossAx), as Excel refuses a part whose order is wrong.
 */
import { quoteSheetName } from "../memory-excel/address";
import type { ChartModel } from "../memory-excel/model-sheet";
import { columnLetter } from "../workbook/excel-api";

/** The chart types the file writer draws: Excel.ChartType names, as the add-in asks for them through office.js. */
export const FILE_CHART_TYPES = ["ColumnClustered", "ColumnStacked", "BarClustered", "Line", "Pie"] as const;
export type FileChartType = (typeof FILE_CHART_TYPES)[number];

/** One series: its name's cell and its values' cells, as absolute sheet-qualified references ('Sheet'!$B$2:$B$9). */
export interface ChartSeries {
  readonly name: string;
  readonly values: string;
}

/** A chart as the file holds it. */
export interface ChartPart {
  readonly type: FileChartType;
  readonly title: string;
  /** The category labels' cells ('Sheet'!$A$2:$A$9). */
  readonly categories: string;
  readonly series: readonly ChartSeries[];
  /** Categories (points per series): a pie gives each point its own colour. */
  readonly points: number;
  /** The value axis's number format code. */
  readonly valueFormat: string;
  /** The value axis's maximum; null: automatic. */
  readonly valueMaximum: number | null;
  /** Zero-based cells the chart spans: from the top-left corner of `from` to the top-left corner of `to`. */
  readonly from: { readonly row: number; readonly column: number };
  readonly to: { readonly row: number; readonly column: number };
}

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
export const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CHART_RELATIONSHIP = `${NS_R}/chart`;
export const DRAWING_RELATIONSHIP = `${NS_R}/drawing`;

/**
 * Text escaped for DrawingML content and attributes: XML 1.0's five entities only. (xml.ts's xmlText adds
 * SpreadsheetML's _xHHHH_ escapes of ST_Xstring, which a chart's title and series formulas do not use.)
 */
export function drawingText(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[ch] ?? ch);
}

const val = (tag: string, value: string | number): string => `<c:${tag} val="${value}"/>`;

/**
 * Colours of the series (a pie's points), in order: the six accents of Office's default theme. Written explicitly,
 * because a file without a theme part leaves an engine free to draw series with no fill (LibreOffice does).
 */
const PALETTE = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"] as const;
const fill = (index: number): string => `<a:solidFill><a:srgbClr val="${PALETTE[index % PALETTE.length] ?? "4472C4"}"/></a:solidFill>`;

/** A series' shape properties: a filled bar or slice, or a line with round markers of its colour. */
function seriesLook(type: FileChartType, index: number): string {
  if (type !== "Line") return `<c:spPr>${fill(index)}</c:spPr>`;
  return `<c:spPr><a:ln w="28575" cap="rnd">${fill(index)}<a:round/></a:ln></c:spPr><c:marker>${val("symbol", "circle")}${val("size", 5)}<c:spPr>${fill(index)}</c:spPr></c:marker>`;
}

/** A series of a bar, line or pie chart: c:ser with its name, look, categories and values as cell references. */
function seriesXml(chart: ChartPart, series: ChartSeries, index: number): string {
  const invert = chart.type === "Pie" || chart.type === "Line" ? "" : val("invertIfNegative", 0);
  const points =
    chart.type === "Pie"
      ? Array.from({ length: chart.points }, (_, point) => `<c:dPt>${val("idx", point)}${val("bubble3D", 0)}<c:spPr>${fill(point)}</c:spPr></c:dPt>`).join("")
      : "";
  const smooth = chart.type === "Line" ? val("smooth", 0) : "";
  return (
    `<c:ser>${val("idx", index)}${val("order", index)}` +
    `<c:tx><c:strRef><c:f>${drawingText(series.name)}</c:f></c:strRef></c:tx>${seriesLook(chart.type, index)}${invert}${points}` +
    `<c:cat><c:strRef><c:f>${drawingText(chart.categories)}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${drawingText(series.values)}</c:f></c:numRef></c:val>${smooth}</c:ser>`
  );
}

const CATEGORY_AXIS = 500_000_001;
const VALUE_AXIS = 500_000_002;

/** The two axes of a bar or line chart (a horizontal bar chart puts its categories on the left). */
function axesXml(horizontal: boolean, valueFormat: string, valueMaximum: number | null): { readonly ids: string; readonly axes: string } {
  const axisIds = `${val("axId", CATEGORY_AXIS)}${val("axId", VALUE_AXIS)}`;
  const category =
    `<c:catAx>${val("axId", CATEGORY_AXIS)}<c:scaling>${val("orientation", horizontal ? "maxMin" : "minMax")}</c:scaling>` +
    `${val("delete", 0)}${val("axPos", horizontal ? "l" : "b")}${val("majorTickMark", "none")}${val("minorTickMark", "none")}` +
    `${val("tickLblPos", "low")}${val("crossAx", VALUE_AXIS)}${val("crosses", "autoZero")}${val("auto", 1)}${val("lblAlgn", "ctr")}${val("lblOffset", 100)}</c:catAx>`;
  const value =
    `<c:valAx>${val("axId", VALUE_AXIS)}<c:scaling>${val("orientation", "minMax")}${valueMaximum === null ? "" : val("max", valueMaximum)}</c:scaling>${val("delete", 0)}` +
    `${val("axPos", horizontal ? "b" : "l")}<c:majorGridlines><c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode="${drawingText(valueFormat)}" sourceLinked="0"/>` +
    `${val("majorTickMark", "none")}${val("minorTickMark", "none")}${val("tickLblPos", "nextTo")}${val("crossAx", CATEGORY_AXIS)}` +
    `${val("crosses", horizontal ? "max" : "autoZero")}${val("crossBetween", "between")}</c:valAx>`;
  return { ids: axisIds, axes: `${category}${value}` };
}

/** The plot area's chart element and axes for a type. */
function plotXml(chart: ChartPart): string {
  const series = chart.series.map((one, index) => seriesXml(chart, one, index)).join("");
  if (chart.type === "Pie") return `<c:pieChart>${val("varyColors", 1)}${series}${val("firstSliceAng", 0)}</c:pieChart>`;
  const { ids: axisIds, axes } = axesXml(chart.type === "BarClustered", chart.valueFormat, chart.valueMaximum);
  if (chart.type === "Line") {
    return `<c:lineChart>${val("grouping", "standard")}${val("varyColors", 0)}${series}<c:marker val="1"/>${axisIds}</c:lineChart>${axes}`;
  }
  const stacked = chart.type === "ColumnStacked";
  const bar =
    `<c:barChart>${val("barDir", chart.type === "BarClustered" ? "bar" : "col")}${val("grouping", stacked ? "stacked" : "clustered")}` +
    `${val("varyColors", 0)}${series}${val("gapWidth", 80)}${stacked ? val("overlap", 100) : ""}${axisIds}</c:barChart>`;
  return `${bar}${axes}`;
}

/** The chart part (xl/charts/chartN.xml): c:chartSpace with its title, plot area and legend. */
export function chartXml(chart: ChartPart): string {
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="en-GB" sz="1200" b="1"/><a:t>${drawingText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>${val("overlay", 0)}</c:title>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${val("roundedCorners", 0)}` +
    `<c:chart>${title}${val("autoTitleDeleted", 0)}<c:plotArea><c:layout/>${plotXml(chart)}</c:plotArea>` +
    `<c:legend>${val("legendPos", "b")}${val("overlay", 0)}</c:legend>${val("plotVisOnly", 1)}${val("dispBlanksAs", "gap")}</c:chart>` +
    `</c:chartSpace>`
  );
}

/** The drawing part of a sheet (xl/drawings/drawingN.xml): one two-cell anchor per chart, chart k as relationship rIdk+1. */
export function drawingXml(charts: readonly ChartPart[]): string {
  const marker = (tag: string, cell: { row: number; column: number }): string =>
    `<xdr:${tag}><xdr:col>${cell.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${cell.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  const anchors = charts.map(
    (chart, index) =>
      `<xdr:twoCellAnchor editAs="oneCell">${marker("from", chart.from)}${marker("to", chart.to)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${drawingText(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId${index + 1}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${anchors.join("")}</xdr:wsDr>`;
}

/** Relationships part (_rels/*.rels) of the given targets, ids rId1, rId2, ... in order. */
export function relationshipsXml(targets: readonly { readonly type: string; readonly target: string }[]): string {
  const rows = targets.map((one, index) => `<Relationship Id="rId${index + 1}" Type="${one.type}" Target="${drawingText(one.target)}"/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rows.join("")}</Relationships>`;
}

/** An absolute reference to a block of a sheet, as a series formula holds it: 'AIVM Report'!$B$5:$B$14. */
function absolute(sheet: string, row: number, column: number, rows: number, columns: number): string {
  const corner = (r: number, c: number): string => `$${columnLetter(c)}$${r + 1}`;
  const block = rows === 1 && columns === 1 ? corner(row, column) : `${corner(row, column)}:${corner(row + rows - 1, column + columns - 1)}`;
  return `${quoteSheetName(sheet)}!${block}`;
}

/** Where a chart that was never placed sits: Excel's default size, about 8 columns by 15 rows from the top left. */
const UNPLACED = { from: { row: 1, column: 1 }, to: { row: 16, column: 9 } };

/**
 * A chart of the in-memory Excel as the file draws it. Its series come from its source block as Excel builds them
 * from a range: by columns, the first column holds the categories and each further column is a series named by its
 * first cell; by rows, the same turned around ("Auto" reads as columns, which is what Excel picks for a block taller
 * than it is wide). A Waterfall (ExcelApi 1.9's chartex type, which DrawingML's chart part cannot hold) is drawn as a
 * clustered column, as the add-in itself draws it where Excel lacks the type.
 */
export function chartPartOf(chart: ChartModel): ChartPart {
  const { sheet, rect } = chart.source;
  const name = sheet.name;
  const type: FileChartType = FILE_CHART_TYPES.find((one) => one === chart.type) ?? "ColumnClustered";
  const byRows = chart.seriesBy === "Rows";
  const count = byRows ? rect.rowCount - 1 : rect.columnCount - 1;
  const length = byRows ? rect.columnCount - 1 : rect.rowCount - 1;
  const categories = byRows ? absolute(name, rect.row, rect.column + 1, 1, length) : absolute(name, rect.row + 1, rect.column, length, 1);
  const series = Array.from({ length: count }, (_, k) =>
    byRows
      ? { name: absolute(name, rect.row + 1 + k, rect.column, 1, 1), values: absolute(name, rect.row + 1 + k, rect.column + 1, 1, length) }
      : { name: absolute(name, rect.row, rect.column + 1 + k, 1, 1), values: absolute(name, rect.row + 1, rect.column + 1 + k, length, 1) },
  );
  const place =
    chart.position === null
      ? UNPLACED
      : { from: { row: chart.position.start.row, column: chart.position.start.column }, to: { row: chart.position.end.row + 1, column: chart.position.end.column + 1 } };
  return { type, title: chart.title, categories, series, points: length, valueFormat: chart.valueFormat ?? "#,##0", valueMaximum: chart.valueMaximum, ...place };
}
