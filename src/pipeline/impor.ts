import { existsSync, readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { text, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { MonitoringPeriod } from "../data/monitoring.js";
import { planMerge, type MergePlan } from "../data/monitoring-merge.js";
import { parsePeriode } from "../domain/periode.js";
import { prefillSource } from "../forms/build.js";
import { readForm, type FilledForm } from "../forms/read.js";
import type { RoadMap } from "../schema/roadmap.js";

/** A filled form is a few hundred kilobytes; anything far larger is not one of ours. */
const MAX_FORM_BYTES = 20 * 1024 * 1024;

export interface ImportResult extends MergePlan {
  /** Forms left out of the merge because they have errors. */
  refused: string[];
}

/**
 * Reads the filled forms and plans their merge. With `partial`, forms with errors are left out and
 * the clean ones merged; without it, one error anywhere means nothing is to be written.
 */
export async function planImport(dataDir: string, rm: RoadMap, monitoring: readonly MonitoringPeriod[], paths: readonly string[], partial: boolean): Promise<ImportResult> {
  const diagnostics: Diagnostic[] = [];
  const forms: FilledForm[] = [];
  const refused = new Set<string>();
  for (const path of paths) {
    const name = basename(path);
    const problem = unreadable(path);
    if (problem) {
      diagnostics.push({ severity: "error", file: name, path: [], message: problem });
      refused.add(name);
      continue;
    }
    const earlier = (pd: string, periodeId: string) => prefillSource(monitoring, parsePeriode(periodeId)!)?.data.laporan[pd];
    const form = await readForm(readFileSync(path), name, rm, earlier);
    diagnostics.push(...form.diagnostics);
    if (form.diagnostics.some((d) => d.severity === "error")) refused.add(name);
    if ("kind" in form) forms.push(form);
  }
  // Rules that need the merged data (selesai with 100%, evidence dates, …) are checked on every
  // form that could be read, bad cells and all, so one run reports every problem.
  let plan = planMerge(dataDir, rm, forms);
  plan.diagnostics.filter((d) => d.severity === "error").forEach((d) => refused.add(d.file ?? ""));
  if (partial && refused.size > 0) {
    const retry = planMerge(dataDir, rm, forms.filter((f) => !refused.has(f.file)));
    plan = { ...retry, diagnostics: plan.diagnostics };
  }
  diagnostics.push(...plan.diagnostics);
  if (refused.size > 0 && !partial) return { writes: [], counts: [], diagnostics, refused: [...refused] };
  return { ...plan, diagnostics, refused: [...refused] };
}

function unreadable(path: string) {
  if (!existsSync(path)) return text("berkas tidak ditemukan", "file not found");
  const stat = statSync(path);
  if (!stat.isFile()) return text("bukan berkas biasa", "not a regular file");
  if (stat.size > MAX_FORM_BYTES) return text(`berkas terlalu besar untuk sebuah formulir (${Math.round(stat.size / 1048576)} MB)`, `file too large for a form (${Math.round(stat.size / 1048576)} MB)`);
  if (!/\.xlsx$/i.test(path)) return text("formulir harus berkas .xlsx", "a form must be an .xlsx file");
  return undefined;
}
