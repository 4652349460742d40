import type { Validation, ValidationOperator } from "../memory-excel/styles";
import { xmlText } from "./xml";

/**
 * Data validation between the in-memory Excel's rules (Range.dataValidation's names) and CT_DataValidation
 * (ECMA-376 Part 1 §18.3.1.32): ST_DataValidationType (§18.18.21), ST_DataValidationOperator (§18.18.20),
 * ST_DataValidationErrorStyle (§18.18.18). Bounds and list sources are formulas without "=" in the file.
 * showDropDown="1" HIDES the in-cell dropdown (the attribute's name says the opposite of what it does).
 */

const OPERATORS: Readonly<Record<ValidationOperator, string>> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
};

const TYPES = { list: "list", decimal: "decimal", wholeNumber: "whole", date: "date" } as const;
const STYLES = { Stop: "stop", Warning: "warning", Information: "information" } as const;

const formula = (text: string): string => xmlText(text.startsWith("=") ? text.slice(1) : text);

/** One <dataValidation> over `sqref` (space-separated ranges). */
export function validationElement(validation: Validation, sqref: string): string {
  const { rule, errorAlert, prompt, ignoreBlanks } = validation;
  const attributes: string[] = [];
  let children = "";
  if (rule !== null) {
    attributes.push(`type="${TYPES[rule.type]}"`);
    if (rule.type === "list") {
      // A typed list is a quoted string of comma-separated items; a source starting with "=" is a reference.
      const source = rule.source.startsWith("=") ? formula(rule.source) : xmlText(`"${rule.source.replace(/"/g, '""')}"`);
      if (!rule.inCellDropDown) attributes.push('showDropDown="1"');
      children = `<formula1>${source}</formula1>`;
    } else {
      if (rule.operator !== "Between") attributes.push(`operator="${OPERATORS[rule.operator]}"`);
      children = `<formula1>${formula(rule.formula1)}</formula1>` + (rule.formula2 === null ? "" : `<formula2>${formula(rule.formula2)}</formula2>`);
    }
  }
  if (errorAlert.style !== "Stop") attributes.push(`errorStyle="${STYLES[errorAlert.style]}"`);
  if (ignoreBlanks) attributes.push('allowBlank="1"');
  if (prompt.showPrompt) attributes.push('showInputMessage="1"');
  if (errorAlert.showAlert) attributes.push('showErrorMessage="1"');
  if (errorAlert.title !== "") attributes.push(`errorTitle="${xmlText(errorAlert.title)}"`);
  if (errorAlert.message !== "") attributes.push(`error="${xmlText(errorAlert.message)}"`);
  if (prompt.title !== "") attributes.push(`promptTitle="${xmlText(prompt.title)}"`);
  if (prompt.message !== "") attributes.push(`prompt="${xmlText(prompt.message)}"`);
  attributes.push(`sqref="${sqref}"`);
  return `<dataValidation ${attributes.join(" ")}>${children}</dataValidation>`;
}
