import { describe, expect, it } from "vitest";
import { excelSerialToIsoDate } from "./excel-date.js";
import { parsePeriod } from "./period.js";

describe("excelSerialToIsoDate", () => {
  // Reference values as Excel shows them (1900 date system): 1 = 1900-01-01, 59 = 1900-02-28,
  // 61 = 1900-03-01 (60 is Excel's phantom 1900-02-29), 45292 = 2024-01-01, 45413 = 2024-05-01.
  it.each([
    ["1", "1900-01-01"],
    ["59", "1900-02-28"],
    ["61", "1900-03-01"],
    ["36526", "2000-01-01"],
    ["45292", "2024-01-01"],
    ["45351", "2024-02-29"],
    ["45413", "2024-05-01"],
    ["45443.75", "2024-05-31"],
    ["2958465", "9999-12-31"],
  ])("%s → %s", (serial, iso) => {
    expect(excelSerialToIsoDate(serial)).toBe(iso);
  });
  it("supports the 1904 date system (0 = 1904-01-01; 43951 = 2024-05-01 = 45413 − 1462)", () => {
    expect(excelSerialToIsoDate(0, { date1904: true })).toBe("1904-01-01");
    expect(excelSerialToIsoDate("43951", { date1904: true })).toBe("2024-05-01");
  });
  it.each(["0", "60", "-1", "abc", "2958466", "1e5"])("rejects %j", (serial) => {
    expect(excelSerialToIsoDate(serial)).toBeUndefined();
  });
});

describe("parsePeriod", () => {
  it.each([
    ["2024", "2024"],
    ["２０２４年", "2024"],
    ["2024S1", "2024S1"],
    ["2024-S2", "2024S2"],
    ["2024H1", "2024S1"],
    ["2024年上半年", "2024S1"],
    ["2024年下半年", "2024S2"],
    ["2024Q3", "2024Q3"],
    ["2024-Q3", "2024Q3"],
    ["2024年第三季度", "2024Q3"],
    ["2024年3季度", "2024Q3"],
    ["2024-05", "2024-05"],
    ["2024-5", "2024-05"],
    ["2024/05", "2024-05"],
    ["2024年5月", "2024-05"],
    ["2024M05", "2024-05"],
  ])("%j → %j", (raw, id) => {
    expect(parsePeriod(raw)).toEqual({ id });
  });
  it("reads dates and Excel serials as their month, keeping the date", () => {
    expect(parsePeriod("2024-05-31")).toEqual({ id: "2024-05", fromDate: "2024-05-31" });
    expect(parsePeriod("45413")).toEqual({ id: "2024-05", fromDate: "2024-05-01" });
  });
  it.each(["", "24", "2024Q5", "2024-13", "2024-02-30", "2024S3", "abc"])("rejects %j", (raw) => {
    expect(parsePeriod(raw)).toBeUndefined();
  });
});
