import { z } from "zod";
import { blankContract, CONTRACT_FIELDS, CONTRACT_SECTIONS, EDITABLE_FIELDS, NewContract, problemsOf, REQUIRED_WHEN_LIVE, ValueContract } from "../../src/domain/contract";
import { STATUS_AFTER_DECISION, ValueReview } from "../../src/domain/review";
import { expandReview } from "./review-fixture";

const draft = { ...blankContract("VC-0001"), title: "Claims triage assistant" };

describe("ValueContract", () => {
  test("a Draft needs only its ID, title and status", () => {
    expect(ValueContract.safeParse(draft).success).toBe(true);
  });

  test("an Active contract names every missing required field, each on its own field and only itself", () => {
    const result = ValueContract.safeParse({ ...draft, status: "Active", owner: "  ", evidenceLevel: "Operational" });
    expect(result.success).toBe(false);
    if (result.success) return;
    const problems = problemsOf(result.error);
    expect(problems.map((p) => p.field)).toEqual(["outcome", "owner", "mechanism", "captureDecision", "reviewCadence"]);
    expect(problems[0]?.message).toBe("Enterprise outcome is required for an Active contract.");
    expect(problems[1]?.message).toBe("Accountable owner is required for an Active contract.");
  });

  test("a complete Active contract parses", () => {
    const active = {
      ...draft,
      status: "Active",
      outcome: "Lower cost to serve in claims",
      owner: "Head of Claims",
      mechanism: "Assistant drafts first responses",
      captureDecision: "Avoid planned recruitment",
      evidenceLevel: "Operational",
      reviewCadence: "Quarterly",
    };
    expect(ValueContract.parse(active)).toEqual(active);
  });

  test("amounts are magnitudes, lists are closed, dates are real dates", () => {
    const result = ValueContract.safeParse({ ...draft, technologyCost: -1, mandate: "Grow", lastReview: "2026-02-30" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(problemsOf(result.error)).toEqual([
      { field: "mandate", message: expect.stringContaining("Mandate must be one of: Grow revenue;") },
      { field: "technologyCost", message: "Technology cost must be 0 or more: enter costs and benefits as positive amounts." },
      { field: "lastReview", message: "Last review must be a date (yyyy-mm-dd)." },
    ]);
  });

  test("a cell's length counts UTF-16 units, as Excel does: 16,384 emoji are 32,768 units, one too many", () => {
    // Excel specifications and limits: 32,767 characters per cell; JavaScript and Excel both count an emoji as 2.
    const result = ValueContract.safeParse({ ...draft, evidenceNotes: "\u{1F600}".repeat(16384) });
    expect(problemsOf(result.error ?? new z.ZodError([]))).toEqual([
      { field: "evidenceNotes", message: "Evidence notes is 32,768 characters long; an Excel cell holds at most 32,767 (an emoji counts as 2)." },
    ]);
    expect(ValueContract.safeParse({ ...draft, evidenceNotes: `${"\u{1F600}".repeat(16383)}x` }).success).toBe(true);
  });

  test("a date Excel cannot hold (before 1900) is refused, not stored as text", () => {
    const result = ValueContract.safeParse({ ...draft, lastReview: "0001-01-01" });
    expect(problemsOf(result.error ?? new z.ZodError([]))).toEqual([{ field: "lastReview", message: "Last review must be a date Excel can hold, from 1900-01-01 to 9999-12-31." }]);
    expect(ValueContract.safeParse({ ...draft, lastReview: "1900-01-01" }).success).toBe(true);
  });

  test("text longer than an Excel cell holds is refused", () => {
    expect(ValueContract.safeParse({ ...draft, controls: "x".repeat(32768) }).success).toBe(false);
    expect(ValueContract.safeParse({ ...draft, controls: "x".repeat(32767) }).success).toBe(true);
  });
});

describe("ValueReview", () => {
  test("a review needs a date, reviewer, evidence level and decision", () => {
    const review = expandReview();
    expect(ValueReview.parse(review)).toEqual(review);
    expect(ValueReview.safeParse({ ...review, reviewer: " " }).success).toBe(false);
  });

  test("Expand, Redesign, Pause and Terminate move the contract's status; Continue does not", () => {
    expect(STATUS_AFTER_DECISION).toEqual({
      Continue: null,
      Expand: "Expanding",
      Redesign: "Redesigning",
      Pause: "Paused",
      Terminate: "Terminated",
    });
  });
});

describe("the field model (each field declared once)", () => {
  test("every field the editor shows is in exactly one section, and every section field has a form", () => {
    const inSections = CONTRACT_SECTIONS.flatMap((section) => [...section.fields]);
    expect([...inSections].sort()).toEqual(EDITABLE_FIELDS.map((field) => field.key).sort());
    expect(new Set(inSections).size).toBe(inSections.length);
  });

  test("Version and Updated are kept by the store, never in a form; calculated columns are not in the record", () => {
    const formless = CONTRACT_FIELDS.filter((field) => !("form" in field)).map((field) => field.key);
    expect(formless).toEqual(["lifecycleCost", "plannedValue", "realisedToDate", "evidencedToDate", "varianceToDate", "valueClass", "nextReview", "version", "updated"]);
    expect(Object.keys(blankContract("x"))).toEqual(CONTRACT_FIELDS.filter((field) => field.kind !== "calculated").map((field) => field.key));
  });

  test("the blank contract is a Draft with blanks as the schema reads them", () => {
    const blank = blankContract("VC-0001");
    expect(blank).toMatchObject({ id: "VC-0001", title: "", status: "Draft", valueChain: null, technologyCost: null, lastReview: null, version: 1, updated: null });
    // A blank Draft lacks only its title.
    expect(problemsOf(ValueContract.safeParse(blank).error ?? new z.ZodError([]))).toEqual([{ field: "title", message: "Title is required." }]);
  });

  test("the required-when-live fields are the ones declared so", () => {
    expect(REQUIRED_WHEN_LIVE).toEqual(["outcome", "owner", "mechanism", "captureDecision", "evidenceLevel", "reviewCadence"]);
  });

  test("a new contract may leave its Contract ID blank for the store to give; a stored one may not", () => {
    expect(NewContract.safeParse({ ...draft, id: "" }).success).toBe(true);
    expect(NewContract.safeParse({ ...draft, id: "x".repeat(41) }).success).toBe(false);
    expect(problemsOf(ValueContract.safeParse({ ...draft, id: " " }).error ?? new z.ZodError([]))).toEqual([{ field: "id", message: "Contract ID is required." }]);
  });

  test("messages name a field by its header, the label the pane shows", () => {
    const result = ValueReview.safeParse({ ...expandReview(), realisedToDate: "lots", id: "x".repeat(41) });
    expect(problemsOf(result.error ?? new z.ZodError([]))).toEqual([
      { field: "id", message: "Review ID must be at most 40 characters." },
      { field: "realisedToDate", message: "Realised to date must be a number." },
    ]);
  });
});
