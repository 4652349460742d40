import { columnLetter } from "../workbook/excel-api";

/**
 * XML text for SpreadsheetML parts: escaping, cell references, and a sink that turns the text of a part into
 * UTF-8 chunks as it is produced, so a sheet of millions of cells never exists as one string.
 */

/** Namespaces of ECMA-376 Part 1 (§8, the SpreadsheetML main and relationship namespaces). */
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Characters XML 1.0 cannot carry (controls other than tab, line feed and carriage return) are written as
 * SpreadsheetML's `_xHHHH_` escape (ECMA-376 Part 1, §22.9.2.19 ST_Xstring); a literal `_xHHHH_` in the text has
 * its underscore escaped (`_x005F_`) so a reader does not decode it.
 */
function escapeXstring(text: string): string {
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Text content or an attribute value: the XML entities, then the xstring escapes. */
export function xmlText(text: string): string {
  const escaped = /[&<>"]/.test(text) ? text.replace(/[&<>"]/g, (char) => ENTITIES[char] ?? char) : text;
  return /[\u0000-\u001F\uFFFE\uFFFF_]/.test(escaped) ? escapeXstring(escaped) : escaped;
}

/** Inverse of xmlText's xstring escapes (the XML parser has already resolved entities). */
export function unescapeXstring(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** "B7" for zero-based (6, 1). */
export const cellRef = (row: number, column: number): string => `${columnLetter(column)}${row + 1}`;

/** "A1:C3" for a block, zero-based. */
export const rangeRef = (row: number, column: number, rowCount: number, columnCount: number): string =>
  `${cellRef(row, column)}:${cellRef(row + rowCount - 1, column + columnCount - 1)}`;

/** Receives a part's bytes in order; `final` marks its last chunk. */
export type ChunkSink = (chunk: Uint8Array, final: boolean) => void;

/** Text at which a part's pending text is encoded and handed on: 256 k UTF-16 units (about 0.5 MB). */
const FLUSH_AT = 1 << 18;

/** Collects a part's text and hands it on in UTF-8 chunks of about FLUSH_AT characters. */
export class PartWriter {
  private pending: string[] = [];
  private length = 0;
  private readonly encoder = new TextEncoder();

  constructor(private readonly sink: ChunkSink) {}

  write(text: string): void {
    this.pending.push(text);
    this.length += text.length;
    if (this.length >= FLUSH_AT) this.flush(false);
  }

  /** Hands on what is left and marks the part's end. */
  end(): void {
    this.flush(true);
  }

  private flush(final: boolean): void {
    const text = this.pending.join("");
    this.pending = [];
    this.length = 0;
    if (text.length > 0 || final) this.sink(this.encoder.encode(text), final);
  }
}
