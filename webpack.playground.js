/**
 * The playground: the real task pane beside an emulated workbook, for people without Excel and for
 * the end-to-end tests. Dev-only: it bundles the emulator and HyperFormula (GPL), so it builds into
 * its own folder and never into `dist/`.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

module.exports = (env, options) => ({
  mode: options.mode || "development",
  devtool: false,
  entry: { playground: "./dev/playground/main.tsx" },
  output: { path: path.resolve(__dirname, "playground-dist"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: {
            configFile: "tsconfig.json",
            onlyCompileBundledFiles: true,
            transpileOnly: true,
          },
        },
      },
    ],
  },
  performance: { hints: false },
  plugins: [
    new HtmlWebpackPlugin({ template: "./dev/playground/index.html", filename: "index.html" }),
    new CopyWebpackPlugin({
      patterns: [{ from: "assets/sample-shaanxi-2017.xlsx", to: "sample-shaanxi-2017.xlsx" }],
    }),
  ],
});
