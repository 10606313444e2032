import { z } from "zod";
import { Block, Heading, List, ProsePart, RichText } from "./prose.js";
import { Direction, Id, NOT_AVAILABLE, IsoDate, RawValue, ValueKind, Year, YearlyTargets } from "./values.js";

export const Pemda = z.strictObject({
  jenis: z.enum(["kota", "kabupaten", "provinsi"]),
  nama: z.string().min(1).describe("nama tanpa jenis, mis. 'Probolinggo'"),
  provinsi: z.string().min(1).optional().describe("provinsi tempat kota/kabupaten; kosong untuk provinsi"),
  ibu_kota: z.string().min(1).describe("tempat penetapan, untuk 'Ditetapkan di ...'"),
  lambang: z.string().min(1).optional().describe("berkas gambar lambang daerah, relatif terhadap folder data"),
});

export const Period = z
  .strictObject({ mulai: Year, selesai: Year })
  .refine((p) => p.selesai >= p.mulai, { message: "tahun selesai tidak boleh sebelum tahun mulai" });

export const Official = z.strictObject({
  jabatan: z.string().min(1),
  nama: z.string().min(1),
  /** Pangkat and golongan, printed between the name and the NIP: "Pembina Tingkat I (IV/b)". */
  pangkat: z.string().min(1).optional(),
  nip: z.string().regex(/^\d{8} \d{6} \d \d{3}$/, "NIP seperti '19680108 199403 2 014'").optional(),
});

export const Scale = z.strictObject({
  id: Id,
  nama: z.string().min(1),
  nilai: z.array(z.string().min(1)).min(2).describe("kategori dari yang terbaik ke yang terburuk"),
});

export const RegulationRef = z.strictObject({
  jenis: z.string().min(1).describe("mis. 'Peraturan Walikota Probolinggo'"),
  nomor: z.union([z.number().int(), z.string().min(1)]),
  tahun: Year,
  tentang: z.string().min(1),
});

/**
 * A Pasal: its text as blocks, or ayat "(1)", "(2)" … each a sentence or a few blocks, as UU 12/2011
 * Lampiran II writes them.
 */
export const Pasal = z
  .strictObject({
    isi: z.array(Block).min(1).optional(),
    ayat: z.array(z.union([RichText, z.array(Block).min(1)])).min(2).optional().describe("ayat (1), (2), …: teks atau blok"),
  })
  .refine((p) => (p.isi === undefined) !== (p.ayat === undefined), { message: "pasal memuat tepat satu dari 'isi' atau 'ayat'" });

export const Regulation = z
  .strictObject({
  jenis: z.enum(["perwali", "perbup", "pergub"]),
  nomor: z.union([z.number().int().positive(), z.string().min(1)]),
  tahun: Year,
  tentang: z.string().min(1),
  menimbang: z.array(RichText).min(1),
  mengingat: z.array(RichText).min(1),
  pasal: z.array(Pasal).min(1).optional().describe("pasal-pasal tanpa BAB; atau pakai 'bab'"),
  bab: z
    .array(
      z
        .strictObject({
          judul: z.string().min(1).describe("judul BAB, mis. 'KETENTUAN UMUM'"),
          pasal: z.array(Pasal).min(1).optional(),
          bagian: z.array(z.strictObject({ judul: z.string().min(1), pasal: z.array(Pasal).min(1) })).min(1).optional(),
        })
        .refine((b) => (b.pasal === undefined) !== (b.bagian === undefined), { message: "BAB memuat tepat satu dari 'pasal' atau 'bagian'" }),
    )
    .min(1)
    .optional()
    .describe("batang tubuh yang dikelompokkan dalam BAB (dan Bagian), UU 12/2011 Lampiran II; nomor pasal berlanjut"),
  mencabut: z.array(RegulationRef).default([]),
  pemrakarsa: z.string().min(1).optional().describe("Perangkat Daerah pemrakarsa, untuk entri JDIH (<nama>.jdih.json); kosong: tidak dicantumkan"),
  ditetapkan: z.strictObject({ tempat: z.string().min(1), tanggal: IsoDate }),
  diundangkan: z.strictObject({ tempat: z.string().min(1), tanggal: IsoDate }),
  penutup_lampiran: z
    .strictObject({ tempat: z.string().min(1), tanggal: IsoDate })
    .optional()
    .describe("baris tempat dan tanggal di atas tanda tangan penutup Lampiran, bila naskah asli mencetaknya; tanpa ini Lampiran ditutup dengan jabatan dan nama saja"),
  berita_daerah: z.strictObject({
    tahun: Year,
    nomor: z.union([z.number().int().positive(), z.string().min(1)]),
    seri: z.string().min(1).optional(),
  }),
  penanda_tangan: z.strictObject({
    kepala_daerah: Official,
    sekretaris_daerah: Official,
    pengesah_salinan: Official,
  }),
  paraf_koordinasi: z.array(Official.partial({ nama: true })).default([]),
  })
  .refine((r) => (r.pasal === undefined) !== (r.bab === undefined), { message: "regulasi memuat tepat satu dari 'pasal' atau 'bab'", path: ["pasal"] });

export const PerangkatDaerah = z.strictObject({
  id: Id,
  nama: z.string().min(1),
  singkatan: z.string().min(1).describe("nama pendek yang dicetak di tabel"),
  alias: z.array(z.string().min(1)).default([]).describe("ejaan lain yang muncul di dokumen sumber"),
});

const IndicatorBase = {
  id: Id,
  nama: RichText,
  satuan: z.string().min(1).optional(),
  jenis: ValueKind,
  skala: Id.optional().describe("id skala kategori, wajib bila jenis = kategori"),
  arah: Direction,
  desimal: z.number().int().min(0).max(6).optional().describe("jumlah angka di belakang koma saat dicetak"),
  rentang: z
    .tuple([z.number(), z.number()])
    .refine(([a, b]) => a < b, { message: "rentang ditulis [terkecil, terbesar]" })
    .optional()
    .describe("nilai yang mungkin bagi ukuran ini, [terkecil, terbesar], mis. [0, 5] untuk indeks berskala 0-5; bawaan [0, 100] untuk persen, paling kecil 0 untuk angka"),
  pelapor: z
    .union([Id, z.array(Id).min(1)])
    .transform((v) => (typeof v === "string" ? [v] : v))
    .optional()
    .describe("Perangkat Daerah yang melaporkan realisasi indikator ini; laporan PD memuat indikator yang dilaporkannya"),
};

export const Baseline = z.strictObject({ tahun: Year, nilai: RawValue });

export const SasaranIndicator = z.strictObject({
  ...IndicatorBase,
  baseline: Baseline,
  target: YearlyTargets,
});

/**
 * A named group of areas and sasaran: since PermenPAN-RB 3/2023 a regional road map has "RB
 * General" and "RB Tematik" (pengentasan kemiskinan, peningkatan investasi, …).
 */
export const Group = z.strictObject({
  id: Id,
  nama: z.string().min(1).describe("nama kelompok, mis. 'RB General' atau 'RB Tematik'"),
});

export const Sasaran = z.strictObject({
  id: Id,
  nama: z.string().min(1),
  kelompok: Id.optional().describe("id kelompok (RB General/Tematik) bila road map memakai kelompok"),
  indikator: z.array(SasaranIndicator).min(1),
});

export const PreviousResult = z.strictObject({
  nilai: RawValue,
  predikat: z.string().min(1).optional(),
  catatan: z.string().min(1).optional().describe("mis. '(2018)' bila realisasi dari tahun lain"),
});

export const PreviousEvaluation = z.strictObject({
  periode: Period,
  tahun_baseline: Year.optional(),
  sasaran: z
    .array(
      z.strictObject({
        nama: z.string().min(1),
        indikator: z
          .array(
            z.strictObject({
              ...IndicatorBase,
              baseline: RawValue,
              target: RawValue,
              realisasi: PreviousResult.optional().describe("kosong bila belum tersedia"),
              tanda: z.string().min(1).max(3).optional().describe("tanda yang dicetak pada sel \"n.a\" indikator ini dan diterangkan di 'keterangan', mis. \"*\" dengan keterangan \"*) Indeks belum tersedia\""),
              padanan: Id.optional().describe("id indikator road map ini yang mengukur hal yang sama, untuk perbandingan antarperiode; tanpa ini dipadankan menurut id, lalu menurut nama yang sama persis"),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
  keterangan: z.array(RichText).default([]),
});

/**
 * A rencana aksi's code, written in the data (not derived from its position) so that monitoring
 * reports still find the action after its text is edited or the list is reordered.
 */
export const KodeAksi = z
  .string()
  .regex(/^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/, "kode berupa angka/huruf dipisah titik, mis. '4.2.03'")
  .describe("kode tetap rencana aksi, mis. '4.2.03' (area.kegiatan.nomor); dipakai data monitoring");

export const RencanaAksi = z.strictObject({
  kode: KodeAksi,
  aksi: RichText,
  tahun: z
    .union([z.literal(NOT_AVAILABLE), z.array(Year)])
    .describe('tahun yang ditandai; [] bila tidak ada tanda, "n.a" bila sumber menulis n.a'),
  output: RichText,
  pengampu: z.union([Id, z.array(Id).min(1)]).transform((v) => (typeof v === "string" ? [v] : v)),
  koordinator: Id.optional().describe("Perangkat Daerah koordinator di samping pengampu"),
  anggaran: z
    .union([z.number().int().nonnegative(), z.string().min(1)])
    .optional()
    .describe("pagu dalam rupiah (bilangan bulat) atau sumber dananya, mis. 'APBD'"),
});

export const Kegiatan = z.strictObject({
  nama: RichText,
  rencana_aksi: z.array(RencanaAksi).min(1),
});

export const AreaIndicator = z.strictObject({
  ...IndicatorBase,
  sama_dengan: Id.optional().describe("id indikator sasaran yang diukur sama (satu pengukuran yang tercantum di dua tempat): realisasinya dilaporkan dan dihitung sekali, di bawah id itu"),
  baseline: Baseline.optional(),
  target: YearlyTargets,
  kegiatan: z.array(Kegiatan).default([]),
  upaya: z.array(RichText).default([]).describe("upaya setiap Perangkat Daerah untuk indikator ini, bila daftarnya per indikator"),
});

export const Area = z.strictObject({
  id: Id,
  nama: z.string().min(1),
  kelompok: Id.optional().describe("id kelompok (RB General/Tematik); wajib bila road map memakai kelompok"),
  nama_program: z.string().min(1).optional().describe("nama di Tabel Program Mikro bila berbeda"),
  sasaran: z.array(Id).default([]).describe("sasaran yang dilayani area ini (tanda ✓)"),
  kegiatan_mikro: z.array(RichText).default([]),
  indikator: z.array(AreaIndicator).min(1),
  upaya: z.array(RichText).default([]).describe("upaya yang harus dilakukan setiap Perangkat Daerah, bila satu daftar untuk seluruh area"),
  hambatan: z
    .strictObject({ judul: z.string().min(1).optional(), pengantar: z.array(RichText).default([]), butir: z.array(RichText).default([]) })
    .optional(),
});

/**
 * A quick win's code, written in the data like a rencana aksi's (not derived from its position in
 * Tabel 4.3), so its monitoring still finds it after the list is edited. It must differ from every
 * rencana aksi code: both are rows of the same monitoring form. A quick win without a code is not
 * monitored.
 */
const KodeQuickWin = KodeAksi.describe("kode tetap quick win, mis. 'QW.1'; dipakai data monitoring; tanpa kode quick win tidak dipantau");
const PengampuQuickWin = z
  .union([Id, z.array(Id).min(1)])
  .transform((v) => (typeof v === "string" ? [v] : v))
  .describe("Perangkat Daerah yang melaporkan pelaksanaan quick win ini");

export const QuickWins = z.strictObject({
  mandatory: z
    .array(
      z.union([
        RichText,
        z.strictObject({ uraian: RichText, kode: KodeQuickWin.optional(), pengampu: PengampuQuickWin.optional() }),
      ]),
    )
    .min(1)
    .describe("quick win wajib: teks, atau { uraian, kode, pengampu } bila dipantau; pengampu melaporkannya"),
  mandiri: z
    .array(z.strictObject({ pd: Id, uraian: RichText, nama: RichText.optional(), kode: KodeQuickWin.optional() }))
    .default([])
    .describe("quick win Perangkat Daerah; PD itu sendiri yang melaporkannya"),
});

export const TeamRow = z.strictObject({
  jabatan_tim: z.string().min(1),
  jabatan_kedinasan: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
});

export const Team = z.strictObject({
  pengarah: z.array(TeamRow).min(1),
  pelaksana: z.array(TeamRow).min(1),
  pokja: z
    .array(
      z.strictObject({
        nama: z.string().min(1),
        area: z.union([Id, z.array(Id).min(1)]).transform((v) => (typeof v === "string" ? [v] : v)).describe("area yang ditangani: satu id atau daftar"),
        pd: z.array(Id).min(1),
      }),
    )
    .min(1),
  monev: z.array(TeamRow).default([]),
  sk: z
    .strictObject({
      nomor: z.union([z.number().int().positive(), z.string().min(1)]),
      tanggal: IsoDate,
      tentang: z.string().min(1),
    })
    .optional()
    .describe("Surat Keputusan Kepala Daerah yang membentuk Tim Reformasi Birokrasi: nomor, tanggal (YYYY-MM-DD), tentang"),
  jadwal_monev: z
    .array(z.strictObject({ waktu: z.string().min(1).describe("mis. 'paling lambat 10 Juli'"), kegiatan: z.string().min(1) }))
    .default([])
    .describe("jadwal monitoring dan evaluasi yang berlaku setiap tahun: kapan, dan apa yang dikerjakan"),
  rapat: z
    .array(z.strictObject({ tanggal: IsoDate, agenda: z.string().min(1), tempat: z.string().min(1).optional() }))
    .default([])
    .describe("rapat Tim Reformasi Birokrasi yang telah diadakan; laporan memuat rapat dalam periodenya"),
});

/** Prose of the annual report: paragraphs, headings and lists (no tables or figures of the Lampiran). */
export const ReportBlock = z.union([z.strictObject({ p: RichText }), z.strictObject({ judul: Heading }), z.strictObject({ daftar: List })]);

/** Settings and prose of the Laporan Pelaksanaan RB; every part has a default in the templates. */
export const LaporanPelaksanaan = z.strictObject({
  penanda_tangan: Official.optional().describe("penanda tangan Kata Pengantar; bawaan: Sekretaris Daerah dari regulasi"),
  kata_pengantar: z.array(ReportBlock).min(1).optional(),
  pendahuluan: z.array(ReportBlock).min(1).optional(),
  penutup: z.array(ReportBlock).min(1).optional(),
  predikat: z
    .array(z.strictObject({ min: z.number(), predikat: z.string().min(1) }))
    .min(1)
    .optional()
    .describe("skala predikat capaian, batas bawah tiap predikat; bawaan Permendagri 86/2017"),
  rumus_turun: z.enum(["2t-r", "t/r"]).default("2t-r").describe("capaian indikator 'turun': (2×target−realisasi)/target atau target/realisasi"),
  dasar_hukum: z
    .array(RichText)
    .min(1)
    .optional()
    .describe("peraturan yang menjadi dasar Laporan Pelaksanaan dan Ringkasan Evaluasi, satu per butir; bawaan: butir 'mengingat' yang judulnya menyebut Reformasi Birokrasi, lalu peraturan road map ini"),
});

/**
 * The whole road map. On disk it is spread over several files (see `src/data/load.ts`); this is the
 * shape after the files are put together.
 */
export const RoadMap = z.strictObject({
  $schema: z.string().optional(),
  contoh: z.boolean().default(false).describe("true bila road map ini rekaan (contoh/ilustrasi): setiap halaman peraturannya diberi tanda CONTOH"),
  pemda: Pemda,
  periode: Period,
  judul_dokumen: z.string().min(1).describe("judul sampul lampiran"),
  regulasi: Regulation,
  skala: z.array(Scale).default([]),
  kelompok: z.array(Group).default([]).describe("kelompok area dan sasaran, mis. RB General dan RB Tematik; penomoran area mengikuti kelompok"),
  perangkat_daerah: z.array(PerangkatDaerah).min(1),
  sasaran: z.array(Sasaran).min(1),
  evaluasi_sebelumnya: PreviousEvaluation.optional(),
  area_perubahan: z.array(Area).min(1),
  quick_wins: QuickWins.optional(),
  tim: Team,
  lampiran: z.array(ProsePart).min(1),
  laporan_pelaksanaan: LaporanPelaksanaan.optional(),
});

export type RoadMap = z.infer<typeof RoadMap>;
export type Area = z.infer<typeof Area>;
export type AreaIndicator = z.infer<typeof AreaIndicator>;
export type SasaranIndicator = z.infer<typeof SasaranIndicator>;
export type Kegiatan = z.infer<typeof Kegiatan>;
export type RencanaAksi = z.infer<typeof RencanaAksi>;
export type QuickWins = z.infer<typeof QuickWins>;
export type Official = z.infer<typeof Official>;
export type LaporanPelaksanaan = z.infer<typeof LaporanPelaksanaan>;
export { List };
