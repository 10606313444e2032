/**
 * Writes the ILLUSTRATIVE monitoring and evaluation data of the fictional Kabupaten Sukamaju road
 * map (tests/data/kabupaten-sukamaju-2025-2029): monitoring/2025-S1.yaml, 2025-S2.yaml and
 * 2026-S2.yaml, evaluasi/2025.yaml and 2026.yaml. Sukamaju does not exist; every file says so
 * (`contoh: true`) and every document made from it carries the CONTOH mark.
 *
 *   npx tsx scripts/contoh-monitoring-kabupaten.ts [DATA_DIR]
 *
 * The action reports come from a seeded generator (the same files on every run); what the data is
 * meant to show is fixed below by hand: the PDs that do not report, one status of each kind in
 * every group, the indicators' realised values (every kind of target met and not met).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Document } from "yaml";
import { loadEvaluasi } from "../src/data/evaluasi.js";
import { validateDataDir } from "../src/data/validate.js";
import { komponenOf, scoreInstrument } from "../src/domain/evaluasi-rb.js";
import { parsePeriode, type Periode } from "../src/domain/periode.js";
import { aksiOfPd, indexRencanaAksi, type AksiEntry } from "../src/domain/rencana-aksi.js";
import { indexQuickWins } from "../src/domain/quick-wins.js";
import type { LaporanAksiInput, StatusAksi } from "../src/schema/monitoring.js";
import { quoteCodes, rng } from "./acak.js";

const dataDir = process.argv[2] ?? "tests/data/kabupaten-sukamaju-2025-2029";
const { roadmap: rm, diagnostics } = validateDataDir(dataDir, { monitoring: false });
if (!rm) throw new Error(`data tidak sah: ${diagnostics.filter((d) => d.severity === "error").length} galat`);

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const between = (r: () => number, a: number, b: number) => a + Math.floor(r() * (b - a + 1));

function dateIn(r: () => number, from: string, to: string): string {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return new Date(a + Math.floor(r() * ((b - a) / 86_400_000 + 1)) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * What each action actually produced (never the planned output copied): the kind of evidence and
 * the result, {n} a number drawn for the year, {y} the year.
 */
const HASIL: Record<string, [jenis: string, hasil: string]> = {
  "1.1.01": ["Keputusan Bupati", "Keputusan Bupati tentang Tim Reformasi Birokrasi Kabupaten Tahun {y} dan Tim RB pada {n} Perangkat Daerah"],
  "1.1.02": ["Laporan", "Rencana kerja Tim RB {y} dan laporan capaian semester"],
  "1.2.01": ["Keputusan Kepala BKPSDM", "{n} agen perubahan ditetapkan di seluruh Perangkat Daerah"],
  "1.2.02": ["Laporan", "{n} konten internalisasi BerAKHLAK (apel, media sosial, siniar)"],
  "1.2.03": ["Keputusan Bupati", "Penganugerahan {n} agen perubahan teladan"],
  "1.3.01": ["Laporan Hasil Evaluasi", "LHE PMPRB {y} dan rencana tindak lanjut atas {n} rekomendasi"],
  "2.1.01": ["Laporan", "Daftar {n} regulasi daerah yang perlu dicabut atau direvisi"],
  "2.1.02": ["Dokumen", "Analisis dampak regulasi untuk {n} rancangan Perda prioritas"],
  "2.1.03": ["Peraturan Bupati", "Peraturan Bupati pencabutan {n} peraturan yang menghambat perizinan"],
  "2.2.01": ["Laporan", "{n} produk hukum baru diunggah ke JDIH"],
  "2.2.02": ["Laporan", "Sosialisasi produk hukum di {n} kecamatan"],
  "2.2.03": ["Berita Acara", "{n} rancangan Peraturan Bupati diharmonisasi"],
  "2.3.01": ["Laporan", "Pengukuran mandiri kualitas {n} kebijakan daerah"],
  "3.1.01": ["Laporan", "Laporan evaluasi kelembagaan {n} Perangkat Daerah"],
  "3.1.02": ["Keputusan Bupati", "Peta proses bisnis pemerintah daerah dan {n} Perangkat Daerah"],
  "3.1.03": ["Keputusan Bupati", "Penataan {n} jabatan fungsional hasil penyetaraan"],
  "3.2.02": ["Dokumen", "Anjab dan ABK {n} Perangkat Daerah dimutakhirkan"],
  "3.2.03": ["Keputusan Bupati", "Peta jabatan dan kelas jabatan {n} Perangkat Daerah"],
  "4.1.01": ["Laporan", "{n} SOP administrasi pemerintahan dievaluasi"],
  "4.1.02": ["Laporan", "Tanda tangan elektronik dipakai di {n} Perangkat Daerah"],
  "4.1.03": ["Laporan", "{n} paket pengadaan melalui katalog elektronik lokal"],
  "4.2.01": ["Laporan", "SRIKANDI dipakai di {n} Perangkat Daerah"],
  "4.2.02": ["Laporan Hasil Pengawasan", "Pengawasan kearsipan internal di {n} Perangkat Daerah"],
  "5.1.01": ["Dokumen", "Rencana kebutuhan ASN 2026-2030"],
  "5.1.02": ["Keputusan Bupati", "Manajemen talenta diterapkan pada {n} jabatan pimpinan tinggi"],
  "5.1.03": ["Laporan", "{n} ASN memperoleh pengembangan kompetensi"],
  "5.2.01": ["Laporan", "Aplikasi kinerja terhubung dengan pembayaran TPP di {n} Perangkat Daerah"],
  "5.2.02": ["Dokumen", "Peta kebutuhan guru di {n} kecamatan"],
  "5.2.03": ["Laporan", "Presensi berbasis lokasi dipakai {n} ASN"],
  "5.3.01": ["Laporan", "{n} ASN mengikuti pelatihan daring"],
  "6.1.01": ["Dokumen", "Pohon kinerja {n} Perangkat Daerah diselaraskan dengan RPJMD"],
  "6.1.02": ["Laporan", "Perencanaan dan penganggaran terintegrasi di {n} Perangkat Daerah"],
  "6.1.03": ["Laporan Hasil Evaluasi", "LHE SAKIP {n} Perangkat Daerah"],
  "6.2.01": ["Laporan", "Penilaian mandiri maturitas SPIP {y}"],
  "6.2.02": ["Laporan", "Pembayaran nontunai {n} jenis pajak daerah"],
  "6.2.03": ["Laporan", "{n} rekomendasi BPK dan APIP ditindaklanjuti"],
  "6.3.01": ["Laporan", "Zona Integritas dibangun di {n} unit layanan"],
  "6.4.01": ["Laporan", "LKPD unaudited Tahun Anggaran {p} diserahkan kepada BPK"],
  "T1.1.01": ["Berita Acara", "{n} keluarga miskin diverifikasi menurut nama dan alamat"],
  "T1.1.02": ["Berita Acara", "NIK {n} penerima bantuan sosial dipadankan"],
  "T1.2.01": ["Laporan", "{n} jiwa didaftarkan sebagai PBI JKN daerah"],
  "T1.2.02": ["Berita Acara", "{n} unit rumah tidak layak huni direhabilitasi"],
  "T1.3.01": ["Laporan", "{n} peserta pelatihan memperoleh sertifikat kompetensi"],
  "T1.3.02": ["Laporan", "{n} usaha mikro keluarga miskin ekstrem didampingi"],
  "T1.3.03": ["Berita Acara", "Bantuan benih dan saprodi untuk {n} petani"],
  "T2.1.01": ["Dokumen", "Profil {n} proyek investasi siap tawar"],
  "T2.1.02": ["Dokumen", "{n} perjanjian kemitraan usaha besar dan UMK"],
  "T2.1.03": ["Laporan", "Forum investasi daerah dengan {n} calon investor"],
  "T2.2.01": ["Laporan", "{n} perizinan berusaha terbit melalui OSS"],
  "T2.2.02": ["Peraturan Bupati", "Peraturan Bupati tentang RDTR kawasan industri"],
  "T2.2.03": ["Laporan", "Mal Pelayanan Publik beroperasi dengan {n} jenis layanan"],
  "T2.3.01": ["Laporan", "{n} UMK dibantu mengakses KUR"],
  "T3.1.01": ["Peraturan Bupati", "Peraturan Bupati tentang Arsitektur SPBE"],
  "T3.1.02": ["Laporan", "{n} layanan terhubung dengan Pusat Data Nasional"],
  "T3.2.01": ["Laporan", "{n} penduduk mengaktifkan Identitas Kependudukan Digital"],
  "T3.2.02": ["Laporan", "Rekam medis elektronik dipakai di {n} puskesmas"],
  "T3.2.03": ["Laporan", "Sistem informasi desa dipakai di {n} desa"],
  "T3.2.04": ["Laporan", "Data {n} sekolah terhubung dengan rapor digital"],
  "T3.3.01": ["Laporan", "Survei kepuasan dengan {n} responden"],
  "T4.1.01": ["Laporan", "Audit {n} kasus stunting"],
  "T4.1.02": ["Laporan", "{n} keluarga berisiko stunting didampingi"],
  "T4.1.03": ["Berita Acara", "Sarana air minum dan sanitasi di {n} desa lokus"],
  "T4.1.04": ["Laporan", "Makanan bergizi bagi peserta didik di {n} sekolah"],
  "T4.2.01": ["Laporan", "{n} paket RUP bertanda produk dalam negeri"],
  "T4.3.01": ["Laporan", "Gerakan pangan murah di {n} kecamatan"],
};

const KENDALA: [string, string][] = [
  ["Efisiensi belanja daerah mengurangi anggaran kegiatan", "Kegiatan diprioritaskan ulang dan sisa kebutuhan diusulkan dalam Perubahan APBD"],
  ["Menunggu pedoman teknis dari kementerian", "Berkoordinasi dengan kementerian terkait dan menyiapkan draf sambil menunggu pedoman"],
  ["Keterbatasan SDM yang menguasai substansi", "Mengikutsertakan staf dalam bimbingan teknis"],
  ["Koordinasi lintas Perangkat Daerah belum optimal", "Menjadwalkan rapat koordinasi rutin bersama Tim Pelaksana RB"],
  ["Aplikasi pendukung masih dalam tahap pengembangan", "Menyelesaikan pengembangan bersama Diskominfo"],
  ["Data dari desa dan Perangkat Daerah lain belum lengkap", "Menyurati camat dan Perangkat Daerah terkait untuk melengkapi data"],
  ["Proses pengadaan barang/jasa mundur karena lelang ulang", "Mempercepat tender ulang bersama Bagian PBJ"],
];
const REKOMENDASI = [
  "Perlu pendampingan dari Bagian Organisasi",
  "Dimasukkan dalam rencana kerja tahun berikutnya",
  "Perlu penetapan target yang lebih terukur",
  "Perlu dibahas dalam rapat Tim Pengarah RB",
];

/** Each PD's unit code in letter numbers (800/123/33.41.<unit>/2025); 33.41 is no real kabupaten code. */
const UNIT = new Map(rm.perangkat_daerah.map((pd, i) => [pd.id, String(i + 1).padStart(2, "0")]));
const KLASIFIKASI = ["000.8", "100.3", "400.14", "500.4", "800.1", "900.1"];
/** Numbers used so far, with the title they were given: one number is never two documents. */
const usedNumbers = new Map<string, string>();

function nomor(r: () => number, jenis: string, pd: string, tahun: number, title: string): string {
  for (;;) {
    const n = jenis === "Peraturan Bupati" ? `${between(r, 5, 60)} Tahun ${tahun}` : `${pick(r, KLASIFIKASI)}/${between(r, 20, 980)}/33.41.${UNIT.get(pd)}/${tahun}`;
    const seen = usedNumbers.get(n);
    if (seen === undefined) {
      usedNumbers.set(n, title);
      return n;
    }
    if (seen === title) return n;
  }
}

const JABATAN = (nama: string) => (nama.startsWith("Bagian") ? "Kepala Subbagian Tata Usaha" : nama.startsWith("Inspektorat") ? "Sekretaris Inspektorat" : "Kepala Subbagian Perencanaan dan Keuangan");

interface Plan {
  status: StatusAksi;
  progres?: number;
  carry?: LaporanAksiInput;
  /** The budget as the earlier semester reported it: the pagu stays, spending never falls. */
  before?: LaporanAksiInput["anggaran"];
}

function report(r: () => number, e: AksiEntry, pd: string, plan: Plan, periode: Periode): LaporanAksiInput {
  if (plan.carry) return plan.carry;
  const { status } = plan;
  const progres = status === "selesai" ? 100 : status === "dalam proses" ? (plan.progres ?? 10 * between(r, 2, 8)) : status === "ditunda" ? 10 * between(r, 0, 3) : 0;
  const rec: LaporanAksiInput = { status, progres };
  const [jenis, hasil] = HASIL[e.kode] ?? ["Laporan", "Laporan pelaksanaan {y}"];
  // Counts a kabupaten of 25 PDs, 18 kecamatan and 26 puskesmas can have.
  const cap = /Perangkat Daerah/.test(hasil) ? 25 : /kecamatan/.test(hasil) ? 18 : /puskesmas/.test(hasil) ? 26 : /jenis/.test(hasil) ? 11 : 40;
  const n = between(r, 3, cap) * (/penduduk|jiwa|keluarga|ASN|perizinan|responden/.test(hasil) ? 25 : 1);
  const text = hasil.replace("{n}", n.toLocaleString("id-ID")).replace("{y}", String(periode.tahun)).replace("{p}", String(periode.tahun - 1));
  const from = periode.id.endsWith("S2") ? `${periode.tahun}-07-01` : `${periode.tahun}-01-01`;
  if (status === "selesai") {
    rec.output = text;
    rec.bukti = [{ jenis, nomor: nomor(r, jenis, pd, periode.tahun, text), tanggal: dateIn(r, `${periode.tahun}-01-01`, periode.selesai) }];
  } else if (status === "dalam proses" && progres >= 50) {
    const title = `Laporan kemajuan ${e.kode} ${periode.id}`;
    rec.output = `Sebagian tercapai (${progres}%): ${text}`;
    rec.bukti = [{ jenis: "Laporan Kemajuan", nomor: nomor(r, "Laporan Kemajuan", pd, periode.tahun, title), tanggal: dateIn(r, from, periode.selesai) }];
  }
  if (status !== "selesai") {
    const [kendala, tindak] = pick(r, KENDALA);
    const later = status === "belum dimulai" && periode.ke === 1;
    rec.kendala = later ? "Jadwal kegiatan dalam DPA jatuh pada semester II" : kendala;
    rec.tindak_lanjut = later
      ? "Dilaksanakan pada semester II sesuai jadwal DPA"
      : status === "tidak dilaksanakan" ? "Dijadwalkan kembali dalam rencana kerja tahun berikutnya" : periode.selesai.endsWith("-12-31") ? tindak.replace("Perubahan APBD", `APBD ${periode.tahun + 1}`) : tindak;
    if (status === "tidak dilaksanakan" || status === "ditunda" || r() < 0.4) rec.rekomendasi = pick(r, REKOMENDASI);
  }
  // A budget where the road map states a pagu in rupiah, and for some others.
  const stated = typeof e.aksi.anggaran === "number" ? e.aksi.anggaran : undefined;
  const drawn = r() < 0.3 ? 500_000 * between(r, 20, 300) : undefined;
  const pagu = plan.before?.pagu ?? stated ?? drawn;
  if (pagu !== undefined) {
    const share = status === "selesai" ? 0.8 + r() * 0.19 : status === "dalam proses" ? 0.2 + r() * 0.5 : status === "ditunda" ? r() * 0.1 : 0;
    const realisasi = Math.max(plan.before?.realisasi ?? 0, Math.round((pagu * share) / 1000) * 1000);
    rec.anggaran = { pagu, realisasi: Math.min(pagu, realisasi) };
  }
  return rec;
}

const index = indexRencanaAksi(rm);
type Laporan = Record<string, { pelapor: { nama: string; jabatan: string }; tanggal: string; rencana_aksi: Record<string, LaporanAksiInput>; quick_wins?: Record<string, LaporanAksiInput> }>;

function laporan(periode: Periode, seed: number, decide: (r: () => number, e: AksiEntry, pd: string) => Plan | undefined, tanggal: [string, string]): Laporan {
  const r = rng(seed);
  const out: Laporan = {};
  for (const pd of rm!.perangkat_daerah) {
    const rows: Record<string, LaporanAksiInput> = {};
    for (const e of aksiOfPd(index, pd.id, periode.tahun)) {
      const plan = decide(r, e, pd.id);
      if (plan) rows[e.kode] = report(r, e, pd.id, plan, periode);
    }
    if (Object.keys(rows).length === 0) continue;
    out[pd.id] = { pelapor: { nama: `Pelapor ${pd.singkatan} (contoh)`, jabatan: JABATAN(pd.nama) }, tanggal: dateIn(r, ...tanggal), rencana_aksi: rows };
  }
  return out;
}

function outcome(r: () => number, weights: [StatusAksi, number][]): StatusAksi {
  let x = r();
  for (const [s, w] of weights) if ((x -= w) < 0) return s;
  return weights[0][0];
}

const HEADER = (schema: string) =>
  ` yaml-language-server: $schema=../../../../data/schema/${schema}\n` +
  " CONTOH – DATA ILUSTRASI. Kabupaten Sukamaju fiktif; semua angka, nomor dan nama rekaan. Dibuat\n" +
  " oleh scripts/contoh-monitoring-kabupaten.ts (lihat CATATAN.md).";

function write(dir: string, name: string, body: Record<string, unknown>, schema: string): void {
  const doc = new Document(body);
  doc.commentBefore = HEADER(schema);
  quoteCodes(doc);
  const folder = join(dataDir, dir);
  // An evaluation file that exists holds what was written by hand after it was generated (the RATL
  // columns, the Tim's follow-up per finding): it is kept, not generated over.
  if (dir === "evaluasi" && existsSync(join(folder, name))) {
    console.log(`${join(folder, name)} (sudah ada, tidak ditimpa)`);
    return;
  }
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, name), doc.toString({ lineWidth: 0 }));
  console.log(join(folder, name));
}

/**
 * Quick wins, written by hand (no draws: every other value stays as it was), added to the PD's
 * report of the period. Dinkes has not reported Posyandu Online for 2026 ("belum dilaporkan").
 */
const UNIT_OF = (pd: string) => `33.41.${UNIT.get(pd)}`;
const QUICK_WINS: Record<string, Record<string, LaporanAksiInput>> = {
  "2025-S1": {
    "QW.1": { status: "dalam proses", progres: 40, output: "Gedung MPP direnovasi; 9 instansi menandatangani kesepakatan bergabung", bukti: [{ jenis: "Berita Acara", nomor: `000.8/118/${UNIT_OF("dpmptsp")}/2025`, tanggal: "2025-05-20" }], kendala: "Jaringan internet gedung MPP belum terpasang", tindak_lanjut: "Pemasangan jaringan bersama Diskominfo pada Juli 2025" },
    "QW.2": { status: "dalam proses", progres: 30, output: "12.450 penduduk mengaktifkan Identitas Kependudukan Digital", bukti: [{ jenis: "Laporan", nomor: `400.14/205/${UNIT_OF("disdukcapil")}/2025`, tanggal: "2025-06-27" }], kendala: "Sebagian penduduk belum memiliki telepon pintar", tindak_lanjut: "Layanan aktivasi keliling di kecamatan" },
    "QW.3": { status: "dalam proses", progres: 50, output: "SIDAMAJU memuat data 31.200 keluarga miskin hasil pemadanan DTKS", bukti: [{ jenis: "Laporan", nomor: `400.14/311/${UNIT_OF("dinsos")}/2025`, tanggal: "2025-06-24" }], kendala: "Data 4 kecamatan belum dipadankan", tindak_lanjut: "Pemadanan data bersama kecamatan pada semester II" },
    "QW.4": { status: "belum dimulai", progres: 0, kendala: "Jadwal kegiatan dalam DPA jatuh pada semester II", tindak_lanjut: "Dilaksanakan pada semester II sesuai jadwal DPA" },
  },
  "2025-S2": {
    "QW.1": { status: "selesai", progres: 100, output: "Mal Pelayanan Publik diresmikan dengan 14 instansi dan 126 jenis layanan", bukti: [{ jenis: "Keputusan Bupati", nomor: `000.8/402/${UNIT_OF("dpmptsp")}/2025`, tanggal: "2025-10-14" }] },
    "QW.2": { status: "dalam proses", progres: 70, output: "41.380 penduduk mengaktifkan Identitas Kependudukan Digital", bukti: [{ jenis: "Laporan", nomor: `400.14/688/${UNIT_OF("disdukcapil")}/2025`, tanggal: "2025-12-22" }], kendala: "Sebagian penduduk belum memiliki telepon pintar", tindak_lanjut: "Layanan aktivasi di sekolah dan desa pada 2026" },
    "QW.3": { status: "selesai", progres: 100, output: "SIDAMAJU dipakai 9 Perangkat Daerah sebagai satu data keluarga miskin", bukti: [{ jenis: "Keputusan Bupati", nomor: `400.14/702/${UNIT_OF("dinsos")}/2025`, tanggal: "2025-11-28" }] },
    "QW.4": { status: "dalam proses", progres: 60, output: "Posyandu Online dipakai 214 posyandu di 18 kecamatan", bukti: [{ jenis: "Laporan Kemajuan", nomor: `400.14/915/${UNIT_OF("dinkes")}/2025`, tanggal: "2025-12-19" }], kendala: "Kader posyandu di desa terpencil belum terlatih", tindak_lanjut: "Pelatihan kader pada triwulan I 2026" },
  },
  "2026-S2": {
    "QW.1": { status: "selesai", progres: 100, output: "MPP melayani 61.400 permohonan; indeks kepuasan 86,2", bukti: [{ jenis: "Laporan", nomor: `000.8/377/${UNIT_OF("dpmptsp")}/2026`, tanggal: "2026-12-18" }] },
    "QW.2": { status: "selesai", progres: 100, output: "96.120 penduduk (42% wajib KTP) memakai Identitas Kependudukan Digital", bukti: [{ jenis: "Laporan", nomor: `400.14/812/${UNIT_OF("disdukcapil")}/2026`, tanggal: "2026-12-23" }] },
    "QW.3": { status: "selesai", progres: 100, output: "SIDAMAJU dimutakhirkan tiap triwulan dan dipakai 14 Perangkat Daerah", bukti: [{ jenis: "Laporan", nomor: `400.14/640/${UNIT_OF("dinsos")}/2026`, tanggal: "2026-12-15" }] },
  },
};
const quickWinIndex = indexQuickWins(rm);
function withQuickWins(periodeId: string, out: Laporan, tanggal: string): Laporan {
  for (const [kode, rec] of Object.entries(QUICK_WINS[periodeId] ?? {})) {
    for (const pd of quickWinIndex.get(kode)?.pengampu ?? []) {
      const p = rm!.perangkat_daerah.find((x) => x.id === pd)!;
      const own = (out[pd] ??= { pelapor: { nama: `Pelapor ${p.singkatan} (contoh)`, jabatan: JABATAN(p.nama) }, tanggal, rencana_aksi: {} });
      (own.quick_wins ??= {})[kode] = rec;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 2025, Semester I. DPUPR and Disarpus have not reported ("belum dilaporkan", not "belum dimulai").
const S1_SILENT = new Set(["dpupr", "disarpus"]);
/** Fixed statuses, so that each group shows each status whatever the draws. */
const S1_FIXED: Record<string, StatusAksi> = { "5.1.01": "selesai", "T3.1.01": "dalam proses", "T2.1.01": "ditunda", "6.2.02": "belum dimulai", "T1.3.03": "ditunda", "T4.1.02": "belum dimulai" };
const S2_FIXED: Record<string, StatusAksi> = {
  "3.1.02": "tidak dilaksanakan",
  "2.2.02": "ditunda",
  "6.2.02": "dalam proses",
  "T1.3.03": "tidak dilaksanakan",
  "T2.1.01": "ditunda",
  "T2.2.02": "dalam proses",
  "T3.2.02": "dalam proses",
  "T3.2.03": "belum dimulai",
  "T4.1.02": "dalam proses",
  "T4.3.01": "ditunda",
  "4.1.03": "belum dimulai",
};
const s1 = parsePeriode("2025-S1")!;
const s1Laporan = laporan(
  s1,
  20251,
  (r, e, pd) => {
    if (S1_SILENT.has(pd)) return undefined;
    const drawn = S1_FIXED[e.kode] ?? outcome(r, [["selesai", 0.25], ["dalam proses", 0.55], ["belum dimulai", 0.15], ["ditunda", 0.05]]);
    // An action whose year-end status is fixed below is not finished in Semester I already.
    const status = drawn === "selesai" && e.kode in S2_FIXED ? "dalam proses" : drawn;
    return { status, progres: status === "dalam proses" ? 10 * between(r, 2, 6) : undefined };
  },
  ["2025-07-01", "2025-07-15"],
);
write("monitoring", "2025-S1.yaml", { periode: "2025-S1", contoh: true, laporan: withQuickWins("2025-S1", structuredClone(s1Laporan), "2025-07-10") }, "rbdoc-monitoring.schema.json");

// 2025, Semester II (the year). Disarpus still silent; BKPSDM reports only part of its actions.
const S2_SILENT = new Set(["disarpus"]);
const S2_UNREPORTED = new Set(["bkpsdm|5.2.03", "bkpsdm|1.2.02"]);
const s1Of = (pd: string, kode: string) => s1Laporan[pd]?.rencana_aksi[kode];
function secondSemester(fixed: Record<string, StatusAksi>, silent: Set<string>, unreported: Set<string>, earlier: (pd: string, kode: string) => LaporanAksiInput | undefined) {
  return (r: () => number, e: AksiEntry, pd: string): Plan | undefined => {
    if (silent.has(pd) || unreported.has(`${pd}|${e.kode}`)) return undefined;
    const before = earlier(pd, e.kode);
    if (before?.status === "selesai") return { status: "selesai", carry: before };
    const status = fixed[e.kode] ?? outcome(r, [["selesai", 0.72], ["dalam proses", 0.16], ["tidak dilaksanakan", 0.05], ["ditunda", 0.05], ["belum dimulai", 0.02]]);
    const progres = status === "dalam proses" ? Math.max((before?.progres ?? 0) + 10, 10 * between(r, 5, 9)) : undefined;
    return { status, progres: progres === undefined ? undefined : Math.min(90, progres), before: before?.anggaran };
  };
}
const s2 = parsePeriode("2025-S2")!;
write(
  "monitoring",
  "2025-S2.yaml",
  {
    periode: "2025-S2",
    contoh: true,
    laporan: withQuickWins("2025-S2", laporan(s2, 20252, secondSemester(S2_FIXED, S2_SILENT, S2_UNREPORTED, s1Of), ["2026-01-05", "2026-01-20"]), "2026-01-15"),
    indikator: {
      "sasaran-opini-bpk": { nilai: "WTP", sumber: "LHP BPK atas LKPD Tahun Anggaran 2024" },
      "sasaran-predikat-sakip": { nilai: "B", sumber: "LHE SAKIP 2025" },
      "sasaran-indeks-rb": { nilai: 66.84, sumber: "LHE RB KemenPAN-RB 2025" },
      "sasaran-indeks-spbe": { nilai: 2.79, sumber: "Hasil Evaluasi SPBE 2025" },
      "sasaran-indeks-pelayanan-publik": { nilai: 3.74, sumber: "Hasil Evaluasi Pelayanan Publik 2025" },
      "sasaran-penduduk-miskin": { nilai: 10.31, sumber: "BPS, Maret 2025" },
      "sasaran-realisasi-investasi": { nilai: 1412, sumber: "Laporan Kegiatan Penanaman Modal 2025" },
      "agen-perubahan-aktif": { nilai: 72, sumber: "Laporan Tim Pelaksana RB 2025" },
      "indeks-reformasi-hukum": { nilai: 69.1, sumber: "Hasil Penilaian Indeks Reformasi Hukum 2025" },
      "indeks-kualitas-kebijakan": { nilai: "n.a", sumber: "Laporan Tim Pelaksana RB 2025", catatan: "Pengukuran Indeks Kualitas Kebijakan daerah dimulai tahun 2026" },
      "nilai-evaluasi-kelembagaan": { nilai: 66.5, sumber: "Hasil Evaluasi Kelembagaan 2025" },
      "sop-dievaluasi": { nilai: 58, sumber: "Laporan Tim Pelaksana RB 2025" },
      "indeks-pengawasan-kearsipan": { nilai: 71.2, sumber: "Laporan Hasil Pengawasan Kearsipan 2025" },
      "indeks-profesionalitas-asn": { nilai: 64.3, sumber: "Hasil Pengukuran IP ASN 2025" },
      "asn-20-jp": { nilai: 82.6, sumber: "Laporan Pengembangan Kompetensi ASN 2025" },
      "nilai-sakip": { nilai: "66,8/B", sumber: "LHE SAKIP 2025" },
      "maturitas-spip": { nilai: 3.0, sumber: "Hasil Penilaian Maturitas SPIP 2025" },
      "indeks-integritas": { nilai: 73.15, sumber: "Survei Penilaian Integritas 2025" },
      rtlh: { nilai: 9.2, sumber: "Basis data perumahan 2025" },
      "kemiskinan-ekstrem": { nilai: 0.74, sumber: "BPS, Maret 2025" },
      "investasi-kur": { nilai: 1512, sumber: "Data penyaluran KUR Kementerian Koordinator Bidang Perekonomian 2025" },
      "investasi-waktu-izin": { nilai: 5, sumber: "Laporan DPMPTSP 2025" },
      "layanan-daring": { nilai: 43, sumber: "Laporan Diskominfo 2025" },
      // kepuasan-layanan-digital: the survey was not held in 2025, so nothing is reported.
      "prevalensi-stunting": { nilai: 17.1, sumber: "Elektronik Pencatatan dan Pelaporan Gizi Berbasis Masyarakat 2025" },
      "belanja-pdn": { nilai: 41.3, sumber: "Laporan Bagian PBJ 2025" },
      "inflasi-tahunan": { nilai: 2.6, sumber: "BPS, Desember 2025 (year-on-year)" },
    },
  },
  "rbdoc-monitoring.schema.json",
);

// 2026, Semester II only (no Semester I file): a second year for trends. Dispertan and DP3AKB do not report.
const Y26_SILENT = new Set(["dispertan", "dp3akb"]);
const Y26_FIXED: Record<string, StatusAksi> = {
  "1.2.03": "ditunda",
  "5.1.02": "dalam proses",
  "2.1.03": "tidak dilaksanakan",
  "4.2.01": "belum dimulai",
  "T1.3.02": "dalam proses",
  "T2.2.03": "ditunda",
  "T3.2.04": "tidak dilaksanakan",
  "T3.1.02": "dalam proses",
  "T4.1.03": "belum dimulai",
  "T4.3.01": "dalam proses",
};
const y26 = parsePeriode("2026-S2")!;
write(
  "monitoring",
  "2026-S2.yaml",
  {
    periode: "2026-S2",
    contoh: true,
    laporan: withQuickWins("2026-S2", laporan(y26, 20262, secondSemester(Y26_FIXED, Y26_SILENT, new Set(), () => undefined), ["2027-01-05", "2027-01-22"]), "2027-01-15"),
    indikator: {
      "sasaran-opini-bpk": { nilai: "WTP", sumber: "LHP BPK atas LKPD Tahun Anggaran 2025" },
      "sasaran-predikat-sakip": { nilai: "BB", sumber: "LHE SAKIP 2026" },
      "sasaran-indeks-rb": { nilai: 67.9, sumber: "LHE RB KemenPAN-RB 2026" },
      "sasaran-indeks-spbe": { nilai: 3.08, sumber: "Hasil Evaluasi SPBE 2026" },
      "sasaran-indeks-pelayanan-publik": { nilai: 3.86, sumber: "Hasil Evaluasi Pelayanan Publik 2026" },
      "sasaran-penduduk-miskin": { nilai: 10.02, sumber: "BPS, Maret 2026" },
      "sasaran-realisasi-investasi": { nilai: 1487, sumber: "Laporan Kegiatan Penanaman Modal 2026" },
      "agen-perubahan-aktif": { nilai: 81, sumber: "Laporan Tim Pelaksana RB 2026" },
      "indeks-reformasi-hukum": { nilai: 72.4, sumber: "Hasil Penilaian Indeks Reformasi Hukum 2026" },
      "indeks-kualitas-kebijakan": { nilai: 63.5, sumber: "Hasil Pengukuran Indeks Kualitas Kebijakan 2026" },
      "nilai-evaluasi-kelembagaan": { nilai: 68.2, sumber: "Hasil Evaluasi Kelembagaan 2026" },
      "sop-dievaluasi": { nilai: 71, sumber: "Laporan Tim Pelaksana RB 2026" },
      "indeks-pengawasan-kearsipan": { nilai: 76.8, sumber: "Laporan Hasil Pengawasan Kearsipan 2026" },
      "indeks-profesionalitas-asn": { nilai: 66.1, sumber: "Hasil Pengukuran IP ASN 2026" },
      "asn-20-jp": { nilai: 83.9, sumber: "Laporan Pengembangan Kompetensi ASN 2026" },
      "nilai-sakip": { nilai: "71,4/BB", sumber: "LHE SAKIP 2026" },
      "maturitas-spip": { nilai: 3.1, sumber: "Hasil Penilaian Maturitas SPIP 2026" },
      "indeks-integritas": { nilai: 73.6, sumber: "Survei Penilaian Integritas 2026" },
      rtlh: { nilai: 9.3, sumber: "Basis data perumahan 2026", catatan: "Pendataan ulang menemukan rumah tidak layak huni baru di desa pemekaran" },
      "kemiskinan-ekstrem": { nilai: 0.46, sumber: "BPS, Maret 2026" },
      "investasi-kur": { nilai: 1538, sumber: "Data penyaluran KUR Kementerian Koordinator Bidang Perekonomian 2026" },
      "investasi-waktu-izin": { nilai: 4, sumber: "Laporan DPMPTSP 2026" },
      "layanan-daring": { nilai: 56, sumber: "Laporan Diskominfo 2026" },
      "kepuasan-layanan-digital": { nilai: 79.4, sumber: "Laporan survei kepuasan pengguna layanan digital 2026" },
      "prevalensi-stunting": { nilai: 15.9, sumber: "Elektronik Pencatatan dan Pelaporan Gizi Berbasis Masyarakat 2026" },
      "belanja-pdn": { nilai: 46.2, sumber: "Laporan Bagian PBJ 2026" },
      "inflasi-tahunan": { nilai: 3.8, sumber: "BPS, Desember 2026 (year-on-year)", catatan: "Di atas rentang sasaran karena kenaikan harga beras dan cabai pada triwulan IV", analisis: "Inflasi 3,8% melewati batas atas sasaran 1,5-3,5%: harga beras dan cabai naik pada triwulan IV karena gagal panen di dua kecamatan. TPID menggelar operasi pasar dan gerakan tanam cabai pekarangan mulai Januari 2027." },
    },
    analisis_area: {
      "pengentasan-kemiskinan": "Tema ini menyelesaikan sebagian besar rencana aksinya, tetapi pendataan ulang menemukan rumah tidak layak huni baru di desa pemekaran, sehingga target RTLH 2026 tidak tercapai. Dinas Sosial dan DPUPR menambahkan desa pemekaran ke sasaran bedah rumah 2027.",
    },
  },
  "rbdoc-monitoring.schema.json",
);

// ---------------------------------------------------------------------------------------------
// RB evaluation (PermenPAN-RB 9/2023, instrument rb-2023): self-assessment per leaf, official
// totals per part a little below it, recommendations with their follow-up.
const instrumen = loadEvaluasi(dataDir, rm).instruments.get("rb-2023")!;
const leaves = komponenOf(instrumen).filter((k) => k.leaf).map((k) => k.id);
const REKOMENDASI_RB: [string, string[], string][] = [
  ["Selaraskan rencana aksi RB General dengan Rencana Kerja Perangkat Daerah dan anggarannya", ["bag-organisasi", "bappeda"], "Penandaan rencana aksi RB dalam Renja 2026"],
  ["Tetapkan indikator dan target RB Tematik yang terukur untuk setiap tema, termasuk prioritas aktual Presiden", ["bappeda"], "Reviu indikator tematik bersama Tim Pelaksana RB"],
  ["Padankan data penerima bantuan sosial dengan data kependudukan sebelum penyaluran", ["dinsos", "disdukcapil"], "Padan data triwulanan"],
  ["Integrasikan layanan perizinan dan layanan digital ke Mal Pelayanan Publik", ["dpmptsp", "diskominfo"], "Penyusunan peta integrasi layanan"],
  ["Perkuat evaluasi internal SAKIP Perangkat Daerah", ["inspektorat", "bag-organisasi"], "Bimbingan teknis evaluator SAKIP"],
  ["Laporkan capaian pengendalian inflasi dan penggunaan produk dalam negeri setiap bulan", ["bag-perekonomian", "bag-pbj"], "Laporan bulanan TPID dan P3DN"],
];
for (const [tahun, seed, base] of [[2025, 41, 58], [2026, 42, 63]] as const) {
  const r = rng(seed);
  const mandiri = Object.fromEntries(leaves.map((id) => [id, Math.round((base + r() * 25) * 100) / 100]));
  const scores = scoreInstrument(instrumen, mandiri, {});
  const gap = 2 + r() * 4;
  const resmi = Object.fromEntries(scores.map((b, i) => [b.id, Math.round((b.mandiri! - gap - i) * 100) / 100]));
  const rekomendasi = REKOMENDASI_RB.slice(tahun === 2025 ? 0 : 1, tahun === 2025 ? 4 : 6).map(([uraian, pd, tl], i) => {
    const status = (tahun === 2025 ? ["dalam proses", "belum ditindaklanjuti", "selesai", "dalam proses"] : ["selesai", "dalam proses", "dalam proses", "belum ditindaklanjuti", "dalam proses"])[i] as "selesai" | "dalam proses" | "belum ditindaklanjuti";
    return { uraian, sumber: `LHE RB KemenPAN-RB ${tahun}`, pd, status, ...(status === "belum ditindaklanjuti" ? {} : { tindak_lanjut: tl }) };
  });
  write("evaluasi", `${tahun}.yaml`, { tahun, instrumen: "rb-2023", contoh: true, penilaian_mandiri: mandiri, resmi, sumber_resmi: `LHE RB KemenPAN-RB ${tahun}`, rekomendasi }, "rbdoc-evaluasi.schema.json");
}
