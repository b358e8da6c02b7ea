/**
 * @jest-environment node
 */
import { HostError } from "../../src/core/host";
import { messagesFor } from "../../src/locales";
import { webEnUS } from "../../src/locales/web.en-US";
import { webZhCN } from "../../src/locales/web.zh-CN";
import { refusal } from "../../src/web/refusal";
import { WorkerCrashError } from "../../src/web/workbook-client";
import { WorkbookFileError, tooLarge } from "../../src/xlsx/errors";

describe("what the page says of a file it cannot open", () => {
  it("words the reader's refusals as the command line does, the detail kept apart", () => {
    const error = new WorkbookFileError("encrypted", "EncryptionInfo stream present");
    const zh = refusal(error, "考核.xlsx", webZhCN, messagesFor("zh-CN"));
    expect(zh.text).toContain("「考核.xlsx」");
    expect(zh.text).toContain("密码");
    expect(zh.text).not.toContain("EncryptionInfo");
    expect(zh.detail).toContain("EncryptionInfo stream present");
    const en = refusal(error, "scores.xlsx", webEnUS, messagesFor("en-US"));
    expect(en.text).toContain("scores.xlsx");
    expect(en.text).toMatch(/password/i);
  });

  it("names the sheet of a cap that was passed, with its figures", () => {
    const error = tooLarge("sheetCells", 20_000_000, 16_777_216).within({ sheet: "三季度县区" });
    const { text } = refusal(error, "a.xlsx", webZhCN, messagesFor("zh-CN"));
    expect(text).toContain("三季度县区");
    expect(text).toContain("16,777,216");
  });

  it("tells a crashed worker and a host's refusal in plain words, their technical words as detail", () => {
    const crash = refusal(
      new WorkerCrashError("out of memory"),
      "a.xlsx",
      webZhCN,
      messagesFor("zh-CN")
    );
    expect(crash.text).toContain("「a.xlsx」");
    expect(crash.text).not.toContain("out of memory");
    expect(crash.detail).toBe("out of memory");
    const host = refusal(
      new HostError("tooLarge", "表太大", undefined, "rows 2000000 > 1048576"),
      "a.xlsx",
      webZhCN,
      messagesFor("zh-CN")
    );
    expect(host.text).toContain("表太大");
    expect(host.detail).toBe("rows 2000000 > 1048576");
  });

  it("never shows an unexpected error's own words, only under the detail", () => {
    const r = refusal(new TypeError("x is undefined"), "a.xlsx", webEnUS, messagesFor("en-US"));
    expect(r.text).not.toContain("x is undefined");
    expect(r.detail).toBe("TypeError: x is undefined");
  });
});
