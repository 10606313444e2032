import { accessSync, closeSync, constants, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** A file could not be written: the message names the path and what to do. Exit code 1, not an internal error. */
export class OutputError extends Error {}

/**
 * Writes to a temporary file beside the target and renames it into place, so a reader never sees a
 * half-written document and a failed run leaves the previous good file untouched.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  writeFilesAtomic([{ path, data }]);
}

/** Temporary files being written; removed if the process is interrupted. */
const pending = new Set<string>();
let handlersInstalled = false;

function installSignalCleanup(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    process.once(signal, () => {
      for (const temp of pending) rmSync(temp, { force: true });
      process.exit(code);
    });
  }
}

/**
 * Writes several files as one: every file goes to a temporary name first, and only when all are
 * written are they renamed into place. A failure on the way, or Ctrl-C, leaves every earlier file
 * as it was and no temporary file behind.
 */
export function writeFilesAtomic(files: readonly { path: string; data: string | Uint8Array }[]): void {
  installSignalCleanup();
  for (const { path } of files) {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      // Not there yet: the usual case.
    }
    if (isDir) throw new OutputError(`tidak dapat menulis ${path}: nama itu sudah dipakai sebuah folder; pindahkan folder itu atau pilih --out lain`);
  }
  const temps: { temp: string; path: string }[] = [];
  try {
    for (const { path, data } of files) {
      const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
      pending.add(temp);
      temps.push({ temp, path });
      const fd = openSync(temp, "w");
      try {
        writeSync(fd, typeof data === "string" ? Buffer.from(data, "utf8") : data);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    for (const { temp, path } of temps) {
      renameSync(temp, path);
      pending.delete(temp);
    }
  } catch (error) {
    for (const { temp } of temps) {
      rmSync(temp, { force: true });
      pending.delete(temp);
    }
    throw toOutputError(error as NodeJS.ErrnoException);
  }
}

/**
 * Makes sure an output folder can take files before anything is rendered, so a wrong --out fails
 * in a second, not after the work is done.
 */
export function prepareOutputDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error("not a directory"), { code: "ENOTDIR", path: dir });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw toOutputError(error as NodeJS.ErrnoException, dir);
  }
}

function toOutputError(error: NodeJS.ErrnoException, fallbackPath?: string): Error {
  if (error instanceof OutputError || !error.code) return error;
  const path = error.path ?? fallbackPath ?? "";
  const what: Record<string, string> = {
    EACCES: "tidak ada izin menulis di sana; pilih folder lain dengan --out",
    EPERM: "tidak ada izin menulis di sana; pilih folder lain dengan --out",
    EEXIST: "sudah ada berkas dengan nama folder itu; pilih --out lain",
    ENOTDIR: "bagian dari jalur itu adalah berkas, bukan folder; pilih --out lain",
    EISDIR: "nama itu sudah dipakai sebuah folder",
    ENOSPC: "disk penuh; kosongkan ruang lalu coba lagi",
    EROFS: "disk itu hanya dapat dibaca; pilih folder lain dengan --out",
    EMFILE: "terlalu banyak berkas terbuka; tutup program lain lalu coba lagi",
    ENOENT: "folder tujuan hilang saat menulis; coba lagi",
  };
  return new OutputError(`tidak dapat menulis ${path}: ${what[error.code] ?? error.message}`);
}
