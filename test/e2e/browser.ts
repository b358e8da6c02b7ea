import { mkdirSync, mkdtempSync, rmSync } from "fs";
import { Server } from "http";
import { AddressInfo } from "net";
import os from "os";
import path from "path";
import { BrowserContext, Page, chromium } from "playwright-core";

const { serve } = require("../../dev/playground/serve.js") as {
  serve: (port: number) => Promise<Server>;
};

export const RESULTS = path.join(__dirname, "..", "..", "test-results", "e2e");

/** The flags that run Debian's Chromium on this machine (its own network probes are refused here). */
const FLAGS = [
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
  readonly url: string;
  close(): Promise<void>;
}

/** Serves the built playground on a free port and opens it in a fresh Chromium profile. */
export async function openPlayground(query = ""): Promise<Session> {
  const server = await serve(0);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/${query}`;
  const profile = mkdtempSync(path.join(os.tmpdir(), "duibiao-chromium-"));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: FLAGS,
    viewport: { width: 1400, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  mkdirSync(RESULTS, { recursive: true });
  return {
    page,
    url,
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(profile, { recursive: true, force: true });
      // An uncaught error in the page is a failure even when every assertion passed.
      expect(errors).toEqual([]);
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(RESULTS, `${name}.png`), fullPage: false });
}
