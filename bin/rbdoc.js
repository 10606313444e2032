#!/usr/bin/env node
// Runs the compiled CLI (dist/, made by `npm install`), or the TypeScript sources through tsx when
// the build is missing or a source file is newer than it, so an edit is never run stale.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { newestSource } from "./source-stamp.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function buildIsCurrent() {
  const stampFile = join(root, "dist", "build-stamp.json");
  if (!existsSync(stampFile) || !existsSync(join(root, "dist", "rbdoc.js"))) return false;
  if (!existsSync(join(root, "src"))) return true;
  return JSON.parse(readFileSync(stampFile, "utf8")).newestSource >= newestSource(join(root, "src"));
}

if (buildIsCurrent()) {
  await import("../dist/rbdoc.js");
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
