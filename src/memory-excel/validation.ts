import type { CellValue, DataValidationLike } from "../workbook/excel-api";
import { formatAddress, parseAddress, type Rect } from "./address";
import { dateToSerial } from "./dates";
import { invalidArgument } from "./errors";
import type { Sheet } from "./model-sheet";
import type { Workbook } from "./model-workbook";
import { NO_VALIDATION, type BasicRule, type ErrorAlert, type Style, type Validation, type ValidationRule } from "./styles";

/**
 * Data validation ("Add data validation to Excel ranges", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation,
 * and the Excel.DataValidation reference). Rules are stored per cell, like number formats. "Data validation is
 * triggered only if the user directly enters a value into a cell": writes through the API are not checked, nor is a
 * paste (Excel checks typing, not data copied or filled into cells); a user typing into a cell is, and a rule whose
 * error alert is shown with style Stop refuses the entry. A paste here is of values (text pasted from outside
 * Excel, or Paste Values): the cells keep their rules, where Excel's Paste All would bring the source cells' own.
 */

/**
 * Excel's limit on a typed list: the comma-separated source is at most 255 characters (an Excel limit that
 * XlsxWriter's and excelize's documentation both cite; longer lists must come from a range). The in-memory Excel
 * rejects a longer list with InvalidArgument; which error Excel's API gives is not documented.
 */
export const MAX_LIST_SOURCE_LENGTH = 255;

/** What Excel's Stop dialog says when the rule's alert has no title or message of its own. */
export const DEFAULT_ALERT = { title: "Microsoft Excel", message: "This value doesn't match the data validation restrictions defined for this cell." };

/** A user's entry that Excel refused: the cell's rule has an error alert of style Stop, and the entry breaks it. */
export class ValidationStopError extends Error {
  override readonly name = "ValidationStopError";

  constructor(
    /** The cell typed into, e.g. "'Value Contracts'!O5". */
    readonly address: string,
    readonly input: CellValue,
    /** What the Stop dialog showed (the rule's own title and message, or Excel's defaults). */
    readonly alert: { readonly title: string; readonly message: string },
  ) {
    super(`Excel stopped ${JSON.stringify(input)} in ${address}: "${alert.title}": ${alert.message}`);
  }
}

type ApiRule = DataValidationLike["rule"];
type ApiBasic = NonNullable<ApiRule["decimal"]>;

/**
 * A bound as Excel reads it back, a string formula: "=10", "=46023" (a date), "=Limits!$B$2". The fake takes a
 * number, a numeric string, an ISO date (date rules) or "=" with a number or a cell reference; Excel also takes a
 * Range and any formula ("=MIN(A1, B1)"), which the fake refuses with InvalidArgument.
 */
function boundFormula(workbook: Workbook, input: unknown, isDate: boolean, location: string): string {
  if (typeof input === "number" && Number.isFinite(input)) return `=${input}`;
  if (input instanceof Date && isDate) {
    const serial = dateToSerial(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate(), workbook.dateSystem);
    if (serial !== null) return `=${serial}`;
  }
  if (typeof input === "string") {
    const text = input.trim();
    const iso = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+Z?)?$/.exec(text);
    if (isDate && iso !== null) {
      const serial = dateToSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]), workbook.dateSystem);
      if (serial !== null) return `=${serial}`;
    }
    const body = text.startsWith("=") ? text.slice(1).trim() : text;
    if (body !== "" && Number.isFinite(Number(body))) return `=${Number(body)}`;
    const reference = text.startsWith("=") ? parseAddress(body) : null;
    if (reference !== null && reference.rect.rowCount === 1 && reference.rect.columnCount === 1) {
      if (reference.sheet !== null && workbook.findSheet(reference.sheet) === undefined) {
        throw invalidArgument(location, `the rule refers to a missing sheet "${reference.sheet}"`);
      }
      return `=${body}`;
    }
  }
  throw invalidArgument(location, `the in-memory Excel takes a bound as a number${isDate ? ", an ISO date" : ""} or "=" and one cell's reference, not ${JSON.stringify(input)}`);
}

function basicRule(workbook: Workbook, type: BasicRule["type"], rule: ApiBasic, location: string): BasicRule {
  const isDate = type === "date";
  const ternary = rule.operator === "Between" || rule.operator === "NotBetween";
  if (ternary && rule.formula2 === undefined) throw invalidArgument(location, `${rule.operator} needs formula2`);
  const formula2 = ternary && rule.formula2 !== undefined ? boundFormula(workbook, rule.formula2, isDate, location) : null;
  return { type, formula1: boundFormula(workbook, rule.formula1, isDate, location), formula2, operator: rule.operator };
}

/** DataValidation.rule as the fake stores it; exactly one criterion, else InvalidArgument. */
export function toRule(workbook: Workbook, rule: ApiRule, location: string): ValidationRule {
  const kinds = (["list", "decimal", "wholeNumber", "date"] as const).filter((kind) => rule[kind] !== undefined);
  if (kinds.length !== 1) throw invalidArgument(location, "a rule has exactly one of list, decimal, wholeNumber, date");
  if (rule.decimal !== undefined) return basicRule(workbook, "decimal", rule.decimal, location);
  if (rule.wholeNumber !== undefined) return basicRule(workbook, "wholeNumber", rule.wholeNumber, location);
  if (rule.date !== undefined) return basicRule(workbook, "date", rule.date, location);
  const { inCellDropDown, source } = rule.list ?? { inCellDropDown: true, source: "" };
  if (typeof source !== "string") throw invalidArgument(location, "the in-memory Excel takes a list source as text (the store writes a reference)");
  if (source.trim() === "" || source.trim() === "=") throw invalidArgument(location, "a list source cannot be empty");
  if (source.startsWith("=")) {
    const parsed = parseAddress(source.slice(1));
    if (parsed?.sheet != null && workbook.findSheet(parsed.sheet) === undefined) {
      throw invalidArgument(location, `the list source refers to a missing sheet "${parsed.sheet}"`);
    }
  } else if (source.length > MAX_LIST_SOURCE_LENGTH) {
    throw invalidArgument(
      location,
      `a typed list is limited to ${MAX_LIST_SOURCE_LENGTH} characters (this one has ${source.length}); ` +
        `put the items in cells and use a range source such as "=Lists!$A$2:$A$11"`,
    );
  }
  return { type: "list", inCellDropDown, source };
}

/** Changes one part of the validation of every cell in the block (rule, errorAlert, prompt or ignoreBlanks). */
export function updateValidation(workbook: Workbook, sheet: Sheet, rect: Rect, update: (validation: Validation) => Validation): void {
  const changed = new Map<Style, Style>();
  for (let r = rect.row; r < rect.row + rect.rowCount; r += 1) {
    for (let c = rect.column; c < rect.column + rect.columnCount; c += 1) {
      const style = sheet.style(r, c);
      let next = changed.get(style);
      if (next === undefined) {
        next = workbook.styles.withValidation(style, update(style.validation ?? NO_VALIDATION));
        changed.set(style, next);
      }
      sheet.setStyle(r, c, next);
    }
  }
  workbook.touch();
}

/** A bound's value: a number, or null when it refers to a blank cell (then "ignore blank" lets any entry in). */
function boundValue(workbook: Workbook, sheet: Sheet, formula: string): number | string | boolean | null {
  const body = formula.slice(1);
  if (Number.isFinite(Number(body))) return Number(body);
  const parsed = parseAddress(body);
  if (parsed === null) return null;
  const target = parsed.sheet === null ? sheet : workbook.findSheet(parsed.sheet);
  if (target === undefined || target.isBlank(parsed.rect.row, parsed.rect.column)) return null;
  return workbook.value(target, parsed.rect.row, parsed.rect.column);
}

function compares(operator: BasicRule["operator"], value: number, low: number, high: number): boolean {
  switch (operator) {
    case "Between":
      return value >= low && value <= high;
    case "NotBetween":
      return value < low || value > high;
    case "EqualTo":
      return value === low;
    case "NotEqualTo":
      return value !== low;
    case "GreaterThan":
      return value > low;
    case "LessThan":
      return value < low;
    case "GreaterThanOrEqualTo":
      return value >= low;
    default:
      return value <= low;
  }
}

/** Items of a list rule: a comma list (trimmed) or the values of the referenced cells. */
function listItems(workbook: Workbook, sheet: Sheet, source: string): CellValue[] {
  if (!source.startsWith("=")) return source.split(",").map((item) => item.trim());
  const parsed = parseAddress(source.slice(1));
  const target = parsed === null ? undefined : parsed.sheet === null ? sheet : workbook.findSheet(parsed.sheet);
  return parsed === null || target === undefined ? [] : workbook.values(target, parsed.rect).flat();
}

const sameItem = (value: CellValue, item: CellValue): boolean =>
  typeof value === "string" ? String(item).toLowerCase() === value.toLowerCase() : typeof item === "string" ? item.trim() !== "" && Number(item) === value : item === value;

/** Whether an entry (the cell's value after typing) passes the cell's rule. */
function passes(workbook: Workbook, sheet: Sheet, rule: ValidationRule, ignoreBlanks: boolean, value: CellValue): boolean {
  if (value === "") return ignoreBlanks;
  if (rule.type === "list") return listItems(workbook, sheet, rule.source).some((item) => item !== "" && sameItem(value, item));
  const low = boundValue(workbook, sheet, rule.formula1);
  const high = rule.formula2 === null ? 0 : boundValue(workbook, sheet, rule.formula2);
  if (low === null || high === null) return ignoreBlanks;
  if (typeof value !== "number" || typeof low !== "number" || typeof high !== "number") return false;
  if (rule.type === "wholeNumber" && !Number.isInteger(value)) return false;
  return compares(rule.operator, value, low, high);
}

/**
 * The Stop alert a user's entry in (row, column) meets, or null when Excel takes it: no rule, the alert not shown
 * ("showAlert: Specifies whether to show an error alert dialog when a user enters invalid data"), a Warning or
 * Information alert (the user may go on; the fake takes the entry, as if they chose Yes / OK), or a valid entry.
 */
export function stopAlert(workbook: Workbook, sheet: Sheet, row: number, column: number): ErrorAlert | null {
  const validation = sheet.style(row, column).validation;
  if (validation === null || validation.rule === null || !validation.errorAlert.showAlert || validation.errorAlert.style !== "Stop") return null;
  return passes(workbook, sheet, validation.rule, validation.ignoreBlanks, workbook.value(sheet, row, column)) ? null : validation.errorAlert;
}

/** The error a refused entry raises, with the dialog's title and message. */
export function stopped(sheet: Sheet, row: number, column: number, input: CellValue, alert: ErrorAlert): ValidationStopError {
  const address = formatAddress(sheet.name, { row, column, rowCount: 1, columnCount: 1 });
  return new ValidationStopError(address, input, {
    title: alert.title === "" ? DEFAULT_ALERT.title : alert.title,
    message: alert.message === "" ? DEFAULT_ALERT.message : alert.message,
  });
}
