import { round2, roundTo, toCents } from "../../src/core/round";

describe("toCents(x) and round2(x): Excel's ROUND(x, 2), half away from zero", () => {
  it.each([
    [1.005, 101],
    [-0.125, -13],
    [0.125, 13],
    [2.675, 268],
    [1.015, 102],
    [0.045, 5],
    [-0.005, -1],
    [0.004999, 0],
    [98.2, 9820],
    [-0, 0],
    [0, 0],
    [123456.785, 12345679],
  ])("toCents(%p) is %p", (x, cents) => {
    expect(toCents(x)).toBe(cents);
    expect(round2(x)).toBe(cents / 100);
  });

  it("keeps binary floating point from changing a sum: 98.2 + 1.6 is 99.8", () => {
    expect(0.1 + 0.2).not.toBe(0.3); // the trap this module exists for
    expect(toCents(0.1 + 0.2)).toBe(30);
    expect(toCents(98.2 + 1.6)).toBe(toCents(99.8));
    expect(round2(98.2 + 1.6)).toBe(99.8);
  });

  it("makes 88.6 - 0.1 tie 88.5", () => {
    expect(1.1 + 2.2).not.toBe(3.3);
    expect(toCents(1.1 + 2.2)).toBe(toCents(3.3));
    expect(toCents(88.6 - 0.1)).toBe(toCents(88.5));
  });

  it("is symmetric around zero", () => {
    for (const x of [0.005, 1.125, 3.335, 7.7749, 99.995]) expect(toCents(-x)).toBe(-toCents(x));
  });

  it.each([NaN, Infinity, -Infinity])("refuses %p", (x) => {
    expect(() => toCents(x)).toThrow(RangeError);
    expect(() => round2(x)).toThrow(RangeError);
  });
});

describe("roundTo(x, digits)", () => {
  it("rounds half away from zero at any precision", () => {
    expect(roundTo(0.12345, 4)).toBe(0.1235);
    expect(roundTo(-0.12345, 4)).toBe(-0.1235);
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(1.005, 2)).toBe(round2(1.005));
  });

  it("refuses a non-finite number", () => {
    expect(() => roundTo(NaN, 2)).toThrow(RangeError);
  });
});
