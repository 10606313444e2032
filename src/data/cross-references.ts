import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { text, type Diagnostic, type LocalizedText } from "../diagnostics/diagnostic.js";
import { expectedRegulationKind, periodYears } from "../domain/pemda.js";
import { checkRealisasi, fitsDirection, parseTarget } from "../domain/target.js";
import type { RoadMap } from "../schema/roadmap.js";
import type { RawValue } from "../schema/values.js";
import { closest } from "../util/suggest.js";

type Path = (string | number)[];
export interface Problem {
  path: Path;
  message: LocalizedText;
  severity?: Diagnostic["severity"];
}

/** Checks what a schema cannot: ids, references between tables, years against the period, files. */
export function checkCrossReferences(rm: RoadMap, dataDir: string, options: { unparsedAreaIds?: ReadonlySet<string> } = {}): Problem[] {
  const problems: Problem[] = [];
  const years = periodYears(rm.periode);
  const scales = new Map(rm.skala.map((s) => [s.id, s.nilai]));

  const pdIds = uniqueIds(rm.perangkat_daerah, ["perangkat_daerah"], problems);
  const sasaranIds = uniqueIds(rm.sasaran, ["sasaran"], problems);
  const areaIds = uniqueIds(rm.area_perubahan, ["area_perubahan"], problems);
  options.unparsedAreaIds?.forEach((id) => areaIds.add(id));
  uniqueIds(rm.skala, ["skala"], problems);
  checkAliases(rm, problems);

  const indicatorSeen = new Map<string, string>();
  const noteIndicator = (id: string, path: Path) => {
    const where = indicatorSeen.get(id);
    if (where) problems.push({ path: [...path, "id"], message: text(`id indikator '${id}' sudah dipakai di ${where}`, `indicator id '${id}' is already used at ${where}`) });
    else indicatorSeen.set(id, path.join("."));
  };

  const codeSeen = new Map<string, string>();
  const usedPd = new Set<string>();
  const refPd = (id: string, path: Path) => {
    usedPd.add(id);
    if (!pdIds.has(id)) problems.push({ path, message: unknownRef("Perangkat Daerah", id, pdIds) });
  };

  rm.sasaran.forEach((s, si) =>
    s.indikator.forEach((ind, ii) => {
      const path: Path = ["sasaran", si, "indikator", ii];
      noteIndicator(ind.id, path);
      checkValue(ind, ind.baseline.nilai, [...path, "baseline", "nilai"], scales, problems);
      checkTargets(ind, ind.target, years, path, scales, problems);
    }),
  );

  rm.evaluasi_sebelumnya?.sasaran.forEach((s, si) =>
    s.indikator.forEach((ind, ii) => {
      const path: Path = ["evaluasi_sebelumnya", "sasaran", si, "indikator", ii];
      checkScale(ind, path, scales, problems);
      checkValue(ind, ind.baseline, [...path, "baseline"], scales, problems);
      checkValue(ind, ind.target, [...path, "target"], scales, problems);
      if (ind.realisasi) checkValue(ind, ind.realisasi.nilai, [...path, "realisasi", "nilai"], scales, problems);
    }),
  );

  rm.area_perubahan.forEach((area, ai) => {
    const areaPath: Path = ["area_perubahan", ai];
    area.sasaran.forEach((id, k) => {
      if (!sasaranIds.has(id)) problems.push({ path: [...areaPath, "sasaran", k], message: unknownRef("sasaran", id, sasaranIds) });
    });
    area.indikator.forEach((ind, ii) => {
      const path: Path = [...areaPath, "indikator", ii];
      noteIndicator(ind.id, path);
      if (ind.baseline) checkValue(ind, ind.baseline.nilai, [...path, "baseline", "nilai"], scales, problems);
      checkTargets(ind, ind.target, years, path, scales, problems);
      ind.kegiatan.forEach((k, ki) =>
        k.rencana_aksi.forEach((ra, ri) => {
          const raPath: Path = [...path, "kegiatan", ki, "rencana_aksi", ri];
          const where = codeSeen.get(ra.kode);
          if (where) problems.push({ path: [...raPath, "kode"], message: text(`kode rencana aksi '${ra.kode}' sudah dipakai rencana aksi lain (area ${where})`, `rencana aksi code '${ra.kode}' is already used by another rencana aksi (area ${where})`) });
          else codeSeen.set(ra.kode, `${area.id}`);
          ra.pengampu.forEach((id, pi) => refPd(id, [...raPath, "pengampu", ...(ra.pengampu.length > 1 ? [pi] : [])]));
          const scheduled = ra.tahun === "n.a" ? [] : ra.tahun;
          scheduled.forEach((y, yi) => {
            if (!years.includes(y)) problems.push({ path: [...raPath, "tahun", yi], message: outsidePeriod(y, rm.periode) });
          });
          if (ra.tahun !== "n.a" && scheduled.length === 0) {
            problems.push({ severity: "warning", path: [...raPath, "tahun"], message: text("rencana aksi ini tidak dijadwalkan pada tahun mana pun", "this rencana aksi is not scheduled in any year") });
          }
          if (new Set(scheduled).size !== scheduled.length) {
            problems.push({ path: [...raPath, "tahun"], message: text("tahun yang sama ditulis dua kali", "the same year is listed twice") });
          }
        }),
      );
    });
  });

  rm.quick_wins?.mandiri.forEach((q, i) => refPd(q.pd, ["quick_wins", "mandiri", i, "pd"]));
  rm.tim.pokja.forEach((p, i) => {
    if (!areaIds.has(p.area)) problems.push({ path: ["tim", "pokja", i, "area"], message: unknownRef("area perubahan", p.area, areaIds) });
    p.pd.forEach((id, k) => {
      if (!pdIds.has(id)) problems.push({ path: ["tim", "pokja", i, "pd", k], message: unknownRef("Perangkat Daerah", id, pdIds) });
    });
  });

  const responsible = new Set(rm.area_perubahan.flatMap((a) => a.indikator.flatMap((i) => i.kegiatan.flatMap((k) => k.rencana_aksi.flatMap((r) => r.pengampu)))));
  rm.perangkat_daerah.forEach((pd, i) => {
    if (!responsible.has(pd.id)) {
      problems.push({
        severity: "warning",
        path: ["perangkat_daerah", i, "id"],
        message: text(`Perangkat Daerah '${pd.id}' tidak menjadi pengampu satu pun rencana aksi`, `Perangkat Daerah '${pd.id}' is not responsible for any rencana aksi`),
      });
    }
  });

  if (rm.regulasi.jenis !== expectedRegulationKind(rm.pemda)) {
    problems.push({
      severity: "warning",
      path: ["regulasi", "jenis"],
      message: text(`jenis '${rm.regulasi.jenis}' tidak lazim untuk pemda ${rm.pemda.jenis}`, `kind '${rm.regulasi.jenis}' is unusual for a ${rm.pemda.jenis}`),
    });
  }

  checkFile(rm.pemda.lambang, ["pemda", "lambang"], dataDir, problems);
  checkProse(rm, dataDir, problems);
  return problems;
}

function checkProse(rm: RoadMap, dataDir: string, problems: Problem[]): void {
  const figureNumbers = new Map<string, Path>();
  const tableNumbers = new Map<string, Path>();
  const tableKinds = new Map<string, Path>();
  rm.lampiran.forEach((part, pi) =>
    part.isi.forEach((block, bi) => {
      const path: Path = ["lampiran", pi, "isi", bi];
      if ("gambar" in block) {
        noteUnique(figureNumbers, block.gambar.nomor, [...path, "gambar", "nomor"], "gambar", problems);
        checkFile(block.gambar.berkas, [...path, "gambar", "berkas"], dataDir, problems);
      }
      if ("tabel" in block) {
        noteUnique(tableNumbers, block.tabel.nomor, [...path, "tabel", "nomor"], "tabel", problems);
        noteUnique(tableKinds, block.tabel.isi, [...path, "tabel", "isi"], "isi tabel", problems);
      }
    }),
  );
}

function noteUnique(seen: Map<string, Path>, key: string, path: Path, what: string, problems: Problem[]): void {
  if (seen.has(key)) {
    problems.push({ path, message: text(`${what} '${key}' muncul dua kali`, `${what} '${key}' appears twice`) });
  } else seen.set(key, path);
}

function checkFile(relPath: string | undefined, path: Path, dataDir: string, problems: Problem[]): void {
  if (relPath === undefined) return;
  if (!/\.(png|jpe?g)$/i.test(relPath)) {
    problems.push({ path, message: text(`berkas gambar harus PNG atau JPEG, ditemukan '${relPath}'`, `image file must be PNG or JPEG, found '${relPath}'`) });
  } else if (!existsSync(join(dataDir, relPath))) {
    problems.push({ path, message: text(`berkas gambar '${relPath}' tidak ditemukan di folder data`, `image file '${relPath}' not found in the data folder`) });
  } else if (!looksLikeImage(join(dataDir, relPath))) {
    problems.push({ path, message: text(`berkas '${relPath}' bukan gambar PNG atau JPEG yang utuh`, `'${relPath}' is not a whole PNG or JPEG image`) });
  }
}

/** PNG and JPEG files start with fixed signatures; a renamed or truncated file does not. */
function looksLikeImage(path: string): boolean {
  const head = readFileSync(path).subarray(0, 8);
  const png = head.length === 8 && head.readUInt32BE(0) === 0x89504e47 && head.readUInt32BE(4) === 0x0d0a1a0a;
  const jpeg = head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
  return png || jpeg;
}

function uniqueIds(items: readonly { id: string }[], path: Path, problems: Problem[]): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, i) => {
    if (ids.has(item.id)) problems.push({ path: [...path, i, "id"], message: text(`id '${item.id}' dipakai lebih dari sekali`, `id '${item.id}' is used more than once`) });
    ids.add(item.id);
  });
  return ids;
}

/** One PD, many spellings: an alias may not stand for two PDs, or a reader could not tell which. */
function checkAliases(rm: RoadMap, problems: Problem[]): void {
  const owner = new Map<string, string>();
  rm.perangkat_daerah.forEach((pd, i) => {
    [pd.nama, pd.singkatan, ...pd.alias].forEach((name) => {
      const key = name.toLocaleLowerCase("id");
      const other = owner.get(key);
      if (other && other !== pd.id) {
        problems.push({ path: ["perangkat_daerah", i], message: text(`nama '${name}' juga dipakai oleh '${other}'`, `name '${name}' is also used by '${other}'`) });
      }
      owner.set(key, pd.id);
    });
  });
}

export interface IndicatorLike {
  jenis: "angka" | "persen" | "kategori";
  skala?: string;
  arah?: "naik" | "turun" | "capai";
}

export function checkScale(ind: IndicatorLike, path: Path, scales: Map<string, string[]>, problems: Problem[]): boolean {
  if (ind.jenis !== "kategori") return true;
  if (!ind.skala) {
    problems.push({ path: [...path, "skala"], message: text("indikator kategori memerlukan 'skala'", "a category indicator needs 'skala'") });
    return false;
  }
  if (!scales.has(ind.skala)) {
    problems.push({ path: [...path, "skala"], message: unknownRef("skala", ind.skala, new Set(scales.keys())) });
    return false;
  }
  return true;
}

/** A baseline or a realised value: a plain value of the indicator's kind, or a score with its grade. */
export function checkValue(ind: IndicatorLike, raw: RawValue, path: Path, scales: Map<string, string[]>, problems: Problem[]): void {
  if (ind.jenis === "kategori" && (!ind.skala || !scales.has(ind.skala))) return;
  const r = checkRealisasi(raw, { jenis: ind.jenis, scale: ind.skala ? scales.get(ind.skala) : undefined });
  if (!r.ok) {
    const found = JSON.stringify(raw);
    problems.push({ path, message: text(`diharapkan ${r.expected.id}, ditemukan ${found}`, `expected ${r.expected.en}, found ${found}`) });
  }
}

/** A target: a plain value, a threshold, a range or a score with its grade, fitting the direction. */
function checkTarget(ind: IndicatorLike, raw: RawValue, path: Path, scales: Map<string, string[]>, problems: Problem[]): void {
  if (ind.jenis === "kategori" && (!ind.skala || !scales.has(ind.skala))) return;
  const r = parseTarget(raw, { jenis: ind.jenis, scale: ind.skala ? scales.get(ind.skala) : undefined });
  const found = JSON.stringify(raw);
  if (!r.ok) {
    problems.push({ path, message: text(`diharapkan ${r.expected.id}, ditemukan ${found}`, `expected ${r.expected.en}, found ${found}`) });
    return;
  }
  if (ind.arah && !fitsDirection(r.target, ind.arah)) {
    const arah = ind.arah === "naik" ? "naik (makin tinggi makin baik)" : "turun (makin rendah makin baik)";
    problems.push({ path, message: text(`target ${found} tidak sesuai arah indikator ${arah}`, `target ${found} does not fit the indicator's direction ${ind.arah}`) });
  }
}

function checkTargets(
  ind: IndicatorLike,
  target: Record<string, RawValue>,
  years: number[],
  path: Path,
  scales: Map<string, string[]>,
  problems: Problem[],
): void {
  checkScale(ind, path, scales, problems);
  for (const [key, raw] of Object.entries(target)) {
    const year = Number(key);
    if (!years.includes(year)) {
      problems.push({ path: [...path, "target", key], message: outsideYears(year, years) });
      continue;
    }
    checkTarget(ind, raw, [...path, "target", key], scales, problems);
  }
  for (const year of years) {
    if (!(String(year) in target)) {
      problems.push({
        path: [...path, "target"],
        message: text(`target tahun ${year} belum diisi (tulis "n.a" bila tidak tersedia)`, `target for ${year} is missing (write "n.a" if not available)`),
      });
    }
  }
}

export function outsidePeriod(year: number, periode: RoadMap["periode"]): LocalizedText {
  return text(`tahun ${year} di luar periode ${periode.mulai}-${periode.selesai}`, `year ${year} is outside the period ${periode.mulai}-${periode.selesai}`);
}

function outsideYears(year: number, years: number[]): LocalizedText {
  return outsidePeriod(year, { mulai: years[0], selesai: years[years.length - 1] });
}

export function unknownRef(what: string, id: string, known: Iterable<string>): LocalizedText {
  const hint = closest(id, known);
  return text(
    `${what} '${id}' tidak ada${hint ? ` (maksudnya '${hint}'?)` : ""}`,
    `${what} '${id}' does not exist${hint ? ` (did you mean '${hint}'?)` : ""}`,
  );
}
