import { readFileSync, rmSync, mkdtempSync } from "fs";
import os from "os";
import path from "path";
import puppeteer, { Browser, ElementHandle, Page } from "puppeteer-core";
import { fill } from "../../src/core/i18n";
import { WebMessages, webZhCN } from "../../src/locales/web.zh-CN";
import { webEnUS } from "../../src/locales/web.en-US";
import {
  AXE,
  AXE_CONTEXT,
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
 * The production web page in Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core
 * (Playwright's Firefox is a patched build that cannot be had here): from its folder (file://) in
 * Chinese, and from an intranet server in English.
 */

interface FirefoxSession {
  readonly page: Page;
  readonly afterLoad: string[];
  /** Requests while loading: proof the log sees requests at all. */
  readonly beforeLoad: string[];
  close(): Promise<void>;
}

async function openFirefox(url: string): Promise<FirefoxSession> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "duibiao-firefox-"));
  const browser: Browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: "/usr/bin/firefox-esr",
    headless: true,
    userDataDir: profile,
    // Lets the test read what the page put on the clipboard, as a user's paste would.
    extraPrefsFirefox: {
      "dom.events.testing.asyncClipboard": true,
      // Downloads go straight to a folder: no panel or dialog takes the keyboard's focus.
      "browser.download.folderList": 2,
      "browser.download.dir": profile,
      "browser.download.useDownloadDir": true,
      "browser.download.alwaysOpenPanel": false,
      "browser.download.always_ask_before_handling_new_types": false,
    },
  });
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  // Keeps every Blob the page hands to a download link, so the test can read the file saved.
  await page.evaluateOnNewDocument(() => {
    const kept: Blob[] = [];
    (window as unknown as { downloads: Blob[] }).downloads = kept;
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (o: Blob | MediaSource) => {
      if (o instanceof Blob && o.type !== "text/javascript") kept.push(o);
      return create(o);
    };
  });
  const afterLoad: string[] = [];
  const beforeLoad: string[] = [];
  let loaded = false;
  page.on("request", (r) => (loaded ? afterLoad : beforeLoad).push(r.url()));
  await page.goto(url, { waitUntil: "load" });
  await page.waitForSelector("#open-file");
  loaded = true;
  return {
    page,
    afterLoad,
    beforeLoad,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
      expect(errors).toEqual([]);
    },
  };
}

const text = (page: Page) => page.evaluate(() => document.body.innerText);

async function waitForText(page: Page, wanted: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (w: string) => document.body.innerText.includes(w),
    { timeout },
    wanted
  );
}

/** A button by its visible text (or accessible label): exactly, or containing it. */
async function button(page: Page, name: string, exact = true): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (n: string, whole: boolean) =>
      [...document.querySelectorAll("button")].find((b) => {
        const label = b.textContent?.trim() ?? "";
        return whole ? label === n || b.getAttribute("aria-label") === n : label.includes(n);
      }) ?? null,
    { timeout: 60_000 },
    name,
    exact
  );
  return handle as ElementHandle<Element>;
}

/** Presses a button with the keyboard: focus, then Enter. */
async function press(page: Page, name: string, exact = true): Promise<void> {
  const b = await button(page, name, exact);
  await b.focus();
  await page.keyboard.press("Enter");
}

/** Types into the n-th unit picker and takes the first match with the keyboard. */
async function pick(page: Page, index: number, typed: string): Promise<void> {
  const boxes = await page.$$("input[role=combobox]");
  await boxes[index].focus();
  await page.keyboard.type(typed);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
}

async function axeViolations(page: Page) {
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

async function upload(page: Page, file: string): Promise<void> {
  const input = (await page.$("#open-file")) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(file);
}

describe("the web page in Firefox ESR, opened from its folder (file://)", () => {
  const t: WebMessages = webZhCN;
  const e = expected(SAMPLE);
  const dir = scratch("firefox");
  let s: FirefoxSession;
  let page: Page;
  beforeAll(async () => {
    s = await openFirefox(webUrl("file", "?lang=zh-CN"));
    page = s.page;
  });
  afterAll(async () => s.close());

  it("refuses a file that is no workbook and an encrypted one, saying why", async () => {
    const notes = notAWorkbook(dir);
    await upload(page, notes);
    await waitForText(page, refusalOf(notes, "zh-CN").text);
    const locked = encryptedWorkbook(dir);
    await upload(page, locked);
    await waitForText(page, refusalOf(locked, "zh-CN").text);
  });

  it("opens the sample, takes 安康 and its benchmarks by keyboard, and shows the engine's results", async () => {
    await upload(page, SAMPLE);
    await waitForText(
      page,
      fill(t.pane.counted, { title: t.pane.tables.heading, n: e.result.analyses.length })
    );
    await pick(page, 0, SETTINGS.ownUnit);
    for (const b of SETTINGS.benchmarks) await pick(page, 1, b);
    await page.keyboard.press("Escape");
    await press(page, t.pane.refresh.button);
    await button(page, t.results.download);
    const shown = await page.$$eval("[data-testid=briefing] section p", (ps) =>
      ps.map((p) => p.textContent)
    );
    expect(shown).toEqual(e.result.briefing?.sentences);

    const where = place(e.result, "三季度县区", "平利县");
    const tab = await page.waitForFunction(
      (n: string) =>
        [...document.querySelectorAll<HTMLElement>("[role=tab]")].find(
          (x) => x.innerText.trim() === n
        ) ?? null,
      {},
      where.outputSheet
    );
    await (tab as ElementHandle<Element>).click();
    const rank = await page.waitForSelector(`[data-testid=grid] td[data-address="${where.rank}"]`);
    expect(await rank?.evaluate((c) => c.textContent)).toBe(String(where.unit.rank));
  });

  it("copies the briefing as rich text with headings and as plain text", async () => {
    await press(page, t.results.copy);
    await waitForText(page, t.results.copied);
    const clip = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) =>
        item.types.includes(type) ? (await item.getType(type)).text() : "";
      return { html: await read("text/html"), text: await read("text/plain") };
    });
    expect(clip.html).toContain(`>${e.result.briefing?.plan.rows[0][0].value}</h1>`);
    for (const sentence of e.result.briefing?.sentences ?? [])
      expect(clip.text).toContain(sentence);
  });

  it("downloads the command line's workbook, every source part kept", async () => {
    await press(page, t.results.download);
    const base64 = await page.evaluate(async () => {
      const kept = (window as unknown as { downloads: Blob[] }).downloads;
      const bytes = new Uint8Array(await kept[kept.length - 1].arrayBuffer());
      let binary = "";
      for (let i = 0; i < bytes.length; i += 0x8000)
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    });
    const bytes = Uint8Array.from(Buffer.from(base64, "base64"));
    expect(changedSourceParts(e.input, bytes)).toEqual([]);
    expect(differencesFromCommandLine(e, bytes)).toEqual([]);
  });

  it("is axe-clean, and made no network request after the page loaded", async () => {
    expect(await axeViolations(page)).toEqual([]);
    // Firefox reports no file: loads over BiDi, so this log proves little here; the run from an
    // intranet server below, whose log does see the page's own script load, is the proof.
    expect(s.afterLoad.filter(isNetwork)).toEqual([]);
  });
});

describe("the web page in Firefox ESR, from an intranet server, in English", () => {
  const t: WebMessages = webEnUS;
  let s: FirefoxSession;
  let page: Page;
  beforeAll(async () => {
    s = await openFirefox(webUrl("http", "?lang=en-US"));
    page = s.page;
  });
  afterAll(async () => s.close());

  it("opens a messy workbook, goes to a problem's cell, generates by keyboard", async () => {
    const file = await messyWorkbook(scratch("firefox-en"));
    const messy = expected(file, {}, "en-US");
    await upload(page, file);
    const problem = messy.result.report.tables[0].problems.filter((p) => p.cell !== "")[0];
    await press(page, `九月县区!${problem.cell}`, false);
    await page.waitForSelector(`td[data-address="${problem.cell}"][data-selected]`);
    await press(page, t.pane.refresh.button);
    await button(page, t.results.download);
    expect(await text(page)).toContain(messy.result.plans[0].name);
    expect(await axeViolations(page)).toEqual([]);
    expect(s.beforeLoad.some((u) => u.endsWith("/web.js"))).toBe(true);
    expect(s.afterLoad.filter(isNetwork)).toEqual([]);
  });
});
