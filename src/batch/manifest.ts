import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { BUILTIN_INSTRUMENTS_DIR, BUILTIN_TEMPLATES_DIR, FONTS_DIR, RBDOC_VERSION } from "../assets.js";
import type { PlannedJob } from "./jobs.js";
import { CODE_DIR, folderHash } from "../util/folder-hash.js";

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

/** Everything a job's output depends on: rbdoc's version and code, the command line, the data, templates, fonts and instruments. */
export function inputsHash(job: PlannedJob): string {
  const h = createHash("sha256").update(`${RBDOC_VERSION}\n${job.id}\n`);
  for (const dir of [CODE_DIR, job.dataDir, BUILTIN_TEMPLATES_DIR, FONTS_DIR, BUILTIN_INSTRUMENTS_DIR, ...(job.templates ? [job.templates] : [])]) h.update(folderHash(dir));
  return h.digest("hex");
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
