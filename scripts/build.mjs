// Compiles the CLI to JavaScript, so `npx rbdoc` does not transpile TypeScript at every start.
// Run by `npm install` (the prepare script); bin/rbdoc.js falls back to the sources through tsx
// when the build is missing or older than a source file.
import { build } from "esbuild";
import { rmSync, writeFileSync } from "node:fs";
import { newestSource } from "../bin/source-stamp.js";


const stamp = newestSource("src");
// Chunk names change with their contents: old ones would pile up.
rmSync("dist", { recursive: true, force: true });
await build({
  // The DOCX worker is its own entry: the pipeline starts it from dist/ beside the PDF's last pass.
  entryPoints: { rbdoc: "src/cli/main.ts", "docx-worker": "src/pipeline/docx-worker.ts" },
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  outdir: "dist",
  entryNames: "[name]",
  chunkNames: "chunk-[hash]",
  packages: "external",
  logLevel: "warning",
});
writeFileSync("dist/build-stamp.json", `${JSON.stringify({ newestSource: stamp })}\n`);
