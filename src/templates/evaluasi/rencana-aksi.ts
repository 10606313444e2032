import { formatNumber } from "../../domain/format.js";
import { groupByArea } from "../../domain/groups.js";
import type { AksiStatus } from "../../domain/monitoring.js";
import { rekapAksi, rekapPer, tanpaLaporan, type RekapAksi } from "../../domain/rekap.js";
import type { DataTable } from "../../model/data-table.js";
import { round } from "../../util/text.js";
import { fmt1, singkatan, type Lingkup } from "./lingkup.js";

/** Completion below this share of scheduled actions is listed among the findings. */
export const AMBANG_PENYELESAIAN = 80;

/**
 * Per year: the share finished; `belumAdaLaporan` when actions were scheduled but none reported
 * (the share is unknown, not 0), and how many stayed unreported when some were.
 */
export interface TahunPenyelesaian {
  persen: string;
  belumAdaLaporan: boolean;
  belumDilaporkan?: string;
}
export type AreaPenyelesaian = { id: string; nama: string; kelompok?: string; tahun: (TahunPenyelesaian & { terjadwal: string; buktiLengkap: string })[] };

export interface PenyelesaianBagian {
  area: AreaPenyelesaian[];
  /** The areas under their group heading (no heading without groups). */
  areaKelompok: { nama?: string; rows: AreaPenyelesaian[] }[];
  pd: { nama: string; tahun: TahunPenyelesaian[] }[];
  /** The areas that finished less than the threshold in the last year. */
  areaDiBawahAmbang: { id: string; nama: string; persen: string }[];
  /** Gambar 3.1's points. */
  grafik: object[];
  areaRows: DataTable["rows"];
  pdRows: DataTable["rows"];
}

function unreported(r: RekapAksi): Omit<TahunPenyelesaian, "persen"> {
  return {
    belumAdaLaporan: tanpaLaporan(r),
    ...(r.dilaporkan > 0 && r.dilaporkan < r.terjadwal ? { belumDilaporkan: formatNumber(r.terjadwal - r.dilaporkan) } : {}),
  };
}

/** Rencana aksi per area and PD, year by year, from the period that stands for each year. */
export function penyelesaianRencanaAksi(s: Lingkup): PenyelesaianBagian {
  const { rm, years, statusByYear, labels } = s;
  const areaRows: DataTable["rows"] = [];
  const grafik: object[] = [];
  const area = rm.area_perubahan.map((a) => ({
    id: a.id,
    nama: labels.label(a.id),
    kelompok: a.kelompok === undefined ? undefined : s.groupName.get(a.kelompok),
    tahun: years.map((y) => {
      const rows = statusByYear.get(y)!.filter((r) => r.entry.area.id === a.id);
      const r = rekapAksi(rows);
      const bukti = buktiLengkap(rows);
      areaRows.push([labels.label(a.id), y, r.terjadwal, r.status.selesai, r.status["belum dilaporkan"], r.persenSelesai ?? null, bukti ?? null]);
      if (r.persenSelesai !== undefined) grafik.push({ area: labels.label(a.id), ...(a.kelompok === undefined ? {} : { kelompok: s.groupName.get(a.kelompok) }), tahun: String(y), persen: round(r.persenSelesai, 1), label: fmt1(r.persenSelesai) });
      return { persen: fmt1(r.persenSelesai), terjadwal: formatNumber(r.terjadwal), buktiLengkap: fmt1(bukti), ...unreported(r) };
    }),
  }));
  const areaKelompok = groupByArea(rm, area, (a) => a.id).map((g) => ({ nama: g.kelompok?.nama, rows: g.items }));
  const pdRows: DataTable["rows"] = [];
  const pdIds = [...new Set(years.flatMap((y) => statusByYear.get(y)!.map((r) => r.pd)))];
  const pd = pdIds.map((id) => ({
    // Named as every other table names PDs: by the registry's short name.
    nama: singkatan(s, id),
    tahun: years.map((y) => {
      const r = rekapPer(statusByYear.get(y)!, (x) => x.pd).get(id);
      pdRows.push([s.pdName.get(id)?.nama ?? id, y, r?.terjadwal ?? 0, r?.status.selesai ?? 0, r?.persenSelesai ?? null]);
      return { persen: fmt1(r?.persenSelesai), ...(r ? unreported(r) : { belumAdaLaporan: false }) };
    }),
  }));
  const lastYear = years.at(-1);
  const areaDiBawahAmbang =
    lastYear === undefined
      ? []
      : rm.area_perubahan
          .map((a) => ({ a, r: rekapAksi(statusByYear.get(lastYear)!.filter((x) => x.entry.area.id === a.id)) }))
          .filter(({ r }) => r.persenSelesai !== undefined && r.persenSelesai < AMBANG_PENYELESAIAN)
          .map(({ a, r }) => ({ id: a.id, nama: a.nama, persen: fmt1(r.persenSelesai) }));
  return { area, areaKelompok, pd, areaDiBawahAmbang, grafik, areaRows, pdRows };
}

function buktiLengkap(rows: readonly AksiStatus[]): number | undefined {
  const done = rows.filter((r) => r.status === "selesai");
  if (done.length === 0) return undefined;
  const withEvidence = done.filter((r) => r.laporan?.bukti.some((b) => b.nomor || b.berkas || b.tautan)).length;
  return (withEvidence / done.length) * 100;
}
