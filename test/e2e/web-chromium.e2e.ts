import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { BrowserContext, FileChooser, Page, chromium } from "playwright-core";
import { planFormulaCells, cellAddress } from "../../src/core";
import { fill } from "../../src/core/i18n";
import { messagesFor } from "../../src/locales";
import { webEnUS } from "../../src/locales/web.en-US";
import { webZhCN } from "../../src/locales/web.zh-CN";
import { prng } from "../../scripts/sample-data";
import { writeSampleWorkbook } from "../../scripts/make-sample";
import { sameValue } from "../support/formula-check";
import { CHROMIUM_FLAGS } from "./browser";
import { computedValues, recalculate, removeRecalculated } from "../support/libreoffice";
import {
  AXE,
  AXE_CONTEXT,
  RESULTS,
  SAMPLE,
  SETTINGS,
  changedSourceParts,
  differencesFromCommandLine,
  encryptedWorkbook,
  expected,
  isNetwork,
  messyWorkbook,
  notAWorkbook,
  place,
  refusalOf,
  scratch,
  webUrl,
} from "./web-browser";

/**
 * The production web page in Debian's Chromium, served as from an intranet server (http) and
 * opened from its folder (file://). Every expected number and sentence comes from the engine run
 * in this process on the same file.
 */

const zh = webZhCN;
const en = webEnUS;

interface WebSession {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Requests made since the page finished loading. */
  readonly afterLoad: string[];
  /** Requests while loading: proof the log sees requests at all. */
  readonly beforeLoad: string[];
  close(): Promise<void>;
}

async function openWeb(how: "http" | "file", query = "?lang=zh-CN"): Promise<WebSession> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "duibiao-web-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1400, height: 1000 },
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const afterLoad: string[] = [];
  const beforeLoad: string[] = [];
  let loaded = false;
  context.on("request", (r) => (loaded ? afterLoad : beforeLoad).push(r.url()));
  await page.goto(webUrl(how, query));
  await page.locator("#open-file").waitFor({ state: "attached" });
  await page.waitForLoadState("load");
  loaded = true;
  mkdirSync(RESULTS, { recursive: true });
  return {
    page,
    context,
    afterLoad,
    beforeLoad,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      expect(errors).toEqual([]);
    },
  };
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(RESULTS, `web-chromium-${name}.png`), fullPage: true });

async function axeViolations(page: Page) {
  // Evaluated by the driver, not as a page script: the page's Content-Security-Policy allows none.
  await page.evaluate(readFileSync(AXE, "utf8"));
  const found = await page.evaluate(async (context) => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (c: unknown) => Promise<Result> } }).axe;
    const r = await axe.run(context);
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  }, AXE_CONTEXT);
  return found.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** Types into a unit picker and takes the first match with the keyboard. */
async function pick(page: Page, label: string, typed: string): Promise<void> {
  const box = page.getByRole("combobox", { name: label });
  await box.click();
  await box.fill(typed);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
}

const generateButton = (page: Page, t = zh) =>
  page.getByRole("button", { name: t.pane.refresh.button });
const downloadButton = (page: Page, t = zh) =>
  page.getByRole("button", { name: t.results.download });
const tab = (page: Page, name: string) => page.getByRole("tab", { name, exact: true });
const cell = (page: Page, address: string) =>
  page.locator(`[data-testid=grid] td[data-address="${address}"]`);

async function download(page: Page, t = zh): Promise<{ name: string; bytes: Uint8Array }> {
  const [d] = await Promise.all([page.waitForEvent("download"), downloadButton(page, t).click()]);
  const file = path.join(scratch("dl"), d.suggestedFilename());
  await d.saveAs(file);
  return { name: d.suggestedFilename(), bytes: readFileSync(file) };
}

describe("the web page in Chromium, from an intranet server, on the sample", () => {
  const e = expected(SAMPLE);
  let s: WebSession;
  let page: Page;
  beforeAll(async () => {
    s = await openWeb("http");
    page = s.page;
    await s.context.grantPermissions(["clipboard-read", "clipboard-write"]);
  });
  afterAll(async () => s.close());

  it("says the file stays on the computer, opens the sample and lists the engine's tables", async () => {
    await page.getByText(zh.privacy).waitFor();
    await page.setInputFiles("#open-file", SAMPLE);
    const heading = fill(zh.pane.counted, {
      title: zh.pane.tables.heading,
      n: e.result.analyses.length,
    });
    await page.getByText(heading).waitFor({ timeout: 60_000 });
    for (const a of e.result.analyses)
      expect(await page.getByText(a.table.sheet, { exact: true }).first().count()).toBe(1);
    await shot(page, "01-opened");
  });

  it("generates with 安康 and its benchmarks: the preview shows the engine's ranks and sentences", async () => {
    await pick(page, zh.pane.settings.ownUnit, SETTINGS.ownUnit);
    for (const b of SETTINGS.benchmarks) await pick(page, zh.pane.settings.benchmarks, b);
    await page.keyboard.press("Escape");
    await generateButton(page).click();
    await downloadButton(page).waitFor({ timeout: 90_000 });
    for (const plan of e.result.plans) expect(await tab(page, plan.name).count()).toBe(1);

    // The briefing shows first, its sentences as the engine wrote them.
    const shown = await page.locator("[data-testid=briefing] section p").allTextContents();
    const sentences = e.result.briefing?.sentences ?? [];
    expect(sentences.length).toBeGreaterThan(5);
    expect(shown).toEqual(sentences);
    expect(await page.locator("[data-testid=briefing] svg[role=img]").count()).toBe(
      e.result.briefing?.plan.charts.length
    );

    for (const [sheet, unit] of [
      ["三季度县区", "平利县"],
      ["三季度市级", "安康"],
    ] as const) {
      const where = place(e.result, sheet, unit);
      await tab(page, where.outputSheet).click();
      await cell(page, where.rank).waitFor();
      expect(await cell(page, where.rank).textContent()).toBe(String(where.unit.rank));
      expect(await cell(page, where.total).textContent()).toBe(
        (where.unit.total as number).toFixed(2)
      );
      await cell(page, where.rank).click();
      expect(await page.getByTestId("formula").textContent()).toMatch(/^=RANK\.EQ\(/);
    }
    await shot(page, "02-generated");
  });

  it("downloads the command line's workbook: every source part kept, formulas right in LibreOffice", async () => {
    const { name, bytes } = await download(page);
    expect(name).toBe("sample-shaanxi-2017-对标结果.xlsx");
    writeFileSync(path.join(RESULTS, "web-chromium-result.xlsx"), bytes);
    expect(changedSourceParts(e.input, bytes)).toEqual([]);
    expect(differencesFromCommandLine(e, bytes)).toEqual([]);
    const dir = scratch("lo");
    const file = path.join(dir, "result.xlsx");
    writeFileSync(file, bytes);
    const recalculated = await recalculate(file);
    const values = await computedValues(recalculated);
    removeRecalculated(recalculated);
    const wrong: string[] = [];
    let checked = 0;
    for (const plan of e.result.plans)
      for (const { row, col, cell: c } of planFormulaCells(plan)) {
        checked++;
        const at = cellAddress(row, col);
        if (!sameValue(c.value, values.get(plan.name)?.get(at))) wrong.push(`${plan.name}!${at}`);
      }
    expect(checked).toBeGreaterThan(1000);
    expect(wrong).toEqual([]);
  });

  it("copies the briefing as rich text with headings and as plain text", async () => {
    await page.getByRole("button", { name: zh.results.copy }).click();
    await page.getByText(zh.results.copied).waitFor();
    const clip = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) => (await item.getType(type)).text();
      return { html: await read("text/html"), text: await read("text/plain") };
    });
    const b = e.result.briefing;
    expect(b).toBeTruthy();
    expect(clip.html).toContain(`>${b?.plan.rows[0][0].value}</h1>`);
    expect(clip.html.match(/<h2[ >]/g)?.length).toBeGreaterThanOrEqual(3);
    for (const sentence of b?.sentences ?? []) expect(clip.text).toContain(sentence);
  });

  it("prints the briefing on A4 with its text", async () => {
    const pdf = path.join(scratch("pdf"), "briefing.pdf");
    await page.emulateMedia({ media: "print" });
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: "screen" });
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    expect(size && [Math.round(Number(size[1])), Math.round(Number(size[2]))]).toEqual([595, 842]);
    const text = execFileSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8" }).replace(
      /\s+/g,
      ""
    );
    const b = e.result.briefing;
    expect(text).toContain(String(b?.plan.rows[0][0].value).replace(/\s+/g, ""));
    for (const sentence of b?.sentences ?? []) expect(text).toContain(sentence.replace(/\s+/g, ""));
    // Only the briefing prints: not the pane.
    expect(text).not.toContain(zh.pane.settings.heading + zh.pane.settings.ownUnit);
  });

  it("is axe-clean after generating", async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it("made no network request after the page loaded", () => {
    expect(s.beforeLoad.some((u) => u.endsWith("/web.js"))).toBe(true);
    expect(s.afterLoad.filter(isNetwork)).toEqual([]);
  });
});

describe("the web page in Chromium, opened from its folder (file://), by keyboard", () => {
  let s: WebSession;
  let page: Page;
  const dir = scratch("file");
  // File choosers are intercepted from the start: a listener added at the key press may come after
  // Chromium has already shown (and, headless, dismissed) its own dialog.
  const choosers: FileChooser[] = [];
  const nextChooser = async (): Promise<FileChooser> => {
    for (let i = 0; i < 300 && choosers.length === 0; i++) await page.waitForTimeout(100);
    const chooser = choosers.shift();
    if (!chooser) throw new Error("no file chooser opened");
    return chooser;
  };
  beforeAll(async () => {
    s = await openWeb("file", "?lang=en-US");
    page = s.page;
    page.on("filechooser", (c) => choosers.push(c));
  });
  afterAll(async () => s.close());

  it("refuses a file that is no workbook and an encrypted one, saying why", async () => {
    const notes = notAWorkbook(dir);
    await page.setInputFiles("#open-file", notes);
    await page.getByText(refusalOf(notes, "en-US").text).waitFor();
    const locked = encryptedWorkbook(dir);
    await page.setInputFiles("#open-file", locked);
    await page.getByText(refusalOf(locked, "en-US").text).waitFor();
    // The technical note waits under a closed disclosure, and opens on request.
    const { detail } = refusalOf(locked, "en-US");
    expect(await page.getByText(detail).isVisible()).toBe(false);
    await page.getByRole("button", { name: en.pane.errors.details }).click();
    await page.getByText(detail).waitFor();
    expect(await generateButton(page, en).count()).toBe(0);
  });

  it("opens a messy workbook with the keyboard and goes to a problem's cell", async () => {
    const file = await messyWorkbook(dir);
    const messy = expected(file, {}, "en-US");
    // From the top of the page (the test above left focus in a refusal's disclosure), by keyboard.
    await page.getByRole("button", { name: en.switchLanguage }).focus();
    await page.keyboard.press("Tab"); // the open button
    await page.keyboard.press("Enter");
    const chooser = await nextChooser();
    await chooser.setFiles(file);
    const problems = messy.result.report.tables[0].problems.filter((p) => p.cell !== "");
    expect(problems.length).toBeGreaterThanOrEqual(4);
    const target = page.getByRole("button", { name: `九月县区!${problems[0].cell}` });
    await target.waitFor({ timeout: 60_000 });
    await target.focus();
    await page.keyboard.press("Enter");
    await page.locator(`td[data-address="${problems[0].cell}"][data-selected]`).waitFor();
    await shot(page, "03-messy");
  });

  it("marks a table by hand from a range typed in the preview", async () => {
    const box = page.getByTestId("name-box");
    await box.focus();
    await box.fill("A2:D6");
    await page.keyboard.press("Enter");
    await page.locator('td[data-address="D6"][data-selected]').waitFor();
    await page.getByRole("button", { name: en.pane.marks.markTable }).click();
    await page
      .getByText(fill(en.pane.marks.tables, { sheet: "九月县区", ranges: "A2:D6" }))
      .waitFor();
  });

  it("generates and downloads by keyboard alone", async () => {
    await generateButton(page, en).focus();
    await page.keyboard.press("Enter");
    await downloadButton(page, en).waitFor({ timeout: 60_000 });
    await downloadButton(page, en).focus();
    const [d] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(d.suggestedFilename()).toBe("messy-duibiao.xlsx");
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, "04-messy-generated");
  });

  it("made no network request after the page loaded", () => {
    expect(s.beforeLoad.some((u) => u.endsWith("/web.js"))).toBe(true);
    expect(s.afterLoad.filter(isNetwork)).toEqual([]);
  });
});

describe("the web page in Chromium with 30,000 units", () => {
  let s: WebSession;
  let page: Page;
  let file: string;
  const UNITS = 30_000;

  beforeAll(async () => {
    const random = prng(30);
    const rows: (string | number | null)[][] = [
      ["2017年第三季度考核结果"],
      ["序号", "县（区）", "所属市", "交叉检查得分", "月通报得分", "总分"],
    ];
    for (let i = 0; i < UNITS; i++) {
      const a = Math.round((60 + random() * 40) * 100) / 100;
      const b = Math.round(random() * 200) / 100;
      rows.push([
        i + 1,
        `单位${i + 1}县`,
        `城市${i % 50}市`,
        a,
        b,
        Math.round((a + b) * 100) / 100,
      ]);
    }
    file = path.join(scratch("large"), "large.xlsx");
    await writeSampleWorkbook([{ name: "三季度县区", rows, merges: [], widths: [] }], file);
    s = await openWeb("http");
    page = s.page;
    // A heartbeat on the page's own thread: a gap in it is the page frozen.
    await page.evaluate(() => {
      const w = window as unknown as { beats: number[] };
      w.beats = [];
      setInterval(() => w.beats.push(performance.now()), 50);
    });
  });
  afterAll(async () => s.close());

  const longestFreeze = () =>
    page.evaluate(() => {
      const beats = (window as unknown as { beats: number[] }).beats;
      let gap = 0;
      for (let i = 1; i < beats.length; i++) gap = Math.max(gap, beats[i] - beats[i - 1]);
      return gap;
    });

  it("opens it, can cancel generating, then generates without freezing the page", async () => {
    await page.setInputFiles("#open-file", file);
    await generateButton(page).waitFor({ timeout: 120_000 });
    await generateButton(page).click();
    await page.getByRole("progressbar").waitFor();
    await page.getByRole("button", { name: zh.pane.refresh.cancel }).click();
    await page.getByRole("progressbar").waitFor({ state: "detached" });
    expect(await page.getByText(zh.pane.errors.refresh).count()).toBe(0);

    await generateButton(page).click();
    await page.getByRole("progressbar").waitFor();
    await downloadButton(page).waitFor({ timeout: 240_000 });
    // The ranking sheet is paged: its first 200 rows of all 30,000 and more.
    await tab(page, `${messagesFor("zh-CN").sheets.rankingPrefix}三季度县区`).click();
    const pager = await page.getByText(/^第 1–200 行，共 \d+ 行$/).textContent();
    expect(Number(/共 (\d+) 行/.exec(pager ?? "")?.[1])).toBeGreaterThan(UNITS);
    expect(await longestFreeze()).toBeLessThan(1500);
    await shot(page, "05-large");
  });
});
