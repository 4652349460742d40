import type { CellValue } from "../workbook/excel-api";
import { ERROR_VALUES } from "./calculation";
import { serialToParts, SYSTEM_OFFSET, type DateSystem } from "./dates";
import { isDateCode, renderDate, type DateCode } from "./number-format-date";

/**
 * Range.text: "Text values of the specified range. The text value will not depend on the cell width. The number sign
 * (#) substitution that happens in the Excel UI will not affect the text value returned by the API." Each value
 * as its number format shows it, following "Review guidelines for customizing a number format"
 * (https://support.microsoft.com/office/c0a1d1fa-d3f4-4018-96b7-9c9354dd99f5) and "Number format codes"
 * (https://support.microsoft.com/office/5026bbd6-04bc-48cd-bf33-80f18b4eae68). Rendered here:
 *  - General: integers up to 11 digits as they are; other numbers in at most 11 characters (the decimal point
 *    counts, the minus sign does not: Microsoft KB 65903, "The General number format displays up to 11 numeric
 *    characters"), decimal or scientific ("1.23457E+11"), whichever shows more significant digits (decimal on a tie);
 *  - Text "@": text as it is, numbers as General;
 *  - number sections with 0 # ? placeholders, "," thousands, "." decimals and % ("0%", "0.00%", "#,##0.00"),
 *    rounded half away from zero on the 15 digits Excel keeps;
 *  - up to four sections "positive;negative;zero;text", literals in quotes or after "\", "_x" as one space and
 *    "*x" as nothing (the text does not depend on the cell width, so a fill repeats zero times): the accounting
 *    format `_(* #,##0.00_);_(* (#,##0.00);_(* "-"??_);_(@_)` gives " 1,234.50 ", " (1,234.50)", " -   ", " text ";
 *  - dates and times (number-format-date.ts): y, m, d, h, m, s codes, month and day names, AM/PM;
 *  - booleans as TRUE / FALSE and error values as they are, whatever the format.
 * Not rendered (the fake throws, naming the format, rather than show something Excel would not): colours and
 * conditions in brackets ([Red], [>100]), elapsed time ([h]), fractions (# ?/?), scientific formats (0.00E+00),
 * fractional seconds, scaling commas (#,##0,). A negative date or one after 9999 reads "########" here: the UI fills
 * the cell with #, and what the API returns for it is not documented.
 */

type Token =
  | { readonly kind: "literal"; readonly text: string }
  | { readonly kind: "digit"; readonly char: "0" | "#" | "?" }
  | { readonly kind: "point" }
  | { readonly kind: "comma" }
  | { readonly kind: "percent" }
  | { readonly kind: "text" }
  | { readonly kind: "general" }
  | { readonly kind: "date"; readonly code: DateCode };

const unsupported = (format: string, why: string): Error =>
  new Error(`in-memory Excel: Range.text cannot render the number format ${JSON.stringify(format)} (${why}); see number-format.ts`);

/** Splits a format into its sections at ";" outside quotes and escapes. */
function sections(format: string): string[] {
  const parts: string[] = [];
  let current = "";
  for (let i = 0; i < format.length; i += 1) {
    const char = format[i] ?? "";
    if (char === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      current += format.slice(i, stop + 1);
      i = stop;
    } else if (char === "\\" || char === "_" || char === "*") {
      current += format.slice(i, i + 2);
      i += 1;
    } else if (char === ";") {
      parts.push(current);
      current = "";
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

const LITERALS = new Set([..."$-+/():!^&'~{}<>= "]);

function tokenize(section: string, format: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < section.length; ) {
    const char = section[i] ?? "";
    const rest = section.slice(i);
    if (/^general/i.test(rest)) {
      tokens.push({ kind: "general" });
      i += 7;
    } else if (/^(?:AM\/PM|A\/P)/i.test(rest)) {
      const length = /^AM\/PM/i.test(rest) ? 5 : 3;
      const code = section.slice(i, i + length);
      if (!isDateCode(code)) throw unsupported(format, `"${code}" (write AM/PM or am/pm, A/P or a/p)`);
      tokens.push({ kind: "date", code });
      i += length;
    } else if (char === '"') {
      const end = section.indexOf('"', i + 1);
      tokens.push({ kind: "literal", text: section.slice(i + 1, end < 0 ? section.length : end) });
      i = end < 0 ? section.length : end + 1;
    } else if (char === "\\") {
      tokens.push({ kind: "literal", text: section[i + 1] ?? "" });
      i += 2;
    } else if (char === "_") {
      tokens.push({ kind: "literal", text: " " });
      i += 2;
    } else if (char === "*") {
      tokens.push({ kind: "literal", text: "" });
      i += 2;
    } else if (char === "0" || char === "#" || char === "?") {
      tokens.push({ kind: "digit", char });
      i += 1;
    } else if (char === "." || char === "," || char === "%" || char === "@") {
      tokens.push(char === "." ? { kind: "point" } : char === "," ? { kind: "comma" } : char === "%" ? { kind: "percent" } : { kind: "text" });
      i += 1;
    } else if (/[ymdhs]/i.test(char)) {
      let end = i + 1;
      while (end < section.length && (section[end] ?? "").toLowerCase() === char.toLowerCase()) end += 1;
      const code = section.slice(i, end).toLowerCase();
      if (!isDateCode(code)) throw unsupported(format, `"${code}"`);
      tokens.push({ kind: "date", code });
      i = end;
    } else if (char === "[") {
      throw unsupported(format, "colours, conditions and elapsed times in brackets");
    } else if (LITERALS.has(char) || char.charCodeAt(0) > 127) {
      tokens.push({ kind: "literal", text: char });
      i += 1;
    } else {
      throw unsupported(format, `"${char}" (scientific formats and other codes)`);
    }
  }
  return tokens;
}

/** The digits of abs * 10^decimals rounded half away from zero, from the 15 significant digits Excel keeps. */
function scaledDigits(abs: number, decimals: number): string {
  if (abs === 0) return "0";
  const [mantissa = "0", exponent = "0"] = abs.toExponential(14).split("e");
  const digits = mantissa.replace(".", "");
  const keep = Number(exponent) + 1 + decimals;
  if (keep < 0) return "0";
  let head = keep >= digits.length ? digits + "0".repeat(keep - digits.length) : digits.slice(0, keep);
  if (keep < digits.length && (digits.charCodeAt(keep) - 48) >= 5) head = increment(head);
  return head.replace(/^0+(?=\d)/, "") || "0";
}

function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === "9") i -= 1;
  if (i < 0) return `1${"0".repeat(digits.length)}`;
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + "0".repeat(digits.length - i - 1);
}

/** Integer and fraction digits of abs rounded to `decimals` places. */
function splitDigits(abs: number, decimals: number): { int: string; fraction: string } {
  const scaled = scaledDigits(abs, decimals).padStart(decimals + 1, "0");
  return { int: scaled.slice(0, scaled.length - decimals), fraction: scaled.slice(scaled.length - decimals) };
}

const significant = (text: string): number => text.replace(/[^0-9]/g, "").replace(/^0+/, "").replace(/0+$/, "").length;

/** General: at most 11 characters (KB 65903), decimal or scientific, whichever shows more significant digits. */
export function generalNumber(value: number): string {
  if (value === 0) return "0";
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  const exponent = Number(abs.toExponential(14).split("e")[1]);
  let decimal: string | null = null;
  const intDigits = Math.max(1, exponent + 1);
  if (intDigits <= 11) {
    const { int, fraction } = splitDigits(abs, Math.max(0, 10 - intDigits));
    const trimmed = fraction.replace(/0+$/, "");
    const text = trimmed === "" ? int : `${int}.${trimmed}`;
    if (text.length <= 11) decimal = text;
  }
  let scientific = "";
  for (let digits = 6; digits >= 1; digits -= 1) {
    const [mantissa = "", power = "0"] = abs.toExponential(digits - 1).split("e");
    const exp = Number(power);
    const text = `${mantissa.includes(".") ? mantissa.replace(/0+$/, "").replace(/\.$/, "") : mantissa}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
    if (text.length <= 11) {
      scientific = text;
      break;
    }
  }
  const pick = decimal !== null && significant(decimal) >= significant(scientific.split("E")[0] ?? "") ? decimal : scientific;
  return sign + pick;
}

/** A number section compiled once: literals around the digits, the digit placeholders, grouping and percent scale. */
interface NumberPlan {
  readonly prefix: string;
  readonly suffix: string;
  readonly intPattern: readonly string[];
  /** null when the section has no decimal point. */
  readonly decPattern: readonly string[] | null;
  readonly grouped: boolean;
  readonly scale: number;
}

const literalText = (list: readonly Token[]): string =>
  list.map((token) => (token.kind === "literal" ? token.text : token.kind === "percent" ? "%" : token.kind === "point" ? "." : token.kind === "comma" ? "," : "")).join("");

function compileNumber(tokens: readonly Token[], format: string): NumberPlan {
  const digitIndexes = tokens.flatMap((token, index) => (token.kind === "digit" ? [index] : []));
  const scale = 100 ** tokens.filter((token) => token.kind === "percent").length;
  const first = digitIndexes[0];
  const last = digitIndexes[digitIndexes.length - 1];
  if (first === undefined || last === undefined) return { prefix: literalText(tokens), suffix: "", intPattern: [], decPattern: null, grouped: false, scale };
  const block = tokens.slice(first, last + 1);
  const pointAt = block.findIndex((token) => token.kind === "point");
  const intTokens = pointAt < 0 ? block : block.slice(0, pointAt);
  const decTokens = pointAt < 0 ? [] : block.slice(pointAt + 1);
  if ([...intTokens, ...decTokens].some((token) => token.kind !== "digit" && token.kind !== "comma")) {
    throw unsupported(format, "literals or fractions inside the digits");
  }
  if (tokens[last + 1]?.kind === "comma") throw unsupported(format, "scaling commas");
  return {
    prefix: literalText(tokens.slice(0, first)),
    suffix: literalText(tokens.slice(last + 1)),
    intPattern: intTokens.flatMap((token) => (token.kind === "digit" ? [token.char] : [])),
    decPattern: pointAt < 0 ? null : decTokens.flatMap((token) => (token.kind === "digit" ? [token.char] : [])),
    grouped: intTokens.some((token) => token.kind === "comma"),
    scale,
  };
}

/** A number (its absolute value: the section chose the sign) through a compiled number section. */
function renderNumber(value: number, plan: NumberPlan): string {
  const { intPattern, decPattern } = plan;
  if (intPattern.length === 0 && decPattern === null) return plan.prefix;
  const { int, fraction } = splitDigits(Math.abs(value) * plan.scale, decPattern?.length ?? 0);
  const digits = int === "0" ? "" : int;
  let intText = digits;
  for (let i = digits.length; i < intPattern.length; i += 1) {
    const placeholder = intPattern[intPattern.length - 1 - i];
    intText = (placeholder === "0" ? "0" : placeholder === "?" ? " " : "") + intText;
  }
  if (plan.grouped) intText = intText.replace(/\d+/, (run) => run.replace(/\B(?=(\d{3})+$)/g, ","));
  if (decPattern === null) return plan.prefix + intText + plan.suffix;
  let fractionText = fraction;
  for (let i = decPattern.length - 1; i >= 0 && fractionText[i] === "0"; i -= 1) {
    const placeholder = decPattern[i];
    if (placeholder === "0") break;
    fractionText = fractionText.slice(0, i) + (placeholder === "?" ? " " : "") + fractionText.slice(i + 1);
  }
  return `${plan.prefix}${intText}.${fractionText}${plan.suffix}`;
}

/** One section of a format, parsed and classified once. */
interface Section {
  readonly tokens: readonly Token[];
  readonly kind: "text" | "general" | "date" | "number";
  /** For number sections. */
  readonly plan: NumberPlan | null;
}

function compileSection(tokens: readonly Token[], format: string): Section {
  const has = (kind: Token["kind"]): boolean => tokens.some((token) => token.kind === kind);
  if (has("general")) return { tokens, kind: "general", plan: null };
  if (has("date")) return { tokens, kind: "date", plan: null };
  if (has("text")) return { tokens, kind: "text", plan: null };
  return { tokens, kind: "number", plan: compileNumber(tokens, format) };
}

function renderSection(value: CellValue, section: Section, system: DateSystem): string {
  const { tokens } = section;
  if (typeof value === "string") return tokens.map((token) => (token.kind === "text" ? value : token.kind === "literal" ? token.text : "")).join("");
  const number = Number(value);
  if (section.kind === "general") {
    return tokens.map((token) => (token.kind === "general" ? generalNumber(number) : token.kind === "literal" ? token.text : "")).join("");
  }
  if (section.kind === "date") {
    const parts = serialToParts(number, system);
    if (parts === null) return "########";
    const weekday = (Math.floor(number) + (system === 1904 ? SYSTEM_OFFSET : 0) + 6) % 7;
    return renderDate(tokens.map((token) => (token.kind === "date" ? token : { kind: "literal" as const, text: token.kind === "literal" ? token.text : token.kind === "point" ? "." : token.kind === "comma" ? "," : "" })), parts, weekday);
  }
  return section.plan === null ? "" : renderNumber(number, section.plan);
}

/** The text a cell shows: its value through its number format (see above). */
export const renderText = (value: CellValue, format: string, system: DateSystem): string => renderWith(value, format, system, new Map());

/** A renderer for many cells: each format is parsed once (Range.text of a 50,000-row column uses a handful). */
export function textRenderer(system: DateSystem): (value: CellValue, format: string) => string {
  const parsed = new Map<string, Section[]>();
  return (value, format) => renderWith(value, format, system, parsed);
}

function renderWith(value: CellValue, format: string, system: DateSystem, parsed: Map<string, Section[]>): string {
  if (value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string" && ERROR_VALUES.has(value)) return value;
  if (/^general$/i.test(format)) return typeof value === "number" ? generalNumber(value) : value;
  let parts = parsed.get(format);
  if (parts === undefined) {
    parts = sections(format).map((section) => compileSection(tokenize(section, format), format));
    parsed.set(format, parts);
  }
  const onlyText = parts.length === 1 && parts[0]?.kind === "text";
  if (typeof value === "string") {
    const textSection = parts[3] ?? (onlyText ? parts[0] : undefined);
    return textSection === undefined ? value : renderSection(value, textSection, system);
  }
  const [positive, negative, zero] = onlyText ? [] : parts;
  if (positive === undefined) return generalNumber(value);
  if (value < 0 && negative !== undefined) return renderSection(-value, negative, system);
  if (value === 0 && zero !== undefined) return renderSection(0, zero, system);
  if (positive.kind === "date") return renderSection(value, positive, system);
  const text = renderSection(Math.abs(value), positive, system);
  return value < 0 ? `-${text}` : text;
}
