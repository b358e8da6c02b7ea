import { crc32 } from "../../src/xlsx/crc32";

describe("crc32", () => {
  it("gives the check value of '123456789'", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });

  it("continues over pieces to the same value as the whole", () => {
    const data = Uint8Array.from({ length: 1001 }, (_, i) => (i * 31) % 256);
    expect(crc32(data.subarray(7), crc32(data.subarray(0, 7)))).toBe(crc32(data));
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});
