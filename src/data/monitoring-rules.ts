import { text } from "../diagnostics/diagnostic.js";
import { withinYearToDate, type Periode } from "../domain/periode.js";
import { indexIndicators, indexRencanaAksi, scheduledIn, sharedIndicatorIds } from "../domain/rencana-aksi.js";
import type { LaporanAksi, MonitoringFile } from "../schema/monitoring.js";
import { indexQuickWins } from "../domain/quick-wins.js";
import type { RoadMap } from "../schema/roadmap.js";
import { resolveInDataDir } from "../util/confine.js";
import { checkScale, checkValue, outOfRange, outsidePeriod, unknownRef, type Problem } from "./cross-references.js";

type Path = (string | number)[];

/**
 * The rules a period's monitoring data must keep against the road map. Paths are inside the
 * monitoring file, so `validate` maps them to lines and `impor` maps them to spreadsheet cells.
 */
export function checkMonitoring(rm: RoadMap, data: MonitoringFile, periode: Periode, dataDir: string): Problem[] {
  const problems: Problem[] = [];
  const aksiIndex = indexRencanaAksi(rm);
  const quickWins = indexQuickWins(rm);
  const indicators = indexIndicators(rm);
  const sharedIds = sharedIndicatorIds(rm);
  const pdIds = new Set(rm.perangkat_daerah.map((p) => p.id));
  const scales = new Map(rm.skala.map((s) => [s.id, s.nilai]));

  if (periode.tahun < rm.periode.mulai || periode.tahun > rm.periode.selesai) {
    problems.push({ path: ["periode"], message: outsidePeriod(periode.tahun, rm.periode) });
  }

  /** What every reported record must keep, a rencana aksi's or a quick win's. */
  const checkRecord = (path: Path, r: LaporanAksi) => {
    if (r.status === "selesai" && r.progres !== 100) {
      problems.push({ path: [...path, "progres"], message: text(`status selesai berarti progres 100%, ditemukan ${r.progres}%`, `status selesai means 100% progress, found ${r.progres}%`) });
    }
    if (r.progres === 100 && r.status !== "selesai") {
      problems.push({ path: [...path, "status"], message: text(`progres 100% berarti status selesai, ditemukan '${r.status}'`, `100% progress means status selesai, found '${r.status}'`) });
    }
    if (r.status === "belum dimulai" && r.progres > 0) {
      problems.push({ severity: "warning", path: [...path, "progres"], message: text(`status belum dimulai tetapi progres ${r.progres}%`, `status belum dimulai but progress is ${r.progres}%`) });
    }
    if ((r.status === "tidak dilaksanakan" || r.status === "ditunda") && !r.kendala) {
      problems.push({ severity: "warning", path: [...path, "kendala"], message: text(`status ${r.status}: sebutkan kendalanya`, `status ${r.status}: state the obstacle`) });
    }
    r.bukti.forEach((b, bi) => {
      const bPath: Path = [...path, "bukti", bi];
      if (b.tanggal && !withinYearToDate(b.tanggal, periode)) {
        problems.push({ path: [...bPath, "tanggal"], message: text(`tanggal bukti ${b.tanggal} di luar periode (1 Januari ${periode.tahun} s.d. ${periode.selesai})`, `evidence date ${b.tanggal} is outside the period (1 January ${periode.tahun} to ${periode.selesai})`) });
      }
      if (b.berkas) {
        const found = resolveInDataDir(dataDir, b.berkas);
        if (!found.ok) problems.push({ path: [...bPath, "berkas"], message: fileProblem(b.berkas, found.reason) });
      }
    });
    const { pagu, realisasi } = r.anggaran ?? {};
    if (pagu !== undefined && realisasi !== undefined && realisasi > pagu) {
      problems.push({ severity: "warning", path: [...path, "anggaran", "realisasi"], message: text(`realisasi anggaran (${realisasi}) melebihi pagu (${pagu})`, `budget spent (${realisasi}) exceeds the allocation (${pagu})`) });
    }
  };

  for (const [pd, laporan] of Object.entries(data.laporan)) {
    const pdPath: Path = ["laporan", pd];
    if (!pdIds.has(pd)) {
      problems.push({ path: pdPath, message: unknownRef("Perangkat Daerah", pd, pdIds) });
      continue;
    }
    if (laporan.tanggal && laporan.tanggal < periode.mulai) {
      problems.push({ path: [...pdPath, "tanggal"], message: text(`tanggal laporan ${laporan.tanggal} sebelum periode ${periode.id} dimulai (${periode.mulai})`, `report date ${laporan.tanggal} is before period ${periode.id} begins (${periode.mulai})`) });
    }
    for (const [kode, r] of Object.entries(laporan.rencana_aksi)) {
      const path: Path = [...pdPath, "rencana_aksi", kode];
      const entry = aksiIndex.get(kode);
      if (!entry) {
        problems.push({ path, message: unknownRef("kode rencana aksi", kode, aksiIndex.keys()) });
        continue;
      }
      if (!entry.aksi.pengampu.includes(pd)) {
        problems.push({ path, message: text(`rencana aksi ${kode} diampu oleh ${entry.aksi.pengampu.join(", ")}, bukan ${pd}`, `rencana aksi ${kode} is the responsibility of ${entry.aksi.pengampu.join(", ")}, not ${pd}`) });
      }
      if (!scheduledIn(entry.aksi, periode.tahun)) {
        problems.push({ severity: "warning", path, message: text(`rencana aksi ${kode} tidak dijadwalkan pada tahun ${periode.tahun}`, `rencana aksi ${kode} is not scheduled in ${periode.tahun}`) });
      }
      checkRecord(path, r);
    }
    for (const [kode, r] of Object.entries(laporan.quick_wins)) {
      const path: Path = [...pdPath, "quick_wins", kode];
      const entry = quickWins.get(kode);
      if (!entry) {
        problems.push({ path, message: unknownRef("kode quick win", kode, quickWins.keys()) });
        continue;
      }
      if (!entry.pengampu.includes(pd)) {
        problems.push({ path, message: text(`quick win ${kode} dilaporkan oleh ${entry.pengampu.join(", ")}, bukan ${pd}`, `quick win ${kode} is reported by ${entry.pengampu.join(", ")}, not ${pd}`) });
      }
      checkRecord(path, r);
    }
  }

  const areaIds = new Set(rm.area_perubahan.map((a) => a.id));
  for (const id of Object.keys(data.analisis_area)) {
    if (!areaIds.has(id)) problems.push({ path: ["analisis_area", id], message: unknownRef("area perubahan", id, areaIds) });
  }

  for (const [id, r] of Object.entries(data.indikator)) {
    const path: Path = ["indikator", id];
    const entry = indicators.get(id);
    const shared = sharedIds.get(id);
    if (!entry && shared !== undefined) {
      problems.push({ path, message: text(`indikator '${id}' adalah pengukuran yang sama dengan '${shared}' ('sama_dengan'); laporkan realisasinya sekali, di bawah '${shared}'`, `indicator '${id}' is the same measurement as '${shared}' ('sama_dengan'); report its realisasi once, under '${shared}'`) });
      continue;
    }
    if (!entry) {
      problems.push({ path, message: unknownRef("indikator", id, indicators.keys()) });
      continue;
    }
    if (checkScale(entry.indikator, [], scales, [])) checkValue(entry.indikator, r.nilai, [...path, "nilai"], scales, problems);
    outOfRange(entry.indikator, r.nilai, [...path, "nilai"], problems);
  }
  return problems;
}

function fileProblem(relPath: string, reason: "outside" | "missing" | "not-a-file" | "loop" | "unreadable") {
  switch (reason) {
    case "loop":
      return text(`berkas bukti '${relPath}' adalah tautan simbolik yang berputar-putar`, `evidence file '${relPath}' is a symbolic link that loops`);
    case "unreadable":
      return text(`berkas bukti '${relPath}' tidak dapat dibaca; periksa hak aksesnya`, `evidence file '${relPath}' cannot be read; check its permissions`);
    case "outside":
      return text(`berkas bukti '${relPath}' berada di luar folder data`, `evidence file '${relPath}' lies outside the data folder`);
    case "missing":
      return text(`berkas bukti '${relPath}' tidak ditemukan di folder data`, `evidence file '${relPath}' not found in the data folder`);
    case "not-a-file":
      return text(`'${relPath}' bukan berkas biasa`, `'${relPath}' is not a regular file`);
  }
}
