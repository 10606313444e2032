import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import { BUILTIN_INSTRUMENTS_DIR } from "../assets.js";
import { text, type Diagnostic, type LocalizedText } from "../diagnostics/diagnostic.js";
import { komponenOf } from "../domain/evaluasi-rb.js";
import { EvaluasiTahun, Instrumen, type Komponen } from "../schema/evaluasi.js";
import type { RoadMap } from "../schema/roadmap.js";
import { closest } from "../util/suggest.js";
import { dataFilesIn, parseFile, toPlain } from "./load.js";
import { SourceMap } from "./source-map.js";
import { describeIssues } from "./zod-issues.js";
import type { z } from "zod";

/** Instruments shipped with rbdoc; a data folder may add its own in `instrumen/`. */
export const BUILTIN_INSTRUMENTS = BUILTIN_INSTRUMENTS_DIR;
export const INSTRUMENT_FOLDER = "instrumen";
export const EVALUATION_FOLDER = "evaluasi";

export interface EvaluasiYear {
  data: EvaluasiTahun;
  instrumen: Instrumen;
  displayPath: string;
}

export interface LoadedEvaluasi {
  instruments: Map<string, Instrumen>;
  years: EvaluasiYear[];
  diagnostics: Diagnostic[];
}

type Path = (string | number)[];

/** Reads every instrument and every `evaluasi/<tahun>.yaml`, checking weights, ranges and references. */
export function loadEvaluasi(dataDir: string, rm: RoadMap | undefined): LoadedEvaluasi {
  const diagnostics: Diagnostic[] = [];
  const instruments = new Map<string, Instrumen>();
  for (const dir of [BUILTIN_INSTRUMENTS, join(dataDir, INSTRUMENT_FOLDER)]) {
    for (const { value, at } of readFiles(dir, Instrumen, diagnostics)) {
      const problems = checkInstrument(value);
      problems.forEach((p) => at(p.path, p.message));
      if (problems.length === 0) instruments.set(value.id, value);
    }
  }

  const years: EvaluasiYear[] = [];
  const dir = join(dataDir, EVALUATION_FOLDER);
  for (const { value, at, name } of readFiles(dir, EvaluasiTahun, diagnostics)) {
    if (basename(name).replace(/\.(ya?ml|json)$/i, "") !== String(value.tahun)) {
      at(["tahun"], text(`tahun ${value.tahun} tidak sama dengan nama berkas '${name}' (namai berkas ${value.tahun}.yaml)`, `year ${value.tahun} does not match the file name '${name}'`));
      continue;
    }
    const inst = instruments.get(value.instrumen);
    if (!inst) {
      const hint = closest(value.instrumen, instruments.keys());
      at(["instrumen"], text(`instrumen '${value.instrumen}' tidak ada${hint ? ` (maksudnya '${hint}'?)` : ""}`, `instrument '${value.instrumen}' does not exist${hint ? ` (did you mean '${hint}'?)` : ""}`));
      continue;
    }
    const before = diagnostics.length;
    checkScores(value, inst, rm, at);
    if (rm && (value.tahun < rm.periode.mulai || value.tahun > rm.periode.selesai)) {
      at(["tahun"], text(`tahun ${value.tahun} di luar periode ${rm.periode.mulai}-${rm.periode.selesai}`, `year ${value.tahun} is outside the period ${rm.periode.mulai}-${rm.periode.selesai}`));
    }
    if (!diagnostics.slice(before).some((d) => d.severity === "error")) years.push({ data: value, instrumen: inst, displayPath: name });
  }
  years.sort((a, b) => a.data.tahun - b.data.tahun);
  return { instruments, years, diagnostics };
}

function readFiles<T extends z.ZodType>(dir: string, schema: T, diagnostics: Diagnostic[]) {
  const out: { value: z.infer<T>; name: string; at: (path: Path, message: LocalizedText, severity?: Diagnostic["severity"]) => void }[] = [];
  if (!existsSync(dir)) return out;
  for (const name of dataFilesIn(dir)) {
    const file = parseFile(join(dir, name), diagnostics);
    if (!file) continue;
    const sources = new SourceMap();
    sources.add([], file);
    const at = (path: Path, message: LocalizedText, severity: Diagnostic["severity"] = "error") =>
      diagnostics.push({ severity, ...sources.locate(path), file: file.displayPath, path, message });
    const r = schema.safeParse(toPlain(file, diagnostics), { reportInput: true });
    if (!r.success) {
      describeIssues(r.error.issues).forEach((p) => at(p.path, p.message));
      continue;
    }
    out.push({ value: r.data, name, at });
  }
  return out;
}

/** Ids unique, each node's weight the sum of its children's, each part's weights its total, ranges the right way round. */
export function checkInstrument(inst: Instrumen): { path: Path; message: LocalizedText }[] {
  const problems: { path: Path; message: LocalizedText }[] = [];
  const seen = new Set<string>();
  for (const k of komponenOf(inst)) {
    if (seen.has(k.id)) problems.push({ path: [...k.path, "id"], message: text(`id komponen '${k.id}' dipakai lebih dari sekali`, `komponen id '${k.id}' is used more than once`) });
    seen.add(k.id);
    if (k.node?.komponen) checkSum(k.node.bobot, k.node.komponen, [...k.path, "bobot"], problems);
    if (k.node?.rentang && k.node.rentang[0] >= k.node.rentang[1]) {
      problems.push({ path: [...k.path, "rentang"], message: text(`rentang [${k.node.rentang.join(", ")}] harus dari kecil ke besar`, `range [${k.node.rentang.join(", ")}] must run from low to high`) });
    }
  }
  inst.bagian.forEach((b, bi) => checkSum(b.total, b.komponen, ["bagian", bi, "total"], problems));
  return problems;
}

function checkSum(expected: number, children: readonly Komponen[], path: Path, problems: { path: Path; message: LocalizedText }[]): void {
  const sum = children.reduce((n, c) => n + c.bobot, 0);
  if (Math.abs(sum - expected) > 1e-6) {
    const s = String(Math.round(sum * 1e6) / 1e6);
    problems.push({ path, message: text(`bobot ${expected} tidak sama dengan jumlah bobot sub-komponennya (${s})`, `weight ${expected} differs from the sum of its sub-komponen weights (${s})`) });
  }
}

function checkScores(value: EvaluasiTahun, inst: Instrumen, rm: RoadMap | undefined, at: (path: Path, message: LocalizedText, severity?: Diagnostic["severity"]) => void): void {
  const nodes = new Map(komponenOf(inst).map((k) => [k.id, k]));
  const leaves = [...nodes.values()].filter((k) => k.leaf).map((k) => k.id);
  for (const [id, v] of Object.entries(value.penilaian_mandiri)) {
    const k = nodes.get(id);
    if (!k || !k.leaf) {
      const hint = closest(id, leaves);
      at(["penilaian_mandiri", id], text(`'${id}' bukan komponen daun instrumen ${inst.id}${hint ? ` (maksudnya '${hint}'?)` : ""}`, `'${id}' is not a leaf komponen of instrument ${inst.id}${hint ? ` (did you mean '${hint}'?)` : ""}`));
      continue;
    }
    const [min, max] = k.node?.rentang ?? [0, 100];
    if (v < min || v > max) at(["penilaian_mandiri", id], text(`nilai ${v} di luar rentang ${min}-${max}`, `score ${v} is outside the range ${min}-${max}`));
  }
  const missing = leaves.filter((id) => value.penilaian_mandiri[id] === undefined);
  if (missing.length > 0 && Object.keys(value.penilaian_mandiri).length > 0) {
    at(["penilaian_mandiri"], text(`${missing.length} komponen belum dinilai (${missing.slice(0, 3).join(", ")}${missing.length > 3 ? ", …" : ""}); totalnya ditulis belum lengkap`, `${missing.length} komponen not yet scored; the total is shown as incomplete`), "warning");
  }
  for (const [id, v] of Object.entries(value.resmi)) {
    const bagian = inst.bagian.find((b) => b.id === id);
    const k = nodes.get(id);
    if (!k) {
      at(["resmi", id], text(`komponen '${id}' tidak ada di instrumen ${inst.id}`, `komponen '${id}' does not exist in instrument ${inst.id}`));
      continue;
    }
    const max = bagian ? bagian.total : k.node!.bobot;
    if (v < 0 || v > max) at(["resmi", id], text(`nilai resmi ${v} di luar 0-${max} (bobot komponen)`, `official score ${v} is outside 0-${max} (the komponen weight)`));
  }
  if (rm) {
    const pds = new Set(rm.perangkat_daerah.map((p) => p.id));
    value.rekomendasi.forEach((r, i) =>
      r.pd.forEach((pd, j) => {
        if (!pds.has(pd)) {
          const hint = closest(pd, pds);
          at(["rekomendasi", i, "pd", j], text(`Perangkat Daerah '${pd}' tidak ada${hint ? ` (maksudnya '${hint}'?)` : ""}`, `Perangkat Daerah '${pd}' does not exist`));
        }
      }),
    );
  }
}
