import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { BUILTIN_INSTRUMENTS_DIR, BUILTIN_TEMPLATES_DIR, FONTS_DIR, RBDOC_VERSION } from "../assets.js";
import type { PlannedJob } from "./jobs.js";

export interface OutputRecord {
  path: string;
  size: number;
  sha256: string;
  pages?: number;
}

export interface JobRecord {
  job: string;
  inputs: string;
  rbdoc: string;
  status: "berhasil" | "gagal";
  seconds: number;
  outputs: OutputRecord[];
  /** The first error line, for a failed job. */
  pesan?: string;
}

export interface Manifest {
  rbdoc: string;
  jobs: Record<string, JobRecord>;
}

export function readManifest(path: string): Manifest {
  try {
    const m = JSON.parse(readFileSync(path, "utf8")) as Manifest;
    if (m && typeof m.jobs === "object") return m;
  } catch {
    // A missing or damaged manifest only means everything is rebuilt.
  }
  return { rbdoc: RBDOC_VERSION, jobs: {} };
}

const folderHashes = new Map<string, string>();

/**
 * The program that makes the documents: the compiled dist/ folder, or src/ when run from the
 * sources. Its code is part of every job's inputs, so a changed rbdoc between two releases (a
 * developer's build, a patched install) never leaves old documents standing as up to date.
 */
const CODE_DIR = (() => {
  const here = dirname(fileURLToPath(import.meta.url));
  return basename(here) === "batch" ? dirname(here) : here;
})();

/** Everything a job's output depends on: rbdoc's version and code, the command line, the data, templates, fonts and instruments. */
export function inputsHash(job: PlannedJob): string {
  const h = createHash("sha256").update(`${RBDOC_VERSION}\n${job.id}\n`);
  for (const dir of [CODE_DIR, job.dataDir, BUILTIN_TEMPLATES_DIR, FONTS_DIR, BUILTIN_INSTRUMENTS_DIR, ...(job.templates ? [job.templates] : [])]) h.update(folderHash(dir));
  return h.digest("hex");
}

function folderHash(dir: string): string {
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

export function fileRecord(path: string, pages?: number): OutputRecord {
  const bytes = readFileSync(path);
  return { path, size: statSync(path).size, sha256: createHash("sha256").update(bytes).digest("hex"), ...(pages === undefined ? {} : { pages }) };
}

/** A job is up to date when its inputs hash the same and every output it wrote is still there, unchanged. */
export function upToDate(record: JobRecord | undefined, inputs: string): boolean {
  if (!record || record.status !== "berhasil" || record.inputs !== inputs || record.rbdoc !== RBDOC_VERSION || record.outputs.length === 0) return false;
  return record.outputs.every((o) => existsSync(o.path) && statSync(o.path).size === o.size && fileRecord(o.path).sha256 === o.sha256);
}
