import type { Table } from "../memory-excel/model-table";
import { CHART_CONTENT_TYPE, DRAWING_CONTENT_TYPE, DRAWING_RELATIONSHIP } from "./chart-parts";
import { MAIN_NS, PACKAGE_REL_NS, REL_NS, XML_DECLARATION, rangeRef, xmlText } from "./xml";

/**
 * The small parts of a workbook package (ECMA-376 Part 1 §12.2 and Part 2, Open Packaging Conventions), each from
 * a function of what it lists. Element order follows each part's complex type in the schema.
 */

const TYPES = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** A sheet as the package lists it: its name and its part's number (xl/worksheets/sheetN.xml). */
export interface SheetEntry {
  readonly name: string;
  readonly number: number;
}

/** [Content_Types].xml: the content type of every part (OPC §10.1.2). */
export function contentTypesPart(sheetCount: number, tableCount: number, drawingCount = 0, chartCount = 0): string {
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${TYPES}.sheet.main+xml"/>`,
    `<Override PartName="/xl/styles.xml" ContentType="${TYPES}.styles+xml"/>`,
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${TYPES}.sharedStrings+xml"/>`,
    ...Array.from({ length: sheetCount }, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${TYPES}.worksheet+xml"/>`),
    ...Array.from({ length: tableCount }, (_, i) => `<Override PartName="/xl/tables/table${i + 1}.xml" ContentType="${TYPES}.table+xml"/>`),
    ...Array.from({ length: drawingCount }, (_, i) => `<Override PartName="/xl/drawings/drawing${i + 1}.xml" ContentType="${DRAWING_CONTENT_TYPE}"/>`),
    ...Array.from({ length: chartCount }, (_, i) => `<Override PartName="/xl/charts/chart${i + 1}.xml" ContentType="${CHART_CONTENT_TYPE}"/>`),
  ];
  return (
    XML_DECLARATION +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    overrides.join("") +
    "</Types>"
  );
}

/** _rels/.rels: the package's one relationship, to the workbook part. */
export function packageRelsPart(): string {
  return (
    XML_DECLARATION +
    `<Relationships xmlns="${PACKAGE_REL_NS}">` +
    `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
    "</Relationships>"
  );
}

/**
 * xl/workbook.xml, CT_Workbook (§18.2.28) in schema order: workbookPr (date1904, §18.2.28 workbookPr), bookViews,
 * sheets, calcPr. calcPr fullCalcOnLoad="1" (§18.2.2) makes Excel and LibreOffice calculate every formula on opening:
 * the writer stores formulas without cached values.
 */
export function workbookPart(sheets: readonly SheetEntry[], date1904: boolean): string {
  const list = sheets.map((sheet) => `<sheet name="${xmlText(sheet.name)}" sheetId="${sheet.number}" r:id="rId${sheet.number}"/>`).join("");
  return (
    XML_DECLARATION +
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<workbookPr${date1904 ? ' date1904="1"' : ""}/>` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${list}</sheets>` +
    '<calcPr calcId="0" fullCalcOnLoad="1"/>' +
    "</workbook>"
  );
}

/** xl/_rels/workbook.xml.rels: the sheets (rId1..n, as workbookPart names them), the styles and the shared strings. */
export function workbookRelsPart(sheetCount: number): string {
  const sheets = Array.from({ length: sheetCount }, (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  return (
    XML_DECLARATION +
    `<Relationships xmlns="${PACKAGE_REL_NS}">` +
    sheets.join("") +
    `<Relationship Id="rId${sheetCount + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${sheetCount + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` +
    "</Relationships>"
  );
}

/**
 * xl/worksheets/_rels/sheetN.xml.rels: the sheet's tables (rId1..k, as the sheet's tableParts name them), then its
 * drawing, if it has one (rId k+1).
 */
export function sheetRelsPart(tableNumbers: readonly number[], drawingNumber: number | null = null): string {
  const rels = tableNumbers.map((number, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/table" Target="../tables/table${number}.xml"/>`);
  if (drawingNumber !== null) rels.push(`<Relationship Id="rId${tableNumbers.length + 1}" Type="${DRAWING_RELATIONSHIP}" Target="../drawings/drawing${drawingNumber}.xml"/>`);
  return XML_DECLARATION + `<Relationships xmlns="${PACKAGE_REL_NS}">${rels.join("")}</Relationships>`;
}

/** A cell format: its number format code, whether text in it was typed after an apostrophe, and bold. */
export interface CellFormat {
  readonly numberFormat: string;
  readonly quotePrefix: boolean;
  readonly bold: boolean;
}

/**
 * xl/styles.xml, CT_Stylesheet (§18.8.39) in schema order: numFmts (custom codes from id 164, as ids below are
 * built in, §18.8.30), fonts, fills (the two Excel requires: none and gray125), borders, cellStyleXfs, cellXfs (one
 * per format, index 0 the default), cellStyles. quotePrefix is an xf attribute (§18.8.45).
 */
export function stylesPart(formats: readonly CellFormat[]): string {
  const codes = [...new Set(formats.map((format) => format.numberFormat).filter((code) => code !== "General"))];
  const idOf = (code: string): number => (code === "General" ? 0 : 164 + codes.indexOf(code));
  const numFmts = codes.map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${xmlText(code)}"/>`).join("");
  const xfs = formats.map((format) => {
    const id = idOf(format.numberFormat);
    const font = format.bold ? ' fontId="1" applyFont="1"' : ' fontId="0"';
    return `<xf numFmtId="${id}"${font} fillId="0" borderId="0" xfId="0"${id === 0 ? "" : ' applyNumberFormat="1"'}${format.quotePrefix ? ' quotePrefix="1"' : ""}/>`;
  });
  return (
    XML_DECLARATION +
    `<styleSheet xmlns="${MAIN_NS}">` +
    (codes.length > 0 ? `<numFmts count="${codes.length}">${numFmts}</numFmts>` : "") +
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    "</styleSheet>"
  );
}

/**
 * xl/tables/tableN.xml, CT_Table (§18.5.1.2): name and displayName (the name formulas use), ref (header row
 * included), autoFilter over the same range (the header's filter buttons), tableColumns in order with each
 * calculated column's formula in file syntax (calculatedColumnFormula, §18.5.1.1: what fills a new row), and
 * tableStyleInfo (Excel's default TableStyleMedium2, banded rows).
 * @param calculated  file-syntax formula by zero-based column index.
 */
export function tablePart(table: Table, id: number, calculated: ReadonlyMap<number, string>): string {
  const rect = table.rect;
  const ref = rangeRef(rect.row, rect.column, rect.rowCount, rect.columnCount);
  const columns = table.columns.map((column, i) => {
    const formula = calculated.get(i);
    const name = xmlText(column.name);
    return formula === undefined
      ? `<tableColumn id="${i + 1}" name="${name}"/>`
      : `<tableColumn id="${i + 1}" name="${name}"><calculatedColumnFormula>${xmlText(formula)}</calculatedColumnFormula></tableColumn>`;
  });
  return (
    XML_DECLARATION +
    `<table xmlns="${MAIN_NS}" id="${id}" name="${xmlText(table.name)}" displayName="${xmlText(table.name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${columns.length}">${columns.join("")}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
    "</table>"
  );
}
