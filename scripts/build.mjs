// Compiles the CLI to JavaScript, so `npx rbdoc` does not transpile TypeScript at every start.
// Run by `npm install` (the prepare script); bin/rbdoc.js falls back to the sources through tsx
// when the build is missing or older than a source file.
import { build } from "esbuild";
import { writeFileSync } from "node:fs";
import { newestSource } from "../bin/source-stamp.js";


const stamp = newestSource("src");
await build({
  entryPoints: ["src/cli/main.ts"],
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  outdir: "dist",
  entryNames: "rbdoc",
  packages: "external",
  logLevel: "warning",
});
writeFileSync("dist/build-stamp.json", `${JSON.stringify({ newestSource: stamp })}\n`);
