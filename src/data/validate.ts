import { z } from "zod";
import { text, type Diagnostic, type LocalizedText } from "../diagnostics/diagnostic.js";
import { comparePeriode } from "../domain/periode.js";
import { RoadMap } from "../schema/roadmap.js";
import { checkCrossReferences } from "./cross-references.js";
import { checkGlyphs } from "./glyphs.js";
import { loadDataDir, type LoadedData } from "./load.js";
import { checkMonitoring } from "./monitoring-rules.js";
import { loadMonitoring, type MonitoringPeriod } from "./monitoring.js";
import { loadEvaluasi, type EvaluasiYear } from "./evaluasi.js";
import type { Instrumen } from "../schema/evaluasi.js";
import { describeIssues } from "./zod-issues.js";

export interface ValidationResult {
  /** Present when the data has no errors (warnings allowed). */
  roadmap?: RoadMap;
  /** The monitoring periods, oldest first; present with `roadmap` when monitoring was checked. */
  monitoring?: MonitoringPeriod[];
  /** The RB evaluation instruments and yearly scores, checked with the monitoring. */
  evaluasi?: { instruments: Map<string, Instrumen>; years: EvaluasiYear[] };
  diagnostics: Diagnostic[];
  dataDir: string;
}

type Located = { path: (string | number)[]; message: LocalizedText; severity?: Diagnostic["severity"]; code?: string };

/**
 * Loads and checks a road-map folder. Each root key and each area / annex file is checked on its own,
 * so one broken file does not hide the problems of the others, and cross-references are checked on
 * every part that is sound.
 */
export function validateDataDir(dataDir: string, options: { monitoring?: boolean } = {}): ValidationResult {
  const loaded = loadDataDir(dataDir);
  if (loaded.unusable) return { diagnostics: loaded.diagnostics, dataDir };
  const diagnostics = [...loaded.diagnostics];
  const problems: Located[] = [];
  const parsed = parseByParts(loaded, problems);

  const rootResult = RoadMap.safeParse(parsed.candidate, { reportInput: true });
  if (parsed.complete && !rootResult.success) {
    problems.push(...describeIssues(rootResult.error.issues));
  }
  // Cross-references are checked on every sound part, even when another file has errors, so one
  // run shows everything; paths are mapped back to the files the sound parts came from. A root part
  // that failed its schema is missing: empty stand-ins take its place and the checks that need it wait.
  const missing = new Set(Object.keys(RoadMap.shape).filter((k) => !(k in parsed.candidate)));
  const checkedRoadMap = rootResult.success ? rootResult.data : ({ ...STAND_IN, ...parsed.candidate } as RoadMap);
  const checked = [
    ...checkCrossReferences(checkedRoadMap, loaded.dataDir, { unparsedAreaIds: parsed.unparsedAreaIds, missing: rootResult.success ? undefined : missing }),
    ...checkGlyphs(parsed.candidate),
  ];
  problems.push(...checked.map((p) => ({ ...p, path: parsed.originalPath(p.path) })));

  for (const p of problems) {
    const pos = loaded.sources.locate(p.path);
    diagnostics.push({ severity: p.severity ?? "error", ...pos, path: p.path, message: p.message, ...(p.code ? { code: p.code } : {}) });
  }
  // Monitoring is checked against the road map when the road map is sound; a document that needs
  // only the road map (the Perwali) does not load it at all.
  let monitoring: MonitoringPeriod[] | undefined;
  let evaluasi: ValidationResult["evaluasi"];
  if (options.monitoring !== false) {
    const loadedMonitoring = loadMonitoring(loaded.dataDir);
    diagnostics.push(...loadedMonitoring.diagnostics);
    // Against a road map missing a broken area, every report on that area would look wrong: the
    // monitoring rules wait until the road map is whole.
    if (rootResult.success && parsed.complete) {
      for (const period of loadedMonitoring.periods) {
        for (const p of checkMonitoring(rootResult.data, period.data, period.periode, loaded.dataDir)) {
          diagnostics.push({ severity: p.severity ?? "error", ...period.sources.locate(p.path), path: p.path, message: p.message });
        }
      }
    }
    monitoring = [...loadedMonitoring.periods].sort((a, b) => comparePeriode(a.periode, b.periode));
    const loadedEvaluasi = loadEvaluasi(loaded.dataDir, rootResult.success ? rootResult.data : undefined);
    diagnostics.push(...loadedEvaluasi.diagnostics);
    evaluasi = { instruments: loadedEvaluasi.instruments, years: loadedEvaluasi.years };
  }
  const ok = rootResult.success && parsed.complete && !diagnostics.some((d) => d.severity === "error");
  return { roadmap: ok ? rootResult.data : undefined, monitoring: ok ? monitoring : undefined, evaluasi: ok ? evaluasi : undefined, diagnostics, dataDir };
}

/**
 * Empty stand-ins for root parts whose files are broken: the cross-reference checks that need a
 * part skip it when it is missing, so these are never reported on, only walked over.
 */
const STAND_IN = {
  skala: [],
  kelompok: [],
  perangkat_daerah: [],
  sasaran: [],
  area_perubahan: [],
  tim: { pengarah: [], pelaksana: [], pokja: [], monev: [] },
  lampiran: [],
} as unknown as Partial<RoadMap>;

/** Parses the root keys and the per-file lists one by one, collecting every problem. */
interface Parts {
  candidate: Record<string, unknown>;
  complete: boolean;
  /** A path into the candidate, where lists hold only their sound files, as a path into the data. */
  originalPath: (path: (string | number)[]) => (string | number)[];
  /** Ids of areas whose files have errors: still real, so references to them are not reported. */
  unparsedAreaIds: Set<string>;
}

function parseByParts(loaded: LoadedData, problems: Located[]): Parts {
  const shape = RoadMap.shape;
  const candidate: Record<string, unknown> = {};
  const kept = new Map<string, number[]>();
  const unparsedAreaIds = new Set<string>();
  let complete = true;
  for (const [key, fieldSchema] of Object.entries(shape) as [string, z.ZodType][]) {
    const value = loaded.value[key];
    if (key === "area_perubahan" || key === "lampiran") {
      const element = (fieldSchema as z.ZodArray<z.ZodType>).element;
      const items = Array.isArray(value) ? value : [];
      const good: unknown[] = [];
      const indices: number[] = [];
      kept.set(key, indices);
      items.forEach((item, i) => {
        const r = element.safeParse(item, { reportInput: true });
        if (r.success) {
          good.push(r.data);
          indices.push(i);
        } else {
          complete = false;
          const id = (item as { id?: unknown } | null)?.id;
          if (key === "area_perubahan" && typeof id === "string") unparsedAreaIds.add(id);
          problems.push(...describeIssues(r.error.issues, [key, i]));
        }
      });
      if (items.length === 0) {
        complete = false;
        problems.push({
          path: [key],
          message: text(`folder ${key === "lampiran" ? "lampiran/" : "areas/"} kosong atau tidak ada`, `folder ${key === "lampiran" ? "lampiran/" : "areas/"} is empty or missing`),
        });
      }
      candidate[key] = good;
      continue;
    }
    if (value === undefined && loaded.brokenKeys.has(key)) {
      // Its file was refused as a whole and said why; "missing" would only add noise.
      complete = false;
      continue;
    }
    const r = fieldSchema.safeParse(value, { reportInput: true });
    if (r.success) candidate[key] = r.data;
    else {
      complete = false;
      problems.push(...describeIssues(r.error.issues, [key]));
    }
  }
  for (const key of Object.keys(loaded.value)) {
    if (!Object.hasOwn(shape, key)) {
      complete = false;
      problems.push({ path: [key], message: text(`kolom '${key}' tidak dikenal (salah ketik?)`, `unknown field '${key}' (a typo?)`) });
    }
  }
  const originalPath = (path: (string | number)[]) => {
    const [key, index, ...rest] = path;
    const indices = typeof key === "string" ? kept.get(key) : undefined;
    return indices && typeof index === "number" ? [key, indices[index] ?? index, ...rest] : path;
  };
  return { candidate, complete, originalPath, unparsedAreaIds };
}
