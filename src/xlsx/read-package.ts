import { unzipSync } from "fflate";
import { parseAddress, type Rect } from "../memory-excel/address";
import { Formula, type Content, type Sheet } from "../memory-excel/model-sheet";
import { Workbook } from "../memory-excel/model-workbook";
import { addTable } from "../memory-excel/table-ops";
import { mayHoldCellReference, toUiFormula } from "./formula-syntax";
import { unescapeXstring } from "./xml";

/**
 * A fast reader of the SpreadsheetML a workbook needs here, straight from the parts (ECMA-376 Part 1 §18): workbook
 * (sheets, date1904), shared strings, cell formats (number format, quotePrefix), each sheet's cells, frozen rows and
 * table parts. It reads a 2,500-contract, 20,000-ledger-row unit (407,000 cells) in about a second where exceljs's
 * load takes 7. It gives up (null) on what it does not handle, and the caller reads the file with exceljs instead:
 * a shared formula with A1 references (each cell must be shifted), a cell without its reference, a date cell (t="d").
 */

const ENTITY: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML text with its entities resolved and SpreadsheetML's _xHHHH_ escapes decoded. */
function text(xml: string): string {
  const resolved = xml.includes("&")
    ? xml.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) =>
        name.startsWith("#x") ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : (ENTITY[name] ?? whole),
      )
    : xml;
  return resolved.includes("_x") ? unescapeXstring(resolved) : resolved;
}

const ATTRIBUTES = new Map<string, RegExp>();

/** An attribute's raw value in an element's attribute text (one compiled pattern per name). */
function attribute(attributes: string, name: string): string | undefined {
  let pattern = ATTRIBUTES.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`(?:^|\\s)${name}="([^"]*)"`);
    ATTRIBUTES.set(name, pattern);
  }
  return pattern.exec(attributes)?.[1];
}

/** Excel's built-in number formats by id (ECMA-376 Part 1 §18.8.30), those a workbook is likely to carry. */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "m/d/yyyy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss",
  22: "m/d/yyyy h:mm", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};

/** A part's path from a relationship target, relative to the part that holds the relationship. */
function resolve(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

/** The relationships of a part: Id -> target part. */
function relationships(parts: Readonly<Record<string, string>>, part: string): Map<string, string> {
  const slash = part.lastIndexOf("/");
  const xml = parts[`${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`] ?? "";
  const found = new Map<string, string>();
  for (const match of xml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attribute(match[1] ?? "", "Id");
    const target = attribute(match[1] ?? "", "Target");
    if (id !== undefined && target !== undefined) found.set(id, resolve(part, text(target)));
  }
  return found;
}

function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((match) => {
    // Rich text runs (<r><t>) joined; phonetic runs (<rPh>) are not part of the text.
    const body = (match[1] ?? "").replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
    return [...body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => text(t[1] ?? "")).join("");
  });
}

/** Each cellXfs entry as its number format code and quote prefix. */
function cellFormats(xml: string): { numberFormat: string; quotePrefix: boolean }[] {
  const custom = new Map<number, string>();
  for (const match of xml.matchAll(/<numFmt\b([^>]*)\/?>/g)) custom.set(Number(attribute(match[1] ?? "", "numFmtId")), text(attribute(match[1] ?? "", "formatCode") ?? "General"));
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  return [...xfs.matchAll(/<xf\b([^>]*?)\/?>/g)].map((match) => {
    const id = Number(attribute(match[1] ?? "", "numFmtId") ?? 0);
    const quote = attribute(match[1] ?? "", "quotePrefix");
    return { numberFormat: custom.get(id) ?? BUILT_IN[id] ?? "General", quotePrefix: quote === "1" || quote === "true" };
  });
}

/** A table found in a file: its name and where it is (header row included). */
export interface FoundTable {
  readonly name: string;
  readonly rect: Rect;
}

/** The name of the table whose data body holds a cell, or null: what an unqualified structured reference means. */
export const tableFinder =
  (tables: readonly FoundTable[]) =>
  (row: number, column: number): string | null =>
    tables.find(({ rect }) => row > rect.row && row < rect.row + rect.rowCount && column >= rect.column && column < rect.column + rect.columnCount)?.name ?? null;

/** Formulas by file text and table, converted to UI syntax once: a calculated column's 20,000 cells share one Formula. */
export class FormulaCache {
  private readonly converted = new Map<string, Formula>();

  of(file: string, table: string | null): Formula {
    const key = `${table ?? ""}\u0001${file}`;
    let formula = this.converted.get(key);
    if (formula === undefined) {
      formula = new Formula(toUiFormula(file, table));
      this.converted.set(key, formula);
    }
    return formula;
  }
}

/** Creates the tables found on a sheet, named as in the file. */
export function addTables(model: Workbook, sheet: Sheet, tables: readonly FoundTable[]): void {
  for (const found of tables) addTable(model, sheet, found.rect, "readXlsx").name = found.name;
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const REF = /^([A-Z]{1,3})([0-9]+)$/;

function columnIndex(letters: string): number {
  let index = 0;
  for (let i = 0; i < letters.length; i += 1) index = index * 26 + (letters.charCodeAt(i) - 64);
  return index - 1;
}

/** The workbook in an .xlsx package, or null when it holds something this reader leaves to exceljs. */
export function readPackage(bytes: Uint8Array): Workbook | null {
  const decoder = new TextDecoder();
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) if (name.endsWith(".xml") || name.endsWith(".rels")) parts[name] = decoder.decode(data);
  const workbookXml = parts["xl/workbook.xml"];
  if (workbookXml === undefined) return null;
  const date1904 = /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbookXml);
  const model = new Workbook({ calculate: null, dateSystem: date1904 ? 1904 : 1900, locale: "en-US", chartTypes: "1.9" });
  const rels = relationships(parts, "xl/workbook.xml");
  const strings = sharedStrings([...rels.values()].map((target) => parts[target] ?? "").find((xml) => xml.includes("<sst")) ?? "");
  const formats = cellFormats([...rels.values()].map((target) => parts[target] ?? "").find((xml) => xml.includes("<styleSheet")) ?? "");
  const styles = formats.map((format) => model.styles.style(format.numberFormat, format.quotePrefix, null));
  const formulas = new FormulaCache();
  for (const match of workbookXml.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const attributes = match[1] ?? "";
    const part = rels.get(attribute(attributes, "r:id") ?? "");
    const xml = part === undefined ? undefined : parts[part];
    if (part === undefined || xml === undefined) return null;
    const sheet = model.addSheet(text(attribute(attributes, "name") ?? ""), "readXlsx");
    const tables: FoundTable[] = [];
    for (const target of relationships(parts, part).values()) {
      const open = /<table\b[^>]*>/.exec(parts[target] ?? "")?.[0];
      if (open === undefined || attribute(open, "headerRowCount") === "0") continue;
      const address = parseAddress(attribute(open, "ref") ?? "");
      if (address !== null) tables.push({ name: text(attribute(open, "name") ?? ""), rect: address.rect });
    }
    const tableAt = tableFinder(tables);
    const shared = new Map<string, Formula>();
    for (const cell of xml.matchAll(CELL)) {
      const attributes = cell[1] ?? "";
      const ref = REF.exec(attribute(attributes, "r") ?? "");
      if (ref === null) return null;
      const row = Number(ref[2]) - 1;
      const column = columnIndex(ref[1] ?? "");
      const style = styles[Number(attribute(attributes, "s") ?? 0)];
      if (style !== undefined && style !== styles[0]) sheet.setStyle(row, column, style);
      const body = cell[2];
      if (body === undefined) continue;
      const type = attribute(attributes, "t") ?? "n";
      const f = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
      let content: Content | undefined;
      if (f !== null) {
        const fAttributes = f[1] ?? "";
        const si = attribute(fAttributes, "si");
        if (f[2] !== undefined) {
          const file = text(f[2]);
          content = formulas.of(file, tableAt(row, column));
          if (attribute(fAttributes, "t") === "shared" && si !== undefined) {
            if (mayHoldCellReference(file)) return null;
            shared.set(si, content);
          }
        } else {
          content = si === undefined ? undefined : shared.get(si);
          if (content === undefined) return null;
        }
      } else {
        const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
        if (type === "s") content = strings[Number(v)];
        else if (type === "inlineStr") content = [...body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => text(t[1] ?? "")).join("");
        else if (type === "b") content = v === "1";
        else if (type === "str" || type === "e") content = v === undefined ? undefined : text(v);
        else if (type === "d") return null;
        else content = v === undefined ? undefined : Number(v);
      }
      if (content !== undefined && content !== "") sheet.setContent(row, column, content);
    }
    const pane = /<pane\b([^>]*)\/?>/.exec(xml)?.[1];
    if (pane !== undefined && attribute(pane, "state") === "frozen") sheet.frozenRows = Number(attribute(pane, "ySplit") ?? 0);
    addTables(model, sheet, tables);
  }
  return model;
}
