// README.md documents the tables as a public interface. Its column tables are checked against the field
// model they describe (src/domain/contract.ts, review.ts, ledger.ts, value-range.ts, loss-exposure.ts, settings.ts): same columns, same order, same kind, same
// requirement. A column added, renamed or retyped in one place and not the other fails here.
import { readFileSync } from "node:fs";
import path from "node:path";
import { CONTRACT_FIELDS } from "../src/domain/contract";
import type { Field } from "../src/domain/field-model";
import { LEDGER_FIELDS } from "../src/domain/ledger";
import { REVIEW_FIELDS } from "../src/domain/review";
import { SETTINGS_FIELDS } from "../src/domain/settings";
import { RANGE_FIELDS } from "../src/domain/value-range";
import { LOSS_EXPOSURE_FIELDS } from "../src/domain/loss-exposure";

const README = readFileSync(path.resolve(__dirname, "../README.md"), "utf8");

interface Row {
  readonly column: string;
  readonly kind: string;
  readonly meaning: string;
}

/** The rows of the first Markdown table after `heading`. */
function tableAfter(heading: string): Row[] {
  const start = README.indexOf(heading);
  if (start < 0) throw new Error(`README.md has no heading "${heading}"`);
  const lines = README.slice(start).split("\n");
  const first = lines.findIndex((line) => line.startsWith("| Column |"));
  const rows: Row[] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith("|")) break;
    const [column = "", kind = "", meaning = ""] = line.slice(1, -1).split("|").map((cell) => cell.trim());
    rows.push({ column, kind, meaning });
  }
  return rows;
}

/** The requirement as the README words it in a row's meaning. */
const requirement = (field: Field): string => (!("required" in field) ? "" : field.required === "always" ? "Required" : "Required past Draft");
const wordedRequirement = (meaning: string): string => (/\bRequired past Draft\b/.test(meaning) ? "Required past Draft" : /(^|\. )Required\b/.test(meaning) ? "Required" : "");

describe.each([
  ['### ValueContracts (sheet "Value Contracts")', CONTRACT_FIELDS],
  ['### ValueReviews (sheet "Value Reviews")', REVIEW_FIELDS],
  ['### ValueLedger (sheet "Value Ledger")', LEDGER_FIELDS],
  ['### ValueRanges (sheet "Value Ranges")', RANGE_FIELDS],
  ['### LossExposure (sheet "Loss Exposure")', LOSS_EXPOSURE_FIELDS],
  ['### AIVMSettings (sheet "AIVM Lists"', SETTINGS_FIELDS],
] as const)("README.md %s", (heading, fields: readonly Field[]) => {
  const rows = tableAfter(heading);

  test("lists every column of the field model, in order, with its kind", () => {
    expect(rows.map((row) => [row.column, row.kind])).toEqual(fields.map((field) => [field.header, field.kind]));
  });

  test("says which columns are required, and when", () => {
    expect(rows.map((row) => [row.column, wordedRequirement(row.meaning)])).toEqual(fields.map((field) => [field.header, requirement(field)]));
  });
});

test("the check fails when the README and the code disagree", () => {
  const swapped = [...CONTRACT_FIELDS.slice(1, 2), ...CONTRACT_FIELDS.slice(0, 1)].map((field) => [field.header, field.kind]);
  const rows = tableAfter('### ValueContracts (sheet "Value Contracts")').slice(0, 2);
  expect(rows.map((row) => [row.column, row.kind])).not.toEqual(swapped);
  expect(wordedRequirement("Set by Record review")).toBe("");
  expect(wordedRequirement("Unique key. Required")).toBe("Required");
  expect(wordedRequirement("The owner. Required past Draft")).toBe("Required past Draft");
});
