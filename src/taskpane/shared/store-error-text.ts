import type { StoreError } from "../../workbook/contract-store";

/** A heading and what the user can do about a store error, in plain words. */
export interface StoreErrorText {
  readonly title: string;
  readonly advice: string;
}

export function storeErrorText(error: StoreError): StoreErrorText {
  switch (error.kind) {
    case "not-set-up":
      return { title: "No contract tables yet", advice: "Open Setup to create the tables, then add a contract or insert the samples." };
    case "layout":
      return { title: "The table layout is damaged", advice: "Open Setup and choose Repair: it adds what is missing without moving your data." };
    case "invalid":
      return { title: "Some fields need attention", advice: "Correct the fields listed and save again." };
    case "duplicate":
      return { title: "That ID is already used", advice: "Give this record another ID, or open the existing one." };
    case "not-found":
      return { title: "Contract not found", advice: "It may have been deleted or its ID changed in the sheet. Go back to the portfolio to reload it." };
    case "conflict":
      return { title: "Changed by someone else", advice: "The row changed since you opened it (a co-author or an edit in the sheet). Reload it to see the current version." };
    case "excel":
      return { title: "Excel refused the request", advice: "Try again. If it keeps failing, check that the sheet is not protected, then reopen the workbook." };
  }
}
