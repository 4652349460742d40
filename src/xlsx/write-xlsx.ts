import { Zip, ZipDeflate, ZipPassThrough } from "fflate";
import type { Workbook } from "../memory-excel/model-workbook";
import { DEFAULT_STYLE, type Style } from "../memory-excel/styles";
import { contentTypesPart, packageRelsPart, sheetRelsPart, stylesPart, tablePart, workbookPart, workbookRelsPart, type CellFormat } from "./parts";
import { writeSheetPart } from "./sheet-part";
import { Formula } from "../memory-excel/model-sheet";
import type { Table } from "../memory-excel/model-table";
import { toFileFormula } from "./formula-syntax";
import { chartPartOf, chartXml, drawingXml, relationshipsXml, CHART_RELATIONSHIP } from "./chart-parts";
import { MAIN_NS, PartWriter, XML_DECLARATION, xmlText } from "./xml";

/**
 * Writes an in-memory Excel workbook as an .xlsx package: SpreadsheetML parts produced as text in chunks and
 * deflated into the zip as they come (fflate, which runs in node and in browsers), so memory holds the workbook
 * model and the shared strings, never a whole part. The pane's "Download as .xlsx" and the command line use it.
 */

export interface WriteOptions {
  /** Deflate level of fflate's compressor, 0 (store) to 9; default 6, zlib's. */
  readonly level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /**
   * A faster raw-deflate compressor where there is one (node's zlib on the command line): each chunk of a part is
   * compressed on its own, flushed to a byte boundary, the last one finishing the stream. fflate's own (pure
   * JavaScript, about 19 MB/s of XML here) otherwise.
   */
  readonly deflateChunk?: (chunk: Uint8Array, final: boolean) => Uint8Array<ArrayBuffer>;
}

/** A zip entry deflated chunk by chunk by `deflateChunk` (fflate computes its CRC and sizes, as for a stored entry). */
class ChunkDeflate extends ZipPassThrough {
  constructor(
    filename: string,
    private readonly deflateChunk: (chunk: Uint8Array, final: boolean) => Uint8Array<ArrayBuffer>,
  ) {
    super(filename);
    this.compression = 8;
  }

  protected override process(chunk: Uint8Array, final: boolean): void {
    this.ondata(null, this.deflateChunk(chunk, final), final);
  }
}

/** The shared string table (xl/sharedStrings.xml, CT_Sst §18.4.9): each distinct text once, by first use. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  count = 0;

  indexOf(text: string): number {
    this.count += 1;
    let index = this.index.get(text);
    if (index === undefined) {
      index = this.index.size;
      this.index.set(text, index);
    }
    return index;
  }

  write(out: PartWriter): void {
    out.write(`${XML_DECLARATION}<sst xmlns="${MAIN_NS}" count="${this.count}" uniqueCount="${this.index.size}">`);
    for (const text of this.index.keys()) {
      // Leading or trailing white space is kept only with xml:space="preserve" (§18.4.12).
      const preserve = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
      out.write(`<si><t${preserve}>${xmlText(text)}</t></si>`);
    }
    out.write("</sst>");
    out.end();
  }
}

/** The cellXfs of the workbook: one per distinct number format and quote prefix, 0 the default. */
class CellFormats {
  readonly formats: CellFormat[] = [{ numberFormat: "General", quotePrefix: false, bold: false }];
  private readonly byKey = new Map<string, number>([["General\u0001false\u0001false", 0]]);
  private readonly byStyle = new Map<Style, number>([[DEFAULT_STYLE, 0]]);

  indexOf(style: Style): number {
    const known = this.byStyle.get(style);
    if (known !== undefined) return known;
    const key = `${style.numberFormat}\u0001${style.quotePrefix}\u0001${style.bold}`;
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.formats.length;
      this.formats.push({ numberFormat: style.numberFormat, quotePrefix: style.quotePrefix, bold: style.bold });
      this.byKey.set(key, index);
    }
    this.byStyle.set(style, index);
    return index;
  }
}

/**
 * The table's calculated columns: those whose data cells hold one formula, or are blank (Excel's blank row of a new
 * table, which the formula will fill), by column index, with the formula as typed.
 */
function calculatedColumns(table: Table): Map<number, string> {
  const found = new Map<number, string>();
  table.columns.forEach((_, index) => {
    let text: string | null = null;
    for (let row = table.top + 1; row <= table.bottom; row += 1) {
      const content = table.sheet.content(row, table.left + index);
      if (content === undefined) continue;
      if (!(content instanceof Formula) || (text !== null && content.text !== text)) return;
      text = content.text;
    }
    if (text !== null) found.set(index, text);
  });
  return found;
}

/**
 * Streams the package of `workbook` to `onChunk` (zip bytes in order). Parts: [Content_Types].xml, _rels/.rels,
 * xl/workbook.xml and its rels, one xl/worksheets/sheetN.xml per sheet (with its rels when it has tables or charts),
 * one xl/tables/tableN.xml per table, a drawing per sheet with charts and a chart part per chart (chart-parts.ts),
 * xl/sharedStrings.xml and xl/styles.xml (written last: the sheets fill them).
 */
export function writeXlsxChunks(workbook: Workbook, onChunk: (chunk: Uint8Array) => void, options: WriteOptions = {}): void {
  const level = options.level ?? 6;
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error !== null) failure = error;
    else onChunk(data);
  });
  const part = (name: string): PartWriter => {
    const file = options.deflateChunk === undefined ? new ZipDeflate(name, { level }) : new ChunkDeflate(name, options.deflateChunk);
    zip.add(file);
    return new PartWriter((chunk, final) => file.push(chunk, final));
  };
  const whole = (name: string, text: string): void => {
    const out = part(name);
    out.write(text);
    out.end();
  };
  const sheets = workbook.sheets;
  const tables = workbook.tables.filter((table) => !table.deleted);
  // One drawing part per sheet with charts (numbered in sheet order), the charts numbered across the workbook.
  const drawn = sheets.filter((sheet) => sheet.charts.length > 0);
  const chartCount = drawn.reduce((count, sheet) => count + sheet.charts.length, 0);
  whole("[Content_Types].xml", contentTypesPart(sheets.length, tables.length, drawn.length, chartCount));
  whole("_rels/.rels", packageRelsPart());
  whole("xl/workbook.xml", workbookPart(sheets.map((sheet, i) => ({ name: sheet.name, number: i + 1 })), workbook.dateSystem === 1904));
  whole("xl/_rels/workbook.xml.rels", workbookRelsPart(sheets.length));
  const strings = new SharedStrings();
  const formats = new CellFormats();
  sheets.forEach((sheet, i) => {
    const own = tables.filter((table) => table.sheet === sheet);
    writeSheetPart(part(`xl/worksheets/sheet${i + 1}.xml`), sheet, {
      stringIndex: (text) => strings.indexOf(text),
      xfIndex: (style) => formats.indexOf(style),
      tables: own,
      selected: i === 0,
      drawing: sheet.charts.length > 0,
    });
    const drawing = drawn.indexOf(sheet);
    if (own.length > 0 || drawing >= 0) {
      whole(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, sheetRelsPart(own.map((table) => tables.indexOf(table) + 1), drawing >= 0 ? drawing + 1 : null));
    }
  });
  let chartNumber = 0;
  drawn.forEach((sheet, d) => {
    const parts = sheet.charts.map(chartPartOf);
    whole(`xl/drawings/drawing${d + 1}.xml`, drawingXml(parts));
    const numbers = parts.map(() => (chartNumber += 1));
    whole(`xl/drawings/_rels/drawing${d + 1}.xml.rels`, relationshipsXml(numbers.map((n) => ({ type: CHART_RELATIONSHIP, target: `../charts/chart${n}.xml` }))));
    parts.forEach((chart, k) => whole(`xl/charts/chart${numbers[k] ?? 0}.xml`, chartXml(chart)));
  });
  tables.forEach((table, i) => {
    const calculated = new Map([...calculatedColumns(table)].map(([index, text]) => [index, toFileFormula(text, table.name)]));
    whole(`xl/tables/table${i + 1}.xml`, tablePart(table, i + 1, calculated));
  });
  strings.write(part("xl/sharedStrings.xml"));
  whole("xl/styles.xml", stylesPart(formats.formats));
  zip.end();
  if (failure !== null) throw failure;
}

/** The whole .xlsx file in memory (the pane's download; small workbooks), on a plain ArrayBuffer, as a Blob takes it. */
export function writeXlsx(workbook: Workbook, options: WriteOptions = {}): Uint8Array<ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  writeXlsxChunks(workbook, (chunk) => chunks.push(chunk), options);
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
