import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { D, type Dec } from "./decimal.js";
import { make, operand, parts } from "./decimal-arbitraries.js";
import { DecimalColumn } from "./decimal-column.js";
import { DecimalRegister, load, toDec } from "./decimal-register.js";

const special = fc.constantFrom("0", "-0", "NaN", "Infinity", "-Infinity");
const entry = fc.oneof(
  { weight: 8, arbitrary: operand.map(make) },
  { weight: 1, arbitrary: special.map(make) },
  { weight: 1, arbitrary: fc.constant(null) },
);
const partsOrNull = (x: Dec | null) => (x === null ? null : parts(x));

describe("DecimalColumn", () => {
  it("get returns what was set, digit for digit (zeros, long, non-finite and null included)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(9), entry), { maxLength: 30 }), (writes) => {
        const col = new DecimalColumn(10);
        const model: (Dec | null)[] = new Array(10).fill(null);
        for (const [i, x] of writes) {
          col.set(i, x);
          model[i] = x;
        }
        for (let i = 0; i < 10; i++) {
          const got = col.get(i);
          expect(partsOrNull(got)).toEqual(partsOrNull(model[i] as Dec | null));
          expect(col.isNull(i)).toBe(model[i] === null);
          if (got !== null) {
            expect(got).toBeInstanceOf(D);
            expect(Object.keys(got)).toEqual(Object.keys(new D(1)));
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("stores registers and loads entries into registers without a Decimal", () => {
    fc.assert(
      fc.property(operand, (s) => {
        const x = make(s);
        const r = new DecimalRegister();
        fc.pre(load(r, x));
        const col = new DecimalColumn(2);
        col.setRegister(1, r);
        expect(parts(col.get(1) as Dec)).toEqual(parts(x));
        const back = new DecimalRegister();
        const inline = x.d.length <= 8;
        expect(col.loadInto(back, 1)).toBe(inline);
        if (inline) expect(parts(toDec(back))).toEqual(parts(x));
        expect(col.loadInto(back, 0)).toBe(false); // never set: null
      }),
      { numRuns: 1000 },
    );
    const col = new DecimalColumn(1);
    col.set(0, new D("-12.5"));
    expect(col.get(0)?.toString()).toBe("-12.5");
    col.set(0, new D(0)); // a zero is held, the inline entry is replaced
    expect(parts(col.get(0) as Dec)).toEqual(parts(new D(0)));
    col.set(0, null);
    expect(col.get(0)).toBeNull();
  });
});
