import { execFileSync } from "node:child_process";
import { Sheet, type ChartModel } from "../../src/memory-excel/model-sheet";
import { chartPartOf, chartXml, drawingXml, FILE_CHART_TYPES, relationshipsXml, CHART_RELATIONSHIP, type ChartPart } from "../../src/xlsx/chart-parts";

// The chart parts must be well-formed XML (xmllint, libxml2's parser, which .ci/run installs), keep the element order
// ECMA-376 Part 1's schema sequences require (§21.2.2: CT_BarChart barDir, grouping, varyColors, ser, gapWidth,
// overlap, axId; CT_BarSer idx, order, tx, invertIfNegative, cat, val), and never let a title or sheet name break out
// of its text. LibreOffice reads them back in test/engine.

const wellFormed = (xml: string): void => {
  execFileSync("xmllint", ["--noout", "-"], { input: xml, stdio: ["pipe", "pipe", "pipe"] });
};

const chart = (type: ChartPart["type"], title = "Value bridge"): ChartPart => ({
  type,
  title,
  valueFormat: "#,##0",
  valueMaximum: null,
  categories: "'AIVM Report'!$A$4:$A$13",
  series: [
    { name: "'AIVM Report'!$B$3", values: "'AIVM Report'!$B$4:$B$13" },
    { name: "'AIVM Report'!$C$3", values: "'AIVM Report'!$C$4:$C$13" },
  ],
  points: 10,
  from: { row: 2, column: 5 },
  to: { row: 18, column: 12 },
});

/** Tag names of the direct children of the first `parent` element, in order. */
function childTags(xml: string, parent: string): string[] {
  const start = xml.indexOf(`<c:${parent}>`);
  const end = xml.indexOf(`</c:${parent}>`, start);
  const inner = xml.slice(start + parent.length + 4, end);
  const tags: string[] = [];
  let depth = 0;
  for (const match of inner.matchAll(/<(\/?)c:([A-Za-z]+)[^>]*?(\/?)>/g)) {
    if (match[1] === "/") depth -= 1;
    else {
      if (depth === 0) tags.push(match[2] ?? "");
      if (match[3] !== "/") depth += 1;
    }
  }
  return tags;
}

describe("chart parts", () => {
  it.each(FILE_CHART_TYPES)("writes a well-formed %s chart", (type) => {
    expect(() => wellFormed(chartXml(chart(type)))).not.toThrow();
  });

  it("orders a clustered column chart's elements as the schema's sequences do", () => {
    const xml = chartXml(chart("ColumnClustered"));
    expect(childTags(xml, "barChart")).toEqual(["barDir", "grouping", "varyColors", "ser", "ser", "gapWidth", "axId", "axId"]);
    expect(childTags(xml, "ser")).toEqual(["idx", "order", "tx", "spPr", "invertIfNegative", "cat", "val"]);
    expect(xml).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
  });

  it("stacks a stacked column chart with full overlap and turns a bar chart on its side", () => {
    expect(childTags(chartXml(chart("ColumnStacked")), "barChart")).toEqual(["barDir", "grouping", "varyColors", "ser", "ser", "gapWidth", "overlap", "axId", "axId"]);
    expect(chartXml(chart("ColumnStacked"))).toContain('<c:grouping val="stacked"/>');
    expect(chartXml(chart("BarClustered"))).toContain('<c:barDir val="bar"/>');
  });

  it("gives a pie no axes and a colour per slice, and a line chart its markers", () => {
    expect(chartXml(chart("Pie"))).not.toContain("<c:catAx>");
    expect(childTags(chartXml(chart("Pie")), "ser")).toEqual(["idx", "order", "tx", "spPr", ...Array.from({ length: 10 }, () => "dPt"), "cat", "val"]);
    expect(childTags(chartXml(chart("Line")), "ser")).toEqual(["idx", "order", "tx", "spPr", "marker", "cat", "val", "smooth"]);
    expect(childTags(chartXml(chart("Line")), "lineChart")).toEqual(["grouping", "varyColors", "ser", "ser", "marker", "axId", "axId"]);
  });

  it("escapes titles and references so text never becomes markup", () => {
    const xml = chartXml(chart("ColumnClustered", `Q1 <b>"R&D"</b> 'x'`));
    expect(() => wellFormed(xml)).not.toThrow();
    expect(xml).toContain("Q1 &lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt; &apos;x&apos;");
    expect(xml).toContain("<c:f>&apos;AIVM Report&apos;!$B$3</c:f>");
  });

  it("anchors each chart between its cells and refers to it by relationship", () => {
    const xml = drawingXml([chart("Line"), chart("Pie", "Mix")]);
    expect(() => wellFormed(xml)).not.toThrow();
    expect(xml.match(/<xdr:twoCellAnchor/g)).toHaveLength(2);
    expect(xml).toContain("<xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row>");
    expect(xml).toContain('r:id="rId2"');
    const rels = relationshipsXml([{ type: CHART_RELATIONSHIP, target: "../charts/chart1.xml" }]);
    expect(() => wellFormed(rels)).not.toThrow();
    expect(rels).toContain(`Id="rId1" Type="${CHART_RELATIONSHIP}" Target="../charts/chart1.xml"`);
  });
});

describe("a chart of the in-memory Excel, as the file draws it", () => {
  const report = new Sheet("AIVM Report", "{sheet-1}");
  // A block at B5:D9 (0-based row 4, column 1): a header row and four category rows, two series columns.
  const source = { sheet: report, rect: { row: 4, column: 1, rowCount: 5, columnCount: 3 } };
  const model = (over: Partial<ChartModel>): ChartModel => ({ name: "AIVM Test", type: "ColumnClustered", source, seriesBy: "Columns", title: "Test", position: null, valueFormat: null, valueMaximum: null, ...over });

  it("takes categories from the first column and a series from each further column, named by its header", () => {
    const part = chartPartOf(model({ position: { start: { row: 3, column: 5, rowCount: 1, columnCount: 1 }, end: { row: 18, column: 12, rowCount: 1, columnCount: 1 } } }));
    expect(part.categories).toBe("'AIVM Report'!$B$6:$B$9");
    expect(part.series).toEqual([
      { name: "'AIVM Report'!$C$5", values: "'AIVM Report'!$C$6:$C$9" },
      { name: "'AIVM Report'!$D$5", values: "'AIVM Report'!$D$6:$D$9" },
    ]);
    // setPosition("F4", "M19") covers both corner cells: the anchor ends at the top left of the cell after M19.
    expect(part.from).toEqual({ row: 3, column: 5 });
    expect(part.to).toEqual({ row: 19, column: 13 });
  });

  it("reads series from rows when the chart was built by rows", () => {
    const part = chartPartOf(model({ seriesBy: "Rows" }));
    expect(part.categories).toBe("'AIVM Report'!$C$5:$D$5");
    expect(part.series).toHaveLength(4);
    expect(part.series[0]).toEqual({ name: "'AIVM Report'!$B$6", values: "'AIVM Report'!$C$6:$D$6" });
  });

  it("draws a waterfall as a clustered column, and keeps the other types", () => {
    expect(chartPartOf(model({ type: "Waterfall" })).type).toBe("ColumnClustered");
    expect(chartPartOf(model({ type: "Line" })).type).toBe("Line");
    expect(chartPartOf(model({ type: "BarClustered" })).type).toBe("BarClustered");
  });

  it("writes the value axis's number format as set (0% for chances), thousands otherwise, not linked to the cells", () => {
    const numFmt = (xml: string): string | undefined => /<c:valAx>.*?<c:numFmt formatCode="([^"]*)" sourceLinked="0"\/>/.exec(xml)?.[1];
    const percent = chartXml(chartPartOf(model({ type: "Line", valueFormat: "0%" })));
    wellFormed(percent);
    expect(numFmt(percent)).toBe("0%");
    expect(numFmt(chartXml(chartPartOf(model({ type: "Line" }))))).toBe("#,##0");
    // A format code with XML's own characters is escaped, not written raw.
    const quoted = chartXml(chartPartOf(model({ valueFormat: '"<"0' })));
    wellFormed(quoted);
    expect(numFmt(quoted)).toBe("&quot;&lt;&quot;0");
  });

  it("caps the value axis where asked (1: a chance), and leaves it automatic otherwise", () => {
    const scaling = (xml: string): string | undefined => /<c:valAx>.*?<c:scaling>(.*?)<\/c:scaling>/.exec(xml)?.[1];
    const capped = chartXml(chartPartOf(model({ type: "Line", valueMaximum: 1 })));
    wellFormed(capped);
    expect(scaling(capped)).toBe('<c:orientation val="minMax"/><c:max val="1"/>');
    expect(scaling(chartXml(chartPartOf(model({ type: "Line" }))))).toBe('<c:orientation val="minMax"/>');
  });
});
