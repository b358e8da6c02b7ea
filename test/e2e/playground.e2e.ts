import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { Locator, Page } from "playwright-core";
import { splitAddress } from "../../dev/playground/xlsx-convert";
import { readWorkbookBytes } from "../../src/xlsx";
import { EngineResult, SheetInput, runEngine } from "../../src/core";
import { fill } from "../../src/core/i18n";
import { ownRankLine } from "../../src/taskpane/format";
import { paneMessages } from "../../src/taskpane/messages";
import { sampleInputs } from "../support/emulated-workbook";
import { Session, openPlayground, screenshot, seriousViolations } from "./browser";
import { place } from "./web-browser";

/**
 * The playground in a real browser: the task pane (unchanged add-in code) over the emulated
 * workbook. Expected numbers and names come from the engine run on the same workbook, not copies.
 */

const zh = paneMessages("zh-CN");
const en = paneMessages("en-US");
const SETTINGS = { ownUnit: "安康", benchmarks: ["汉中", "商洛", "平利"] };

let inputs: SheetInput[];
/** The sample without settings (the first refresh), and with 安康 and its benchmarks. */
let plain: EngineResult;
let benchmarked: EngineResult;
beforeAll(async () => {
  inputs = await sampleInputs();
  plain = runEngine(inputs);
  benchmarked = runEngine(inputs, SETTINGS);
});

// ---- what the page shows ---------------------------------------------------------------------

const tab = (page: Page, name: string) => page.getByRole("tab", { name, exact: true });
const cell = (page: Page, address: string) => page.locator(`td[data-address="${address}"]`);
const address = (page: Page) => page.getByTestId("address");
const formula = (page: Page) => page.getByTestId("formula");
const pane = (page: Page) => page.locator("aside");
const refreshButton = (page: Page, t = zh) => page.getByRole("button", { name: t.refresh.button });
const tablesHeading = (n: number, t = zh) => fill(t.counted, { title: t.tables.heading, n });

async function tabNames(page: Page): Promise<string[]> {
  return page.getByRole("tab").allTextContents();
}

async function waitForTab(page: Page, name: string): Promise<void> {
  await tab(page, name).waitFor({ timeout: 60_000 });
}

/** Waits until the formula bar names `where` ("三季度县区!C5"): the grid follows the workbook. */
async function waitForAddress(page: Page, where: string): Promise<void> {
  await address(page)
    .filter({ hasText: new RegExp(`^${where}$`) })
    .waitFor({ timeout: 10_000 });
}

/** The rank and total cells the grid shows for a unit, after opening its ranking sheet's tab. */
async function expectRankAndTotal(page: Page, where: ReturnType<typeof place>): Promise<void> {
  await tab(page, where.outputSheet).click();
  await page.getByRole("tab", { name: where.outputSheet, selected: true }).waitFor();
  expect(await cell(page, where.rank).textContent()).toBe(String(where.unit.rank));
  expect(await cell(page, where.total).textContent()).toBe((where.unit.total as number).toFixed(2));
}

/** Types into a unit picker and takes the first match with the keyboard. */
async function pick(page: Page, label: string, typed: string): Promise<void> {
  const box = page.getByRole("combobox", { name: label });
  await box.click();
  await box.fill(typed);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
}

describe("the playground on the sample", () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    session = await openPlayground();
    page = session.page;
  });
  afterAll(async () => session.close());

  it("opens the sample and lists the score tables the engine finds", async () => {
    await pane(page).getByText(tablesHeading(plain.analyses.length)).waitFor({ timeout: 60_000 });
    expect(await tabNames(page)).toEqual(inputs.map((s) => s.name));
    for (const a of plain.analyses)
      expect(await pane(page).getByText(a.table.sheet, { exact: true }).count()).toBe(1);
    // The grid shows the active sheet, and the formula bar its selected cell.
    const active = (await page.getByRole("tab", { selected: true }).textContent()) as string;
    expect(inputs.map((s) => s.name)).toContain(active);
    expect(await address(page).textContent()).toBe(`${active}!A1`);
    await screenshot(page, "01-opened");
  });

  it("goes to a problem far down a sheet: its cell is selected and scrolled into sight", async () => {
    const problems = plain.report.tables.flatMap((t) =>
      t.problems.filter((p) => p.cell !== "").map((p) => ({ sheet: t.sheet, cell: p.cell }))
    );
    const row = (p: { cell: string }) => Number(p.cell.replace(/\D+/g, ""));
    const far = problems.reduce((a, b) => (row(b) > row(a) ? b : a));
    expect(row(far)).toBeGreaterThan(40);
    await pane(page)
      .getByRole("button", { name: `${far.sheet}!${far.cell}` })
      .click();
    await waitForAddress(page, `${far.sheet}!${far.cell}`);
    await page.getByRole("tab", { name: far.sheet, selected: true }).waitFor();
    const [c, r] = splitAddress(far.cell);
    const source = inputs.find((s) => s.name === far.sheet)?.values[r][c];
    expect(await formula(page).textContent()).toBe(String(source));

    const selected = page.locator("td.selected");
    expect(await selected.getAttribute("data-address")).toBe(far.cell);
    const box = await selected.boundingBox();
    const grid = await page.locator(".grid").boundingBox();
    expect(box && grid).toBeTruthy();
    if (!box || !grid) return;
    expect(box.y).toBeGreaterThanOrEqual(grid.y);
    expect(box.y + box.height).toBeLessThanOrEqual(grid.y + grid.height);
    // The grid scrolled, not the page: the toolbar and the sheet tabs are still in sight.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await screenshot(page, "01b-problem-far-down");
  });

  it("refreshes: a ranking sheet per table appears, the grid follows, ranks and totals match", async () => {
    await refreshButton(page).click();
    for (const sheet of plain.rankingSheets) await waitForTab(page, sheet.plan.name);
    // The pane activates the first sheet it wrote; the grid shows it.
    await page.getByRole("tab", { name: plain.plans[0].name, selected: true }).waitFor();
    for (const sheet of plain.rankingSheets)
      expect(await pane(page).getByRole("button", { name: sheet.plan.name }).count()).toBe(1);

    const pingli = place(plain, "三季度县区", "平利县");
    await expectRankAndTotal(page, pingli);
    const ankang = place(plain, "三季度市级", "安康");
    await expectRankAndTotal(page, ankang);
    await cell(page, ankang.rank).click();
    await waitForAddress(page, `${ankang.outputSheet}!${ankang.rank}`);
    expect(await formula(page).textContent()).toMatch(/^=RANK\.EQ\(/);
    await screenshot(page, "02-refreshed");
  });

  it("with 本单位 安康 and benchmarks 汉中, 商洛, 平利: comparison sheets and the briefing appear", async () => {
    await pick(page, zh.settings.ownUnit, SETTINGS.ownUnit);
    for (const b of SETTINGS.benchmarks) await pick(page, zh.settings.benchmarks, b);
    await page.keyboard.press("Escape");
    expect(await page.getByRole("combobox", { name: zh.settings.ownUnit }).inputValue()).toBe(
      "安康"
    );
    await screenshot(page, "03a-settings");
    await refreshButton(page).click();

    const comparisons = benchmarked.comparisons.map((c) => c.sheet);
    const briefing = benchmarked.briefing?.plan.name as string;
    expect(comparisons).toHaveLength(SETTINGS.benchmarks.length);
    for (const name of [...comparisons, briefing]) await waitForTab(page, name);

    // The pane says where 安康 stands, as the engine ranks it.
    const ankang = place(benchmarked, "三季度市级", "安康").unit;
    const line = ownRankLine(
      {
        name: "安康",
        rank: ankang.rank,
        previousRank: ankang.previousRank,
        rankChange: ankang.rankChange,
      },
      zh
    );
    await pane(page).getByText(line).waitFor({ timeout: 30_000 });

    // Every sentence of the briefing, computed by the emulator's formulas, reads as the engine wrote it.
    await tab(page, briefing).click();
    await page.getByRole("tab", { name: briefing, selected: true }).waitFor();
    const shown = await page.locator("td").allTextContents();
    const sentences = benchmarked.briefing?.sentences ?? [];
    expect(sentences.length).toBeGreaterThan(5);
    expect(sentences.filter((s) => !shown.includes(s))).toEqual([]);
    await screenshot(page, "03-briefing");

    await tab(page, comparisons[0]).click();
    await page.getByRole("tab", { name: comparisons[0], selected: true }).waitFor();
    await screenshot(page, "03b-comparison");
  });

  it("downloads the workbook with the tool's sheets, formulas, cached values and formats", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载工作簿" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("sample-shaanxi-2017-duibiao.xlsx");
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "duibiao-dl-")), "out.xlsx");
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(await tabNames(page));

    const ankang = place(benchmarked, "三季度市级", "安康");
    const ws = wb.getWorksheet(ankang.outputSheet) as ExcelJS.Worksheet;
    expect(ws.getCell(ankang.rank).formula).toMatch(/^_xlfn\.RANK\.EQ\(/);
    expect(ws.getCell(ankang.rank).result).toBe(ankang.unit.rank);
    expect(ws.getCell(ankang.total).result).toBe(ankang.unit.total);
    expect(ws.getCell(ankang.total).numFmt).toBe("0.00");
    const plan = benchmarked.rankingSheets.find((s) => s.plan.name === ankang.outputSheet)?.plan;
    expect(ws.model.merges).toHaveLength(plan?.merges.length ?? -1);
    plan?.columnWidths.forEach((_, c) => expect(ws.getColumn(c + 1).width).toBeGreaterThan(0));
    await screenshot(page, "04-downloaded");
  });
});

describe("the playground with other files", () => {
  let session: Session;
  let page: Page;
  let dir: string;
  let messy: EngineResult;
  const SHEET = "九月县区";

  beforeAll(async () => {
    session = await openPlayground();
    page = session.page;
    dir = mkdtempSync(path.join(os.tmpdir(), "duibiao-e2e-"));
    await pane(page).getByText(tablesHeading(4)).waitFor({ timeout: 60_000 });
  });
  afterAll(async () => session.close());

  it("loads a messy workbook, lists its problems, and selects a problem's cell", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet(SHEET).addRows([
      ["2017年9月考核结果"],
      ["序号", "县（区）", "得分", "名次"],
      [1, "甲县", "９８．２０", 1], // full-width digits
      [2, "乙县", "97.50", 2], // a number stored as text
      [3, "丙县", 99.1, 3], // printed 3rd, but the best score
      [4, "丁县", "96.3分", 4], // a 分 suffix
    ]);
    const file = path.join(dir, "messy.xlsx");
    await wb.xlsx.writeFile(file);
    messy = runEngine(readWorkbookBytes(readFileSync(file)).sheets);
    const problems = messy.report.tables[0].problems.filter((p) => p.cell !== "");
    expect(problems.map((p) => p.cell)).toEqual(expect.arrayContaining(["C3", "C4", "C6", "D5"]));

    await page.setInputFiles("#open-file", file);
    await page.getByText("已打开「messy.xlsx」").waitFor({ timeout: 30_000 });
    expect(await tabNames(page)).toEqual([SHEET]);
    await pane(page).getByText(tablesHeading(1)).waitFor({ timeout: 30_000 });
    for (const p of problems) {
      const button = pane(page).getByRole("button", { name: `${SHEET}!${p.cell}` });
      expect(await button.filter({ hasText: p.message }).count()).toBe(1);
    }

    await pane(page)
      .getByRole("button", { name: `${SHEET}!C3` })
      .click();
    await waitForAddress(page, `${SHEET}!C3`);
    expect(await formula(page).textContent()).toBe("９８．２０");
    expect(await cell(page, "C3").getAttribute("class")).toContain("selected");
    await screenshot(page, "05-messy-problems");
  });

  it("refuses a workbook with a formula the emulated Excel cannot compute, and says so", async () => {
    const tabsBefore = await tabNames(page);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("表").getCell("A1").value = {
      formula: "SUM(Table1[得分])",
      result: 1,
    } as ExcelJS.CellFormulaValue;
    const file = path.join(dir, "table.xlsx");
    await wb.xlsx.writeFile(file);
    await page.setInputFiles("#open-file", file);
    const alert = page.getByRole("alert").filter({ hasText: "table.xlsx" });
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toMatch(
      /^无法打开「table\.xlsx」：模拟的 Excel 算不了其中的公式（.*Table1\[得分\].*）。当前工作簿未作改动。$/
    );
    expect(await tabNames(page)).toEqual(tabsBefore);
    await screenshot(page, "05b-cannot-emulate");
  });

  it("refuses a file that is not a workbook, and keeps the workbook and the pane working", async () => {
    const tabsBefore = await tabNames(page);
    const file = path.join(dir, "notes.xlsx");
    writeFileSync(file, readFileSync(path.join(__dirname, "..", "..", "README.md")));
    await page.setInputFiles("#open-file", file);
    const alert = page.getByRole("alert").filter({ hasText: "notes.xlsx" });
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toBe(
      "无法打开「notes.xlsx」：不是有效的 .xlsx 工作簿。当前工作簿未作改动。"
    );
    expect(await tabNames(page)).toEqual(tabsBefore);
    expect(await cell(page, "C3").textContent()).toBe("９８．２０");
    await screenshot(page, "06-not-a-workbook");

    // The pane still works on the workbook that stayed open.
    await refreshButton(page).click();
    const best = place(messy, SHEET, "丙县");
    await waitForTab(page, best.outputSheet);
    await expectRankAndTotal(page, best);
    expect(best.unit.rank).toBe(1);
    await screenshot(page, "06b-refreshed-after-error");
  });
});

describe("the playground in English (?lang=en-US)", () => {
  it("shows the pane and the page in English, errors included", async () => {
    const session = await openPlayground("?lang=en-US");
    const { page } = session;
    await pane(page).getByText(tablesHeading(4, en)).waitFor({ timeout: 60_000 });
    expect(await refreshButton(page, en).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Download workbook" }).count()).toBe(1);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "duibiao-e2e-")), "notes.xlsx");
    writeFileSync(file, "not a zip");
    await page.setInputFiles("#open-file", file);
    const alert = page.getByRole("alert").filter({ hasText: "notes.xlsx" });
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toBe(
      'Could not open "notes.xlsx": it is not a valid .xlsx workbook. The current workbook is unchanged.'
    );
    await screenshot(page, "07-english");
    await session.close();
  });
});

describe("the playground by keyboard alone", () => {
  let session: Session;
  beforeAll(async () => {
    session = await openPlayground();
  });
  afterAll(async () => session.close());

  /** Presses Tab until `target` has the focus; fails after `limit` presses. */
  async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press("Tab");
      if (await target.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error(`Tab never reached ${target}`);
  }

  it("chooses 本单位, refreshes, opens a result sheet and moves in the grid, with Tab, Enter and arrows", async () => {
    const { page } = session;
    await pane(page).getByText(tablesHeading(4)).waitFor({ timeout: 60_000 });

    const ownUnit = page.getByRole("combobox", { name: zh.settings.ownUnit });
    await tabTo(page, ownUnit);
    await page.keyboard.type("安康");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect(await ownUnit.inputValue()).toBe("安康");

    await tabTo(page, refreshButton(page));
    await page.keyboard.press("Enter");
    const ankang = place(runEngine(inputs, { ownUnit: "安康" }), "三季度市级", "安康");
    await waitForTab(page, ankang.outputSheet);

    await tabTo(page, pane(page).getByRole("button", { name: ankang.outputSheet, exact: true }));
    await page.keyboard.press("Enter");
    await page.getByRole("tab", { name: ankang.outputSheet, selected: true }).waitFor();

    // Into the grid (Tab wraps round the page), then arrows move the selection like Excel's.
    await tabTo(page, page.getByRole("region", { name: new RegExp(`^${ankang.outputSheet} `) }));
    const [col, row] = [ankang.rank.replace(/\d+/g, ""), Number(ankang.rank.replace(/\D+/g, ""))];
    expect(col).toBe("A");
    const start = (await address(page).textContent()) as string;
    expect(start).toBe(`${ankang.outputSheet}!A1`);
    for (let r = 1; r < row; r++) await page.keyboard.press("ArrowDown");
    await waitForAddress(page, `${ankang.outputSheet}!${ankang.rank}`);
    expect(await cell(page, ankang.rank).textContent()).toBe(String(ankang.unit.rank));
    expect(await formula(page).textContent()).toMatch(/^=RANK\.EQ\(/);
    await screenshot(page, "08-keyboard");
  });
});

describe("accessibility (axe-core in the page)", () => {
  it("finds no serious or critical violation on the page and the pane, before and after a refresh", async () => {
    const session = await openPlayground();
    const { page } = session;
    await refreshButton(page).waitFor({ timeout: 60_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await refreshButton(page).click();
    await pane(page).getByText(zh.result.heading).waitFor({ timeout: 60_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "09-axe");
    await session.close();
  });

  it("finds none in English either", async () => {
    const session = await openPlayground("?lang=en-US");
    const { page } = session;
    await refreshButton(page, en).waitFor({ timeout: 60_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "09-axe-en");
    await session.close();
  });
});
