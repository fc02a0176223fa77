import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes, detectEncoding } from "./decode.js";
import { detectDelimiter } from "./delimiter.js";
import { importCsv } from "./import-csv.js";

const text = "单位,指标,期间,数值\n城东区,gdp,2024,1\n";

describe("encodings", () => {
  it("detects BOMs, UTF-8 and GB18030", () => {
    expect(detectEncoding(new TextEncoder().encode(text))).toBe("utf-8");
    expect(detectEncoding(new Uint8Array(iconv.encode(text, "gb18030")))).toBe("gb18030");
    expect(detectEncoding(new Uint8Array(iconv.encode(text, "utf16-be", { addBOM: true })))).toBe("utf-16be");
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toBe("utf-16le");
  });
  it("does not hold a character cut at the end of a sample against UTF-8", () => {
    const bytes = new TextEncoder().encode("单位");
    expect(detectEncoding(bytes.subarray(0, 4), false)).toBe("utf-8");
    expect(detectEncoding(bytes.subarray(0, 4), true)).toBe("gb18030");
  });
  it("decodes UTF-16 BE with its BOM removed", () => {
    expect(decodeBytes(new Uint8Array(iconv.encode(text, "utf16-be", { addBOM: true })))).toEqual({
      text,
      encoding: "utf-16be",
    });
  });
  it("honours a forced encoding and reports undecodable bytes", () => {
    const gbk = new Uint8Array(iconv.encode(text, "gbk"));
    expect(importCsv(gbk, { encoding: "GBK" }).observations[0]?.unit).toBe("城东区");
    expect(() => importCsv(gbk, { encoding: "utf-8", file: "x.csv" })).toThrow(
      expect.objectContaining({ code: "invalid_encoding", file: "x.csv" }),
    );
    expect(() => importCsv(gbk, { encoding: "klingon" })).toThrow(expect.objectContaining({ code: "invalid_option" }));
  });
  it("detects the delimiter outside quotes", () => {
    expect(detectDelimiter('a;b;"x,y,z"\n1;2;3')).toBe(";");
    expect(detectDelimiter("a\tb\tc")).toBe("\t");
    expect(detectDelimiter("abc")).toBe(",");
  });
});
