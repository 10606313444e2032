// The newest modification time under a folder: the build records it for src/, and bin/rbdoc.js
// compares it with src/ now, so an edited source is never run from a stale build.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}
