import { text, type Diagnostic } from "../diagnostics/diagnostic.js";
import { parseFile, toPlain } from "../data/load.js";
import { SourceMap } from "../data/source-map.js";
import { describeIssues } from "../data/zod-issues.js";
import { z } from "zod";
import { BATCH_COMMANDS, Job, JobsFile } from "../schema/jobs.js";
import { closest } from "../util/suggest.js";

/** The options each command takes in a jobs file; `data` is the data folder, the rest its flags. */
const ALLOWED: Record<(typeof BATCH_COMMANDS)[number], readonly string[]> = {
  perwali: ["data", "format", "out", "edition", "lampiran-only", "templates"],
  laporan: ["data", "tahun", "periode", "pd", "format", "out", "templates"],
  evaluasi: ["data", "sampai", "format", "out", "templates"],
  formulir: ["data", "periode", "pd", "indikator", "batas", "kontak", "out", "templates"],
};

export interface PlannedJob {
  /** Stable across runs: the command line itself. */
  id: string;
  command: string;
  args: string[];
  dataDir: string;
  templates?: string;
  out: string;
}

/** Reads and checks a jobs file, with file:line messages like the data's. */
export function readJobs(path: string): { jobs: PlannedJob[]; out: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const file = parseFile(path, diagnostics);
  if (!file) return { jobs: [], out: "output", diagnostics };
  const sources = new SourceMap();
  sources.add([], file);
  const at = (p: (string | number)[], message: Diagnostic["message"]) => diagnostics.push({ severity: "error", ...sources.locate(p), file: file.displayPath, path: p, message });
  // Each job is checked on its own, so one bad job does not hide the mistakes of another.
  const raw = toPlain(file, diagnostics) as { jobs?: unknown } | undefined;
  const parsed = JobsFile.omit({ jobs: true }).extend({ jobs: z.array(z.unknown()).min(1) }).safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    for (const p of describeIssues(parsed.error.issues)) at(p.path, p.message);
    return { jobs: [], out: "output", diagnostics };
  }
  const checkedJobs: (Record<string, Record<string, unknown>> | undefined)[] = parsed.data.jobs.map((j, i) => {
    const r = Job.safeParse(j, { reportInput: true });
    if (r.success) return r.data as Record<string, Record<string, unknown>>;
    for (const p of describeIssues(r.error.issues, ["jobs", i])) at(p.path, p.message);
    return undefined;
  });
  const jobs: PlannedJob[] = [];
  checkedJobs.forEach((job, i) => {
    if (!job) return;
    const [command, options] = Object.entries(job)[0];
    const allowed = ALLOWED[command as keyof typeof ALLOWED];
    let ok = true;
    for (const key of Object.keys(options)) {
      if (!allowed.includes(key)) {
        ok = false;
        const hint = closest(key, allowed);
        at(["jobs", i, command, key], text(`opsi '${key}' tidak dikenal untuk ${command}${hint ? ` (maksudnya '${hint}'?)` : ""}`, `unknown option '${key}' for ${command}${hint ? ` (did you mean '${hint}'?)` : ""}`));
      }
    }
    if (!ok) return;
    const dataDir = String(options.data ?? "data/probolinggo-2020-2024");
    const out = String(options.out ?? parsed.data.out);
    const args = [command, dataDir];
    for (const [key, value] of Object.entries(options)) {
      if (key === "data" || key === "out") continue;
      if (value === true) args.push(`--${key}`);
      else if (value === false) args.push(`--no-${key}`);
      else for (const v of Array.isArray(value) ? value : [value]) args.push(`--${key}`, String(v));
    }
    args.push("--out", out);
    jobs.push({ id: args.join(" "), command, args, dataDir, templates: options.templates === undefined ? undefined : String(options.templates), out });
  });
  return { jobs: diagnostics.some((d) => d.severity === "error") ? [] : jobs, out: parsed.data.out, diagnostics };
}
