/* eslint-env node */
// One page, two entries (shared runtime): taskpane.html loads functions.js and taskpane.js.
// functions.js must also stand alone: Excel's JavaScript-only runtime loads it with nothing but a
// CustomFunctions global, so it shares no chunk with the pane (split chunks are async-only).
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const PORT = Number(process.env.PORT || 3000);

/** Every src/functions/*-functions.ts file carries @customfunction JSDoc. */
const functionFiles = fs
  .readdirSync(path.resolve(__dirname, "src/functions"))
  .filter((name) => name.endsWith("-functions.ts"))
  .map((name) => `./src/functions/${name}`);

async function httpsOptions() {
  // office-addin-dev-certs creates and trusts a localhost certificate (Windows, macOS; Linux with sudo).
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const functionsOnly = Boolean(env.functionsOnly);
  const useHttp = Boolean(env.http) || process.env.AIVM_HTTP === "1";
  const entry = functionsOnly
    ? { functions: "./src/functions/functions.ts" }
    : { functions: "./src/functions/functions.ts", taskpane: "./src/taskpane/index.tsx" };

  const plugins = [new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionFiles })];
  if (!functionsOnly) {
    plugins.push(
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help.html", to: "help.html" },
          { from: "manifest.xml", to: "manifest.xml" },
          // office.js is not copied: taskpane.html loads it from Microsoft's CDN, as Microsoft requires.
        ],
      }),
    );
  }

  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry,
    output: {
      path: env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    plugins,
    optimization: { splitChunks: { chunks: "async" } },
    performance: { hints: false },
    stats: "errors-warnings",
    devServer: {
      port: PORT,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      server: useHttp || !env.WEBPACK_SERVE ? "http" : { type: "https", options: await httpsOptions() },
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
