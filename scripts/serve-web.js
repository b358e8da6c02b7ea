#!/usr/bin/env node
/**
 * Serves the built web page (dist/web, from `npm run build`) over http on localhost, as an
 * intranet server would: static files, nothing else. Port from PORT (default 8080; 0 picks a free
 * one). The same folder also works opened straight from disk (file://). The playground's server
 * (dev/playground/serve.js) serves its own folder with this one's `serve`.
 */
"use strict";
const http = require("http");
const fs = require("fs");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Serves `root` on 127.0.0.1:`port`; resolves with the server once it listens. */
function serve(root, port) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    const file = path.join(
      root,
      decodeURIComponent(url.pathname === "/" ? "/index.html" : url.pathname)
    );
    if (
      !file.startsWith(root + path.sep) ||
      !fs.existsSync(file) ||
      fs.statSync(file).isDirectory()
    ) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

module.exports = { serve };

if (require.main === module) {
  const root = path.resolve(__dirname, "..", "dist", "web");
  if (!fs.existsSync(path.join(root, "index.html"))) {
    process.stderr.write("The web page is not built: run `npm run build` first.\n");
    process.exit(1);
  }
  const port = process.env.PORT === undefined ? 8080 : Number(process.env.PORT);
  serve(root, port).then(
    (server) => {
      const { port: actual } = server.address();
      process.stdout.write(
        `Duibiao web page: open http://localhost:${actual}/ and open assets/sample-shaanxi-2017.xlsx in it\n` +
          `(English: http://localhost:${actual}/?lang=en-US). Without a server: open ${path.join(root, "index.html")}\n` +
          "Ctrl+C stops it.\n"
      );
    },
    (error) => {
      const hint = error.code === "EADDRINUSE" ? " Another port: PORT=9000 npm run web" : "";
      process.stderr.write(`Cannot serve on port ${port}: ${error.message}.${hint}\n`);
      process.exit(1);
    }
  );
}
