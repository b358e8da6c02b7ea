import { mkdirSync, mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { BrowserContext, Page, chromium } from "playwright-core";

/** Where the suite finds the playground: set by the global setup, inherited by the tests. */
export const URL_VARIABLE = "DUIBIAO_PLAYGROUND_URL";

export const RESULTS = path.join(__dirname, "..", "..", "test-results", "e2e");

/**
 * The flags that run Debian's Chromium on this machine (its own network probes are refused
 * here). Playwright passes the fresh profile as --user-data-dir itself: it refuses that flag in
 * `args` and wants it as launchPersistentContext's first argument.
 */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Session {
  readonly page: Page;
  close(): Promise<void>;
}

/** Opens the playground (served by the global setup) in Chromium with a fresh profile. */
export async function openPlayground(query = ""): Promise<Session> {
  const base = process.env[URL_VARIABLE];
  if (!base) throw new Error(`${URL_VARIABLE} is not set: run with jest -c jest.e2e.config.js`);
  const profile = mkdtempSync(path.join(os.tmpdir(), "duibiao-chromium-"));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${base}${query}`);
  mkdirSync(RESULTS, { recursive: true });
  return {
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      // An uncaught error in the page is a failure even when every assertion passed.
      expect(errors).toEqual([]);
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(RESULTS, `${name}.png`) });
}

/** Injects axe-core into the page and returns its serious and critical violations. */
export async function seriousViolations(
  page: Page
): Promise<{ id: string; impact: string; targets: string[] }[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    type Result = {
      violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<Result> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
