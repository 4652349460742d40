import type { StoreError } from "./contract-store";

/**
 * Excel failures turned into a StoreError of kind "excel" whose message says what the user can do.
 * Codes are those of OfficeExtension.Error (https://learn.microsoft.com/office/dev/add-ins/testing/
 * application-specific-api-error-handling) and of the payload limits in "Resource limits and performance
 * optimization for Office Add-ins".
 */
const ADVICE: Readonly<Record<string, string>> = {
  RequestPayloadSizeLimitExceeded:
    "the change is larger than Excel on the web accepts in one request (5 MB). Save fewer contracts at a time, or shorten the longest notes.",
  ResponsePayloadSizeLimitExceeded:
    "the tables are larger than Excel on the web can send in one response (5 MB). Move closed contracts or long notes to another workbook, or use Excel on the desktop.",
  AccessDenied: "the sheet or workbook is protected or read-only. Unprotect the sheet (Review > Unprotect Sheet) or open an editable copy, then try again.",
  InvalidOperationInCellEditMode: "a cell is being edited. Press Enter or Esc in the sheet, then try again.",
  ItemNotFound: "a table or sheet was removed while AIVM was working. Run Check workbook, then Set up to repair the tables.",
  ItemAlreadyExists: "a sheet or table with the same name already exists. Rename it, then run Set up again.",
  InsertDeleteConflict: "rows could not be inserted: something below the table is in the way. Move it, then try again.",
  NonBlankCellOffSheet: "rows could not be inserted without pushing data off the bottom of the sheet. Clear the cells below the table, then try again.",
  MergedRangeConflict: "merged cells or another table overlap the table. Unmerge or move them, then try again.",
  Conflict: "someone else changed the same cells at the same time. Reload and try again.",
};

const GENERIC = "Try again. If it keeps failing, save the workbook, close and reopen the AIVM pane, and try once more.";

function codeOf(error: unknown): string {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") return error.code;
  return "";
}

function detailOf(error: unknown): string {
  if (error instanceof Error && error.message !== "") return ` (Excel said: ${error.message})`;
  return "";
}

/** A StoreError for an Excel failure while `doing` (e.g. "save the contract"). */
export function excelFailure(error: unknown, doing: string): StoreError {
  const advice = ADVICE[codeOf(error)];
  const message = advice === undefined ? `Excel could not ${doing}. ${GENERIC}` : `Excel could not ${doing}: ${advice}`;
  return { kind: "excel", message: `${message}${detailOf(error)}` };
}

/**
 * A StoreError for an exception nothing expected (a bug, or the host failing underneath): shown like
 * any other error, never lost, and never a rejected promise the pane would have to catch.
 */
export function unexpectedFailure(thrown: unknown): StoreError {
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return { kind: "excel", message: `Unexpected failure: ${message}. ${GENERIC}` };
}
