import { fingerprintOf } from "../../src/workbook/fingerprint";

describe("fingerprintOf", () => {
  test("FNV-1a 32-bit: the empty input is the offset basis, and a known vector", () => {
    expect(fingerprintOf([])).toBe("811c9dc5");
    // FNV-1a 32 of "sa\u001f" computed by hand from the published algorithm (offset 2166136261, prime 16777619).
    let h = 0x811c9dc5;
    for (const c of "sa\u001f") h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
    expect(fingerprintOf(["a"])).toBe((h >>> 0).toString(16).padStart(8, "0"));
  });

  test("type matters: text 1, number 1 and TRUE differ", () => {
    const prints = new Set([fingerprintOf(["1"]), fingerprintOf([1]), fingerprintOf([true]), fingerprintOf(["TRUE"])]);
    expect(prints.size).toBe(4);
  });

  test("cell boundaries matter", () => {
    expect(fingerprintOf(["ab", "c"])).not.toBe(fingerprintOf(["a", "bc"]));
  });
});
