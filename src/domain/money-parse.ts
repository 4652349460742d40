import { fail, ok, type Result } from "./result";

/**
 * Amounts as people type them into a form: "1,234.50", "£250k", "1.2m", "(1,000)", "-3bn". The pane
 * keeps what was typed until it parses, and shows the parsed amount formatted once the field is left.
 * Separators come from the user's locale (the pane reads them from Intl); the defaults are UK/US.
 */

export interface NumberSeparators {
  /** Thousands separator, e.g. "," (en), "." (de), a narrow no-break space (fr). */
  readonly group: string;
  /** Decimal separator, e.g. "." (en), "," (de, fr). */
  readonly decimal: string;
}

export const DEFAULT_SEPARATORS: NumberSeparators = { group: ",", decimal: "." };

/** Scale suffixes, case-insensitive: thousand, million, billion (short scale), as powers of ten. */
export const SCALE_SUFFIXES: Readonly<Record<string, number>> = { k: 3, m: 6, mn: 6, bn: 9, b: 9 };

const CURRENCY = "[£$€¥]";
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Spaces that locales use as thousands separators; a typed ordinary space is accepted for them. */
const SPACE_LIKE = /^[\s\u00a0\u202f]$/;

/** The forms an amount may take, written with the given separators, for hints and messages. */
export function amountExamples(separators: NumberSeparators = DEFAULT_SEPARATORS): string {
  return `1${separators.group}234${separators.decimal}50, 250k, 1${separators.decimal}2m or (1${separators.group}000)`;
}

/**
 * Reads an amount typed by a person. Blank text is null (no amount). Accepts a currency symbol
 * (£ $ € ¥), grouping with the locale's thousands separator in threes, a decimal part, a scale suffix
 * (k, m or mn, b or bn) and a minus sign or accounting brackets for a negative amount. Whether a
 * negative amount is allowed is the schema's business, not the parser's. Digits are shifted by the
 * suffix in decimal, so "1.15m" is exactly 1150000.
 */
export function parseAmount(text: string, separators: NumberSeparators = DEFAULT_SEPARATORS): Result<number | null> {
  const invalid = fail(
    "value",
    `Enter a number such as ${amountExamples(separators)}; "${text.trim()}" is not one.`,
  );
  let rest = text.trim();
  if (rest === "") return ok(null);
  let negative = false;
  const bracketed = /^\((.*)\)$/.exec(rest);
  if (bracketed) {
    negative = true;
    rest = (bracketed[1] ?? "").trim();
  }
  const signed = new RegExp(`^(${CURRENCY}?)\\s*([-−+]?)\\s*(${CURRENCY}?)\\s*(.*?)\\s*(${CURRENCY}?)$`).exec(rest);
  if (!signed) return invalid;
  const [, before = "", sign = "", between = "", body = "", after = ""] = signed;
  if ([before, between, after].filter((symbol) => symbol !== "").length > 1) return invalid;
  if (sign === "-" || sign === "−") {
    if (negative) return invalid;
    negative = true;
  }
  const suffixMatch = /^(.*?)\s*(k|mn|m|bn|b)$/i.exec(body);
  const digits = suffixMatch ? (suffixMatch[1] ?? "") : body;
  const exponent = suffixMatch ? (SCALE_SUFFIXES[(suffixMatch[2] ?? "").toLowerCase()] ?? 0) : 0;
  const group = SPACE_LIKE.test(separators.group) ? "[\\s\\u00a0\\u202f]" : escape(separators.group);
  const decimal = escape(separators.decimal);
  const number = new RegExp(`^(\\d{1,3}(?:${group}\\d{3})+|\\d+)?(?:${decimal}(\\d+))?$`).exec(digits);
  if (!number || (number[1] === undefined && number[2] === undefined)) return invalid;
  const whole = (number[1] ?? "0").replace(/\D/g, "");
  const value = Number(`${whole}.${number[2] ?? "0"}e${exponent}`);
  if (!Number.isFinite(value)) return invalid;
  return ok(negative && value !== 0 ? -value : value);
}

/**
 * An amount written for an input box: thousands grouped, no rounding (the shortest text that reads
 * back as the same number), and two decimals when there is a fraction of one digit ("1,234.50").
 * Negative amounts get a minus sign. parseAmount reads the result back to the same number.
 */
export function formatAmountInput(value: number, separators: NumberSeparators = DEFAULT_SEPARATORS): string {
  const [whole = "0", fraction = ""] = plainDigits(Math.abs(value)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separators.group);
  const decimals = fraction === "" ? "" : `${separators.decimal}${fraction.padEnd(2, "0")}`;
  return `${value < 0 ? "-" : ""}${grouped}${decimals}`;
}

/** The shortest decimal text of a number >= 0 that reads back as it, written out without an exponent. */
function plainDigits(value: number): string {
  const [mantissa = "0", exponentText] = String(value).split("e");
  if (exponentText === undefined) return mantissa;
  const [whole = "0", fraction = ""] = mantissa.split(".");
  const digits = whole + fraction;
  const point = whole.length + Number(exponentText);
  if (point <= 0) return `0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + "0".repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * Reads a percentage typed by a person as a fraction: "35%" and "35 %" are 0.35, as is "0.35" (a
 * fraction written out); blank text is null. A number above 1 without a % sign is refused rather than
 * guessed at ("35" could mean 35% or 3,500%). Decimals use the locale's separator ("35,5%" in French).
 */
export function parsePercent(text: string, separators: NumberSeparators = DEFAULT_SEPARATORS): Result<number | null> {
  const trimmed = text.trim();
  if (trimmed === "") return ok(null);
  const percent = /^(.*?)\s*%$/.exec(trimmed);
  const number = parseAmount(percent ? (percent[1] ?? "") : trimmed, separators);
  const example = `35%, 12${separators.decimal}5% or 0${separators.decimal}35`;
  if (!number.ok || number.value === null || /[kmb£$€¥]/i.test(trimmed)) return fail("value", `Enter a percentage such as ${example}; "${trimmed}" is not one.`);
  if (percent) return ok(number.value / 100);
  if (Math.abs(number.value) > 1) return fail("value", `Write ${trimmed} with a % sign if you mean ${trimmed}%; as a fraction a percentage is from 0 to 1 (0${separators.decimal}35 is 35%).`);
  return ok(number.value);
}

/** A fraction written for an input box as a percentage, without rounding: 0.355 is "35.5%". */
export function formatPercentInput(value: number, separators: NumberSeparators = DEFAULT_SEPARATORS): string {
  // Scaled in decimal, not by * 100 (0.07 * 100 is 7.000000000000001).
  const [mantissa = "0", exponent = "0"] = value.toExponential().split("e");
  const scaled = Number(`${mantissa}e${Number(exponent) + 2}`);
  return `${plainDigits(Math.abs(scaled)).replace(".", separators.decimal)}%`.replace(/^/, scaled < 0 ? "-" : "");
}
