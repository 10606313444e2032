import { existsSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";

export type Confined =
  | { ok: true; path: string; directory: boolean }
  | { ok: false; reason: "outside" | "missing" | "not-a-file" | "loop" | "unreadable" };

/**
 * Resolves a path inside a root folder (the data folder, a templates folder) to its real path,
 * following symlinks, and refuses anything that leads out of the root. Data and templates are
 * untrusted: `../`, an absolute path or a link out must not make rbdoc read a file their author
 * could not have shipped. Every reader of such paths goes through here.
 */
export function resolveInside(root: string, relPath: string): Confined {
  if (isAbsolute(relPath) || relPath.split(/[\\/]/).includes("..")) return { ok: false, reason: "outside" };
  const path = join(root, relPath);
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ELOOP") return { ok: false, reason: "loop" };
    return { ok: false, reason: code === "ENOENT" || !existsSync(path) ? "missing" : "unreadable" };
  }
  const rel = relative(realpathSync(root), real);
  if (rel.startsWith(`..${sep}`) || rel === ".." || isAbsolute(rel)) return { ok: false, reason: "outside" };
  try {
    const stat = statSync(real);
    if (!stat.isFile() && !stat.isDirectory()) return { ok: false, reason: "not-a-file" };
    return { ok: true, path: real, directory: stat.isDirectory() };
  } catch {
    return { ok: false, reason: "unreadable" };
  }
}

/** A regular file the data names, inside the data folder. */
export function resolveInDataDir(dataDir: string, relPath: string): Confined {
  const found = resolveInside(dataDir, relPath);
  if (found.ok && found.directory) return { ok: false, reason: "not-a-file" };
  return found;
}
