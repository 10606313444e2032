import { pasalCount } from "./batang-tubuh.js";
import { quickWinStatuses } from "./quick-wins.js";
import type { RoadMap } from "../schema/roadmap.js";
import type { MonitoringFile } from "../schema/monitoring.js";
import { aksiStatuses, BELUM_DILAPORKAN, countByStatus } from "./monitoring.js";
import type { Periode } from "./periode.js";
import type { EvaluasiTahun, Instrumen } from "../schema/evaluasi.js";
import { scoreInstrument } from "./evaluasi-rb.js";
import { formatNumber } from "./format.js";

export interface SummaryRow {
  label: string;
  count: number;
}

/** Counts per part of the road map, as `rbdoc validate` prints them after a clean check; named by what they hold, not by one road map's table numbers. */
export function summarize(rm: RoadMap): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const push = (label: string, count: number) => rows.push({ label, count });
  push("Perangkat Daerah", rm.perangkat_daerah.length);
  push("Indikator evaluasi periode sebelumnya", rm.evaluasi_sebelumnya?.sasaran.reduce((n, s) => n + s.indikator.length, 0) ?? 0);
  push("Sasaran", rm.sasaran.length);
  push("Indikator sasaran", rm.sasaran.reduce((n, s) => n + s.indikator.length, 0));
  push("Area perubahan", rm.area_perubahan.length);
  push("Kegiatan mikro (program)", rm.area_perubahan.reduce((n, a) => n + a.kegiatan_mikro.length, 0));
  push("Quick wins", (rm.quick_wins?.mandatory.length ?? 0) + (rm.quick_wins?.mandiri.length ?? 0));
  for (const area of rm.area_perubahan) {
    const kegiatan = area.indikator.flatMap((i) => i.kegiatan);
    const aksi = kegiatan.reduce((n, k) => n + k.rencana_aksi.length, 0);
    const upaya = area.upaya.length + area.indikator.reduce((n, i) => n + i.upaya.length, 0);
    push(`Rencana aksi ${area.nama} (indikator ${area.indikator.length}, kegiatan ${kegiatan.length}, upaya ${upaya})`, aksi);
  }
  push("Rencana aksi seluruhnya", countRencanaAksi(rm));
  push("Tim pengarah", rm.tim.pengarah.length);
  push("Tim pelaksana", rm.tim.pelaksana.length);
  push("Kelompok kerja", rm.tim.pokja.length);
  push("Menimbang", rm.regulasi.menimbang.length);
  push("Mengingat", rm.regulasi.mengingat.length);
  push("Pasal", pasalCount(rm.regulasi));
  push("Bagian lampiran", rm.lampiran.length);
  return rows;
}

export function countRencanaAksi(rm: RoadMap): number {
  return rm.area_perubahan.reduce(
    (n, a) => n + a.indikator.reduce((m, i) => m + i.kegiatan.reduce((k, g) => k + g.rencana_aksi.length, 0), 0),
    0,
  );
}

/**
 * The Lampiran's figures that are not the original's images but drawn anew by rbdoc from a stated
 * source (`diolah_dari`), and those drawn by rbdoc with no source stated: a Bagian Hukum certifying
 * a salinan needs to know which figures are reconstructions.
 */
export function summarizeFigures(rm: RoadMap): { diolah: string[]; tanpaSumber: string[] } {
  const diolah: string[] = [];
  const tanpaSumber: string[] = [];
  const visit = (blocks: readonly unknown[]) => {
    for (const b of blocks) {
      if (typeof b !== "object" || b === null) continue;
      const g = (b as { gambar?: { nomor: string; berkas?: string; diolah_dari?: string } }).gambar;
      if (g) {
        if (g.diolah_dari) diolah.push(`${g.nomor} (${g.diolah_dari})`);
        else if (!g.berkas) tanpaSumber.push(g.nomor);
      }
    }
  };
  for (const part of rm.lampiran) visit(part.isi);
  return { diolah, tanpaSumber };
}

/** One line per monitoring period: who reported, how many scheduled actions were answered, and how. */
export function summarizeMonitoring(rm: RoadMap, periods: readonly { periode: Periode; data: MonitoringFile }[]): string[] {
  return periods.map(({ periode, data }) => {
    const rows = aksiStatuses(rm, data, periode.tahun);
    const counts = countByStatus(rows);
    const reported = rows.length - counts[BELUM_DILAPORKAN];
    const detail = Object.entries(counts).filter(([, n]) => n > 0).map(([s, n]) => `${s} ${n}`).join(", ");
    const mark = data.contoh ? " (CONTOH)" : "";
    const qw = quickWinStatuses(rm, data);
    const qwCounts = countByStatus(qw as unknown as Parameters<typeof countByStatus>[0]);
    const qwDetail = Object.entries(qwCounts).filter(([, n]) => n > 0).map(([s, n]) => `${s} ${n}`).join(", ");
    const quickWins = qw.length === 0 ? "" : `; ${qw.length - qwCounts[BELUM_DILAPORKAN]} dari ${qw.length} quick win dilaporkan (${qwDetail})`;
    return `${periode.id}${mark}: ${Object.keys(data.laporan).length} PD melapor, ${reported} dari ${rows.length} rencana aksi terjadwal dilaporkan (${detail})${quickWins}; ${Object.keys(data.indikator).length} indikator`;
  });
}

/** One line per evaluated year: the instrument, and each part's self-assessed and official total. */
export function summarizeEvaluasi(years: readonly { data: EvaluasiTahun; instrumen: Instrumen }[]): string[] {
  const n = (x: number | undefined) => (x === undefined ? "–" : formatNumber(x, 2));
  return years.map(({ data, instrumen }) => {
    const parts = scoreInstrument(instrumen, data.penilaian_mandiri, data.resmi).map(
      (b) => `${b.nama} mandiri ${b.mandiri === undefined ? `belum lengkap (${b.dinilai}/${b.daun})` : `${n(b.mandiri)} (${b.predikatMandiri})`}, resmi ${n(b.resmi)}${b.predikatResmi ? ` (${b.predikatResmi})` : ""}`,
    );
    return `${data.tahun}${data.contoh ? " (CONTOH)" : ""} ${instrumen.id}: ${parts.join("; ")}; ${data.rekomendasi.length} rekomendasi`;
  });
}
