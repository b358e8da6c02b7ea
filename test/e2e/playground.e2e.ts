import { readFileSync, writeFileSync, mkdtempSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { Page } from "playwright-core";
import { EngineResult, UnitResult, cellAddress, runEngine } from "../../src/core";
import { sampleInputs } from "../support/emulated-workbook";
import { Session, openPlayground, screenshot } from "./browser";

/**
 * The playground in a real browser: the task pane (unchanged add-in code) over the emulated
 * workbook. Expected numbers come from the engine run on the same sample, not from copies.
 */

let expected: EngineResult;
beforeAll(async () => {
  expected = runEngine(await sampleInputs(), {
    ownUnit: "安康",
    benchmarks: ["汉中", "商洛", "平利"],
  });
});

const tab = (page: Page, name: string) => page.getByRole("tab", { name, exact: true });
const cell = (page: Page, address: string) => page.locator(`td[data-address="${address}"]`);
const refreshButton = (page: Page) => page.getByRole("button", { name: "一键刷新排名" });

/** Where a unit's rank and total are on its ranking sheet, by the engine's own layout. */
function place(sheet: string, name: string): { rank: string; total: string; unit: UnitResult } {
  const i = expected.analyses.findIndex((a) => a.table.sheet === sheet);
  const layout = expected.rankingSheets[i].layout;
  const unit = expected.analyses[i].units.find((u) => u.unit.name === name) as UnitResult;
  const row = layout.rowOf.get(unit.unit.row) as number;
  return {
    rank: cellAddress(row, layout.col.rank),
    total: cellAddress(row, layout.col.total),
    unit,
  };
}

async function waitForTab(page: Page, name: string): Promise<void> {
  await tab(page, name).waitFor({ state: "visible", timeout: 60_000 });
}

/** Types into a unit picker until one choice is left, and takes it with the keyboard. */
async function pick(page: Page, label: string, typed: string): Promise<void> {
  const box = page.getByRole("combobox", { name: label });
  await box.click();
  await box.fill(typed);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
}

describe("the playground", () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    session = await openPlayground();
    page = session.page;
  });
  afterAll(async () => session.close());

  it("opens on the sample and lists the score tables it found", async () => {
    await page.getByText("找到的考核表（4）").waitFor({ timeout: 60_000 });
    for (const sheet of ["二季度市级", "二季度县区", "三季度市级", "三季度县区"]) {
      expect(await tab(page, sheet).count()).toBe(1);
    }
    await screenshot(page, "01-opened");
  });

  it("refreshes: the ranking sheets appear with each unit's rank and total", async () => {
    await refreshButton(page).click();
    await waitForTab(page, "排名-三季度县区");
    await tab(page, "排名-三季度县区").click();
    const pingli = place("三季度县区", "平利县");
    expect(await cell(page, pingli.rank).textContent()).toBe(String(pingli.unit.rank));
    expect(await cell(page, pingli.total).textContent()).toBe(
      (pingli.unit.total as number).toFixed(2)
    );
    await tab(page, "排名-三季度市级").click();
    const ankang = place("三季度市级", "安康");
    expect(await cell(page, ankang.rank).textContent()).toBe("4");
    expect(await cell(page, ankang.total).textContent()).toBe(
      (ankang.unit.total as number).toFixed(2)
    );
    await cell(page, ankang.rank).click();
    expect(await page.getByTestId("formula").textContent()).toMatch(/^=RANK\.EQ\(/);
    await screenshot(page, "02-refreshed");
  });

  it("with an own unit and benchmarks, writes the comparison sheets and the briefing", async () => {
    await pick(page, "本单位", "安康");
    await pick(page, "对标单位", "汉中");
    await pick(page, "对标单位", "商洛");
    await pick(page, "对标单位", "平利");
    await page.keyboard.press("Escape");
    expect(await page.getByRole("combobox", { name: "本单位" }).inputValue()).toBe("安康");
    for (const name of ["汉中", "商洛", "平利县"]) {
      expect(await page.locator("aside").getByText(name, { exact: true }).count()).toBeGreaterThan(
        0
      );
    }
    await screenshot(page, "03a-settings");
    await refreshButton(page).click();
    for (const name of ["简报", "对标-汉中", "对标-商洛", "对标-平利县"])
      await waitForTab(page, name);
    await tab(page, "简报").click();
    const first = expected.briefing?.sentences.find((s) => s.includes("我市在全省排名")) as string;
    await page.locator("td", { hasText: first }).first().waitFor({ timeout: 30_000 });
    expect(first).toContain("我市在全省排名第四，较二季度下降3位");
    await screenshot(page, "03-briefing");
  });

  it("downloads the workbook with the tool's sheets, formulas and their values", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载工作簿" }).click(),
    ]);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "duibiao-dl-")), "out.xlsx");
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(["三季度县区", "简报", "排名-三季度县区"])
    );
    const ankang = place("三季度市级", "安康");
    const sheet = wb.getWorksheet("排名-三季度市级") as ExcelJS.Worksheet;
    // Read through ExcelJS's plain model (this is a file on disk, not an office-js proxy).
    const written = sheet.getSheetValues() as unknown as { formula?: string; result?: unknown }[][];
    const [col, row] = [ankang.rank.replace(/\d+/, ""), Number(ankang.rank.replace(/[A-Z]+/, ""))];
    const value = written[row][col.charCodeAt(0) - 64];
    expect(value.formula).toMatch(/RANK\.EQ\(/);
    expect(value.result).toBe(4);
  });
});

describe("the playground with other files", () => {
  let session: Session;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    session = await openPlayground();
    page = session.page;
    dir = mkdtempSync(path.join(os.tmpdir(), "duibiao-e2e-"));
    await page.getByText("找到的考核表（4）").waitFor({ timeout: 60_000 });
  });
  afterAll(async () => session.close());

  it("loads a messy workbook, lists its problems, and selects a problem's cell", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("九月县区");
    ws.addRows([
      ["2017年9月考核结果"],
      ["序号", "县（区）", "得分", "名次"],
      [1, "甲县", "９８．２０", 1],
      [2, "乙县", "97.5分", 2],
      [3, "丙县", 99.1, 3],
    ]);
    const file = path.join(dir, "messy.xlsx");
    await wb.xlsx.writeFile(file);
    await page.setInputFiles("#open-file", file);
    await page.getByText("已打开「messy.xlsx」").waitFor({ timeout: 30_000 });
    await page.getByText("找到的考核表（1）").waitFor({ timeout: 30_000 });
    const problem = page.getByRole("button", { name: /九月县区!C3/ });
    await problem.waitFor({ timeout: 30_000 });
    expect(await page.getByRole("button", { name: /九月县区!D3/ }).count()).toBe(1);
    await problem.click();
    await page
      .getByTestId("address")
      .filter({ hasText: "九月县区!C3" })
      .waitFor({ timeout: 10_000 });
    expect(await page.getByTestId("formula").textContent()).toBe("９８．２０");
    await screenshot(page, "04-messy-problems");
  });

  it("refuses a file that is not a workbook, and keeps everything as it was", async () => {
    const tabsBefore = await page.getByRole("tab").allTextContents();
    const file = path.join(dir, "notes.xlsx");
    writeFileSync(file, readFileSync(path.join(__dirname, "..", "..", "README.md")));
    await page.setInputFiles("#open-file", file);
    const alert = page.getByRole("alert").filter({ hasText: "notes.xlsx" });
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toContain("不是有效的 .xlsx 工作簿");
    expect(await page.getByRole("tab").allTextContents()).toEqual(tabsBefore);
    expect(await refreshButton(page).isEnabled()).toBe(true);
    await screenshot(page, "05-not-a-workbook");
  });
});

describe("the playground by keyboard alone", () => {
  let session: Session;
  beforeAll(async () => {
    session = await openPlayground();
  });
  afterAll(async () => session.close());

  it("reaches 一键刷新排名 with Tab, refreshes with Enter, and opens a result sheet with Enter", async () => {
    const { page } = session;
    await page.getByText("找到的考核表（4）").waitFor({ timeout: 60_000 });
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? "");
    let found = false;
    for (let i = 0; i < 80 && !found; i++) {
      await page.keyboard.press("Tab");
      found = (await focusedText()).includes("一键刷新排名");
    }
    expect(found).toBe(true);
    await page.keyboard.press("Enter");
    await waitForTab(page, "排名-三季度县区");
    let link = false;
    for (let i = 0; i < 40 && !link; i++) {
      await page.keyboard.press("Tab");
      link = (await focusedText()) === "排名-三季度县区";
    }
    expect(link).toBe(true);
    await page.keyboard.press("Enter");
    await page
      .getByRole("tab", { name: "排名-三季度县区", selected: true })
      .waitFor({ timeout: 10_000 });
    await screenshot(page, "06-keyboard");
  });
});

describe("accessibility", () => {
  it.each(["", "?lang=en-US"])("axe finds no serious or critical violation (%s)", async (query) => {
    const session = await openPlayground(query);
    const { page } = session;
    await page
      .locator("button", { hasText: query ? "Refresh rankings" : "一键刷新排名" })
      .waitFor({ timeout: 60_000 });
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run();
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    await screenshot(page, `07-axe${query ? "-en" : ""}`);
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    await session.close();
  });
});
