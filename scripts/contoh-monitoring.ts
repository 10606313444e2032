/**
 * Writes the ILLUSTRATIVE monitoring data shipped with the Probolinggo road map:
 * monitoring/2020.yaml, 2021-S1.yaml and 2021-S2.yaml. Nothing here is Probolinggo's real result;
 * every file says so (`contoh: true`) and every document made from it carries the CONTOH mark.
 *
 *   npx tsx scripts/contoh-monitoring.ts [DATA_DIR]
 *
 * The numbers come from a seeded generator, so running it again gives the same files.
 */
import { existsSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { Document } from "yaml";
import { loadEvaluasi } from "../src/data/evaluasi.js";
import { validateDataDir } from "../src/data/validate.js";
import { komponenOf, scoreInstrument } from "../src/domain/evaluasi-rb.js";
import { parsePeriode, type Periode } from "../src/domain/periode.js";
import { aksiOfPd, indexIndicators, indexRencanaAksi, type AksiEntry } from "../src/domain/rencana-aksi.js";
import { indexQuickWins } from "../src/domain/quick-wins.js";
import type { LaporanAksiInput, StatusAksi } from "../src/schema/monitoring.js";
import type { RoadMap } from "../src/schema/roadmap.js";
import { richTextToPlain } from "../src/templates/rich-text.js";
import { quoteCodes, rng } from "./acak.js";

const dataDir = process.argv[2] ?? "data/probolinggo-2020-2024";
const { roadmap: rm, diagnostics } = validateDataDir(dataDir, { monitoring: false });
if (!rm) throw new Error(`data tidak sah: ${diagnostics.filter((d) => d.severity === "error").length} galat`);


const KENDALA: [string, string][] = [
  ["Anggaran kegiatan terkena refocusing untuk penanganan COVID-19", "Diusulkan kembali dalam Perubahan APBD"],
  ["Pembatasan kegiatan tatap muka selama PPKM", "Kegiatan dialihkan ke pertemuan daring"],
  ["Menunggu pedoman teknis dari kementerian", "Berkoordinasi dengan kementerian terkait dan menyiapkan draf sambil menunggu pedoman"],
  ["Keterbatasan SDM yang menguasai substansi", "Mengikutsertakan staf dalam bimbingan teknis"],
  ["Koordinasi lintas Perangkat Daerah belum optimal", "Menjadwalkan rapat koordinasi rutin bersama Tim Pelaksana RB"],
  ["Aplikasi pendukung masih dalam tahap pengembangan", "Menyelesaikan pengembangan bersama Diskominfo"],
  ["Data dari Perangkat Daerah lain belum lengkap", "Menyurati Perangkat Daerah terkait untuk melengkapi data"],
];
const REKOMENDASI = [
  "Perlu pendampingan dari Bagian Organisasi",
  "Dimasukkan dalam rencana kerja tahun berikutnya",
  "Perlu penetapan target yang lebih terukur",
];

function buktiJenis(output: string): string {
  const o = output.toLowerCase();
  if (o.includes("berita acara")) return "Berita Acara";
  if (o.includes("peraturan") || o.includes("perwali") || o.includes("perwal")) return "Peraturan Walikota";
  if (o.includes("sk ") || o.startsWith("sk") || o.includes("keputusan")) return "Keputusan Walikota";
  if (o.includes("laporan")) return "Laporan";
  if (o.includes("aplikasi") || o.includes("sistem")) return "Laporan Pengembangan Aplikasi";
  return "Dokumen";
}

/** Numbers given so far, by kind of document: every evidence document has its own. */
const usedNumbers = new Set<string>();
function freeNumber(jenis: string, make: (k: number) => string): string {
  for (let k = 0; ; k++) {
    const n = make(k);
    if (!usedNumbers.has(`${jenis}|${n}`)) {
      usedNumbers.add(`${jenis}|${n}`);
      return n;
    }
  }
}

/** The planned output turned into a statement of the result: "Telah tersusun: SK Tim RB". */
function hasil(output: string): string {
  const o = output.replace(/^-/, "").trim();
  return `Telah terwujud: ${o.charAt(0).toLowerCase()}${o.slice(1)}`;
}

function dateIn(r: () => number, from: string, to: string): string {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return new Date(a + Math.floor(r() * ((b - a) / 86_400_000 + 1)) * 86_400_000).toISOString().slice(0, 10);
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

/** The year's outcome for an action: most done, some in progress, a few late or dropped. */
function outcome(r: () => number, weights: [StatusAksi, number][]): StatusAksi {
  let x = r();
  for (const [s, w] of weights) {
    if ((x -= w) < 0) return s;
  }
  return weights[0][0];
}

function report(r: () => number, e: AksiEntry, status: StatusAksi, periode: Periode, progressHint?: number): LaporanAksiInput {
  const output = richTextToPlain(e.aksi.output);
  // An action not carried out has no progress; one postponed may have some. (The draw is made
  // either way, so the rest of the data stays as it was.)
  const drawn = status === "selesai" || status === "belum dimulai" ? 0 : status === "dalam proses" ? (progressHint ?? 20 + 10 * Math.floor(r() * 7)) : 10 * Math.floor(r() * 4);
  const progres = status === "selesai" ? 100 : status === "tidak dilaksanakan" ? 0 : drawn;
  const rec: LaporanAksiInput = { status, progres };
  if (status === "selesai" || (status === "dalam proses" && progres >= 50)) {
    // Work still in progress is shown by a progress report, not by the output it will produce.
    const jenis = status === "selesai" ? buktiJenis(output) : "Laporan Kemajuan";
    // The draws are the same for every kind of evidence, so the rest of the data stays as it was.
    const [kode, urut, unit] = [pick(r, ["050", "061", "065", "800", "188"]), 1 + Math.floor(r() * 400), 100 + Math.floor(r() * 30)];
    // One number is one document: a number already given this year moves on to the next free one.
    const nomor = freeNumber(jenis, (k) => (jenis === "Peraturan Walikota" ? `${1 + (urut % 60) + k} Tahun ${periode.tahun}` : `${kode}/${urut + k}/425.${unit}/${periode.tahun}`));
    const tanggal = dateIn(r, `${periode.tahun}-${periode.mulai.slice(5, 7)}-01`, periode.selesai);
    rec.bukti = [{ jenis, nomor, tanggal }];
    // What was produced, with the document that shows it: never the planned output copied.
    if (status === "selesai" && output !== "n.a") rec.output = `${hasil(output)}, tertuang dalam ${jenis} Nomor ${nomor}`;
  }
  if (status !== "selesai") {
    const [kendala, tindak] = pick(r, KENDALA);
    rec.kendala = kendala;
    rec.tindak_lanjut = tindakLanjut(status, tindak, periode);
    if (r() < 0.4) rec.rekomendasi = pick(r, REKOMENDASI);
  }
  if (r() < 0.3) {
    const pagu = 500_000 * (10 + Math.floor(r() * 490));
    const share = status === "selesai" ? 0.7 + r() * 0.29 : status === "dalam proses" ? 0.2 + r() * 0.4 : 0;
    rec.anggaran = { pagu, realisasi: Math.round((pagu * share) / 1000) * 1000 };
  }
  return rec;
}

/**
 * A follow-up that fits the status and the time of the report: an action not carried out is
 * planned again, not "moved online"; at the year's end a budget goes to next year's APBD, since
 * the Perubahan APBD is past.
 */
function tindakLanjut(status: StatusAksi, tindak: string, periode: Periode): string {
  if (status === "tidak dilaksanakan") return "Dijadwalkan kembali dalam rencana kerja tahun berikutnya";
  const yearEnd = periode.selesai.endsWith("-12-31");
  return yearEnd ? tindak.replace("Perubahan APBD", `APBD ${periode.tahun + 1}`) : tindak;
}

const JABATAN = (pdNama: string) => (pdNama.startsWith("Bagian") ? "Kepala Subbagian Tata Usaha" : "Kepala Subbagian Perencanaan dan Keuangan");

function sumber(nama: string, tahun: number): string {
  const n = nama.toLowerCase();
  if (n.includes("sakip")) return `LHE SAKIP ${tahun}`;
  if (n.includes("spbe")) return `Hasil Evaluasi SPBE ${tahun}`;
  if (n.includes("opini")) return `LHP BPK atas LKPD ${tahun}`;
  if (n.includes("pelayanan")) return `Hasil Evaluasi Pelayanan Publik ${tahun}`;
  if (n.includes("kelembagaan")) return `Hasil Evaluasi Kelembagaan ${tahun}`;
  return `Laporan Tim Pelaksana RB ${tahun}`;
}

/**
 * Realised indicator values near the target; "n.a" for some indicators that have no target, and
 * for one whose target is 0 (an index not yet measured that year, as the seed's PBJ index in 2020).
 * An area indicator that is a sasaran indicator listed again (`sama_dengan`: "Indeks Profesionalitas
 * ASN" under Penataan SDM Aparatur and "Nilai Indeks Profesionalitas ASN" under Birokrasi yang
 * kapabel) is one measurement: its realisasi is written once, under the sasaran's id. Its draws are
 * still made, in its place in the document, so every other value stays as it was when the
 * measurement was written under both ids.
 */
function indicatorValues(r: () => number, rmap: RoadMap, tahun: number) {
  const out: Record<string, { nilai: number | string; sumber: string; catatan?: string }> = {};
  const measured = indexIndicators(rmap);
  const seen = new Set<string>();
  for (const ind of [...rmap.sasaran.flatMap((s) => s.indikator), ...rmap.area_perubahan.flatMap((a) => a.indikator)]) {
    // An id listed twice was drawn for once, the first time.
    if (seen.has(ind.id)) continue;
    seen.add(ind.id);
    const id = ind.id;
    // Written only where the realisasi is reported: not under an area id that names a sasaran indicator.
    const put = measured.get(id)?.indikator === ind ? (v: (typeof out)[string]) => (out[id] = v) : () => undefined;
    const target = ind.target[String(tahun)];
    if (target === undefined) continue;
    const plain = richTextToPlain(ind.nama);
    if (target === "n.a") {
      if (r() < 0.5) put({ nilai: "n.a", sumber: sumber(plain, tahun), catatan: "Belum ada pengukuran resmi pada tahun ini" });
      continue;
    }
    if (typeof target === "string") {
      put({ nilai: target, sumber: sumber(plain, tahun) });
      continue;
    }
    const factor = 0.9 + r() * 0.17;
    const decimals = ind.desimal ?? (Number.isInteger(target) ? 0 : 2);
    let nilai = Number((target * (ind.arah === "turun" ? 2 - factor : factor)).toFixed(decimals));
    if (ind.jenis === "persen") nilai = Math.min(100, nilai);
    if (target === 0) put({ nilai: "n.a", sumber: sumber(plain, tahun), catatan: "Indeks belum diukur pada tahun ini" });
    else put({ nilai, sumber: sumber(plain, tahun) });
  }
  return out;
}

/**
 * The Tim's analysis, as a Tim writes it for the year's report: why a figure moved and what was done.
 * Illustrative like every figure here; written for a few indicators and areas only, so the report
 * shows both the Tim's words and the neutral sentence it prints where there are none.
 */
const ANALISIS_2021: Record<string, string> = {
  "nilai-sakip": "Nilai SAKIP turun dari 82 (2020) menjadi 74 karena cascading kinerja belum sampai ke tingkat eselon IV dan reviu Renstra PD terlambat. Tim menjadwalkan pendampingan penyusunan perjanjian kinerja per PD pada triwulan I 2022.",
  "sasaran-indeks-kelembagaan": "Indeks Kelembagaan 41,59 masih di bawah target 43,85: evaluasi kelembagaan menilai beban kerja beberapa PD belum sesuai peta jabatan. Bagian Organisasi menyusun usulan penyederhanaan struktur untuk 2022.",
};
const ANALISIS_AREA_2021: Record<string, string> = {
  "penataan-organisasi": "Penyelesaian area ini (68,8%) terendah di antara area perubahan: empat rencana aksi penataan jabatan fungsional masih menunggu hasil evaluasi kelembagaan. Tim meminta Bagian Organisasi menyelesaikannya pada Semester I 2022.",
};

function withAnalisis<T extends Record<string, object>>(values: T, analisis: Record<string, string>): T {
  for (const [id, text] of Object.entries(analisis)) if (values[id]) Object.assign(values[id], { analisis: text });
  return values;
}

function write(periodeId: string, body: Record<string, unknown>): void {
  const doc = new Document({ periode: periodeId, contoh: true, ...body });
  doc.commentBefore =
    " yaml-language-server: $schema=../../schema/rbdoc-monitoring.schema.json\n" +
    " CONTOH – DATA ILUSTRASI. Bukan hasil nyata Kota Probolinggo: dibuat oleh\n" +
    " scripts/contoh-monitoring.ts untuk memperlihatkan formulir, impor dan laporan.";
  quoteCodes(doc);
  const dir = join(dataDir, "monitoring");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${periodeId}.yaml`), doc.toString({ lineWidth: 0 }));
  console.log(join(dir, `${periodeId}.yaml`));
}

const index = indexRencanaAksi(rm);
const pds = rm.perangkat_daerah;

/** What `decide` says of an action: its status, or an earlier report carried forward whole. */
interface Decision {
  status: StatusAksi;
  progres?: number;
  /** Semester I's report of an action finished then: the year's report repeats it, evidence and budget alike. */
  carry?: LaporanAksiInput;
  /** Carried forward where the data once drew nothing for the action: draw nothing now either. */
  noDraws?: boolean;
  /** Semester I's budget of the action: a year's budget does not change between its semesters. */
  pagu?: { pagu: number; realisasi?: number };
}

function laporan(periode: Periode, seed: number, decide: (r: () => number, e: AksiEntry, pd: string) => Decision | undefined, tanggal: (r: () => number) => string) {
  const r = rng(seed);
  const out: Record<string, unknown> = {};
  for (const pd of pds) {
    const entries = aksiOfPd(index, pd.id, periode.tahun);
    const rows: Record<string, LaporanAksiInput> = {};
    for (const e of entries) {
      const d = decide(r, e, pd.id);
      if (!d) continue;
      if (d.noDraws && d.carry) {
        rows[e.kode] = d.carry;
        continue;
      }
      // report() draws as before even where its result is replaced, so the rest stays as it was.
      const made = report(r, e, d.status, periode, d.progres);
      // Spending to date never falls from one semester to the next.
      if (d.pagu && made.anggaran?.pagu) made.anggaran = { pagu: d.pagu.pagu, realisasi: Math.max(d.pagu.realisasi ?? 0, Math.round((d.pagu.pagu * (made.anggaran.realisasi ?? 0)) / made.anggaran.pagu / 1000) * 1000) };
      else if (d.pagu) made.anggaran = { ...d.pagu };
      rows[e.kode] = d.carry ?? made;
    }
    if (Object.keys(rows).length === 0) continue;
    out[pd.id] = { pelapor: { nama: `Pelapor ${pd.singkatan} (contoh)`, jabatan: JABATAN(pd.nama) }, tanggal: tanggal(r), rencana_aksi: rows };
  }
  return out;
}

/**
 * Quick wins, written by hand (no draws: every other value stays as it was): added to the PD's
 * report of the period, or as a report of their own for a PD with no rencana aksi that year.
 */
const QUICK_WINS: Record<string, Record<string, LaporanAksiInput>> = {
  "2020": {
    "QW.1": { status: "dalam proses", progres: 60, output: "Penyetaraan 112 jabatan administrasi ke dalam jabatan fungsional tahap I", bukti: [{ jenis: "Keputusan Walikota", nomor: "800/412/425.012/2020", tanggal: "2020-12-18" }], kendala: "Penyetaraan tahap II menunggu rekomendasi KemenPAN-RB", tindak_lanjut: "Mengajukan usulan penyetaraan tahap II pada triwulan I 2021" },
    "QW.2": { status: "dalam proses", progres: 70, output: "Layanan akta kelahiran dan kartu keluarga melalui aplikasi Dukcapil Gool di 29 kelurahan", bukti: [{ jenis: "Laporan", nomor: "470/1187/425.106/2020", tanggal: "2020-12-28" }], kendala: "Sebagian warga belum terbiasa dengan layanan daring", tindak_lanjut: "Sosialisasi melalui kelurahan dan media sosial" },
  },
  "2021-S1": {
    "QW.1": { status: "dalam proses", progres: 80, output: "Penyetaraan 112 jabatan tahap I dilantik; usulan 37 jabatan tahap II diajukan", bukti: [{ jenis: "Berita Acara", nomor: "800/233/425.012/2021", tanggal: "2021-03-31" }], kendala: "Penyetaraan tahap II menunggu rekomendasi KemenPAN-RB", tindak_lanjut: "Berkoordinasi dengan KemenPAN-RB" },
    "QW.2": { status: "dalam proses", progres: 85, output: "Dukcapil Gool melayani 6 jenis dokumen kependudukan secara daring", bukti: [{ jenis: "Laporan", nomor: "470/642/425.106/2021", tanggal: "2021-06-30" }], kendala: "Tanda tangan elektronik untuk KIA belum tersedia", tindak_lanjut: "Mengajukan sertifikat elektronik ke BSrE" },
  },
  "2021-S2": {
    "QW.1": { status: "selesai", progres: 100, output: "Penyetaraan jabatan tahap II (37 jabatan) ditetapkan; penyederhanaan birokrasi selesai", bukti: [{ jenis: "Keputusan Walikota", nomor: "800/1502/425.012/2021", tanggal: "2021-12-20" }] },
    "QW.2": { status: "selesai", progres: 100, output: "Dukcapil Gool melayani 8 jenis dokumen kependudukan daring dengan tanda tangan elektronik", bukti: [{ jenis: "Laporan", nomor: "470/1433/425.106/2021", tanggal: "2021-12-30" }] },
  },
};
const REPORT_DATE: Record<string, string> = { "2020": "2021-01-15", "2021-S1": "2021-07-12", "2021-S2": "2022-01-14" };
const quickWinIndex = indexQuickWins(rm);

function withQuickWins(periodeId: string, out: Record<string, unknown>): Record<string, unknown> {
  for (const [kode, rec] of Object.entries(QUICK_WINS[periodeId] ?? {})) {
    for (const pd of quickWinIndex.get(kode)?.pengampu ?? []) {
      const p = pds.find((x) => x.id === pd)!;
      const own = (out[pd] ??= { pelapor: { nama: `Pelapor ${p.singkatan} (contoh)`, jabatan: JABATAN(p.nama) }, tanggal: REPORT_DATE[periodeId] }) as { quick_wins?: Record<string, LaporanAksiInput> };
      (own.quick_wins ??= {})[kode] = rec;
    }
  }
  return out;
}

// 2020: a whole year, reported once.
const y2020 = parsePeriode("2020")!;
write("2020", {
  laporan: withQuickWins("2020", laporan(y2020, 2020, (r) => ({ status: outcome(r, [["selesai", 0.74], ["dalam proses", 0.12], ["belum dimulai", 0.03], ["tidak dilaksanakan", 0.06], ["ditunda", 0.05]]) }), (r) => dateIn(r, "2021-01-05", "2021-01-29"))),
  indikator: indicatorValues(rng(1), rm, 2020),
});

// 2021 by semester. Semester I: one PD has not reported yet ("belum dilaporkan", not "belum dimulai").
const s1 = parsePeriode("2021-S1")!;
const silentInS1 = "disperpusip";
const s1Status = new Map<string, { status: StatusAksi; progres?: number }>();
const s1Laporan = laporan(s1, 20211, (r, e, pd) => {
    if (pd === silentInS1) return undefined;
    const status = outcome(r, [["selesai", 0.3], ["dalam proses", 0.52], ["belum dimulai", 0.13], ["ditunda", 0.05]]);
    const d = { status, progres: status === "dalam proses" ? 20 + 10 * Math.floor(r() * 5) : undefined };
    s1Status.set(`${pd}|${e.kode}`, d);
    return d;
  }, (r) => dateIn(r, "2021-07-05", "2021-07-23"));
write("2021-S1", { laporan: withQuickWins("2021-S1", structuredClone(s1Laporan)) });
const s1Report = (pd: string, kode: string) => (s1Laporan[pd] as { rencana_aksi: Record<string, LaporanAksiInput> } | undefined)?.rencana_aksi[kode];

// Semester II carries semester I forward; two actions of one PD are still unreported at year end.
const s2 = parsePeriode("2021-S2")!;
let unreported = 0;
write("2021-S2", {
  laporan: withQuickWins("2021-S2", laporan(s2, 20212, (r, e, pd) => {
    // Three picks, drawn as always; one already reported finished in Semester I stays reported,
    // since that report still stands.
    if (pd === "bkpsdm" && unreported < 3 && r() < 0.1) {
      unreported++;
      if (s1Status.get(`${pd}|${e.kode}`)?.status !== "selesai") return undefined;
      return { status: "selesai", carry: s1Report(pd, e.kode), noDraws: true };
    }
    const before = s1Status.get(`${pd}|${e.kode}`);
    const earlier = s1Report(pd, e.kode);
    const pagu = earlier?.anggaran?.pagu === undefined ? {} : { pagu: { pagu: earlier.anggaran.pagu, realisasi: earlier.anggaran.realisasi } };
    if (before?.status === "selesai") return { ...before, carry: earlier };
    if (before?.status === "ditunda") return { status: r() < 0.5 ? "selesai" : "ditunda", ...pagu };
    const status = outcome(r, [["selesai", 0.82], ["dalam proses", 0.1], ["tidak dilaksanakan", 0.05], ["ditunda", 0.03]]);
    return { status, progres: status === "dalam proses" ? Math.max(before?.progres ?? 0, 50 + 10 * Math.floor(r() * 4)) : undefined, ...pagu };
  }, (r) => dateIn(r, "2022-01-05", "2022-01-21"))),
  indikator: withAnalisis(indicatorValues(rng(2), rm, 2021), ANALISIS_2021),
  analisis_area: ANALISIS_AREA_2021,
});

// RB evaluation scores (PMPRB, PermenPAN-RB 26/2020) for 2020 and 2021: the self-assessment per
// leaf, an official total a little below it (as is common), and recommendations with their status.

const instrumen = loadEvaluasi(dataDir, rm).instruments.get("pmprb-2020")!;
const leaves = komponenOf(instrumen).filter((k) => k.leaf).map((k) => k.id);
const REKOMENDASI_RB: [string, string[], string][] = [
  ["Perkuat keterkaitan rencana aksi RB dengan sasaran kinerja Perangkat Daerah", ["bag-organisasi", "bappedalitbang"], "Penyelarasan rencana aksi dengan Renja Perangkat Daerah"],
  ["Percepat penyederhanaan birokrasi dan penyetaraan jabatan", ["bag-organisasi", "bkpsdm"], "Penyetaraan jabatan tahap berikutnya"],
  ["Tingkatkan kualitas evaluasi internal SAKIP Perangkat Daerah", ["bag-organisasi", "inspektorat"], "Bimbingan teknis evaluator SAKIP"],
  ["Integrasikan aplikasi layanan ke dalam portal layanan terpadu", ["diskominfo"], "Penyusunan peta integrasi aplikasi"],
  ["Lakukan survei kepuasan masyarakat di seluruh unit layanan", ["bag-organisasi"], "Survei di unit layanan yang belum melaksanakan"],
];
for (const [tahun, seed, base] of [[2020, 31, 62], [2021, 32, 67]] as const) {
  const r = rng(seed);
  const mandiri = Object.fromEntries(leaves.map((id) => [id, Math.round((base + r() * 25) * 100) / 100]));
  const [score] = scoreInstrument(instrumen, mandiri, {});
  const gap = 2 + r() * 4;
  const pengungkit = score.nodes.find((n) => n.id === "pengungkit")!.mandiri!;
  const hasil = score.nodes.find((n) => n.id === "hasil")!.mandiri!;
  const resmi = {
    "indeks-rb": Math.round((score.mandiri! - gap) * 100) / 100,
    pengungkit: Math.round((pengungkit - gap * 0.6) * 100) / 100,
    hasil: Math.round((hasil - gap * 0.4) * 100) / 100,
  };
  const rekomendasi = REKOMENDASI_RB.slice(tahun === 2020 ? 0 : 1, tahun === 2020 ? 3 : 5).map(([uraian, pd, tl], i) => ({
    uraian,
    sumber: `LHE RB KemenPAN-RB ${tahun}`,
    pd,
    status: tahun === 2020 ? (i === 1 ? "dalam proses" : "selesai") : (["selesai", "dalam proses", "belum ditindaklanjuti", "dalam proses"] as const)[i],
    ...(tahun === 2020 && i === 1 ? { tindak_lanjut: tl } : tahun === 2021 && i !== 2 ? { tindak_lanjut: tl } : {}),
  }));
  const doc = new Document({ tahun, instrumen: "pmprb-2020", contoh: true, penilaian_mandiri: mandiri, resmi, sumber_resmi: `LHE RB KemenPAN-RB ${tahun}`, rekomendasi });
  doc.commentBefore =
    " yaml-language-server: $schema=../../schema/rbdoc-evaluasi.schema.json\n" +
    " CONTOH – DATA ILUSTRASI. Bukan nilai evaluasi RB nyata Kota Probolinggo: dibuat oleh\n" +
    " scripts/contoh-monitoring.ts untuk memperlihatkan rbdoc evaluasi.";
  const dir = join(dataDir, "evaluasi");
  mkdirSync(dir, { recursive: true });
  // An evaluation file that exists holds what was written by hand after it was generated (the RATL
  // columns, the Tim's follow-up per finding): it is kept, not generated over.
  if (existsSync(join(dir, `${tahun}.yaml`))) {
    console.log(`${join(dir, `${tahun}.yaml`)} (sudah ada, tidak ditimpa)`);
    continue;
  }
  writeFileSync(join(dir, `${tahun}.yaml`), doc.toString({ lineWidth: 0 }));
  console.log(join(dir, `${tahun}.yaml`));
}
