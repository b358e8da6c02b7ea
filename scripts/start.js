#!/usr/bin/env node
/**
 * `npm start`: what Office developers expect. Makes sure the localhost HTTPS certificate exists
 * (office-addin-dev-certs), then on Windows and macOS sideloads the add-in into desktop Excel with
 * office-addin-debugging; elsewhere (Linux: no desktop Excel) serves the add-in over HTTPS and says
 * how to sideload it into Excel on the web.
 */
"use strict";
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.join(__dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const port = process.env.npm_package_config_dev_server_port || "3000";

function run(command, args) {
  const result = spawnSync(bin(command), args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const certDir = path.join(os.homedir(), ".office-addin-dev-certs");
if (!["ca.crt", "localhost.crt", "localhost.key"].every((f) => fs.existsSync(path.join(certDir, f)))) {
  run("office-addin-dev-certs", ["install", "--machine"]);
}

if (process.platform === "win32" || process.platform === "darwin") {
  run("office-addin-debugging", ["start", "manifest.xml"]);
} else {
  process.stdout.write(
    [
      "",
      "There is no desktop Excel on this platform, so the add-in is served for Excel on the web:",
      `  1. Open https://localhost:${port}/taskpane.html once in this browser and accept the certificate`,
      `     (or trust ${path.join(certDir, "ca.crt")}).`,
      "  2. Open a workbook in Excel on the web, then Home > Add-ins > More Add-ins > Upload My Add-in,",
      `     and choose ${path.join(root, "manifest.xml")}.`,
      "  3. The Duibiao group appears on the Home tab: 打开面板 opens the pane.",
      "Without Excel at all, `npm run playground` shows the same pane on an emulated workbook.",
      "",
    ].join("\n")
  );
  const server = spawn(bin("webpack"), ["serve", "--mode", "development"], { cwd: root, stdio: "inherit" });
  server.on("exit", (code) => process.exit(code ?? 0));
}
