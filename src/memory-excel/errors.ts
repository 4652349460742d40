/**
 * Errors shaped like OfficeExtension.Error (name "RichApi.Error", code, message, debugInfo), with the codes and
 * messages Excel documents in "Error handling with the application-specific JavaScript APIs"
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * PropertyNotLoaded and InvalidObjectPath use office.js's own strings (node_modules/@microsoft/office-js,
 * en-us/office_strings.js), since office.js raises them in the add-in, not in Excel.
 */
export type MemoryExcelErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidObjectPath"
  | "GeneralException"
  | "InsertDeleteConflict"
  | "MergedRangeConflict"
  | "NonBlankCellOffSheet"
  | "RangeExceedsLimit"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  /** Not an Excel code: office.js returns undefined here; the fake fails loudly instead (see README of the fake). */
  | "NullObjectProperty";

const MESSAGES: Record<MemoryExcelErrorCode, string> = {
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the " +
    'containing object and call "context.sync()" on the associated request context.',
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "The resource being created already exists.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidObjectPath:
    "The object path '{0}' isn't working for what you're trying to do. If you're using the object across multiple " +
    '"context.sync" calls and outside the sequential execution of a ".run" batch, please use the ' +
    '"context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  GeneralException: "There was an internal error while processing the request.",
  InsertDeleteConflict: "The insert or delete operation attempted resulted in a conflict.",
  MergedRangeConflict:
    "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, " +
    "merged cells, or an XML Map.",
  NonBlankCellOffSheet:
    "Microsoft Excel can't insert new cells because it would push non-empty cells off the end of the worksheet.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/' +
    'office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/' +
    'office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  NullObjectProperty:
    "The property '{0}' was read on a null object (isNullObject is true). office.js would return undefined; " +
    "the in-memory Excel fails instead. Check isNullObject before reading properties.",
};

/** Where the error happened and, for the fake, why (Excel's own debugInfo carries errorLocation and statement). */
export interface MemoryExcelDebugInfo {
  readonly code: MemoryExcelErrorCode;
  readonly message: string;
  readonly errorLocation?: string;
  /** The in-memory Excel's explanation of what it rejected; real Excel gives no such detail. */
  readonly detail?: string;
}

/** An error with the shape of OfficeExtension.Error, so `error.code === "ItemNotFound"` works on both hosts. */
export class MemoryExcelError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: MemoryExcelErrorCode;
  readonly debugInfo: MemoryExcelDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;
  readonly httpStatusCode: number;

  constructor(
    code: MemoryExcelErrorCode,
    options: { location?: string; detail?: string; argument?: string; message?: string } = {},
  ) {
    const message = options.message ?? MESSAGES[code].replace("{0}", options.argument ?? options.location ?? "");
    super(message);
    this.code = code;
    this.httpStatusCode = code === "GeneralException" ? 500 : 400;
    this.debugInfo = {
      code,
      message,
      ...(options.location === undefined ? {} : { errorLocation: options.location }),
      ...(options.detail === undefined ? {} : { detail: options.detail }),
    };
  }

  override toString(): string {
    return `${this.name}: ${this.message}`;
  }
}

/** PropertyNotLoaded as office.js builds it: errorLocation is "Entity.property". */
export function propertyNotLoaded(entity: string, property: string): MemoryExcelError {
  return new MemoryExcelError("PropertyNotLoaded", { argument: property, location: `${entity}.${property}` });
}

export function invalidArgument(location: string, detail: string): MemoryExcelError {
  return new MemoryExcelError("InvalidArgument", { location, detail });
}

export function itemNotFound(location: string, detail: string): MemoryExcelError {
  return new MemoryExcelError("ItemNotFound", { location, detail });
}
