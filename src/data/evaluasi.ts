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
    if (rm) checkTematik(inst, rm, at);
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
    else if (k.node?.bobot_asumsi) problems.push({ path: [...k.path, "bobot_asumsi"], message: text("bobot_asumsi berlaku bagi bobot sub-komponen; komponen daun ini tidak punya sub-komponen", "bobot_asumsi is about the weights of sub-komponen; this leaf has none") });
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

const normalName = (s: string) => s.toLocaleLowerCase("id").replace(/\s+/g, " ").trim();

/**
 * The instrument's RB Tematik themes against the road map's RB Tematik areas. The instrument's part
 * holding komponen marked `tema` (or naming `area`) goes with the road map group of the same name
 * ("RB Tematik", ignoring case). A theme scores the areas its `area` names, else the group's area
 * whose `nama` equals its own, ignoring case. An area no theme scores is not evaluated by this
 * instrument, and a theme no area answers is scored on nothing the road map plans: both are said.
 */
function checkTematik(inst: Instrumen, rm: RoadMap, at: (path: Path, message: LocalizedText, severity?: Diagnostic["severity"]) => void): void {
  const themes = komponenOf(inst).filter((k) => k.node?.tema || k.node?.area);
  if (themes.length === 0) return;
  const areaIds = new Set(rm.area_perubahan.map((a) => a.id));
  for (const t of themes) {
    t.node!.area?.forEach((id) => {
      if (!areaIds.has(id)) {
        const hint = closest(id, areaIds);
        at(["instrumen"], text(`komponen '${t.id}' instrumen ${inst.id} menilai area '${id}' ('area') yang tidak ada di road map${hint ? ` (maksudnya '${hint}'?)` : ""}`, `komponen '${t.id}' of instrument ${inst.id} scores area '${id}' ('area'), which the road map does not have`), "warning");
      }
    });
  }
  inst.bagian.forEach((bagian, bi) => {
    const inPart = themes.filter((t) => t.path[1] === bi);
    const group = rm.kelompok.find((g) => normalName(g.nama) === normalName(bagian.nama));
    if (inPart.length > 0 && group) checkThemes(inst, bagian.nama, inPart.map((t) => t.node!), group, rm, at);
  });
}

function checkThemes(inst: Instrumen, part: string, themes: Komponen[], group: RoadMap["kelompok"][number], rm: RoadMap, at: (path: Path, message: LocalizedText, severity?: Diagnostic["severity"]) => void): void {
  const areaIds = new Set(rm.area_perubahan.map((a) => a.id));
  const areas = rm.area_perubahan.filter((a) => a.kelompok === group.id);
  const scored = new Set<string>();
  const unanswered: string[] = [];
  for (const t of themes) {
    const ids = t.area ?? areas.filter((a) => normalName(a.nama) === normalName(t.nama)).map((a) => a.id);
    ids.forEach((id) => scored.add(id));
    if (!ids.some((id) => areaIds.has(id))) unanswered.push(t.nama);
  }
  const unscored = areas.filter((a) => !scored.has(a.id)).map((a) => a.nama);
  const list = (names: string[]) => names.map((n) => `'${n}'`).join(", ");
  if (unscored.length > 0) {
    at(
      ["instrumen"],
      text(
        `area ${group.nama} road map tanpa komponen di instrumen ${inst.id}: ${list(unscored)}; capaiannya tidak dinilai oleh instrumen ini (komponen dicocokkan dengan nama area, atau dengan 'area' pada komponen)`,
        `${group.nama} areas of the road map with no komponen in instrument ${inst.id}: ${list(unscored)}; this instrument does not score them (komponen match an area by name, or by 'area' on the komponen)`,
      ),
      "warning",
    );
  }
  if (unanswered.length > 0) {
    at(
      ["instrumen"],
      text(
        `tema ${part} instrumen ${inst.id} tanpa area di road map: ${list(unanswered)}; nilainya tidak bersandar pada rencana aksi road map`,
        `${part} themes of instrument ${inst.id} with no area in the road map: ${list(unanswered)}; their scores rest on no action the road map plans`,
      ),
      "warning",
    );
  }
}
