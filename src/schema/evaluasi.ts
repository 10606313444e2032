import { z } from "zod";
import { ReportBlock } from "./roadmap.js";
import { Id, IsoDate, Year } from "./values.js";

/**
 * An RB evaluation instrument (PMPRB/LKE): a tree of komponen with weights. A leaf is scored within
 * its range; its contribution is its share of the range times its weight. A node's weight equals
 * the sum of its children's. An instrument may have several parts (RB General, RB Tematik), each
 * with its own total and predikat. Where a weight comes from is said where the weights are given:
 * `sumber` on a komponen (or a part) names the regulation, lampiran and page or table that publish
 * its sub-komponen's weights; `bobot_asumsi` says those weights are not published (or could not be
 * checked) and are an assumption, which the documents then say under the table.
 */
export interface KomponenInput {
  id: string;
  nama: string;
  bobot: number;
  rentang?: [number, number];
  tema?: boolean;
  area?: string[];
  sumber?: string;
  bobot_asumsi?: boolean;
  komponen?: KomponenInput[];
}

const SUMBER_BOBOT = "dasar bobot sub-komponennya: peraturan, lampiran, halaman atau tabel (sumber sekunder disebut sebagai sumber sekunder)";
const BOBOT_ASUMSI = "true bila bobot sub-komponennya tidak diterbitkan peraturan atau belum dapat dicocokkan dengannya: asumsi, dan dokumen menyebutnya di bawah tabel";

export const Komponen: z.ZodType<KomponenInput> = z.lazy(() =>
  z.strictObject({
    id: Id,
    nama: z.string().min(1),
    bobot: z.number().positive(),
    rentang: z.tuple([z.number(), z.number()]).optional().describe("rentang nilai daun, mis. [0, 100] atau [0, 5]; bawaan [0, 100]"),
    tema: z.boolean().optional().describe("true bila komponen ini menilai satu tema RB Tematik (mis. Pengentasan Kemiskinan); dicocokkan dengan area road map yang bernama sama"),
    area: z.array(Id).min(1).optional().describe("id area perubahan road map yang dinilai komponen tema ini, bila namanya berbeda dari nama area"),
    sumber: z.string().min(1).optional().describe(SUMBER_BOBOT),
    bobot_asumsi: z.boolean().optional().describe(BOBOT_ASUMSI),
    komponen: z.array(Komponen).min(1).optional(),
  }),
);

export const PredikatRb = z.strictObject({
  predikat: z.string().min(1),
  lebih_dari: z.number().optional().describe("nilai harus lebih dari angka ini; kosong untuk predikat terendah"),
});

export const Instrumen = z.strictObject({
  $schema: z.string().optional(),
  id: Id,
  nama: z.string().min(1),
  dasar: z.string().min(1).describe("peraturan yang menjadi dasar instrumen"),
  sumber: z.string().min(1).optional().describe("naskah yang memuat bobot instrumen, mis. lampiran peraturan atau LKE yang dipakai"),
  catatan: z.string().min(1).optional(),
  predikat: z.array(PredikatRb).min(1),
  bagian: z
    .array(
      z.strictObject({
        id: Id,
        nama: z.string().min(1),
        total: z.number().positive().default(100),
        sumber: z.string().min(1).optional().describe(SUMBER_BOBOT),
        bobot_asumsi: z.boolean().optional().describe(BOBOT_ASUMSI),
        komponen: z.array(Komponen).min(1),
      }),
    )
    .min(1),
});

/** The kinds of finding of the evaluation's Bab VI, each from its rule. */
export const TEMUAN = ["indikator", "area", "aksi", "rekomendasi"] as const;

export const STATUS_REKOMENDASI = ["belum ditindaklanjuti", "dalam proses", "selesai"] as const;

/** One year's RB evaluation: the self-assessment per leaf, the official scores, the recommendations. */
export const EvaluasiTahun = z.strictObject({
  $schema: z.string().optional(),
  tahun: Year,
  instrumen: Id,
  contoh: z.boolean().default(false),
  penilaian_mandiri: z.record(Id, z.number()).default({}).describe("nilai PMPRB per komponen daun"),
  resmi: z.record(Id, z.number()).default({}).describe("nilai resmi KemenPAN-RB per komponen atau bagian (total)"),
  sumber_resmi: z.string().min(1).optional().describe("mis. 'LHE RB KemenPAN-RB 2021'"),
  rekomendasi: z
    .array(
      z.strictObject({
        uraian: z.string().min(1),
        sumber: z.string().min(1).optional(),
        pd: z.array(Id).default([]),
        status: z.enum(STATUS_REKOMENDASI),
        tindak_lanjut: z.string().min(1).optional(),
        rencana_tindak_lanjut: z.string().min(1).optional().describe("RATL: langkah yang direncanakan untuk menindaklanjuti rekomendasi ini"),
        batas_waktu: IsoDate.optional().describe("batas waktu tindak lanjut (YYYY-MM-DD); lewat batas dan belum selesai ditandai"),
      }),
    )
    .default([]),
  rekomendasi_tim: z
    .array(
      z.strictObject({
        temuan: z.enum(TEMUAN).describe("jenis temuan Bab VI yang ditindaklanjuti"),
        id: z.string().min(1).optional().describe("id indikator, id area atau kode rencana aksi; kosong untuk seluruh temuan jenis itu"),
        uraian: z.string().min(1),
      }),
    )
    .default([])
    .describe("tindak lanjut yang diputuskan Tim untuk temuan ringkasan evaluasi; tanpa ini templat memakai tindak lanjut bawaan per aturan"),
  catatan_tim: z.array(ReportBlock).optional().describe("uraian Tim Pelaksana untuk bagian penutup"),
});

export type Instrumen = z.infer<typeof Instrumen>;
export type EvaluasiTahun = z.infer<typeof EvaluasiTahun>;
export type Komponen = KomponenInput;
