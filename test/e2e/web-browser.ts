import * as CFB from "cfb";
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { EngineResult, UnitResult, cellAddress, runEngine } from "../../src/core";
import { Locale, messagesFor } from "../../src/locales";
import {
  WorkbookRead,
  describeReadError,
  readWorkbookBytes,
  writeWorkbookBytes,
} from "../../src/xlsx";
import { partsOf } from "../support/packages";

/**
 * What the web page's suites (Chromium and Firefox) share: where the built page is, the files
 * they open, and the expected results, computed by the engine in this process, never copied.
 */

/** Set by the global setup: the page served over http, and its folder for file://. */
export const WEB_URL_VARIABLE = "DUIBIAO_WEB_URL";
export const WEB_DIR_VARIABLE = "DUIBIAO_WEB_DIR";

export const ROOT = path.join(__dirname, "..", "..");
export const SAMPLE = path.join(ROOT, "assets", "sample-shaanxi-2017.xlsx");
export const SETTINGS = { ownUnit: "安康", benchmarks: ["汉中", "商洛", "平利"] } as const;
export const RESULTS = path.join(ROOT, "test-results", "e2e");

/** The page's address: over http (an intranet server) or from its folder (file://). */
export function webUrl(how: "http" | "file", query = ""): string {
  if (how === "http") {
    const base = process.env[WEB_URL_VARIABLE];
    if (!base)
      throw new Error(`${WEB_URL_VARIABLE} is not set: run with jest -c jest.e2e.config.js`);
    return `${base}${query}`;
  }
  const dir = process.env[WEB_DIR_VARIABLE];
  if (!dir) throw new Error(`${WEB_DIR_VARIABLE} is not set: run with jest -c jest.e2e.config.js`);
  return `file://${path.join(dir, "index.html")}${query}`;
}

/** axe-core 4 (jest-axe's; the top-level copy is an old 3.x that @types/jest-axe pulls in). */
export const AXE = require.resolve("axe-core/axe.min.js", {
  paths: [path.dirname(require.resolve("jest-axe/package.json"))],
});

/**
 * What axe checks: the whole page but Fluent UI's focus guards — `<i tabindex=0 aria-hidden>`
 * elements its focus manager (tabster) puts around tab lists and tag groups to pass focus on;
 * they never keep focus, which axe's aria-hidden-focus rule cannot know.
 */
export const AXE_CONTEXT = { exclude: [["[data-tabster-dummy]"]] };

/** A request the page made, and whether it left the page (blob: and data: are its own memory). */
export function isNetwork(url: string): boolean {
  return !/^(blob|data):/.test(url);
}

export interface Expected {
  readonly book: WorkbookRead;
  readonly input: Uint8Array;
  readonly result: EngineResult;
}

/** The engine on a file, as the page runs it with these settings. */
export function expected(
  file: string,
  settings: { ownUnit?: string; benchmarks?: readonly string[] } = SETTINGS,
  locale: Locale = "zh-CN"
): Expected {
  const input = readFileSync(file);
  const book = readWorkbookBytes(input, { fileName: path.basename(file) });
  return { book, input, result: runEngine(book.sheets, { ...settings, locale }) };
}

/** Where a unit's rank and total are on its ranking sheet, by the engine's own layout. */
export function place(result: EngineResult, sheet: string, name: string) {
  const i = result.analyses.findIndex((a) => a.table.sheet === sheet);
  const { layout, plan } = result.rankingSheets[i];
  const unit = result.analyses[i].units.find((u) => u.unit.name === name) as UnitResult;
  const row = layout.rowOf.get(unit.unit) as number;
  return {
    outputSheet: plan.name,
    rank: cellAddress(row, layout.col.rank),
    total: cellAddress(row, layout.col.total),
    unit,
  };
}

/** A scratch folder under the system's temporary one. */
export function scratch(name: string): string {
  const dir = path.join(os.tmpdir(), `duibiao-web-${name}-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A county sheet with full-width digits, text numbers, a 分 suffix and a wrong printed rank. */
export async function messyWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("九月县区").addRows([
    ["2017年9月考核结果"],
    ["序号", "县（区）", "得分", "名次"],
    [1, "甲县", "９８．２０", 1],
    [2, "乙县", "97.50", 2],
    [3, "丙县", 99.1, 3],
    [4, "丁县", "96.3分", 4],
  ]);
  const file = path.join(dir, "messy.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

/** A text file named like a workbook. */
export function notAWorkbook(dir: string): string {
  const file = path.join(dir, "notes.xlsx");
  writeFileSync(file, "这不是工作簿\n");
  return file;
}

/**
 * What the page must say of a file the reader refuses: the reader's own refusal, worded as the
 * command line words it. Throws when the file is read instead.
 */
export function refusalOf(file: string, locale: Locale): { text: string; detail: string } {
  const name = path.basename(file);
  try {
    readWorkbookBytes(new Uint8Array(readFileSync(file)), { fileName: name });
  } catch (error) {
    const { message, detail } = describeReadError(error, name, messagesFor(locale));
    return { text: message, detail };
  }
  throw new Error(`${name} was read, not refused`);
}

/** A workbook with a password to open, as Excel saves it: an encrypted package in a compound file. */
export function encryptedWorkbook(dir: string): string {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, "/EncryptionInfo", Uint8Array.of(4, 0, 4, 0, 0x40, 0, 0, 0));
  CFB.utils.cfb_add(
    cfb,
    "/EncryptedPackage",
    Uint8Array.from({ length: 600 }, (_, i) => i % 251)
  );
  const file = path.join(dir, "locked.xlsx");
  writeFileSync(file, Uint8Array.from(CFB.write(cfb, { type: "array" }) as number[]));
  return file;
}

/** The parts the writer extends; every other part of the input must come back byte for byte. */
const EXTENDED = new Set([
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
]);

/** Input parts missing from the output or changed in it (the extended ones excepted). */
export function changedSourceParts(input: Uint8Array, output: Uint8Array): string[] {
  const out = partsOf(output);
  const changed: string[] = [];
  for (const [name, data] of partsOf(input)) {
    if (EXTENDED.has(name)) continue;
    const got = out.get(name);
    if (!got || Buffer.compare(Buffer.from(got), Buffer.from(data)) !== 0) changed.push(name);
  }
  return changed;
}

/** Parts whose content differs from what the command line's writer makes of the same input. */
export function differencesFromCommandLine(e: Expected, output: Uint8Array): string[] {
  const cli = partsOf(
    writeWorkbookBytes(e.book, { plans: e.result.plans, stale: e.result.staleOutputSheets })
  );
  const got = partsOf(output);
  const names = new Set([...cli.keys(), ...got.keys()]);
  return [...names].filter((name) => {
    const a = cli.get(name);
    const b = got.get(name);
    return !a || !b || Buffer.compare(Buffer.from(a), Buffer.from(b)) !== 0;
  });
}
