/**
 * @jest-environment node
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { JSDOM } from "jsdom";
import webpack from "webpack";

/**
 * The manifest, checked offline (the online validator cannot be reached here), against a real
 * production build: well-formed ids and version, requirement sets declared, and every URL it names
 * served by `dist/`. And the shipped bundle holds nothing dev-only.
 */
jest.setTimeout(240_000);

const ROOT = path.join(__dirname, "..", "..");
const PUBLIC = "https://addins.example.test/duibiao/";
let out: string;
let manifest: Document;

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), "duibiao-dist-"));
  process.env.DUIBIAO_PUBLIC_URL = PUBLIC;
  const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (
    env: object,
    argv: object
  ) => Promise<webpack.Configuration>;
  const config = await makeConfig({}, { mode: "production" });
  config.context = ROOT;
  config.output = { ...config.output, path: out };
  await new Promise<void>((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    })
  );
  manifest = new JSDOM(readFileSync(path.join(out, "manifest.xml"), "utf8"), {
    contentType: "text/xml",
  }).window.document;
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

const all = (tag: string) => Array.from(manifest.getElementsByTagName(tag));

describe("manifest.xml as built for production", () => {
  it("parses as XML with an OfficeApp root for a workbook task pane", () => {
    expect(manifest.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(manifest.documentElement.localName).toBe("OfficeApp");
    expect(all("Host").map((h) => h.getAttribute("Name") ?? h.getAttribute("xsi:type"))).toContain(
      "Workbook"
    );
  });

  it("has a GUID id and a four-part version", () => {
    expect(all("Id")[0].textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
    expect(all("Version")[0].textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("declares the ExcelApi requirement set the add-in needs", () => {
    const sets = all("Set").map((s) => `${s.getAttribute("Name")} ${s.getAttribute("MinVersion")}`);
    expect(sets).toContain("ExcelApi 1.4");
  });

  it("names only production URLs, each a file the build produced", () => {
    const urls = [
      ...all("*").flatMap(
        (e) => (e.getAttribute("DefaultValue") ?? "").match(/^https:\/\/\S+/) ?? []
      ),
      ...all("AppDomain").map((e) => e.textContent ?? ""),
    ];
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((u) => u.includes("localhost"))).toEqual([]);
    for (const url of urls.filter((u) => u.startsWith(PUBLIC))) {
      const file = url.slice(PUBLIC.length).split(/[?#]/)[0];
      expect({ url, exists: existsSync(path.join(out, file)) }).toEqual({ url, exists: true });
    }
  });

  it("wires the ribbon: a refresh function and a button that shows the pane", () => {
    expect(all("FunctionName").map((f) => f.textContent)).toEqual(["refreshRankings"]);
    expect(
      all("Action")
        .map((a) => a.getAttribute("xsi:type"))
        .sort()
    ).toEqual(["ExecuteFunction", "ShowTaskpane"]);
    expect(all("DefaultLocale")[0].textContent).toBe("zh-CN");
  });
});

describe("the production bundle", () => {
  it("contains none of the dev-only code: no HyperFormula, no emulator, no ExcelJS", () => {
    const scripts = readdirSync(out).filter((f) => f.endsWith(".js"));
    expect(scripts.sort()).toEqual(["commands.js", "notify.js", "taskpane.js"]);
    for (const f of scripts) {
      const text = readFileSync(path.join(out, f), "utf8");
      expect({ f, hyperformula: /HyperFormula|gpl-v3/i.test(text) }).toEqual({
        f,
        hyperformula: false,
      });
      expect({ f, emulator: text.includes("NotEmulated") }).toEqual({ f, emulator: false });
      expect({ f, exceljs: text.includes("exceljs") }).toEqual({ f, exceljs: false });
    }
  });
});
