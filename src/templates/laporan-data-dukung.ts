import type { MonitoringPeriod } from "../data/monitoring.js";
import type { RoadMap } from "../schema/roadmap.js";
import { countFlags, dataDukung, type DukungRow } from "../domain/data-dukung.js";
import { formatDate, formatNumber } from "../domain/format.js";
import { groupByArea } from "../domain/groups.js";
import { areaLabels } from "../domain/groups.js";
import type { Periode } from "../domain/periode.js";
import type { MonitoringFile } from "../schema/monitoring.js";

/** One evidence entry as the annex prints it; the flags are words of the template. */
export interface DukungView {
  kode: string;
  pd: string;
  jenis: string;
  nomor: string;
  tanggal: string;
  lokasi: string;
  tanda: { ada: boolean; nomorGanda: boolean; outputDisalin: boolean; setelahLaporan: boolean; setelahPeriode: boolean; sebelumMulai: boolean };
}

export interface DataDukungContext {
  ada: boolean;
  /** Table label: "L.2" after the PD recap of the pemda's report, "L.1" in a PD's. */
  tabel: string;
  /** Actions' evidence by group (RB General / Tematik, no name without groups) and area. */
  kelompok: { nama?: string; areas: { label: string; rows: DukungView[] }[] }[];
  quickWins: DukungView[];
  jumlah: string;
  jumlahTanda: string;
  adaTanda: boolean;
  tanda: { nomorGanda: string; outputDisalin: string; setelahLaporan: string; setelahPeriode: string; sebelumMulai: string };
}

export function dataDukungContext(rm: RoadMap, periode: Periode, data: MonitoringFile, earlier: readonly MonitoringPeriod[], pd: string | undefined): DataDukungContext {
  const singkatan = new Map(rm.perangkat_daerah.map((p) => [p.id, p.singkatan]));
  // Flags are computed over the whole period (a number may clash with another PD's), then a PD's report keeps its own.
  const rows = dataDukung({ rm, periode, data, earlier }).filter((r) => pd === undefined || r.pd === pd);
  const view = (r: DukungRow): DukungView => ({
    kode: r.kode,
    pd: singkatan.get(r.pd) ?? r.pd,
    jenis: r.bukti.jenis,
    nomor: r.bukti.nomor ?? "–",
    tanggal: r.bukti.tanggal ? formatDate(r.bukti.tanggal) : "–",
    lokasi: r.bukti.berkas ?? r.bukti.tautan ?? "–",
    tanda: {
      ada: r.flags.length > 0,
      nomorGanda: r.flags.includes("nomor-ganda"),
      outputDisalin: r.flags.includes("output-disalin"),
      setelahLaporan: r.flags.includes("setelah-laporan"),
      setelahPeriode: r.flags.includes("setelah-periode"),
      sebelumMulai: r.flags.includes("sebelum-mulai"),
    },
  });
  const { label } = areaLabels(rm);
  const aksi = rows.filter((r) => r.jenis === "aksi");
  const areas = rm.area_perubahan.map((a) => ({ id: a.id, label: label(a.id), rows: aksi.filter((r) => r.area === a.id).map(view) })).filter((a) => a.rows.length > 0);
  const kelompok = groupByArea(rm, areas, (a) => a.id).map((g) => ({ nama: g.kelompok?.nama, areas: g.items.map((a) => ({ label: a.label, rows: a.rows })) }));
  const counts = countFlags(rows);
  const flagged = rows.filter((r) => r.flags.length > 0).length;
  return {
    ada: rows.length > 0,
    tabel: pd ? "L.1" : "L.2",
    kelompok,
    quickWins: rows.filter((r) => r.jenis === "quick-win").map(view),
    jumlah: formatNumber(rows.length),
    jumlahTanda: formatNumber(flagged),
    adaTanda: flagged > 0,
    tanda: {
      nomorGanda: formatNumber(counts["nomor-ganda"]),
      outputDisalin: formatNumber(counts["output-disalin"]),
      setelahLaporan: formatNumber(counts["setelah-laporan"]),
      setelahPeriode: formatNumber(counts["setelah-periode"]),
      sebelumMulai: formatNumber(counts["sebelum-mulai"]),
    },
  };
}
