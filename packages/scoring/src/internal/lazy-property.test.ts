import { describe, expect, it } from "vitest";
import { lazyProperty } from "./lazy-property.js";

describe("lazyProperty", () => {
  it("builds once on first read, keeps the key order and serialises like an eager property", () => {
    let builds = 0;
    const o = { a: 1, b: [] as number[], c: 3 };
    lazyProperty(o, "b", () => {
      builds++;
      return [1, 2];
    });
    expect(builds).toBe(0);
    expect(Object.keys(o)).toEqual(["a", "b", "c"]);
    expect(JSON.stringify(o)).toBe('{"a":1,"b":[1,2],"c":3}');
    expect(o.b).toBe(o.b);
    expect(builds).toBe(1);
    expect(Object.getOwnPropertyDescriptor(o, "b")).toMatchObject({ value: [1, 2], writable: true, enumerable: true });
  });

  it("an assignment before the first read wins and nothing is built", () => {
    let builds = 0;
    const o = { b: [] as number[] };
    lazyProperty(o, "b", () => {
      builds++;
      return [1];
    });
    o.b = [9];
    expect(o.b).toEqual([9]);
    expect(builds).toBe(0);
    expect(structuredClone(o)).toEqual({ b: [9] });
  });
});
