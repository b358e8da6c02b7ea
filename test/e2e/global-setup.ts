import { mkdtempSync } from "fs";
import { Server } from "http";
import { AddressInfo } from "net";
import os from "os";
import path from "path";
import webpack from "webpack";
import { URL_VARIABLE } from "./browser";
import { WEB_DIR_VARIABLE, WEB_URL_VARIABLE } from "./web-browser";

const ROOT = path.join(__dirname, "..", "..");
const { serve } = require(path.join(ROOT, "dev", "playground", "serve.js")) as {
  serve: (port: number) => Promise<Server>;
};
const { serve: serveWeb } = require(path.join(ROOT, "scripts", "serve-web.js")) as {
  serve: (root: string, port: number) => Promise<Server>;
};
const { webConfigs } = require(path.join(ROOT, "webpack.web.js")) as {
  webConfigs: (o: {
    dev: boolean;
    outDir: string;
    workerDir: string;
    root: string;
  }) => webpack.Configuration[];
};

function build(config: webpack.Configuration | webpack.Configuration[]): Promise<void> {
  return new Promise<void>((resolve, reject) =>
    webpack(config as webpack.Configuration, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    })
  );
}

/**
 * Builds the playground and the production web page once for the whole suite, and serves each on
 * a free port until teardown (the web page's folder is also opened from disk, as file://).
 */
export default async function globalSetup(): Promise<void> {
  const makeConfig = require(path.join(ROOT, "webpack.playground.js")) as (
    env: object,
    argv: { mode: string }
  ) => webpack.Configuration;
  await build({ ...makeConfig({}, { mode: "development" }), context: ROOT });
  const out = mkdtempSync(path.join(os.tmpdir(), "duibiao-web-e2e-"));
  await build(
    webConfigs({ dev: false, outDir: out, workerDir: path.join(out, "worker"), root: ROOT })
  );
  const server = await serve(0);
  const webServer = await serveWeb(path.join(out, "web"), 0);
  const g = globalThis as { playgroundServer?: Server; webServer?: Server };
  g.playgroundServer = server;
  g.webServer = webServer;
  process.env[URL_VARIABLE] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  process.env[WEB_URL_VARIABLE] = `http://127.0.0.1:${(webServer.address() as AddressInfo).port}/`;
  process.env[WEB_DIR_VARIABLE] = path.join(out, "web");
}
