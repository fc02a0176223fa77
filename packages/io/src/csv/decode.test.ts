import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { createDecoder, decodeBytes, detectEncoding } from "./decode.js";
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
  it("removes a GB18030 BOM (84 31 95 33) and keeps a U+FEFF after the first character", () => {
    const withBom = new Uint8Array([0x84, 0x31, 0x95, 0x33, ...iconv.encode("单位", "gb18030")]);
    expect(decodeBytes(withBom, "gb18030")).toEqual({ text: "单位", encoding: "gb18030" });
    const inner = new Uint8Array([0x61, 0x84, 0x31, 0x95, 0x33]);
    expect(decodeBytes(inner, "gb18030").text).toBe("a\uFEFF");
    // UTF-8: TextDecoder removes the first BOM only; a second one is content
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61])).text).toBe("\uFEFFa");
  });
  it("decodes other WHATWG encodings when forced: Big5, Shift_JIS, UTF-16 LE without BOM", () => {
    // 臺北 in Big5 is BB 4F A5 5F; 東京 in Shift_JIS is 93 8C 8B 9E; 位 is U+4F4D (UTF-16 LE: 4D 4F)
    expect(decodeBytes(new Uint8Array([0xbb, 0x4f, 0xa5, 0x5f]), "Big5")).toEqual({ text: "臺北", encoding: "big5" });
    expect(decodeBytes(new Uint8Array([0x93, 0x8c, 0x8b, 0x9e]), "shift_jis")).toEqual({
      text: "東京",
      encoding: "shift_jis",
    });
    expect(decodeBytes(new Uint8Array([0x61, 0x00, 0x4d, 0x4f]), "UCS2").text).toBe("a位");
    expect(() => decodeBytes(new Uint8Array([0x61]), "")).toThrow(expect.objectContaining({ code: "invalid_option" }));
  });
  it("decodes GB18030 and UTF-16 the way iconv-lite does, however the bytes are chunked (property)", () => {
    // iconv-lite (the decoder used before TextDecoder) is the independent reference encoder/decoder here
    const text = fc.string({ unit: "grapheme", maxLength: 40 }).map((t) => t.replace(/^\uFEFF/u, ""));
    fc.assert(
      fc.property(
        text,
        fc.constantFrom("gb18030", "utf-16le", "utf-16be"),
        fc.array(fc.nat({ max: 200 }), { maxLength: 8 }),
        (t, encoding, cuts) => {
          const bytes = new Uint8Array(iconv.encode(t, encoding));
          const decoder = createDecoder(encoding, "x.csv");
          let out = "";
          let start = 0;
          for (const cut of [...cuts].sort((a, b) => a - b)) {
            if (cut <= start || cut >= bytes.length) continue;
            out += decoder.write(bytes.subarray(start, cut));
            start = cut;
          }
          out += decoder.write(bytes.subarray(start)) + decoder.end();
          expect(out).toBe(iconv.decode(Buffer.from(bytes), encoding));
          expect(out).toBe(t);
        },
      ),
      { numRuns: 200 },
    );
  });
  it("reports invalid UTF-8 cut between chunks at the end, as an ImportError with the file", () => {
    const decoder = createDecoder("utf-8", "cut.csv");
    expect(decoder.write(new Uint8Array([0x61, 0xe5, 0x8d]))).toBe("a");
    expect(() => decoder.end()).toThrow(expect.objectContaining({ code: "invalid_encoding", file: "cut.csv" }));
  });
  it("detects the delimiter outside quotes", () => {
    expect(detectDelimiter('a;b;"x,y,z"\n1;2;3')).toBe(";");
    expect(detectDelimiter("a\tb\tc")).toBe("\t");
    expect(detectDelimiter("abc")).toBe(",");
  });
});
