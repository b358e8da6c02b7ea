import { outputExtension } from "../../src/xlsx";

describe("outputExtension", () => {
  it.each([
    ["xlsx", ".xlsx"],
    ["xlsm", ".xlsm"],
    ["xls", ".xlsx"],
    ["et", ".xlsx"],
  ] as const)("writes %s content as %s", (format, ext) => {
    expect(outputExtension(format)).toBe(ext);
  });
});
