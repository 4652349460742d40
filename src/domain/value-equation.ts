import { fail, ok, type Result } from "./result";

/**
 * The AI value equation: five benefits minus four costs. The order here is the order of every
 * 9-cell range the functions accept (REALISEDVALUE's arguments, VALUEBRIDGE, VALUERANGE).
 */
export const VALUE_COMPONENTS = [
  { key: "incrementalRevenue", label: "Incremental revenue", sign: 1 },
  { key: "protectedEarnings", label: "Protected earnings", sign: 1 },
  { key: "capacityValue", label: "Released or redeployed capacity", sign: 1 },
  { key: "avoidedLoss", label: "Avoided loss and exposure", sign: 1 },
  { key: "optionValue", label: "Strategic option value", sign: 1 },
  { key: "lifecycleCost", label: "Full lifecycle cost", sign: -1 },
  { key: "friction", label: "Transition and organisational friction", sign: -1 },
  { key: "riskFailures", label: "Quality, trust and risk failures", sign: -1 },
  { key: "cannibalisation", label: "Cannibalisation and second-order effects", sign: -1 },
] as const;

export type ValueComponentKey = (typeof VALUE_COMPONENTS)[number]["key"];

/** Nine magnitudes in VALUE_COMPONENTS order, each >= 0 in the workbook's currency. */
export type ValueComponents = Readonly<Record<ValueComponentKey, number>>;

export const REALISED_VALUE_LABEL = "Realised AI value";

/** Checks that every component is a finite magnitude >= 0; costs are entered positive and subtracted. */
export function checkComponents(components: ValueComponents): Result<ValueComponents> {
  for (const { key, label } of VALUE_COMPONENTS) {
    const amount = components[key];
    if (!Number.isFinite(amount)) return fail("value", `${key} (${label}) must be a number.`);
    if (amount < 0) {
      return fail("num", `${key} (${label}) must be 0 or more: enter costs as positive amounts, they are subtracted.`);
    }
  }
  return ok(components);
}

/** Realised AI value (currency) = the five benefits - the four costs, all magnitudes >= 0. */
export function realisedValue(components: ValueComponents): Result<number> {
  const checked = checkComponents(components);
  if (!checked.ok) return checked;
  return ok(sumSigned(components));
}

/** Sum of the signed components, no checks: the inner loop of the simulation. */
export function sumSigned(components: ValueComponents): number {
  let total = 0;
  for (const { key, sign } of VALUE_COMPONENTS) total += sign * components[key];
  return total;
}

/**
 * The value bridge for a waterfall chart: one [label, signed amount] row per component (benefits
 * positive, costs negative), then the realised value total. Amounts in the workbook's currency.
 */
export function valueBridge(components: ValueComponents): Result<Array<[string, number]>> {
  const checked = checkComponents(components);
  if (!checked.ok) return checked;
  const rows: Array<[string, number]> = VALUE_COMPONENTS.map(({ key, label, sign }) => [label, sign * components[key]]);
  rows.push([REALISED_VALUE_LABEL, sumSigned(components)]);
  return ok(rows);
}

/** Builds a components record from nine numbers in VALUE_COMPONENTS order (missing ones are 0). */
export function componentsFromArray(values: readonly number[]): ValueComponents {
  const [incrementalRevenue = 0, protectedEarnings = 0, capacityValue = 0, avoidedLoss = 0, optionValue = 0] = values;
  const [lifecycleCost = 0, friction = 0, riskFailures = 0, cannibalisation = 0] = values.slice(5);
  return {
    incrementalRevenue,
    protectedEarnings,
    capacityValue,
    avoidedLoss,
    optionValue,
    lifecycleCost,
    friction,
    riskFailures,
    cannibalisation,
  };
}
