import { Server } from "http";
import { AddressInfo } from "net";
import path from "path";
import webpack from "webpack";
import { URL_VARIABLE } from "./browser";

const ROOT = path.join(__dirname, "..", "..");
const { serve } = require(path.join(ROOT, "dev", "playground", "serve.js")) as {
  serve: (port: number) => Promise<Server>;
};

/** Builds the playground once for the whole suite, and serves it on a free port until teardown. */
export default async function globalSetup(): Promise<void> {
  const makeConfig = require(path.join(ROOT, "webpack.playground.js")) as (
    env: object,
    argv: { mode: string }
  ) => webpack.Configuration;
  const config = { ...makeConfig({}, { mode: "development" }), context: ROOT };
  await new Promise<void>((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    })
  );
  const server = await serve(0);
  (globalThis as { playgroundServer?: Server }).playgroundServer = server;
  process.env[URL_VARIABLE] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}
