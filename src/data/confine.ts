import { existsSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";

export type Confined = { ok: true; path: string } | { ok: false; reason: "outside" | "missing" | "not-a-file" };

/**
 * Resolves a path the data names (an image, an evidence file) inside the data folder. A data folder
 * is untrusted: `../`, an absolute path or a symlink that leads out of it must not make rbdoc read
 * (and embed) a file the author of the data could not have shipped.
 */
export function resolveInDataDir(dataDir: string, relPath: string): Confined {
  if (isAbsolute(relPath) || relPath.split(/[\\/]/).includes("..")) return { ok: false, reason: "outside" };
  const path = join(dataDir, relPath);
  if (!existsSync(path)) return { ok: false, reason: "missing" };
  const real = realpathSync(path);
  const rel = relative(realpathSync(dataDir), real);
  if (rel === "" || rel.startsWith(`..${sep}`) || rel === ".." || isAbsolute(rel)) return { ok: false, reason: "outside" };
  if (!statSync(real).isFile()) return { ok: false, reason: "not-a-file" };
  return { ok: true, path: real };
}
