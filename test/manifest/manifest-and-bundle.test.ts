/**
 * @jest-environment node
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import zlib from "zlib";
import { JSDOM } from "jsdom";
import webpack from "webpack";

/**
 * The manifest, checked offline (the online validator cannot be reached here), against a real
 * production build: well-formed ids and version, requirement sets declared, and every URL it names
 * served by `dist/`. And the shipped bundles — the add-in's and the web page's — hold nothing
 * dev-only, and the web page stays within its size budget and the browsers offices use.
 */
jest.setTimeout(240_000);

const ROOT = path.join(__dirname, "..", "..");
const PUBLIC = "https://addins.example.test/duibiao/";
let out: string;
let manifest: Document;

let workerDir: string;

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), "duibiao-dist-"));
  process.env.DUIBIAO_PUBLIC_URL = PUBLIC;
  process.env.DUIBIAO_OUT_DIR = out;
  const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (
    env: object,
    argv: object
  ) => Promise<webpack.Configuration[]>;
  const configs = await makeConfig({}, { mode: "production" });
  delete process.env.DUIBIAO_OUT_DIR;
  workerDir = configs.find((c) => c.name === "web-worker")?.output?.path as string;
  await new Promise<void>((resolve, reject) =>
    webpack(configs, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    })
  );
  manifest = new JSDOM(readFileSync(path.join(out, "manifest.xml"), "utf8"), {
    contentType: "text/xml",
  }).window.document;
});

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(workerDir, { recursive: true, force: true });
});

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

const gzipSize = (file: string) => zlib.gzipSync(readFileSync(file), { level: 9 }).length;
const ES_CHECK = path.join(ROOT, "node_modules", ".bin", "es-check");
/** The language level Chromium 86 and Firefox ESR parse (package.json's browserslist). */
const esCheck = (files: string[]) =>
  execFileSync(
    ES_CHECK,
    // WeakRef (Chromium 84, Firefox 79) is used by Fluent's focus manager; "findLast" is that
    // library's own method name, not Array.prototype.findLast (checked by the test below).
    ["es2020", ...files, "--checkFeatures", "--ignore", "WeakRef,ArrayFindLast"],
    { encoding: "utf8", stdio: "pipe" }
  );

describe("the web page as built for production (dist/web)", () => {
  const web = (f: string) => path.join(out, "web", f);
  const worker = () => path.join(workerDir, "web-worker.js");

  it("is one page and one script, loading nothing from elsewhere and no office.js", () => {
    expect(readdirSync(path.join(out, "web")).sort()).toEqual([
      "index.html",
      "web.js",
      "web.js.LICENSE.txt",
    ]);
    const html = readFileSync(web("index.html"), "utf8");
    // The minifier drops the quotes around attribute values that need none.
    const sources = [...html.matchAll(/\b(?:src|href)=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)].map(
      (m) => m[1] ?? m[2] ?? m[3]
    );
    expect(sources.sort()).toEqual(["data:,", "web.js"]);
    expect(html).toMatch(/Content-Security-Policy[^>]*connect-src 'none'/);
    const script = readFileSync(web("web.js"), "utf8");
    expect(script).not.toMatch(/appsforoffice|office\.js|Office\.onReady/);
    // Namespaces (Strict Open XML's purl.oclc.org among them) and libraries' doc links, never fetched.
    expect(script).not.toMatch(
      /https?:\/\/(?!www\.w3\.org|schemas\.|purl\.org|purl\.oclc\.org|reactjs\.org|react\.dev|github\.com|fb\.me)[a-z0-9.-]+\.[a-z]{2,}\//i
    );
  });

  it("contains none of the dev-only code: no HyperFormula, no emulator, no ExcelJS", () => {
    for (const f of [web("web.js"), worker()]) {
      const text = readFileSync(f, "utf8");
      expect({ f, dev: /HyperFormula|gpl-v3|NotEmulated|exceljs/i.test(text) }).toEqual({
        f,
        dev: false,
      });
    }
  });

  it("stays within the pane's budget: the page's own code no larger than the add-in's pane", () => {
    const page = gzipSize(web("web.js"));
    const engine = gzipSize(worker());
    const pane = gzipSize(path.join(out, "taskpane.js"));
    // What it weighs, for the record (the build prints the same figures).
    process.stdout.write(
      `web.js ${(page / 1024).toFixed(1)} KB gzipped, of which the worker ${(engine / 1024).toFixed(1)} KB; taskpane.js ${(pane / 1024).toFixed(1)} KB\n`
    );
    expect(page - engine).toBeLessThanOrEqual(pane);
    expect(page).toBeLessThanOrEqual(320 * 1024);
  });

  it("is ES2020 with no later feature (es-check), and the check fails on newer syntax", () => {
    expect(() => esCheck([web("web.js"), worker()])).not.toThrow();
    const newer = path.join(out, "newer.js");
    writeFileSync(newer, "let a; a ??= 1; class C { static { this.x = 1; } }\n");
    expect(() => esCheck([newer])).toThrow();
    rmSync(newer);
  });

  it("calls no API Chromium 86 lacks", () => {
    for (const f of [web("web.js"), worker()]) {
      const text = readFileSync(f, "utf8");
      for (const api of [
        /\bstructuredClone\(/,
        /\bObject\.hasOwn\(/,
        /\b(?:Compression|Decompression)Stream\b/,
        /\.(?:toSorted|toReversed|toSpliced|findLastIndex)\(/,
        /\bPromise\.withResolvers\b/,
        /\bIntl\.Segmenter\b/,
        /\bAbortSignal\.timeout\b/,
        /\.at\(-?\d/,
        // Array.prototype.findLast takes a function; Fluent's focus manager's own findLast an object.
        /\.findLast\((?!\{)/,
      ])
        expect({ f, api: String(api), found: api.test(text) }).toEqual({
          f,
          api: String(api),
          found: false,
        });
    }
  });
});
