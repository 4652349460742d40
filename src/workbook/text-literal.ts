/**
 * Text that must stay text. Excel reads a string written to a cell as if it were typed: "=1+1" becomes
 * a formula, "0012" the number 12, "1/2/2026" a date, "TRUE" a boolean, "#N/A" an error. The documented
 * way to keep such text literal is a leading apostrophe: Excel keeps it as the cell's quote prefix and
 * returns the text without it in `values`. Prefixing text that needed no prefix changes nothing, so the
 * test errs on the side of prefixing.
 */

const MONTH_OR_DAY_NAME = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[\s,./-]*\d/i;
const BOOLEAN_OR_ERROR = /^(true|false|#n\/a|#value!|#ref!|#div\/0!|#num!|#name\?|#null!|#spill!|#calc!|#getting_data|#field!|#blocked!|#connect!|#busy!|#unknown!)$/i;
const STARTS_WITH_LETTER = /^\p{L}/u;

/**
 * Whether Excel could read the text as something other than itself: it begins with =, +, -, @, an
 * apostrophe, a tab, CR or LF (or, after spaces, with anything but a letter: digits, signs, currency,
 * brackets), or it reads as a boolean, an error value, or a date led by a month or day name.
 */
export function needsQuotePrefix(text: string): boolean {
  if (text === "") return false;
  if (/^[\t\r\n]/.test(text)) return true;
  const trimmed = text.trim();
  if (trimmed === "") return false;
  if (!STARTS_WITH_LETTER.test(trimmed)) return true;
  return BOOLEAN_OR_ERROR.test(trimmed) || MONTH_OR_DAY_NAME.test(trimmed);
}

/** The value to write so the cell holds exactly `text` (what Excel then returns in `values`). */
export function literalText(text: string): string {
  return needsQuotePrefix(text) ? `'${text}` : text;
}
