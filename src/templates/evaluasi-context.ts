import type { EvaluasiYear } from "../data/evaluasi.js";
import type { MonitoringPeriod } from "../data/monitoring.js";
import { dasarHukum, type DasarHukum } from "../domain/dasar-hukum.js";
import { formatDate, formatNumber } from "../domain/format.js";
import { pemdaNames } from "../domain/pemda.js";
import { profilTim, type ProfilTim } from "../domain/tim.js";
import type { DataTable } from "../model/data-table.js";
import type { RoadMap } from "../schema/roadmap.js";
import { absolute, prepareBlock } from "./context.js";
import { indikatorEvaluasi, type IndikatorEvaluasi } from "./evaluasi/indikator.js";
import { lingkup, singkatan } from "./evaluasi/lingkup.js";
import { nilaiRb, type NilaiRbTahun } from "./evaluasi/nilai-rb.js";
import { perbandingan, type Perbandingan } from "./evaluasi/perbandingan.js";
import { ratl, rekomendasi, type RekomendasiBaris } from "./evaluasi/rekomendasi.js";
import { AMBANG_PENYELESAIAN, penyelesaianRencanaAksi, type PenyelesaianBagian } from "./evaluasi/rencana-aksi.js";
import { tabelData } from "./evaluasi/tabel-data.js";
import { temuan, type Temuan } from "./evaluasi/temuan.js";
import { aksiTerlambat, type AksiTerlambat } from "./evaluasi/terlambat.js";
import type { Terms } from "./istilah.js";

export { AMBANG_PENYELESAIAN } from "./evaluasi/rencana-aksi.js";
export type { IndikatorEvaluasi } from "./evaluasi/indikator.js";
export type { TemuanJenis } from "./evaluasi/temuan.js";

/**
 * What the evaluation's templates read. Values, not phrases: a course is "sesuai", "tidak-sesuai"
 * or "data-belum-cukup", and the templates word it from the terms (`templates/istilah.yaml`); the
 * workbook's rows, which no template writes, take their words from the terms given.
 */
export interface EvaluasiContext {
  created: string;
  contoh: boolean;
  pemda: { daerah: string; daerahUpper: string; kepalaDaerah: string; ibuKota: string; lambangPath?: string };
  roadMap: string;
  tahun: { daftar: number[]; awal: number; akhir: number; akhirPeriode: number; jumlah: number };
  penandaTangan: { jabatan: string; nama?: string; pangkat?: string; nip?: string; tempat: string; tanggal: string };
  indikator: IndikatorEvaluasi[];
  /** The same rows under their RB General / RB Tematik heading; one group without a name when the road map has none. */
  indikatorKelompok: { nama?: string; rows: IndikatorEvaluasi[] }[];
  adaKelompok: boolean;
  area: PenyelesaianBagian["area"];
  /** The areas under their group heading (no heading without groups). */
  areaKelompok: PenyelesaianBagian["areaKelompok"];
  pd: PenyelesaianBagian["pd"];
  terlambat: AksiTerlambat[];
  areaDiBawahAmbang: PenyelesaianBagian["areaDiBawahAmbang"];
  ambang: string;
  nilaiRb: NilaiRbTahun[];
  /** Each year's recommendations; `lanjutan` is the later year that repeats one, whose status counts. */
  rekomendasi: RekomendasiBaris[];
  rekomendasiTerbuka: number;
  /** Recommendations counted once however many years repeat them. */
  rekomendasiJumlah: number;
  /** The previous period's indicators beside their counterpart in this one (by `padanan`, then id, then the same name); those without one are listed. */
  perbandingan: Perbandingan;
  catatanTim?: unknown[];
  grafik: { indikator: object[]; penyelesaianArea: object[]; nilaiRb: object[]; adaIndikator: boolean; adaNilaiRb: boolean };
  tabelData: DataTable[];
  /** The regulations the evaluation rests on (BAB I), the instruments' own among them. */
  dasarHukum: DasarHukum[];
  /** The Tim RB: its SK, membership, monitoring schedule and the meetings held in the years evaluated. */
  tim: ProfilTim;
  /**
   * RATL: each recommendation once (by its latest entry) with its follow-up plan, PD, deadline and
   * status; `lewatBatas` when the deadline passed before the document's date and it is not finished.
   */
  ratl: { tanggal: string; baris: { tahun: number; uraian: string; rencana: string; pd: string; batasWaktu: string; status: string; lewatBatas: boolean }[]; lewatBatas: number; adaRencana: boolean };
  /** Bab VI's findings, with what the Tim decided for each. */
  temuan: Temuan;
}

/** The evaluation from its parts: indicators, rencana aksi, late actions, RB scores, recommendations, the previous period. */
export function buildEvaluasiContext(rm: RoadMap, dataDir: string, monitoring: readonly MonitoringPeriod[], evaluasi: readonly EvaluasiYear[], sampai: number, terms: Terms): EvaluasiContext {
  const s = lingkup(rm, monitoring, evaluasi, sampai, terms);
  const { years, ev, akhirPeriode } = s;
  const lastYear = years.at(-1);
  const created = `${(lastYear ?? rm.periode.mulai) + 1}-01-31`;
  const names = pemdaNames(rm.pemda, rm.regulasi.jenis);
  const signer = rm.laporan_pelaksanaan?.penanda_tangan ?? rm.regulasi.penanda_tangan.sekretaris_daerah;

  const indikator = indikatorEvaluasi(s);
  const penyelesaian = penyelesaianRencanaAksi(s);
  const terlambat = aksiTerlambat(s);
  const nilai = nilaiRb(s);
  const rek = rekomendasi(s);
  const rekomendasiTerbuka = rek.baris.filter((r) => r.terbuka).length;
  const ratlBaris = ratl(s, created);
  const lewatBatas = ratlBaris.filter((r) => r.lewatBatas).length;

  return {
    created,
    contoh: [...s.perYear.values()].some((m) => m?.data.contoh) || ev.some((e) => e.data.contoh),
    pemda: { daerah: names.daerah, daerahUpper: names.daerah.toLocaleUpperCase("id"), kepalaDaerah: names.kepalaDaerah, ibuKota: rm.pemda.ibu_kota, lambangPath: rm.pemda.lambang ? absolute(dataDir, rm.pemda.lambang) : undefined },
    roadMap: `${rm.periode.mulai}-${rm.periode.selesai}`,
    tahun: { daftar: years, awal: years[0] ?? rm.periode.mulai, akhir: lastYear ?? rm.periode.mulai, akhirPeriode, jumlah: years.length },
    penandaTangan: { jabatan: signer.jabatan, nama: signer.nama, pangkat: signer.pangkat, nip: signer.nip, tempat: rm.pemda.ibu_kota, tanggal: formatDate(created) },
    indikator: indikator.indikator,
    indikatorKelompok: indikator.indikatorKelompok,
    adaKelompok: indikator.adaKelompok,
    area: penyelesaian.area,
    areaKelompok: penyelesaian.areaKelompok,
    pd: penyelesaian.pd,
    terlambat,
    areaDiBawahAmbang: penyelesaian.areaDiBawahAmbang,
    ambang: formatNumber(AMBANG_PENYELESAIAN),
    nilaiRb: nilai.nilaiRb,
    rekomendasi: rek.baris,
    rekomendasiTerbuka,
    rekomendasiJumlah: rek.jumlah,
    perbandingan: perbandingan(s),
    catatanTim: [...ev].reverse().find((e) => e.data.catatan_tim)?.data.catatan_tim?.map((b) => prepareBlock(b, dataDir)),
    grafik: { indikator: indikator.grafik, penyelesaianArea: penyelesaian.grafik, nilaiRb: nilai.grafik, adaIndikator: indikator.grafik.length > 0, adaNilaiRb: nilai.grafik.length > 0 },
    tabelData: tabelData(terms, { akhirPeriode, tanggal: formatDate(created), indikator: indikator.rows, area: penyelesaian.areaRows, pd: penyelesaian.pdRows, nilaiRb: nilai.rows, rekomendasi: rek.baris, ratl: ratlBaris }),
    dasarHukum: dasarHukum(rm, [...new Set(ev.map((e) => e.instrumen.dasar))]),
    tim: profilTim(rm.tim, `${years[0] ?? rm.periode.mulai}-01-01`, `${lastYear ?? rm.periode.mulai}-12-31`, s.labels.withGroup, (id) => singkatan(s, id), formatDate),
    ratl: { tanggal: formatDate(created), baris: ratlBaris.map(({ batasIso: _b, ...r }) => r), lewatBatas, adaRencana: ratlBaris.some((r) => r.rencana !== "–" || r.batasWaktu !== "–") },
    temuan: temuan(s, { indikator, penyelesaian, terlambat, rekomendasi: { terbuka: rekomendasiTerbuka, jumlah: rek.jumlah, lewatBatas } }),
  };
}
