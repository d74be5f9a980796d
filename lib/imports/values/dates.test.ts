import { describe, expect, it } from "vitest";
import { detectDateFormat, parseDate } from "./dates";

describe("parseDate", () => {
  it("reads ISO dates and date-times, without a zone as UTC", () => {
    expect(parseDate("2018-12-31", "iso")?.toISOString()).toBe("2018-12-31T00:00:00.000Z");
    expect(parseDate("2014-12-22 14:37:00", "iso")?.toISOString()).toBe("2014-12-22T14:37:00.000Z");
    expect(parseDate("2020-01-02T03:04:05+02:00", "iso")?.toISOString()).toBe("2020-01-02T01:04:05.000Z");
    expect(parseDate("yesterday", "iso")).toBeNull();
  });
  it("reads slash and dotted dates by the column's format, refusing impossible days", () => {
    expect(parseDate("3/4/2020", "m/d/yyyy")?.toISOString()).toBe("2020-03-04T00:00:00.000Z");
    expect(parseDate("3/4/2020", "d/m/yyyy")?.toISOString()).toBe("2020-04-03T00:00:00.000Z");
    expect(parseDate("31.12.2019", "d.m.yyyy")?.toISOString()).toBe("2019-12-31T00:00:00.000Z");
    expect(parseDate("31.12.2019", "d/m/yyyy")).toBeNull();
    expect(parseDate("2/31/2020", "m/d/yyyy")).toBeNull();
    expect(parseDate("1/11/2017 5:17 PM", "m/d/yyyy")?.toISOString()).toBe("2017-01-11T17:17:00.000Z");
  });
  it("reads epoch seconds and milliseconds but not small numbers", () => {
    expect(parseDate("1577836800", "epoch_s")?.toISOString()).toBe("2020-01-01T00:00:00.000Z");
    expect(parseDate("1577836800000", "epoch_ms")?.toISOString()).toBe("2020-01-01T00:00:00.000Z");
    expect(parseDate("12", "epoch_s")).toBeNull();
  });
});

describe("detectDateFormat", () => {
  it("lets a day above 12 decide between m/d and d/m", () => {
    expect(detectDateFormat(["1/2/2020", "3/4/2020", "12/25/2020"])?.format).toBe("m/d/yyyy");
    expect(detectDateFormat(["1/2/2020", "25/12/2020", "13/1/2021"])?.format).toBe("d/m/yyyy");
    expect(detectDateFormat(["2018-12-31", "2018-01-01"])?.format).toBe("iso");
    expect(detectDateFormat(["1", "0", "1"])).toBeNull();
    expect(detectDateFormat(["hello", "world", "2018-01-01"])).toBeNull();
  });
});
