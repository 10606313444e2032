import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Writes to a temporary file beside the target and renames it into place, so a reader never sees a
 * half-written document and a failed run leaves the previous good file untouched.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  writeFilesAtomic([{ path, data }]);
}

/**
 * Writes several files as one: every file goes to a temporary name first, and only when all are
 * written are they renamed into place. A failure on the way leaves every earlier file as it was.
 */
export function writeFilesAtomic(files: readonly { path: string; data: string | Uint8Array }[]): void {
  const temps: { temp: string; path: string }[] = [];
  try {
    for (const { path, data } of files) {
      const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
      temps.push({ temp, path });
      const fd = openSync(temp, "w");
      try {
        writeSync(fd, typeof data === "string" ? Buffer.from(data, "utf8") : data);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
  } catch (error) {
    for (const { temp } of temps) rmSync(temp, { force: true });
    throw error;
  }
  for (const { temp, path } of temps) renameSync(temp, path);
}
