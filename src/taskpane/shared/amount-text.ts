import { formatAmountInput, parseAmount, type NumberSeparators } from "../../domain/money-parse";

/**
 * An amount field's text once the field is left: written out in full and grouped when it parses
 * ("250k" becomes "250,000"), exactly as typed when it does not, so the user's typing is never lost.
 */
export function tidyAmountText(text: string, separators: NumberSeparators): string {
  const parsed = parseAmount(text, separators);
  return parsed.ok && parsed.value !== null ? formatAmountInput(parsed.value, separators) : text;
}
