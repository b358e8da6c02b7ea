#!/usr/bin/env node
/**
 * Serves the built playground over http on localhost (the emulator needs no HTTPS). Port from
 * PORT (default 8080); 0 picks a free one. Prints the URL to open. The end-to-end tests use
 * `serve(0)`.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const staticFiles = require("../../scripts/serve-web.js");

const root = path.resolve(__dirname, "..", "..", "playground-dist");

/** Starts the server on 127.0.0.1:`port`; resolves once it listens, rejects if it cannot. */
function serve(port) {
  return staticFiles.serve(root, port);
}

module.exports = { serve };

if (require.main === module) {
  if (!fs.existsSync(path.join(root, "index.html"))) {
    process.stderr.write("The playground is not built: run `npm run playground`.\n");
    process.exit(1);
  }
  const port = process.env.PORT === undefined ? 8080 : Number(process.env.PORT);
  serve(port).then(
    (server) => {
      const { port: actual } = server.address();
      process.stdout.write(
        `对标 Duibiao playground: open http://localhost:${actual}/  (English: http://localhost:${actual}/?lang=en-US)\n` +
          "Ctrl+C stops it.\n"
      );
    },
    (error) => {
      const hint = error.code === "EADDRINUSE" ? ` Another port: PORT=9000 npm run playground` : "";
      process.stderr.write(
        `Cannot serve the playground on port ${port}: ${error.message}.${hint}\n`
      );
      process.exit(1);
    }
  );
}
