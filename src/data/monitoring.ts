import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import { isMap } from "yaml";
import { text, type Diagnostic } from "../diagnostics/diagnostic.js";
import { parsePeriode, type Periode } from "../domain/periode.js";
import { MonitoringFile } from "../schema/monitoring.js";
import { dataFilesIn, parseFile, toPlain } from "./load.js";
import { SourceMap } from "./source-map.js";
import { describeIssues } from "./zod-issues.js";

/** Monitoring lives beside the road map: one file per reporting period, `monitoring/2021-S2.yaml`. */
export const MONITORING_FOLDER = "monitoring";

export interface MonitoringPeriod {
  periode: Periode;
  data: MonitoringFile;
  /** Path as shown to the user, and the file's path inside the data folder. */
  displayPath: string;
  relPath: string;
  sources: SourceMap;
}

export interface LoadedMonitoring {
  periods: MonitoringPeriod[];
  /** Whether every monitoring file parsed and passed its schema. */
  complete: boolean;
  diagnostics: Diagnostic[];
}

/** Reads and schema-checks every monitoring file; the rules that need the road map come later. */
export function loadMonitoring(dataDir: string): LoadedMonitoring {
  const dir = join(dataDir, MONITORING_FOLDER);
  const diagnostics: Diagnostic[] = [];
  const periods: MonitoringPeriod[] = [];
  let complete = true;
  if (!existsSync(dir)) return { periods, complete, diagnostics };

  for (const name of dataFilesIn(dir)) {
    const file = parseFile(join(dir, name), diagnostics);
    if (!file) {
      complete = false;
      continue;
    }
    const sources = new SourceMap();
    sources.add([], file);
    const at = (path: (string | number)[], message: Diagnostic["message"], severity: Diagnostic["severity"] = "error") =>
      diagnostics.push({ severity, ...sources.locate(path), file: file.displayPath, path, message });
    if (!isMap(file.document.contents)) {
      complete = false;
      at([], text("berkas monitoring harus berisi pemetaan kunci: nilai", "a monitoring file must hold a mapping of key: value"));
      continue;
    }
    const result = MonitoringFile.safeParse(toPlain(file, diagnostics), { reportInput: true });
    if (!result.success) {
      complete = false;
      for (const p of describeIssues(result.error.issues)) at(p.path, p.message);
      continue;
    }
    const periode = parsePeriode(result.data.periode)!;
    const stem = basename(name).replace(/\.(ya?ml|json)$/i, "");
    if (stem !== periode.id) {
      complete = false;
      at(["periode"], text(`periode '${periode.id}' tidak sama dengan nama berkas '${name}' (namai berkas ${periode.id}.yaml)`, `period '${periode.id}' does not match the file name '${name}' (name the file ${periode.id}.yaml)`));
      continue;
    }
    periods.push({ periode, data: result.data, displayPath: file.displayPath, relPath: `${MONITORING_FOLDER}/${name}`, sources });
  }

  // Two periods of one year that end on the same day (2021 and 2021-S2) leave "the year's figure" ambiguous.
  const byEnd = new Map<string, MonitoringPeriod>();
  for (const p of periods) {
    const other = byEnd.get(p.periode.selesai);
    if (other) {
      complete = false;
      diagnostics.push({
        severity: "error",
        ...p.sources.locate(["periode"]),
        path: ["periode"],
        message: text(
          `periode ${p.periode.id} dan ${other.periode.id} berakhir pada hari yang sama; simpan salah satu saja`,
          `periods ${p.periode.id} and ${other.periode.id} end on the same day; keep only one`,
        ),
      });
    } else byEnd.set(p.periode.selesai, p);
  }
  return { periods, complete, diagnostics };
}
