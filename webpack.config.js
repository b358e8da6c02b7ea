/* eslint-disable no-undef */
/**
 * Builds the add-in (task pane, ribbon command page, dialog page, icons and the manifest) and the
 * web page for browsers without the add-in (`dist/web/`, see webpack.web.js).
 * `npm run build` rewrites the manifest's dev URLs (https://localhost:3000/) to DUIBIAO_PUBLIC_URL,
 * where `dist/` will be hosted, as the official task-pane template does.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { minimizeOptions, webConfigs } = require("./webpack.web.js");

const urlDev = "https://localhost:3000/";
const urlProd = (process.env.DUIBIAO_PUBLIC_URL || "https://duibiao.example.org/").replace(/\/?$/, "/");

/**
 * HTTPS options for the dev server. office-addin-dev-certs makes and trusts a localhost certificate;
 * where it cannot trust it (Linux, root without sudo) its files are still there and serve https.
 */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const o = await devCerts.getHttpsServerOptions();
    return { ca: o.ca, key: o.key, cert: o.cert };
  } catch (error) {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const files = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => path.join(dir, f));
    if (!files.every((f) => fs.existsSync(f))) throw error;
    const [ca, cert, key] = files.map((f) => fs.readFileSync(f));
    return { ca, cert, key };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  // DUIBIAO_OUT_DIR: another output folder (the bundle test builds into a temporary one).
  const outDir = process.env.DUIBIAO_OUT_DIR || path.resolve(__dirname, "dist");
  const addin = {
    name: "addin",
    context: __dirname,
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      notify: "./src/commands/notify.ts",
    },
    output: {
      path: outDir,
      filename: "[name].js",
      // The web page's build writes dist/web/ alongside, at the same time.
      clean: { keep: /^web[\\/]/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.json", onlyCompileBundledFiles: true } },
        },
      ],
    },
    performance: { hints: false },
    // The pane builds formulas as strings too: the same guard against terser's two-pass bug.
    optimization: { minimizeOptions },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      new HtmlWebpackPlugin({ filename: "notify.html", template: "./src/commands/notify.html", chunks: ["notify"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "src/help/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              if (dev) return content;
              // Full URLs first, then the bare origin (AppDomain) without its trailing slash.
              return content
                .toString()
                .replace(new RegExp(urlDev, "g"), urlProd)
                .replace(new RegExp(urlDev.replace(/\/$/, ""), "g"), urlProd.replace(/\/$/, ""));
            },
          },
        ],
      }),
    ],
    devServer: {
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await httpsOptions() } : undefined,
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
  const workerDir = path.join(path.dirname(outDir), "build", `web-worker-${path.basename(outDir)}`);
  return [addin, ...webConfigs({ dev, outDir, workerDir, root: __dirname })];
};
