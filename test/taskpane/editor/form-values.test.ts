import { blankContract, ValueContract } from "../../../src/domain/contract";
import { DEFAULT_SEPARATORS } from "../../../src/domain/money-parse";
import { checkForm, committedText, CONTRACT_FIELDS, CONTRACT_SECTIONS, contractForFigures, firstInvalid, isChanged, missingFields, valuesFromRecord } from "../../../src/taskpane/editor/contract-form";

const meta = { version: 1, updated: null };
const seps = DEFAULT_SEPARATORS;
const spec = (key: string) => {
  const found = CONTRACT_FIELDS.find((field) => field.key === key);
  if (!found) throw new Error(`no field ${key}`);
  return found;
};

describe("the editor's field list", () => {
  test("covers every field of the schema except what the store keeps (Version, Updated), once", () => {
    const schemaFields = Object.keys(ValueContract.shape).filter((key) => key !== "version" && key !== "updated");
    expect(CONTRACT_FIELDS.map((field) => field.key).sort()).toEqual(schemaFields.sort());
  });

  test("follows the parts of a value contract, each with a hint of what a good answer looks like", () => {
    expect(CONTRACT_SECTIONS.map((section) => section.title)).toEqual([
      "Outcome",
      "Baseline and counterfactual",
      "Owner",
      "Mechanism",
      "Capture decision",
      "Full economic cost",
      "Value components",
      "Evidence",
      "Risk boundary",
      "Scale and stop conditions",
      "Review cadence",
    ]);
    for (const field of CONTRACT_FIELDS) expect(field.form.hint.length).toBeGreaterThan(30);
    expect(CONTRACT_SECTIONS.find((section) => section.id === "cost")?.fields).toHaveLength(8);
  });
});

describe("form text and the contract", () => {
  test("a contract reads back from its own form text unchanged", () => {
    const contract: ValueContract = { ...blankContract("VC-0003"), title: "Claims", status: "Draft", technologyCost: 1234.5, baseline: -3.25, lastReview: "2026-01-31" };
    const values = valuesFromRecord(contract, seps);
    expect(values.technologyCost).toBe("1,234.50");
    expect(values.baseline).toBe("-3.25");
    expect(checkForm(values, meta, seps).contract).toEqual(contract);
  });

  test("an amount that does not parse keeps its text and says what is accepted", () => {
    const values = { ...valuesFromRecord(blankContract("VC-1"), seps), title: "T", dataCost: "12,34" };
    const check = checkForm(values, meta, seps);
    expect(check.contract).toBeNull();
    expect(check.errors.dataCost).toBe("Data cost must be a number, such as 1,234.50, 250k, 1.2m or (1,000).");
    expect(values.dataCost).toBe("12,34");
    expect(committedText("dataCost", "12,34", seps)).toBe("12,34");
    expect(committedText("dataCost", "1.2m", seps)).toBe("1,200,000");
    expect(committedText("title", "1.2m", seps)).toBe("1.2m");
  });

  test("the schema's own messages reach the field: negative cost, missing title, live contract without owner", () => {
    const values = { ...valuesFromRecord(blankContract("VC-1"), seps), status: "Active", dataCost: "(1,000)" };
    const { errors } = checkForm(values, meta, seps);
    expect(errors.title).toBe("Title is required.");
    expect(errors.dataCost).toBe("Data cost must be 0 or more: enter costs and benefits as positive amounts.");
    expect(errors.owner).toMatch(/^Accountable owner is required for an Active contract/);
    expect(firstInvalid(errors)).toBe("title");
  });

  test("figures follow whatever can be read while other fields are invalid", () => {
    const values = { ...valuesFromRecord(blankContract("VC-1"), seps), title: "", status: "Active", technologyCost: "250k", dataCost: "oops", capacityValue: "1m" };
    const contract = contractForFigures(values, meta, seps);
    expect(contract.technologyCost).toBe(250_000);
    expect(contract.dataCost).toBeNull();
    expect(contract.capacityValue).toBe(1_000_000);
  });

  test("the draft of an invalid row shows as found: text in a number column stays text", () => {
    const values = valuesFromRecord({ id: "VC-9", title: "Row", status: "Actve", baseline: "about 40", dataCost: 5000 }, seps);
    expect(values.baseline).toBe("about 40");
    expect(values.status).toBe("Actve");
    expect(values.dataCost).toBe("5,000");
    const { errors } = checkForm(values, meta, seps);
    expect(errors.baseline).toMatch(/^Baseline must be a number/);
    expect(errors.status).toMatch(/^Status must be one of: Draft; Active/);
  });

  test("the fields a live status still needs are the ones the schema says are required for it", () => {
    const values = { ...valuesFromRecord(blankContract("VC-1"), seps), title: "Row", status: "Paused", owner: "   ", evidenceLevel: "Technical" };
    const { errors } = checkForm(values, meta, seps);
    const required = Object.entries(errors).filter(([, message]) => message?.endsWith("is required for a Paused contract.")).map(([key]) => key);
    expect(missingFields(values).map((field) => field.key)).toEqual(required);
    expect(required).toEqual(["outcome", "owner", "mechanism", "captureDecision", "reviewCadence"]);
    expect(missingFields({ ...values, status: "Draft" })).toEqual([]);
    expect(missingFields({ ...values, status: "Actve" })).toEqual([]);
    // Contract ID and Title are required whatever the status.
    expect(missingFields({ ...values, status: "Draft", id: " ", title: "" }).map((field) => field.key)).toEqual(["title", "id"]);
  });

  test("a change is a difference in text from what was loaded", () => {
    const initial = valuesFromRecord(blankContract("VC-1"), seps);
    expect(isChanged(initial, initial)).toBe(false);
    expect(isChanged({ ...initial, title: "x" }, initial)).toBe(true);
  });
});
