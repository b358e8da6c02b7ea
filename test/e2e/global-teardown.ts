import { rmSync } from "fs";
import { Server } from "http";
import path from "path";
import { WEB_DIR_VARIABLE } from "./web-browser";

/** Stops the servers the global setup started and removes the web page's build. */
export default async function globalTeardown(): Promise<void> {
  const g = globalThis as { playgroundServer?: Server; webServer?: Server };
  for (const server of [g.playgroundServer, g.webServer])
    if (server) await new Promise((resolve) => server.close(resolve));
  const dir = process.env[WEB_DIR_VARIABLE];
  if (dir) rmSync(path.dirname(dir), { recursive: true, force: true });
}
