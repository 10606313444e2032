import { closeSync, openSync, readSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { resolveInDataDir } from "../util/confine.js";
import { LIMITS } from "./limits.js";
import { PLACEHOLDER_FIGURE, text, type Diagnostic, type LocalizedText } from "../diagnostics/diagnostic.js";
import { expectedRegulationKind, periodYears } from "../domain/pemda.js";
import { thousandsNotes } from "../domain/angka.js";
import { checkRealisasi, fitsDirection, numbersIn, parseTarget } from "../domain/target.js";
import { notReadMessage, numberOf } from "../domain/values.js";
import { indexQuickWins } from "../domain/quick-wins.js";
import { formatNumber } from "../domain/format.js";
import type { RoadMap } from "../schema/roadmap.js";
import type { RawValue } from "../schema/values.js";
import { closest } from "../util/suggest.js";

type Path = (string | number)[];
export interface Problem {
  path: Path;
  message: LocalizedText;
  severity?: Diagnostic["severity"];
  code?: string;
}

const require = createRequire(import.meta.url);

/** Checks what a schema cannot: ids, references between tables, years against the period, files. */
export function checkCrossReferences(rm: RoadMap, dataDir: string, options: { unparsedAreaIds?: ReadonlySet<string>; missing?: ReadonlySet<string> } = {}): Problem[] {
  const problems: Problem[] = [];
  // Parts whose file failed its schema are missing here: the checks that need them wait, so one
  // broken file neither hides the other files' problems nor invents problems of its own.
  const has = (key: keyof RoadMap) => !options.missing?.has(key);
  const years = has("periode") ? periodYears(rm.periode) : undefined;
  const scales = new Map(rm.skala.map((s) => [s.id, s.nilai]));
  const scalesKnown = has("skala");

  const pdIds = uniqueIds(rm.perangkat_daerah, ["perangkat_daerah"], problems);
  const sasaranIds = uniqueIds(rm.sasaran, ["sasaran"], problems);
  const areaIds = uniqueIds(rm.area_perubahan, ["area_perubahan"], problems);
  options.unparsedAreaIds?.forEach((id) => areaIds.add(id));
  uniqueIds(rm.skala, ["skala"], problems);
  const groupIds = uniqueIds(rm.kelompok, ["kelompok"], problems);
  checkAliases(rm, problems);
  // With groups (RB General and RB Tematik), every area belongs to one; without, none names one.
  const refGroup = (id: string | undefined, path: Path, required: boolean) => {
    if (!has("kelompok")) return;
    if (id === undefined) {
      if (required && groupIds.size > 0) problems.push({ path, message: text(`'kelompok' wajib diisi karena road map memakai kelompok: ${[...groupIds].join(", ")}`, `'kelompok' is required since the road map uses groups: ${[...groupIds].join(", ")}`) });
    } else if (!groupIds.has(id)) problems.push({ path, message: unknownRef("kelompok", id, groupIds) });
  };

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
    if (has("perangkat_daerah") && !pdIds.has(id)) problems.push({ path, message: unknownRef("Perangkat Daerah", id, pdIds) });
  };
  const value = (ind: IndicatorLike, raw: RawValue, path: Path) => {
    if (ind.jenis !== "kategori" || scalesKnown) checkValue(ind, raw, path, scales, problems);
  };
  const targets = (ind: IndicatorLike, target: Record<string, RawValue>, path: Path) => {
    if (ind.jenis !== "kategori" || scalesKnown) checkTargets(ind, target, years, path, scales, problems);
  };

  // Who reports an indicator, and the values its measure can take (an index of 0-5 is never 5,33).
  const measureChecks = (ind: IndicatorLike & { pelapor?: string[]; rentang?: [number, number]; baseline?: { nilai: RawValue } | RawValue; target: Record<string, RawValue> | RawValue }, path: Path) => {
    ind.pelapor?.forEach((id, k) => refPd(id, [...path, "pelapor", ...(ind.pelapor!.length > 1 ? [k] : [])]));
    // The schema refuses a range written high-to-low; the values are checked against a sound one.
    if (ind.rentang && ind.rentang[0] < ind.rentang[1]) {
      const baseline = typeof ind.baseline === "object" && ind.baseline !== null && "nilai" in ind.baseline ? ind.baseline.nilai : (ind.baseline as RawValue | undefined);
      if (baseline !== undefined) outOfRange(ind, baseline, path.concat(typeof ind.baseline === "object" ? ["baseline", "nilai"] : ["baseline"]), problems);
      if (typeof ind.target === "object") for (const [y, t] of Object.entries(ind.target)) outOfRange(ind, t, [...path, "target", y], problems);
      else outOfRange(ind, ind.target, [...path, "target"], problems);
    }
  };
  // An area indicator that is a sasaran indicator listed again must measure the same thing the same way.
  const sasaranIndicators = new Map(rm.sasaran.flatMap((s, si) => s.indikator.map((ind, ii) => [ind.id, { ind, path: ["sasaran", si, "indikator", ii].join(".") }] as const)));
  const sameMeasurement = (ind: RoadMap["area_perubahan"][number]["indikator"][number], path: Path) => {
    const ref = sasaranIndicators.get(ind.sama_dengan!);
    if (!ref) {
      problems.push({ path: [...path, "sama_dengan"], message: unknownRef("indikator sasaran", ind.sama_dengan!, sasaranIndicators.keys()) });
      return;
    }
    for (const key of ["jenis", "arah", "skala"] as const) {
      if (ind[key] !== ref.ind[key]) problems.push({ path: [...path, key], message: text(`'${key}' berbeda dari indikator sasaran '${ref.ind.id}' (${ref.path}) yang disebut di 'sama_dengan': ${String(ind[key] ?? "kosong")} lawan ${String(ref.ind[key] ?? "kosong")}`, `'${key}' differs from the sasaran indicator '${ref.ind.id}' (${ref.path}) named in 'sama_dengan': ${String(ind[key] ?? "none")} against ${String(ref.ind[key] ?? "none")}`) });
    }
    const years = new Set([...Object.keys(ind.target), ...Object.keys(ref.ind.target)]);
    for (const y of [...years].sort()) {
      const a = ind.target[y];
      const b = ref.ind.target[y];
      if (a !== b) problems.push({ path: [...path, "target", y], message: text(`target ${y} (${a === undefined ? "kosong" : JSON.stringify(a)}) berbeda dari target indikator sasaran '${ref.ind.id}' (${b === undefined ? "kosong" : JSON.stringify(b)}); satu pengukuran memiliki satu target`, `the ${y} target (${a === undefined ? "none" : JSON.stringify(a)}) differs from that of the sasaran indicator '${ref.ind.id}' (${b === undefined ? "none" : JSON.stringify(b)}); one measurement has one target`) });
    }
  };

  rm.sasaran.forEach((s, si) => refGroup(s.kelompok, ["sasaran", si, "kelompok"], false));
  rm.sasaran.forEach((s, si) =>
    s.indikator.forEach((ind, ii) => {
      const path: Path = ["sasaran", si, "indikator", ii];
      noteIndicator(ind.id, path);
      value(ind, ind.baseline.nilai, [...path, "baseline", "nilai"]);
      targets(ind, ind.target, path);
      measureChecks(ind, path);
    }),
  );

  // The previous period's indicators name their counterpart among this period's (the evaluation's Tabel 5.1).
  const currentIndicators = new Set([...rm.sasaran.flatMap((s) => s.indikator.map((i) => i.id)), ...rm.area_perubahan.flatMap((a) => a.indikator.map((i) => i.id))]);
  rm.evaluasi_sebelumnya?.sasaran.forEach((s, si) =>
    s.indikator.forEach((ind, ii) => {
      const path: Path = ["evaluasi_sebelumnya", "sasaran", si, "indikator", ii];
      if (scalesKnown) checkScale(ind, path, scales, problems);
      value(ind, ind.baseline, [...path, "baseline"]);
      value(ind, ind.target, [...path, "target"]);
      if (ind.realisasi) value(ind, ind.realisasi.nilai, [...path, "realisasi", "nilai"]);
      if (ind.padanan !== undefined && has("sasaran") && !currentIndicators.has(ind.padanan)) problems.push({ path: [...path, "padanan"], message: unknownRef("indikator road map ini", ind.padanan, currentIndicators) });
    }),
  );

  rm.area_perubahan.forEach((area, ai) => {
    const areaPath: Path = ["area_perubahan", ai];
    refGroup(area.kelompok, [...areaPath, "kelompok"], true);
    area.sasaran.forEach((id, k) => {
      if (has("sasaran") && !sasaranIds.has(id)) problems.push({ path: [...areaPath, "sasaran", k], message: unknownRef("sasaran", id, sasaranIds) });
    });
    area.indikator.forEach((ind, ii) => {
      const path: Path = [...areaPath, "indikator", ii];
      noteIndicator(ind.id, path);
      if (ind.baseline) value(ind, ind.baseline.nilai, [...path, "baseline", "nilai"]);
      targets(ind, ind.target, path);
      measureChecks(ind, path);
      if (ind.sama_dengan !== undefined && has("sasaran")) sameMeasurement(ind, path);
      ind.kegiatan.forEach((k, ki) =>
        k.rencana_aksi.forEach((ra, ri) => {
          const raPath: Path = [...path, "kegiatan", ki, "rencana_aksi", ri];
          const where = codeSeen.get(ra.kode);
          if (where) problems.push({ path: [...raPath, "kode"], message: text(`kode rencana aksi '${ra.kode}' sudah dipakai rencana aksi lain (area ${where})`, `rencana aksi code '${ra.kode}' is already used by another rencana aksi (area ${where})`) });
          else codeSeen.set(ra.kode, `${area.id}`);
          ra.pengampu.forEach((id, pi) => refPd(id, [...raPath, "pengampu", ...(ra.pengampu.length > 1 ? [pi] : [])]));
          if (ra.koordinator !== undefined) refPd(ra.koordinator, [...raPath, "koordinator"]);
          const scheduled = ra.tahun === "n.a" ? [] : ra.tahun;
          scheduled.forEach((y, yi) => {
            if (years && !years.includes(y)) problems.push({ path: [...raPath, "tahun", yi], message: outsidePeriod(y, rm.periode) });
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
  if (rm.quick_wins) checkQuickWinCodes(rm, problems, refPd);
  if (has("tim")) rm.tim.pokja.forEach((p, i) => {
    p.area.forEach((id, k) => {
      if (!areaIds.has(id)) problems.push({ path: ["tim", "pokja", i, "area", ...(p.area.length > 1 ? [k] : [])], message: unknownRef("area perubahan", id, areaIds) });
    });
    p.pd.forEach((id, k) => {
      if (has("perangkat_daerah") && !pdIds.has(id)) problems.push({ path: ["tim", "pokja", i, "pd", k], message: unknownRef("Perangkat Daerah", id, pdIds) });
    });
  });

  const total = rm.area_perubahan.reduce((n, a) => n + a.indikator.reduce((m, i) => m + i.kegiatan.reduce((k, g) => k + g.rencana_aksi.length, 0), 0), 0);
  if (total > LIMITS.rencanaAksi) {
    problems.push({ path: ["area_perubahan"], message: text(`${total} rencana aksi melebihi batas ${LIMITS.rencanaAksi}`, `${total} rencana aksi exceed the limit of ${LIMITS.rencanaAksi}`) });
  }

  // Who is responsible for what is known only when every area file is sound: a broken area's
  // actions are missing here, and its PDs would look idle.
  const areasWhole = has("area_perubahan") && !options.unparsedAreaIds?.size;
  const responsible = new Set(rm.area_perubahan.flatMap((a) => a.indikator.flatMap((i) => i.kegiatan.flatMap((k) => k.rencana_aksi.flatMap((r) => r.pengampu)))));
  // A PD that reports a quick win has a duty in the road map too.
  for (const q of indexQuickWins(rm).values()) q.pengampu.forEach((id) => responsible.add(id));
  rm.perangkat_daerah.forEach((pd, i) => {
    if (areasWhole && !responsible.has(pd.id)) {
      problems.push({
        severity: "warning",
        path: ["perangkat_daerah", i, "id"],
        message: text(`Perangkat Daerah '${pd.id}' tidak menjadi pengampu satu pun rencana aksi`, `Perangkat Daerah '${pd.id}' is not responsible for any rencana aksi`),
      });
    }
  });

  // A Peraturan Walikota under a Bupati's kop is not a lesser problem: the document would be wrong.
  if (has("regulasi") && has("pemda") && rm.regulasi.jenis !== expectedRegulationKind(rm.pemda)) {
    problems.push({
      path: ["regulasi", "jenis"],
      message: text(
        `jenis '${rm.regulasi.jenis}' tidak sesuai dengan pemda ${rm.pemda.jenis}; tulis '${expectedRegulationKind(rm.pemda)}'`,
        `kind '${rm.regulasi.jenis}' does not fit a ${rm.pemda.jenis}; write '${expectedRegulationKind(rm.pemda)}'`,
      ),
    });
  }

  if (has("pemda")) checkFile(rm.pemda.lambang, ["pemda", "lambang"], dataDir, problems);
  if (has("pemda") && rm.pemda.lambang === undefined) {
    problems.push({
      severity: "warning",
      path: ["pemda"],
      message: text(
        "pemda.lambang tidak diisi: halaman pertama peraturan dicetak tanpa lambang daerah di atas kop",
        "pemda.lambang is not set: the regulation's first page is printed without the pemda's emblem above the kop",
      ),
    });
  }
  checkProse(rm, dataDir, problems, has("kelompok") ? groupIds : undefined);
  return problems;
}

function checkProse(rm: RoadMap, dataDir: string, problems: Problem[], groupIds: ReadonlySet<string> | undefined): void {
  const figureNumbers = new Map<string, Path>();
  const tableNumbers = new Map<string, Path>();
  const tableKinds = new Map<string, Path>();
  rm.lampiran.forEach((part, pi) =>
    part.isi.forEach((block, bi) => {
      const path: Path = ["lampiran", pi, "isi", bi];
      if ("gambar" in block) {
        noteUnique(figureNumbers, block.gambar.nomor, [...path, "gambar", "nomor"], "gambar", problems);
        checkFile(block.gambar.berkas, [...path, "gambar", "berkas"], dataDir, problems);
        if (block.gambar.belum_tersedia !== undefined) {
          problems.push({
            severity: "warning",
            code: PLACEHOLDER_FIGURE,
            path: [...path, "gambar", "belum_tersedia"],
            message: text(
              `Gambar ${block.gambar.nomor} belum tersedia dan dicetak sebagai kotak pengganti; edisi salinan tidak dibuat sebelum gambarnya diisi ('berkas', 'bagan' atau 'diagram'), kecuali dengan --izinkan-placeholder`,
              `Figure ${block.gambar.nomor} is not available and prints as a placeholder box; the salinan edition is not made until the figure is supplied ('berkas', 'bagan' or 'diagram'), unless --izinkan-placeholder is given`,
            ),
          });
        }
      }
      if ("tabel" in block) {
        noteUnique(tableNumbers, block.tabel.nomor, [...path, "tabel", "nomor"], "tabel", problems);
        // One table of a kind, or one per group: Tabel 4.4 for RB General and another for RB Tematik.
        noteUnique(tableKinds, block.tabel.kelompok ? `${block.tabel.isi} (kelompok ${block.tabel.kelompok})` : block.tabel.isi, [...path, "tabel", "isi"], "isi tabel", problems);
        if (block.tabel.kelompok !== undefined && groupIds && !groupIds.has(block.tabel.kelompok)) {
          problems.push({ path: [...path, "tabel", "kelompok"], message: unknownRef("kelompok", block.tabel.kelompok, groupIds) });
        }
      }
      // The Lampiran's closing signature is the template's; a chapter that signs too signs twice.
      if ("ttd" in block && part.bab !== undefined) {
        problems.push({
          severity: "warning",
          path: [...path, "ttd"],
          message: text(
            `tanda tangan di BAB ${part.bab} menggandakan tanda tangan penutup Lampiran yang sudah dibuat templat; hapus blok ttd ini`,
            `a signature in BAB ${part.bab} duplicates the Lampiran's closing signature, which the template makes; remove this ttd block`,
          ),
        });
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
  if (!/\.(png|jpe?g|svg)$/i.test(relPath)) {
    problems.push({ path, message: text(`berkas gambar harus PNG, JPEG atau SVG, ditemukan '${relPath}'`, `image file must be PNG, JPEG or SVG, found '${relPath}'`) });
    return;
  }
  const found = resolveInDataDir(dataDir, relPath);
  if (!found.ok) {
    const message = {
      outside: text(`berkas gambar '${relPath}' berada di luar folder data; rbdoc hanya membaca berkas di dalam folder data`, `image file '${relPath}' lies outside the data folder; rbdoc reads only files inside it`),
      missing: text(`berkas gambar '${relPath}' tidak ditemukan di folder data`, `image file '${relPath}' not found in the data folder`),
      "not-a-file": text(`'${relPath}' bukan berkas biasa`, `'${relPath}' is not a regular file`),
      loop: text(`berkas gambar '${relPath}' adalah tautan simbolik yang berputar-putar`, `image file '${relPath}' is a symbolic link that loops`),
      unreadable: text(`berkas gambar '${relPath}' tidak dapat dibaca; periksa hak aksesnya`, `image file '${relPath}' cannot be read; check its permissions`),
    }[found.reason];
    problems.push({ path, message });
    return;
  }
  const problem = /\.svg$/i.test(relPath) ? svgProblem(found.path) : imageProblem(found.path);
  if (problem) problems.push({ path, message: problem(relPath) });
}

/** An image file over the size limit, named with its size. */
function tooLarge(size: number): (rel: string) => LocalizedText {
  return (rel) => text(`berkas gambar '${rel}' terlalu besar: ${(size / 1048576).toFixed(1)} MB (batas ${LIMITS.imageBytes / 1048576} MB)`, `image '${rel}' too large: ${(size / 1048576).toFixed(1)} MB (limit ${LIMITS.imageBytes / 1048576} MB)`);
}

/**
 * An SVG is text the writers draw: it must be a whole SVG that draws, within the size limit, and
 * name nothing outside itself. A reference to another file or an address (href, an entity, a
 * DOCTYPE) is refused, since drawing it would read beyond the data folder.
 */
function svgProblem(path: string): ((rel: string) => LocalizedText) | undefined {
  const size = statSync(path).size;
  if (size > LIMITS.imageBytes) return tooLarge(size);
  const svg = readHead(path, size).toString("utf8");
  if (/<!DOCTYPE|<!ENTITY/i.test(svg) || /\bhref\s*=\s*["'](?!#|data:)/i.test(svg) || /url\(\s*["']?(?!#|data:)/i.test(svg)) {
    return (rel) => text(`SVG '${rel}' merujuk berkas atau alamat lain (href, url(), DOCTYPE); gambar harus berdiri sendiri`, `SVG '${rel}' refers to another file or address (href, url(), DOCTYPE); the image must stand alone`);
  }
  try {
    const { Resvg } = require("@resvg/resvg-js") as typeof import("@resvg/resvg-js");
    const drawn = new Resvg(svg, { font: { loadSystemFonts: false } });
    if (drawn.width * drawn.height === 0) throw new Error("kosong");
  } catch {
    return (rel) => text(`berkas '${rel}' bukan gambar SVG yang utuh`, `'${rel}' is not a whole SVG image`);
  }
  return undefined;
}

/** Size, signature and pixel count from the header: checked before any writer decodes the image. */
function imageProblem(path: string): ((rel: string) => LocalizedText) | undefined {
  const size = statSync(path).size;
  if (size > LIMITS.imageBytes) return tooLarge(size);
  const dims = imageDimensions(readHead(path, 64 * 1024));
  if (!dims || !endsWhole(path, size)) return (rel) => text(`berkas '${rel}' bukan gambar PNG atau JPEG yang utuh`, `'${rel}' is not a whole PNG or JPEG image`);
  if (dims.width * dims.height > LIMITS.imagePixels) {
    return (rel) => text(`gambar '${rel}' terlalu besar: ${dims.width} × ${dims.height} piksel (batas ${LIMITS.imagePixels / 1e6} megapiksel)`, `image '${rel}' too large: ${dims.width} × ${dims.height} pixels (limit ${LIMITS.imagePixels / 1e6} megapixels)`);
  }
  return undefined;
}

function readHead(path: string, bytes: number, position = 0): Buffer {
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, position);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** A cut-off file crashes the decoders: a PNG ends with its IEND chunk, a JPEG with its EOI marker. */
function endsWhole(path: string, size: number): boolean {
  const tail = readHead(path, 32, Math.max(0, size - 32));
  return tail.includes(Buffer.from("IEND")) || tail.includes(Buffer.from([0xff, 0xd9]));
}

/** Width and height from a PNG IHDR or a JPEG start-of-frame; undefined for anything else or a cut file. */
export function imageDimensions(head: Buffer): { width: number; height: number } | undefined {
  if (head.length >= 24 && head.readUInt32BE(0) === 0x89504e47 && head.readUInt32BE(4) === 0x0d0a1a0a) {
    return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
  }
  if (head.length >= 4 && head[0] === 0xff && head[1] === 0xd8) {
    let offset = 2;
    while (offset + 9 < head.length) {
      if (head[offset] !== 0xff) return undefined;
      const marker = head[offset + 1];
      const length = head.readUInt16BE(offset + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { height: head.readUInt16BE(offset + 5), width: head.readUInt16BE(offset + 7) };
      }
      offset += 2 + length;
    }
  }
  return undefined;
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
  implausible(ind, raw, path, problems);
  const r = checkRealisasi(raw, { jenis: ind.jenis, scale: ind.skala ? scales.get(ind.skala) : undefined });
  if (!r.ok) problems.push({ path, message: notReadMessage(r, JSON.stringify(raw)) });
  else noteThousands(ind, raw, path, problems);
}

/** "1.480" is read as thousands though it could be a decimal: say which reading was taken. */
function noteThousands(ind: IndicatorLike, raw: RawValue, path: Path, problems: Problem[]): void {
  if (typeof raw !== "string" || ind.jenis === "kategori") return;
  for (const message of thousandsNotes(raw)) problems.push({ severity: "warning", path, message });
}

/** Every number in a value (a plain value, a threshold's bound, a range's ends, a score) lies within the measure's range. */
export function outOfRange(ind: { rentang?: [number, number]; jenis: string }, raw: RawValue, path: Path, problems: Problem[]): void {
  if (!ind.rentang || ind.jenis === "kategori") return;
  const [min, max] = ind.rentang;
  for (const n of numbersIn(raw)) {
    if (n < min || n > max) {
      problems.push({ path, message: text(`nilai ${formatNumber(n, 2)} di luar rentang indikator ${formatNumber(min, 2)}-${formatNumber(max, 2)} ('rentang')`, `value ${n} lies outside the indicator's range ${min}-${max} ('rentang')`) });
      return;
    }
  }
}

/** A share outside 0-100 is possible (growth over 100%) but usually a typo: a warning, not an error. */
function implausible(ind: IndicatorLike, raw: RawValue, path: Path, problems: Problem[]): void {
  if (ind.jenis === "persen" && typeof raw === "number" && (raw < 0 || raw > 100)) {
    problems.push({ severity: "warning", path, message: text(`persentase ${raw} di luar 0-100; periksa kembali`, `percentage ${raw} is outside 0-100; check it`) });
  }
}

/** A target: a plain value, a threshold, a range or a score with its grade, fitting the direction. */
function checkTarget(ind: IndicatorLike, raw: RawValue, path: Path, scales: Map<string, string[]>, problems: Problem[]): void {
  if (ind.jenis === "kategori" && (!ind.skala || !scales.has(ind.skala))) return;
  implausible(ind, raw, path, problems);
  const r = parseTarget(raw, { jenis: ind.jenis, scale: ind.skala ? scales.get(ind.skala) : undefined });
  const found = JSON.stringify(raw);
  if (!r.ok) {
    problems.push({ path, message: notReadMessage(r, found) });
    return;
  }
  noteThousands(ind, raw, path, problems);
  if (ind.arah && !fitsDirection(r.target, ind.arah)) {
    const arah = ind.arah === "naik" ? "naik (makin tinggi makin baik)" : "turun (makin rendah makin baik)";
    problems.push({ path, message: text(`target ${found} tidak sesuai arah indikator ${arah}`, `target ${found} does not fit the indicator's direction ${ind.arah}`) });
  }
}

function checkTargets(
  ind: IndicatorLike,
  target: Record<string, RawValue>,
  /** Undefined while the period is unknown (its file is broken): years are not checked then. */
  years: number[] | undefined,
  path: Path,
  scales: Map<string, string[]>,
  problems: Problem[],
): void {
  checkScale(ind, path, scales, problems);
  for (const [key, raw] of Object.entries(target)) {
    const year = Number(key);
    if (years && !years.includes(year)) {
      problems.push({ path: [...path, "target", key], message: outsideYears(year, years) });
      continue;
    }
    checkTarget(ind, raw, [...path, "target", key], scales, problems);
  }
  const inOrder = years ?? Object.keys(target).map(Number).sort((a, b) => a - b);
  const numeric = inOrder.map((y) => numberOf(target[String(y)])).filter((v): v is number => v !== undefined);
  const first = numeric[0];
  const last = numeric.at(-1);
  if (ind.arah && first !== undefined && last !== undefined && ((ind.arah === "naik" && last < first) || (ind.arah === "turun" && last > first))) {
    problems.push({
      severity: "warning",
      path: [...path, "arah"],
      message: text(
        `target ${ind.arah === "naik" ? "turun" : "naik"} dari ${first} ke ${last} padahal arah indikator '${ind.arah}'`,
        `the targets go ${ind.arah === "naik" ? "down" : "up"} from ${first} to ${last} while the indicator's direction is '${ind.arah}'`,
      ),
    });
  }
  for (const year of years ?? []) {
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

/**
 * A quick win's code names one row of a PD's monitoring form beside its rencana aksi: it is unique
 * among quick wins and differs from every rencana aksi code. A mandatory quick win with a code
 * needs the PD that reports it.
 */
function checkQuickWinCodes(rm: RoadMap, problems: Problem[], refPd: (id: string, path: Path) => void): void {
  const aksiCodes = new Set(rm.area_perubahan.flatMap((a) => a.indikator.flatMap((i) => i.kegiatan.flatMap((k) => k.rencana_aksi.map((r) => r.kode)))));
  const seen = new Set<string>();
  const code = (kode: string | undefined, path: Path) => {
    if (kode === undefined) return;
    if (aksiCodes.has(kode)) problems.push({ path: [...path, "kode"], message: text(`kode quick win '${kode}' sudah dipakai rencana aksi`, `quick win code '${kode}' is already a rencana aksi code`) });
    else if (seen.has(kode)) problems.push({ path: [...path, "kode"], message: text(`kode quick win '${kode}' ditulis dua kali`, `quick win code '${kode}' is used twice`) });
    seen.add(kode);
  };
  rm.quick_wins!.mandatory.forEach((q, i) => {
    if (typeof q === "string") return;
    const path: Path = ["quick_wins", "mandatory", i];
    code(q.kode, path);
    q.pengampu?.forEach((id, k) => refPd(id, [...path, "pengampu", ...(q.pengampu!.length > 1 ? [k] : [])]));
    if (q.kode !== undefined && !q.pengampu) {
      problems.push({ severity: "warning", path: [...path, "kode"], message: text(`quick win wajib ${q.kode} tanpa pengampu: tidak ada yang melaporkannya, sehingga tidak dipantau`, `mandatory quick win ${q.kode} has no pengampu: nobody reports it, so it is not monitored`) });
    }
  });
  rm.quick_wins!.mandiri.forEach((q, i) => code(q.kode, ["quick_wins", "mandiri", i]));
}
