import type { DataTable } from "../../model/data-table.js";
import type { Terms } from "../istilah.js";
import type { RatlBaris, RekomendasiBaris } from "./rekomendasi.js";

type Kolom = [key: string, width: number, format?: "angka" | "persen"];

/**
 * The evaluation's companion workbook: a sheet per table, its name, title and headers from the
 * terms (`evaluasi.lembar.*`, `evaluasi.judul_lembar.*`, `evaluasi.kolom.*`).
 */
export function tabelData(
  terms: Terms,
  data: { akhirPeriode: number; tanggal: string; indikator: DataTable["rows"]; area: DataTable["rows"]; pd: DataTable["rows"]; nilaiRb: DataTable["rows"]; rekomendasi: RekomendasiBaris[]; ratl: RatlBaris[] },
): DataTable[] {
  const tahunAkhir = { tahun: data.akhirPeriode };
  const sheet = (id: string, columns: Kolom[], rows: DataTable["rows"], title: Record<string, string> = {}): DataTable => ({
    sheet: terms.text(`evaluasi.lembar.${id}`),
    title: terms.text(`evaluasi.judul_lembar.${id}`, title),
    columns: columns.map(([key, width, format]) => ({ header: terms.text(`evaluasi.kolom.${key}`, tahunAkhir), width, ...(format ? { format } : {}) })),
    rows,
  });
  return [
    sheet(
      "indikator",
      [["no_tabel", 8], ["id", 26], ["indikator", 44], ["kelompok", 30], ["satuan", 10], ["tahun", 8], ["target", 10, "angka"], ["realisasi", 10, "angka"], ["capaian_persen", 12, "persen"], ["keterangan_realisasi", 20], ["target_akhir", 10, "angka"], ["jalur", 16], ["proyeksi", 10, "angka"]],
      data.indikator,
    ),
    sheet("area", [["area", 40], ["tahun", 8], ["terjadwal", 11], ["selesai", 10], ["belum_dilaporkan", 16], ["selesai_persen", 12, "persen"], ["bukti_lengkap_persen", 16, "persen"]], data.area),
    sheet("pd", [["perangkat_daerah", 48], ["tahun", 8], ["terjadwal", 11], ["selesai", 10], ["selesai_persen", 12, "persen"]], data.pd),
    sheet("nilai_rb", [["tahun", 8], ["instrumen", 14], ["bagian", 26], ["komponen", 44], ["tingkat", 8], ["bobot", 8, "angka"], ["mandiri", 10, "angka"], ["resmi", 10, "angka"], ["selisih", 10, "angka"], ["keterangan_bobot", 12]], data.nilaiRb),
    sheet("rekomendasi", [["tahun", 8], ["rekomendasi", 60], ["pd", 24], ["status", 22], ["tindak_lanjut", 44]], data.rekomendasi.map((r) => [r.tahun, r.uraian, r.pd, r.status, r.tindakLanjut])),
    sheet(
      "ratl",
      [["tahun_lhe", 10], ["rekomendasi", 50], ["rencana_tindak_lanjut", 44], ["pd", 24], ["batas_waktu", 12], ["status", 22], ["lewat_batas_waktu", 18]],
      data.ratl.map((r) => [r.tahun, r.uraian, r.rencana === "–" ? null : r.rencana, r.pd, r.batasIso ?? null, r.status, r.lewatBatas ? terms.text("evaluasi.lewat_batas_waktu") : null]),
      { tanggal: data.tanggal },
    ),
  ];
}
