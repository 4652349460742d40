import fc from "fast-check";
import { componentsFromArray, realisedValue, valueBridge, VALUE_COMPONENTS } from "../../src/domain/value-equation";
import { unwrap } from "./unwrap";

describe("realisedValue", () => {
  test("worked example: five benefits minus four costs", () => {
    // Benefits 500 + 200 + 150 + 100 + 50 = 1000; costs 300 + 80 + 40 + 30 = 450; 1000 - 450 = 550.
    const value = realisedValue(componentsFromArray([500, 200, 150, 100, 50, 300, 80, 40, 30]));
    expect(unwrap(value)).toBe(550);
  });

  test("a negative magnitude is a #NUM! error naming the component", () => {
    const result = realisedValue(componentsFromArray([100, 0, 0, 0, 0, -5]));
    expect(result).toEqual({ ok: false, error: { kind: "num", message: expect.stringContaining("lifecycleCost") } });
  });

  test("is additive: value(a + b) = value(a) + value(b)", () => {
    const amounts = fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 9, maxLength: 9 });
    fc.assert(
      fc.property(amounts, amounts, (a, b) => {
        const sum = a.map((x, i) => x + (b[i] ?? 0));
        const whole = unwrap(realisedValue(componentsFromArray(sum)));
        const parts = unwrap(realisedValue(componentsFromArray(a))) + unwrap(realisedValue(componentsFromArray(b)));
        return whole === parts; // integers below 2^53: exact
      }),
    );
  });
});

describe("valueBridge", () => {
  test("labels in REALISEDVALUE's argument order, costs negative, total last", () => {
    const rows = unwrap(valueBridge(componentsFromArray([10, 20, 30, 40, 50, 1, 2, 3, 4])));
    expect(rows).toEqual([
      ["Incremental revenue", 10],
      ["Protected earnings", 20],
      ["Released or redeployed capacity", 30],
      ["Avoided loss and exposure", 40],
      ["Strategic option value", 50],
      ["Full lifecycle cost", -1],
      ["Transition and organisational friction", -2],
      ["Quality, trust and risk failures", -3],
      ["Cannibalisation and second-order effects", -4],
      ["Realised AI value", 140], // 150 - 10
    ]);
    expect(VALUE_COMPONENTS).toHaveLength(9);
  });
});
