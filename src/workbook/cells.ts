import { isoToSerial, serialToIso } from "../domain/dates";
import { matchName } from "../domain/lists";
import { isoDateTimeToSerial, serialToIsoDateTime } from "./date-time";
import type { CellValue } from "./excel-api";
import type { DataColumn } from "./layout";
import { literalText } from "./text-literal";

/**
 * One cell between Excel and a record field. Reading converts what it can (serials to ISO dates,
 * list values to their canonical spelling) and keeps anything else as found, so the schema reports
 * it and the draft still shows it. Writing gives what Excel must receive so that it reads back the same.
 */

/** A blank cell: "" as Excel gives it, or only spaces. */
export const isBlank = (cell: CellValue | undefined): boolean => cell === undefined || (typeof cell === "string" && cell.trim() === "");

/**
 * How many days a workbook's serials lie below the 1900 date system's: 0, or 1462 in the 1904 date
 * system, where serial 0 is 1904-01-01 ("Date systems in Excel", Microsoft Support).
 */
export type DateOffset = number;

/** The field value of a cell as read (text columns as their displayed text); blank text is "", other blanks are null. */
export function readCell(column: DataColumn, cell: CellValue | undefined, offset: DateOffset = 0): unknown {
  const blank = isBlank(cell);
  switch (column.kind) {
    case "text":
      if (cell === undefined) return "";
      return typeof cell === "boolean" ? (cell ? "TRUE" : "FALSE") : String(cell);
    case "amount":
    case "signed amount":
    case "number":
    case "fraction":
    case "whole number":
      return blank ? null : cell;
    case "list":
      if (blank) return null;
      return typeof cell === "string" ? (matchName(column.list, cell) ?? cell) : cell;
    case "date":
      if (blank) return null;
      if (typeof cell === "number") {
        const iso = serialToIso(cell + offset);
        return iso.ok ? iso.value : cell;
      }
      return typeof cell === "string" && isoToSerial(cell).ok ? cell.trim() : cell;
    case "date-time":
      if (blank) return null;
      return typeof cell === "number" ? (serialToIsoDateTime(cell + offset) ?? cell) : typeof cell === "string" ? cell.trim() : cell;
  }
}

/**
 * What to write for a field value: text kept literal (see text-literal.ts), numbers as numbers, dates
 * and date-times as Excel serials, blanks as "". Values of the wrong type (only in an unvalidated
 * draft) are written as text so nothing is lost.
 */
export function writeCell(column: DataColumn, value: unknown, offset: DateOffset = 0): CellValue {
  if (value === null || value === undefined || value === "") return "";
  if (column.kind === "date" && typeof value === "string") {
    const serial = isoToSerial(value);
    if (serial.ok && serial.value - offset >= 0) return serial.value - offset;
  }
  if (column.kind === "date-time" && typeof value === "string") {
    const serial = isoDateTimeToSerial(value);
    if (serial !== null && serial - offset >= 0) return serial - offset;
  }
  if (typeof value === "number" || typeof value === "boolean") return value;
  return literalText(String(value));
}

/** The value Excel returns in `values` for a cell written with `written`: the quote prefix is not part of it. */
export function asRead(written: CellValue): CellValue {
  return typeof written === "string" && written.startsWith("'") ? written.slice(1) : written;
}
