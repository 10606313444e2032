import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";

export const SHIPPED = "data/probolinggo-2020-2024";

/** A copy of the shipped data in a temp folder, for tests that break it on purpose. */
export function copyOfShipped(): string {
  const dir = mkdtempSync(join(tmpdir(), "rbdoc-data-"));
  cpSync(SHIPPED, dir, { recursive: true });
  return dir;
}

export function replaceInFile(path: string, from: string | RegExp, to: string): void {
  const text = readFileSync(path, "utf8");
  const next = text.replace(from, to);
  if (next === text) throw new Error(`pattern not found in ${path}: ${from}`);
  writeFileSync(path, next);
}

export interface FixtureOptions {
  mulai?: number;
  selesai?: number;
  /** More sasaran indicators, with targets keyed by year. */
  indikator?: Record<string, unknown>[];
  skala?: { id: string; nama: string; nilai: string[] }[];
  /** Also print Tabel 4.1 (sasaran, indicators and targets) in the Lampiran. */
  tabelSasaran?: boolean;
  /** More sasaran (each with one indicator), and Tabel 4.2 in the Lampiran, whose columns they head. */
  sasaranTambahan?: string[];
  /** Prose blocks added at the end of BAB I. */
  prosa?: Record<string, unknown>[];
  /** The batang tubuh in BAB I-II, the second with Bagian Kesatu-Kedua, and a Pasal of two ayat. */
  bab?: boolean;
  /** A figure from an image file, gambar/gambar-1-1.png (a real PNG), in BAB I. */
  gambar?: boolean;
  /**
   * RB General (areas 1-3) and RB Tematik (areas 4-5), with one Tabel 4.4 per group; area 4's
   * action has a koordinator and a budget, area 5's a funding source.
   */
  kelompok?: boolean;
}

/** A real PNG of some kilobytes that ships with rbdoc, for figures in test data. */
export const SAMPLE_PNG = "templates/grafik/contoh-status-per-area.png";

/** A small road map of another kind of pemda: a kabupaten, five areas, by default 2025-2029. */
export function writeKabupatenFixture(options: FixtureOptions = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "rbdoc-kab-"));
  const mulai = options.mulai ?? 2025;
  const selesai = options.selesai ?? 2029;
  const years = Array.from({ length: selesai - mulai + 1 }, (_, i) => String(mulai + i));
  const target = (v: number | string) => Object.fromEntries(years.map((y, i) => [y, typeof v === "number" ? v + i : v]));
  writeFileSync(
    join(dir, "roadmap.yaml"),
    stringify({
      pemda: { jenis: "kabupaten", nama: "Contoh Makmur", provinsi: "Jawa Tengah", ibu_kota: "Sukamaju", lambang: "lambang.png" },
      periode: { mulai, selesai },
      judul_dokumen: "ROAD MAP REFORMASI BIROKRASI KABUPATEN CONTOH MAKMUR 2025-2029",
      skala: [{ id: "opini-bpk", nama: "Opini BPK", nilai: ["WTP", "WDP", "TW", "TMP"] }, ...(options.skala ?? [])],
      ...(options.kelompok ? { kelompok: [{ id: "general", nama: "RB General" }, { id: "tematik", nama: "RB Tematik" }] } : {}),
      regulasi: {
        jenis: "perbup",
        nomor: 12,
        tahun: 2025,
        tentang: "Road Map Reformasi Birokrasi Kabupaten Contoh Makmur Tahun 2025-2029",
        menimbang: ["bahwa perlu menetapkan road map;"],
        mengingat: ["Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;"],
        ...(options.bab
          ? {
              bab: [
                { judul: "Ketentuan Umum", pasal: [{ isi: [{ p: "Dalam Peraturan Bupati ini yang dimaksud dengan Bupati adalah Bupati Contoh Makmur." }] }] },
                {
                  judul: "Road Map",
                  bagian: [
                    { judul: "Kedudukan", pasal: [{ ayat: ["Road Map menjadi acuan Perangkat Daerah.", "Road Map dievaluasi setiap tahun."] }] },
                    { judul: "Pelaksanaan", pasal: [{ isi: [{ p: "Peraturan Bupati ini mulai berlaku pada tanggal diundangkan." }] }] },
                  ],
                },
              ],
            }
          : { pasal: [{ isi: [{ p: "Peraturan Bupati ini mulai berlaku pada tanggal diundangkan." }] }] }),
        ditetapkan: { tempat: "Sukamaju", tanggal: "2025-03-01" },
        diundangkan: { tempat: "Sukamaju", tanggal: "2025-03-02" },
        berita_daerah: { tahun: 2025, nomor: 12, seri: "E" },
        penanda_tangan: {
          kepala_daerah: { jabatan: "BUPATI CONTOH MAKMUR", nama: "AMIR BUDIMAN" },
          sekretaris_daerah: { jabatan: "SEKRETARIS DAERAH", nama: "SITI RAHAYU" },
          pengesah_salinan: { jabatan: "KEPALA BAGIAN HUKUM", nama: "DEWI LESTARI, S.H.", nip: "19800101 200501 2 001" },
        },
        paraf_koordinasi: [{ jabatan: "Sekretaris Daerah" }],
      },
      perangkat_daerah: [
        { id: "bag-organisasi", nama: "Bagian Organisasi", singkatan: "Bag. Organisasi" },
        { id: "inspektorat", nama: "Inspektorat Daerah", singkatan: "Inspektorat" },
      ],
      sasaran: [
        { id: "bersih", nama: "Birokrasi yang Bersih", indikator: [{ id: "s-opini", nama: "Opini BPK", jenis: "kategori", skala: "opini-bpk", arah: "capai", baseline: { tahun: mulai - 1, nilai: "WTP" }, target: target("WTP") }, ...(options.indikator ?? [])] },
        ...(options.sasaranTambahan ?? []).map((nama, i) => ({
          id: `sasaran-${i + 2}`,
          nama,
          indikator: [{ id: `s-tambahan-${i + 2}`, nama: `Indeks Sasaran ${i + 2}`, jenis: "angka", arah: "naik", baseline: { tahun: mulai - 1, nilai: 50 }, target: target(51) }],
        })),
      ],
      tim: {
        pengarah: [{ jabatan_tim: "Ketua", jabatan_kedinasan: "Bupati" }],
        pelaksana: [{ jabatan_tim: "Ketua", jabatan_kedinasan: "Sekretaris Daerah" }],
        pokja: [{ nama: "Pokja Area 1", area: "area-1", pd: ["bag-organisasi"] }],
      },
    }),
  );
  const areasDir = join(dir, "areas");
  const proseDir = join(dir, "lampiran");
  for (const d of [areasDir, proseDir]) mkdirSync(d);
  for (let i = 1; i <= 5; i++) {
    writeFileSync(
      join(areasDir, `0${i}-area.yaml`),
      stringify({
        id: `area-${i}`,
        nama: `Area Perubahan ${i}`,
        ...(options.kelompok ? { kelompok: i <= 3 ? "general" : "tematik" } : {}),
        sasaran: ["bersih"],
        indikator: [
          {
            id: `ind-${i}`,
            nama: `Indeks Area ${i}`,
            jenis: "angka",
            arah: "naik",
            target: target(60 + i),
            kegiatan: [
              {
                nama: `Kegiatan ${i}`,
                rencana_aksi: [
                  {
                    kode: `${i}.1.01`,
                    aksi: `Aksi ${i} <&> {{x}}`,
                    tahun: [...new Set([mulai, Math.min(mulai + 1, selesai)])],
                    output: "Laporan",
                    pengampu: i === 5 ? "inspektorat" : "bag-organisasi",
                    ...(options.kelompok && i === 4 ? { koordinator: "inspektorat", anggaran: 150000000 } : {}),
                    ...(options.kelompok && i === 5 ? { anggaran: "APBD" } : {}),
                  },
                ],
              },
            ],
          },
        ],
        upaya: ["Menyusun laporan;", "Melaksanakan evaluasi;"],
      }),
    );
  }
  writeFileSync(
    join(proseDir, "00-kata-pengantar.yaml"),
    stringify({ judul: "KATA PENGANTAR", isi: [{ p: "Puji syukur." }] }),
  );
  writeFileSync(
    join(proseDir, "10-bab-1.yaml"),
    stringify({
      bab: "I",
      judul: "PENDAHULUAN",
      isi: [
        { judul: { nomor: "1.1", teks: "Latar Belakang" } },
        { p: "Teks *miring* dan **tebal**." },
        { gambar: { nomor: "1.1", judul: "Area Perubahan", bagan: "area-perubahan" } },
        ...(options.kelompok
          ? [
              { tabel: { nomor: "1.1", judul: "Rencana Aksi RB General", isi: "rencana-aksi", kelompok: "general" } },
              { tabel: { nomor: "1.4", judul: "Rencana Aksi RB Tematik", isi: "rencana-aksi", kelompok: "tematik" } },
            ]
          : [{ tabel: { nomor: "1.1", judul: "Rencana Aksi", isi: "rencana-aksi" } }]),
        ...(options.tabelSasaran ? [{ tabel: { nomor: "1.2", judul: "Sasaran dan Target", isi: "sasaran" } }] : []),
        ...(options.sasaranTambahan ? [{ tabel: { nomor: "1.3", judul: "Program Mikro", isi: "program-mikro" } }] : []),
        ...(options.gambar ? [{ gambar: { nomor: "1.2", judul: "Foto Kegiatan", berkas: "gambar/gambar-1-1.png" } }] : []),
        ...(options.prosa ?? []),
      ],
    }),
  );
  // A stand-in lambang, so a complete road map validates without warnings.
  cpSync(SAMPLE_PNG, join(dir, "lambang.png"));
  if (options.gambar) {
    mkdirSync(join(dir, "gambar"));
    cpSync(SAMPLE_PNG, join(dir, "gambar", "gambar-1-1.png"));
  }
  return dir;
}
