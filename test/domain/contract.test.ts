import { blankContract, problemsOf, STATUS_AFTER_DECISION, ValueContract, ValueReview } from "../../src/domain/contract";
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
