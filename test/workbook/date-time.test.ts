import { isoDateTimeToSerial, serialToIsoDateTime } from "../../src/workbook/date-time";

describe("Updated: ISO UTC date-time <-> Excel serial", () => {
  test("noon on 1 January 2026 is serial 46023.5 (46023 per Excel's DATE(2026,1,1))", () => {
    expect(isoDateTimeToSerial("2026-01-01T12:00:00Z")).toBe(46023.5);
    expect(serialToIsoDateTime(46023.5)).toBe("2026-01-01T12:00:00Z");
  });

  test("round-trips to the second, milliseconds dropped", () => {
    const serial = isoDateTimeToSerial("2026-03-31T23:59:59.750Z");
    expect(serial).not.toBeNull();
    expect(serialToIsoDateTime(serial ?? 0)).toBe("2026-03-31T23:59:59Z");
  });

  test("a fraction that rounds up to midnight is the next day", () => {
    expect(serialToIsoDateTime(46023.9999999)).toBe("2026-01-02T00:00:00Z");
  });

  test("not a date-time: null", () => {
    expect(isoDateTimeToSerial("2026-01-01")).toBeNull();
    expect(isoDateTimeToSerial("2026-02-30T00:00:00Z")).toBeNull();
    expect(serialToIsoDateTime(-1)).toBeNull();
  });
});
