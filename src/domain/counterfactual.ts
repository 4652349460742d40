import { fail, ok, type Result } from "./result";

/**
 * Value against the counterfactual: what happens with the intervention compared with what would have
 * happened without it. Two single-point measures: captured capacity and avoided expected loss.
 */

function magnitude(value: number, name: string, expects = "0 or more"): Result<number> {
  if (!Number.isFinite(value)) return fail("num", `${name} must be a finite number, ${expects}.`);
  if (value < 0) return fail("num", `${name} must be ${expects}; it is ${value}.`);
  return ok(value);
}

/**
 * Money value of released capacity that management actually captured, in the workbook's currency:
 * hoursReleased (hours, >= 0) x valuePerHour (currency per hour, >= 0) x captureRate (fraction in
 * [0, 1], 0.6 = 60%). Released hours are only potential value until a capture decision (avoid
 * recruitment, serve more customers, redeploy people) turns a share of them into money.
 */
export function capturedValue(hoursReleased: number, valuePerHour: number, captureRate: number): Result<number> {
  const checks = [
    magnitude(hoursReleased, "hoursReleased"),
    magnitude(valuePerHour, "valuePerHour"),
    magnitude(captureRate, "captureRate", "from 0 to 1 (60% = 0.6)"),
  ];
  for (const check of checks) if (!check.ok) return check;
  if (captureRate > 1) return fail("num", `captureRate must be from 0 to 1 (60% = 0.6); it is ${captureRate}.`);
  return finite(hoursReleased * valuePerHour * captureRate);
}

/**
 * Expected loss avoided per period, in the workbook's currency: likelihoodWithout x impactWithout -
 * likelihoodWith x impactWith. Likelihood is expected loss events per period (a probability when at
 * most one event can happen), >= 0; impact is currency per event, >= 0. impactWith defaults to
 * impactWithout (the intervention changes only how often losses happen). Negative when the
 * intervention adds exposure.
 */
export function avoidedLoss(likelihoodWithout: number, impactWithout: number, likelihoodWith: number, impactWith: number = impactWithout): Result<number> {
  const checks = [
    magnitude(likelihoodWithout, "likelihoodWithout"),
    magnitude(impactWithout, "impactWithout"),
    magnitude(likelihoodWith, "likelihoodWith"),
    magnitude(impactWith, "impactWith"),
  ];
  for (const check of checks) if (!check.ok) return check;
  return finite(likelihoodWithout * impactWithout - likelihoodWith * impactWith);
}

function finite(value: number): Result<number> {
  return Number.isFinite(value) ? ok(value) : fail("num", "The result is too large to calculate: check the size of the inputs.");
}
