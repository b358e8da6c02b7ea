import { Server } from "http";

/** Stops the server the global setup started. */
export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { playgroundServer?: Server }).playgroundServer;
  if (server) await new Promise((resolve) => server.close(resolve));
}
