import type { CellValue } from "../workbook/excel-api";
import { dateToSerial, type DateSystem } from "./dates";
import { MemoryExcelError, invalidArgument } from "./errors";
import { Formula, type Content } from "./model-sheet";

/**
 * How Excel (en-US numbers) turns what is written to Range.values / Range.formulas, or typed, into cell content:
 *  - null (or undefined, which JSON sends as null) leaves the cell unchanged; "" clears it
 *    (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values);
 *  - a leading apostrophe makes the rest literal text (the cell's quotePrefix); values and formulas read it back
 *    without the apostrophe (OfficeDev/office-js#6687);
 *  - into a cell formatted as Text ("@") a string stays the text it is, formulas and numbers included (support:
 *    "Format numbers as text"); the fake applies this to Range.values too, as office.js code relies on to keep
 *    leading zeros;
 *  - a string that reads as a number ("123", "-4", "1,234.5", "1.5e3", " 7 "), a percentage ("12.5%"), TRUE/FALSE
 *    (any case) or an ISO date ("2025-08-19", which the Range.values reference says is stored as a date) becomes a
 *    number or boolean; dates become serials of the workbook's date system (dates.ts);
 *  - typed by a user (not through the API), a date in the locale's order also becomes a date: "1/31/2026" (en-US,
 *    format m/d/yyyy) or "31/01/2026" (en-GB, format dd/mm/yyyy);
 *  - a string starting with "=" is a formula; one starting with "+" or "-" that is not a number is a formula too
 *    ("If the returned value starts with a plus, minus, or equal sign, Excel interprets this value as a formula",
 *    https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member), stored as "=" + text;
 *  - everything else is text.
 * Not simulated (they stay text here but Excel converts them): currency ("$1,000"), fractions ("1/2"), times ("9:30"),
 * and locale dates written through the API ("8/19/2025"). Code that needs text should use the apostrophe.
 */
export interface CellContent {
  /** The content, or undefined for a blank (what "" writes). */
  readonly content: Content | undefined;
  readonly quotePrefix: boolean;
  /** A number format Excel applies when it recognises a percentage or date in a General cell, else null. */
  readonly impliedFormat: string | null;
}

/** "Total number of characters that a cell can contain: 32,767" (Excel specifications and limits). */
export const MAX_TEXT_LENGTH = 32_767;
/** "Length of formula contents: 8,192 characters" (Excel specifications and limits). */
export const MAX_FORMULA_LENGTH = 8_192;

/** Whose conventions typed dates follow. Numbers are en-US (and en-GB) in both: "1,234.5". */
export type Locale = "en-US" | "en-GB";

/** Where the input goes: a cell formatted as Text, and whether a user typed it (locale dates) or the API wrote it. */
export interface InputTarget {
  readonly textFormat: boolean;
  readonly typed: boolean;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?(?:[eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** What "" writes, and what clearing a cell leaves. */
export const BLANK: CellContent = { content: undefined, quotePrefix: false, impliedFormat: null };

function constant(value: CellValue, impliedFormat: string | null = null): CellContent {
  return { content: value === "" ? undefined : value, quotePrefix: false, impliedFormat };
}

function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/\d/.test(trimmed) || !NUMBER.test(trimmed)) return null;
  const parsed = Number(trimmed.replace(/,/g, ""));
  return Number.isFinite(parsed) ? parsed : null;
}

/**
 * Parses what is written into cells, for one workbook (its date system and locale). Formulas are interned, so the
 * 50,000 cells of a calculated column written row by row share one Formula object.
 */
export class InputParser {
  private readonly formulas = new Map<string, Formula>();

  constructor(
    readonly dateSystem: DateSystem,
    readonly locale: Locale,
  ) {}

  formula(text: string): Formula {
    let formula = this.formulas.get(text);
    if (formula === undefined) {
      if (this.formulas.size > 10_000) this.formulas.clear();
      formula = new Formula(text);
      this.formulas.set(text, formula);
    }
    return formula;
  }

  /** A date typed or written as text: ISO always; the locale's d/m/yyyy or m/d/yyyy only when typed. */
  private date(text: string, typed: boolean): CellContent | null {
    const iso = ISO_DATE.exec(text);
    if (iso !== null) {
      const serial = dateToSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]), this.dateSystem);
      return serial === null ? null : constant(serial, "yyyy-mm-dd");
    }
    const slash = typed ? SLASH_DATE.exec(text) : null;
    if (slash === null) return null;
    const [first, second, year] = [Number(slash[1]), Number(slash[2]), Number(slash[3])];
    const [month, day] = this.locale === "en-GB" ? [second, first] : [first, second];
    const serial = dateToSerial(year, month, day, this.dateSystem);
    return serial === null ? null : constant(serial, this.locale === "en-GB" ? "dd/mm/yyyy" : "m/d/yyyy");
  }

  private text(text: string, target: InputTarget): CellContent {
    if (text === "") return BLANK;
    if (text.startsWith("'")) return { content: text.slice(1) || undefined, quotePrefix: true, impliedFormat: null };
    if (target.textFormat) return constant(text);
    if (text.startsWith("=")) return { content: this.formula(text), quotePrefix: false, impliedFormat: null };
    const trimmed = text.trim();
    const first = trimmed.charCodeAt(0);
    // Numbers, percentages and dates start with a digit, a sign or a point: other text skips those parsers.
    if ((first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46) {
      const number = parseNumber(trimmed);
      if (number !== null) return constant(number);
      if (trimmed.endsWith("%")) {
        const percent = parseNumber(trimmed.slice(0, -1));
        if (percent !== null) return constant(percent / 100, trimmed.includes(".") ? "0.00%" : "0%");
      }
      const date = this.date(trimmed, target.typed);
      if (date !== null) return date;
    }
    if (trimmed.length === 4 || trimmed.length === 5) {
      const upper = trimmed.toUpperCase();
      if (upper === "TRUE" || upper === "FALSE") return constant(upper === "TRUE");
    }
    if (text.startsWith("+") || text.startsWith("-")) return { content: this.formula(`=${text}`), quotePrefix: false, impliedFormat: null };
    return constant(text);
  }

  /**
   * Parses one element of a 2-D array written to values or formulas (or typed); null means "leave the cell as it
   * is". Throws what Excel rejects: objects, NaN/Infinity, text over 32,767 characters (InvalidArgument) and formulas
   * over 8,192 characters (GeneralException, as seen when a long "-..." note becomes a formula: OfficeDev/office-js#3256).
   */
  parse(input: unknown, location: string, target: InputTarget): CellContent | null {
    if (input === null || input === undefined) return null;
    if (typeof input === "boolean") return constant(input);
    if (typeof input === "number") {
      if (!Number.isFinite(input)) throw invalidArgument(location, `${String(input)} is not a number Excel can store`);
      return constant(input);
    }
    if (typeof input !== "string") {
      throw invalidArgument(location, `a cell value must be a string, number or boolean, not ${typeof input}`);
    }
    const parsed = this.text(input, target);
    const content = parsed.content;
    if (content instanceof Formula && content.text.length > MAX_FORMULA_LENGTH) {
      throw new MemoryExcelError("GeneralException", {
        location,
        detail: `a formula is limited to ${MAX_FORMULA_LENGTH} characters; this one has ${content.text.length}`,
      });
    }
    if (typeof content === "string" && content.length > MAX_TEXT_LENGTH) {
      throw invalidArgument(location, `a cell holds at most ${MAX_TEXT_LENGTH} characters; got ${content.length}`);
    }
    return parsed;
  }
}

/** Parses one element written to numberFormat: null leaves the cell unchanged, "" resets it to General. */
export function parseNumberFormat(input: unknown, location: string): string | null {
  if (input === null || input === undefined) return null;
  if (typeof input !== "string") throw invalidArgument(location, "a number format must be a string");
  return input === "" ? "General" : input;
}
