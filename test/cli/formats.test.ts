import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from "fs";
import path from "path";
import * as CFB from "cfb";
import { fill } from "../../src/core";
import { messagesFor } from "../../src/locales";
import { readWorkbookBytes } from "../../src/xlsx";
import { SAMPLE, runCli, tempDir } from "../support/cli-harness";
import { removeRecalculated, saveAsXls } from "../support/libreoffice";
import { partText, partsOf, realWorldWorkbook, zipParts } from "../support/packages";
import { main } from "../../src/cli/main";

jest.setTimeout(180_000);

const t = messagesFor("zh-CN").cli;
const zh = messagesFor("zh-CN").readErrors;
const en = messagesFor("en-US").readErrors;

/** An encrypted package, as Excel saves a workbook with a password to open. */
function encrypted(): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, "/EncryptionInfo", Uint8Array.of(4, 0, 4, 0, 0x40, 0, 0, 0));
  CFB.utils.cfb_add(
    cfb,
    "/EncryptedPackage",
    Uint8Array.from({ length: 600 }, (_, i) => i % 7)
  );
  return Uint8Array.from(CFB.write(cfb, { type: "array" }) as number[]);
}

async function runEnglish(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    { out: (l) => out.push(l), err: (l) => err.push(l) },
    {
      DUIBIAO_LANG: "en-US",
    }
  );
  return { code, out, err };
}

describe("duibiao analyze: .xlsm", () => {
  let dir: string;
  let input: string;
  beforeAll(() => {
    dir = tempDir();
    input = path.join(dir, "宏.xlsm");
    writeFileSync(input, realWorldWorkbook({ macro: true }));
  });

  it("writes an .xlsm with the VBA project kept", async () => {
    const out = path.join(dir, "结果.xlsm");
    const run = await runCli(["analyze", input, "--out", out]);
    expect(run.code).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    expect(readWorkbookBytes(bytes).format).toBe("xlsm");
    expect(Buffer.from(partsOf(bytes).get("xl/vbaProject.bin") as Uint8Array)).toEqual(
      Buffer.from(
        partsOf(new Uint8Array(readFileSync(input))).get("xl/vbaProject.bin") as Uint8Array
      )
    );
  });

  it("refuses an OUT named .xlsx for macro content: exit 2, naming .xlsm, nothing written", async () => {
    const out = path.join(dir, "结果.xlsx");
    const run = await runCli(["analyze", input, "--out", out]);
    expect(run.code).toBe(2);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toContain(t.usageError);
    expect(run.err[0]).toContain(t.kindXlsm);
    expect(run.err[0]).toContain(path.join(dir, "结果.xlsm"));
    expect(existsSync(out)).toBe(false);
  });

  it("refuses an OUT named .xlsm for a workbook without macros, naming .xlsx", async () => {
    const out = path.join(dir, "无宏.xlsm");
    const run = await runCli(["analyze", SAMPLE, "--out", out]);
    expect(run.code).toBe(2);
    expect(run.err[0]).toContain(t.usageError);
    expect(run.err[0]).toContain(path.join(dir, "无宏.xlsx"));
    expect(existsSync(out)).toBe(false);
  });

  it("refuses an OUT with no workbook extension", async () => {
    const out = path.join(dir, "结果.txt");
    const run = await runCli(["analyze", SAMPLE, "--out", out]);
    expect(run.code).toBe(2);
    expect(run.err[0]).toContain(".xlsx");
    expect(existsSync(out)).toBe(false);
  });
});

describe("duibiao analyze: .xls and WPS .et", () => {
  let dir: string;
  let xls: string;
  beforeAll(async () => {
    dir = tempDir();
    const saved = await saveAsXls(SAMPLE);
    xls = path.join(dir, "省里下发.xls");
    copyFileSync(saved, xls);
    removeRecalculated(saved);
  });

  it("writes OUT named .xls as .xlsx beside it, and says so", async () => {
    const out = path.join(dir, "结果.xls");
    const written = path.join(dir, "结果.xlsx");
    const run = await runCli(["analyze", xls, "--out", out, "--own", "安康"]);
    expect(run.code).toBe(0);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(written)).toBe(true);
    expect(run.out).toContain(
      t.converted.replace("{input}", xls).replace("{kind}", t.kindXls).replace("{file}", written)
    );
    expect(run.out[run.out.length - 1]).toContain(written);
    const book = readWorkbookBytes(new Uint8Array(readFileSync(written)));
    expect(book.format).toBe("xlsx");
    expect(book.sheets.map((s) => s.name).slice(0, 5)).toEqual([
      "说明",
      "二季度市级",
      "二季度县区",
      "三季度市级",
      "三季度县区",
    ]);
    expect(book.sheets.some((s) => s.name === "简报")).toBe(true);
  });

  it("takes a WPS .et the same way, naming it as such", async () => {
    const et = path.join(dir, "省里下发.et");
    copyFileSync(xls, et);
    const out = path.join(dir, "wps.xlsx");
    const run = await runCli(["analyze", et, "--out", out]);
    expect(run.code).toBe(0);
    expect(run.out.some((l) => l.includes(t.kindEt) && l.includes(out))).toBe(true);
    expect(readWorkbookBytes(new Uint8Array(readFileSync(out))).format).toBe("xlsx");
  });
});

describe("duibiao analyze: files it refuses with a reason", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });

  async function expectRefused(file: string, reason: string) {
    const before = readdirSync(dir).sort();
    const run = await runCli(["analyze", file, "--out", path.join(dir, "out.xlsx")]);
    expect(run.code).toBe(1);
    expect(run.err).toEqual([fill(reason, { file, where: "" })]);
    expect(readdirSync(dir).sort()).toEqual(before);
  }

  it("a workbook with a password to open, in Chinese and in English", async () => {
    const file = path.join(dir, "加密.xlsx");
    writeFileSync(file, encrypted());
    await expectRefused(file, zh.encrypted);
    expect(zh.encrypted).toContain("去掉工作簿密码");
    const english = await runEnglish(["analyze", file, "--out", path.join(dir, "out.xlsx")]);
    expect(english.code).toBe(1);
    expect(english.err).toEqual([fill(en.encrypted, { file, where: "" })]);
  });

  it("an Excel binary workbook (.xlsb)", async () => {
    const file = path.join(dir, "二进制.xlsb");
    writeFileSync(
      file,
      zipParts([
        [
          "[Content_Types].xml",
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>',
        ],
        [
          "_rels/.rels",
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
        ],
        ["xl/workbook.bin", Uint8Array.of(0x83, 1, 0)],
      ])
    );
    await expectRefused(file, zh.xlsb);
  });

  it("a workbook whose XML declares a DOCTYPE (entities)", async () => {
    const file = path.join(dir, "实体.xlsx");
    const parts = partsOf(realWorldWorkbook());
    const workbook = partText(realWorldWorkbook(), "xl/workbook.xml").replace(
      "\n<workbook",
      '\n<!DOCTYPE workbook [<!ENTITY a "aaaaaaaaaa">]>\n<workbook'
    );
    writeFileSync(
      file,
      zipParts(
        [...parts].map(([name, data]) => [name, name === "xl/workbook.xml" ? workbook : data])
      )
    );
    await expectRefused(file, zh.unsafeXml);
  });
});
