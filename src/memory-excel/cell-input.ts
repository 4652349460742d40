import type { CellValue } from "../workbook/excel-api";
import { MemoryExcelError, invalidArgument } from "./errors";

/**
 * How Excel (en-US) turns what is written to Range.values / Range.formulas into cell content. Kept minimal:
 *  - null (or undefined, which JSON sends as null) leaves the cell unchanged; "" clears it
 *    (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values);
 *  - a leading apostrophe makes the rest literal text (the cell's quotePrefix); values and formulas read it back
 *    without the apostrophe (OfficeDev/office-js#6687);
 *  - a string that reads as a number ("123", "-4", "1,234.5", "1.5e3", " 7 "), a percentage ("12.5%"), TRUE/FALSE
 *    (any case) or an ISO date ("2025-08-19", which the Range.values reference says is stored as a date) becomes a
 *    number or boolean; dates become 1900-system serials;
 *  - a string starting with "=" is a formula; one starting with "+" or "-" that is not a number is a formula too
 *    ("If the returned value starts with a plus, minus, or equal sign, Excel interprets this value as a formula",
 *    https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member), stored as "=" + text;
 *  - everything else is text.
 * Not simulated (they stay text here but Excel converts them): currency ("$1,000"), fractions ("1/2"), times ("9:30"),
 * en-US dates ("8/19/2025"), and the Text (@) number format's "store as typed" rule. The fake is stricter: code that
 * needs text must use the apostrophe, which works in both.
 */
export interface CellContent {
  /** The constant, or "" for a formula (its value is computed on read). */
  readonly value: CellValue;
  /** Formula text starting with "=", or null for a constant. */
  readonly formula: string | null;
  readonly quotePrefix: boolean;
  /** A number format Excel applies when it recognises a percentage or date in General cells, else null. */
  readonly impliedFormat: string | null;
}

/** "Total number of characters that a cell can contain: 32,767" (Excel specifications and limits). */
export const MAX_TEXT_LENGTH = 32_767;
/** "Length of formula contents: 8,192 characters" (Excel specifications and limits). */
export const MAX_FORMULA_LENGTH = 8_192;

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?(?:[eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Days from 1899-12-30 to 1970-01-01: the offset of Excel's 1900 date system for dates after 28 Feb 1900. */
const SERIAL_OF_UNIX_EPOCH = 25_569;
const MS_PER_DAY = 86_400_000;

/** What "" writes, and what clearing a cell leaves. */
export const BLANK: CellContent = { value: "", formula: null, quotePrefix: false, impliedFormat: null };

function constant(value: CellValue, impliedFormat: string | null = null): CellContent {
  return { value, formula: null, quotePrefix: false, impliedFormat };
}

function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/\d/.test(trimmed) || !NUMBER.test(trimmed)) return null;
  const parsed = Number(trimmed.replace(/,/g, ""));
  return Number.isFinite(parsed) ? parsed : null;
}

/** An ISO yyyy-mm-dd date as an Excel serial (days since 1899-12-30), or null if it is not a real date. */
export function isoDateToSerial(text: string): number | null {
  const match = ISO_DATE.exec(text.trim());
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const serial = time / MS_PER_DAY + SERIAL_OF_UNIX_EPOCH;
  return serial >= 61 ? serial : null;
}

function parseText(text: string): CellContent {
  if (text === "") return BLANK;
  if (text.startsWith("'")) return { value: text.slice(1), formula: null, quotePrefix: true, impliedFormat: null };
  if (text.startsWith("=")) return { value: "", formula: text, quotePrefix: false, impliedFormat: null };
  const number = parseNumber(text);
  if (number !== null) return constant(number);
  const trimmed = text.trim();
  if (trimmed.endsWith("%")) {
    const percent = parseNumber(trimmed.slice(0, -1));
    if (percent !== null) return constant(percent / 100, trimmed.includes(".") ? "0.00%" : "0%");
  }
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return constant(upper === "TRUE");
  const serial = isoDateToSerial(trimmed);
  if (serial !== null) return constant(serial, "yyyy-mm-dd");
  if (text.startsWith("+") || text.startsWith("-")) {
    return { value: "", formula: `=${text}`, quotePrefix: false, impliedFormat: null };
  }
  return constant(text);
}

/**
 * Parses one element of a 2-D array written to values or formulas; null means "leave the cell as it is".
 * Throws what Excel rejects: objects, NaN/Infinity, text over 32,767 characters (InvalidArgument) and formulas over
 * 8,192 characters (GeneralException, as seen when a long "-..." note becomes a formula: OfficeDev/office-js#3256).
 */
export function parseCellInput(input: unknown, location: string): CellContent | null {
  if (input === null || input === undefined) return null;
  if (typeof input === "boolean") return constant(input);
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw invalidArgument(location, `${String(input)} is not a number Excel can store`);
    return constant(input);
  }
  if (typeof input !== "string") {
    throw invalidArgument(location, `a cell value must be a string, number or boolean, not ${typeof input}`);
  }
  const content = parseText(input);
  if (content.formula !== null && content.formula.length > MAX_FORMULA_LENGTH) {
    throw new MemoryExcelError("GeneralException", {
      location,
      detail: `a formula is limited to ${MAX_FORMULA_LENGTH} characters; this one has ${content.formula.length}`,
    });
  }
  if (typeof content.value === "string" && content.value.length > MAX_TEXT_LENGTH) {
    throw invalidArgument(location, `a cell holds at most ${MAX_TEXT_LENGTH} characters; got ${content.value.length}`);
  }
  return content;
}

/** Parses one element written to numberFormat: null leaves the cell unchanged, "" resets it to General. */
export function parseNumberFormat(input: unknown, location: string): string | null {
  if (input === null || input === undefined) return null;
  if (typeof input !== "string") throw invalidArgument(location, "a number format must be a string");
  return input === "" ? "General" : input;
}
