/**
 * What a cell carries besides its content, as Excel keeps it in a cell format shared by many cells: the number
 * format, the quote prefix (text typed after an apostrophe), bold (RangeFont.bold) and data validation. Styles and validations are
 * interned, so the 50,000 cells of a formatted table column point at one object instead of holding copies; a cell
 * with the default style stores nothing at all.
 */

/** Comparison operators of a data-validation rule (Excel.DataValidationOperator). */
export type ValidationOperator =
  | "Between"
  | "NotBetween"
  | "EqualTo"
  | "NotEqualTo"
  | "GreaterThan"
  | "LessThan"
  | "GreaterThanOrEqualTo"
  | "LessThanOrEqualTo";

/** A comparison rule; bounds as Excel reads them back, string formulas ("=0", "=46023", "=Limits!$B$2"). */
export interface BasicRule {
  readonly type: "decimal" | "wholeNumber" | "date";
  readonly formula1: string;
  readonly formula2: string | null;
  readonly operator: ValidationOperator;
}

/** A list rule: a comma-separated list or a reference formula ("=Lists!$A$1:$A$6"). */
export interface ListRule {
  readonly type: "list";
  readonly inCellDropDown: boolean;
  readonly source: string;
}

export type ValidationRule = ListRule | BasicRule;

export interface ErrorAlert {
  readonly message: string;
  readonly showAlert: boolean;
  readonly style: "Stop" | "Warning" | "Information";
  readonly title: string;
}

export interface Prompt {
  readonly message: string;
  readonly showPrompt: boolean;
  readonly title: string;
}

/** A cell's data validation, each part set on its own through Range.dataValidation. */
export interface Validation {
  readonly rule: ValidationRule | null;
  readonly errorAlert: ErrorAlert;
  readonly prompt: Prompt;
  readonly ignoreBlanks: boolean;
}

/**
 * A new validation's parts: "showAlert ... The default is true", "The default [style] is Stop", "ignoreBlanks ...
 * Default is true" (Excel.DataValidationErrorAlert, Excel.DataValidationAlertStyle, Excel.DataValidation); a prompt
 * is not shown until one is set.
 */
export const NO_VALIDATION: Validation = {
  rule: null,
  errorAlert: { message: "", showAlert: true, style: "Stop", title: "" },
  prompt: { message: "", showPrompt: false, title: "" },
  ignoreBlanks: true,
};

export interface Style {
  readonly numberFormat: string;
  readonly quotePrefix: boolean;
  /** RangeFont.bold: "Represents the bold status of the font." */
  readonly bold: boolean;
  readonly validation: Validation | null;
}

export const DEFAULT_STYLE: Style = { numberFormat: "General", quotePrefix: false, bold: false, validation: null };

/** The workbook's interned styles and validations. */
export class StyleTable {
  private readonly validations = new Map<string, Validation>();
  private readonly validationIds = new Map<Validation, number>();
  private readonly styles = new Map<string, Style>([[this.key(DEFAULT_STYLE), DEFAULT_STYLE]]);

  private key(style: Style): string {
    const validation = style.validation === null ? "" : String(this.validationIds.get(style.validation));
    return `${style.numberFormat}\u0001${style.quotePrefix ? 1 : 0}\u0001${style.bold ? 1 : 0}\u0001${validation}`;
  }

  private validation(validation: Validation | null): Validation | null {
    if (validation === null) return null;
    const key = JSON.stringify(validation);
    const known = this.validations.get(key);
    if (known !== undefined) return known;
    this.validations.set(key, validation);
    this.validationIds.set(validation, this.validationIds.size + 1);
    return validation;
  }

  /** The interned style with these parts. */
  style(numberFormat: string, quotePrefix: boolean, validation: Validation | null, bold = false): Style {
    const candidate = { numberFormat, quotePrefix, bold, validation: this.validation(validation) };
    const key = this.key(candidate);
    const known = this.styles.get(key);
    if (known !== undefined) return known;
    this.styles.set(key, candidate);
    return candidate;
  }

  withFormat(style: Style, numberFormat: string): Style {
    return style.numberFormat === numberFormat ? style : this.style(numberFormat, style.quotePrefix, style.validation, style.bold);
  }

  withQuotePrefix(style: Style, quotePrefix: boolean): Style {
    return style.quotePrefix === quotePrefix ? style : this.style(style.numberFormat, quotePrefix, style.validation, style.bold);
  }

  withValidation(style: Style, validation: Validation | null): Style {
    return this.style(style.numberFormat, style.quotePrefix, validation, style.bold);
  }

  withBold(style: Style, bold: boolean): Style {
    return style.bold === bold ? style : this.style(style.numberFormat, style.quotePrefix, style.validation, bold);
  }
}
