import type { ErrorValue } from "../../src/memory-excel";
import { wildcardMatch } from "./formula-criteria";
import type { Ast } from "./formula-parse";
import { err, isError, isList, scalar, toNumber, type CellItem, type Calls, type Value } from "./formula-values";

/**
 * INDEX and MATCH, which the ledger's formulas use together to read a contract's cell for a ledger row:
 * INDEX(ValueContracts[Revenue margin],MATCH([@[Contract ID]],ValueContracts[Contract ID],0)).
 */

/** A whole-number argument (truncated, as Excel truncates row and column numbers); a blank is 0. */
function wholeArg(arg: Ast | undefined, calls: Calls): number | ErrorValue {
  if (arg === undefined) return 0;
  const number = toNumber(scalar(calls.evaluate(arg)));
  return isError(number) ? number : Math.trunc(number);
}

/**
 * INDEX(reference, row_num, [column_num]), the reference form: "Returns the reference of the cell at the intersection
 * of a particular row and column"; "If each area in reference contains only one row or column, the row_num or
 * column_num argument, respectively, is optional. For example, for a single row reference, use INDEX(reference,,
 * column_num)"; "If row_num or column_num is set to 0 (zero), INDEX returns the reference for the entire column or
 * row"; "row_num, column_num, and area_num must point to a cell within reference; otherwise, INDEX returns a #REF!
 * error" (https://support.microsoft.com/office/a5dcf0dd-996d-40a4-a822-b56b061328bd). As the array form does, a
 * one-row reference takes its one number as the column. The result is a reference, read here as the list of its
 * cells, so only the cell returned is calculated (as Excel does). Not modelled (they read #NAME?, as functions the
 * calculator does not know): area_num, and the array form over a typed array or a calculated one.
 */
export function index(args: readonly Ast[], calls: Calls): Value {
  const [arrayArg, rowArg, columnArg, areaArg] = args;
  if (arrayArg === undefined || rowArg === undefined) return err("#VALUE!");
  if (areaArg !== undefined) return err("#NAME?");
  const ref = calls.reference(arrayArg);
  if (ref === null) return err("#NAME?");
  if (isError(ref)) return ref;
  const { rowCount, columnCount } = ref.rect;
  let row = wholeArg(rowArg, calls);
  if (isError(row)) return row;
  let column = wholeArg(columnArg, calls);
  if (isError(column)) return column;
  if (columnArg === undefined) {
    if (rowCount === 1 && columnCount > 1) [row, column] = [1, row];
    else if (columnCount === 1) column = 1;
  }
  if (row < 0 || column < 0) return err("#VALUE!");
  if (row > rowCount || column > columnCount) return err("#REF!");
  const rect = {
    row: row === 0 ? ref.rect.row : ref.rect.row + row - 1,
    column: column === 0 ? ref.rect.column : ref.rect.column + column - 1,
    rowCount: row === 0 ? rowCount : 1,
    columnCount: column === 0 ? columnCount : 1,
  };
  return calls.read({ sheet: ref.sheet, rect });
}

/** Whether an item of the lookup array equals the lookup value for an exact match: same type; text without case, with wildcards. */
function exactlyEqual(lookup: number | string | boolean, item: CellItem): boolean {
  if (typeof lookup === "string") return typeof item === "string" && wildcardMatch(lookup, item);
  return item === lookup;
}

/**
 * MATCH(lookup_value, lookup_array, [match_type]): "searches for a specified item in a range of cells, and then
 * returns the relative position of that item in the range". With match_type 0 it "finds the first value that is
 * exactly equal to lookup_value. The values in the lookup_array argument can be in any order"; "MATCH does not
 * distinguish between uppercase and lowercase letters when matching text values"; "If MATCH is unsuccessful in
 * finding a match, it returns the #N/A error value"; "If match_type is 0 and lookup_value is a text string, you can
 * use the wildcard characters": ? any one character, * any run, ~ before a ? or * the character itself
 * (https://support.microsoft.com/office/e8dffd45-c762-47d6-bf89-533f4a37673a). A number matches only numbers and a
 * logical value only logical values (text that reads as a number is text); error values in the array are passed
 * over. lookup_array must be one row or one column (#N/A otherwise). Modelled choices: a blank lookup_value (the page
 * does not say) matches nothing, #N/A; match_type 1 and -1, which assume sorted data, are not modelled and read
 * #NAME?, as functions the calculator does not know.
 */
export function match(args: readonly Ast[], calls: Calls): Value {
  const [lookupArg, arrayArg, typeArg] = args;
  if (lookupArg === undefined || arrayArg === undefined || args.length > 3) return err("#VALUE!");
  const matchType = typeArg === undefined ? 1 : wholeArg(typeArg, calls);
  if (isError(matchType)) return matchType;
  if (matchType !== 0) return err("#NAME?");
  const lookup = scalar(calls.evaluate(lookupArg));
  if (isError(lookup)) return lookup;
  const ref = calls.reference(arrayArg);
  if (ref !== null && isError(ref)) return ref;
  if (ref !== null && ref.rect.rowCount > 1 && ref.rect.columnCount > 1) return err("#N/A");
  const array = ref === null ? calls.evaluate(arrayArg) : calls.read(ref);
  if (isError(array)) return array;
  if (lookup === null) return err("#N/A");
  const items: readonly CellItem[] = isList(array) ? array.list : [array];
  const position = items.findIndex((item) => exactlyEqual(lookup, item));
  return position < 0 ? err("#N/A") : position + 1;
}
