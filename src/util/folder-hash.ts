import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The program that makes the documents: the compiled dist/ folder, or src/ when run from the
 * sources. Its code is part of what a cached result depends on, so a changed rbdoc between two
 * releases (a developer's build, a patched install) never leaves an old result standing.
 */
export const CODE_DIR = (() => {
  const here = dirname(fileURLToPath(import.meta.url));
  return basename(here) === "util" ? dirname(here) : here;
})();

const folderHashes = new Map<string, string>();

/** sha256 over every file below `dir`, names and contents, in a fixed order; once per process. */
export function folderHash(dir: string): string {
  const cached = folderHashes.get(dir);
  if (cached) return cached;
  const h = createHash("sha256");
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) h.update(`${relative(dir, path)}\0`).update(readFileSync(path)).update("\0");
    }
  };
  walk(dir);
  const digest = h.digest("hex");
  folderHashes.set(dir, digest);
  return digest;
}
