import { z } from "zod";
import { KodeAksi } from "./roadmap.js";
import { Id, IsoDate, RawValue, Year } from "./values.js";

/** The five states a PD may report; "belum dilaporkan" is not one of them: it is the absence of a report. */
export const STATUS_AKSI = ["belum dimulai", "dalam proses", "selesai", "tidak dilaksanakan", "ditunda"] as const;
export const StatusAksi = z.enum(STATUS_AKSI);
export type StatusAksi = z.infer<typeof StatusAksi>;

export const PeriodeId = z.union([
  Year,
  z.string().regex(/^\d{4}(-(S[12]|TW[1-4]))?$/, "periode seperti '2021', '2021-S1' atau '2021-TW3'"),
]);

const Rupiah = z.number().int("rupiah ditulis bilangan bulat").min(0);

export const Bukti = z
  .strictObject({
    jenis: z.string().min(1).describe("jenis dokumen, mis. 'Surat Keputusan', 'Laporan'"),
    nomor: z.string().min(1).optional(),
    tanggal: IsoDate.optional(),
    berkas: z.string().min(1).optional().describe("berkas bukti, relatif terhadap folder data"),
    tautan: z.url({ protocol: /^https?$/, error: "tautan berupa alamat http(s)://" }).optional(),
  });

export const LaporanAksi = z.strictObject({
  status: StatusAksi,
  progres: z.number().min(0).max(100).describe("kemajuan dalam persen, 0-100"),
  output: z.string().min(1).optional().describe("output yang benar-benar dihasilkan"),
  bukti: z.array(Bukti).default([]),
  kendala: z.string().min(1).optional(),
  tindak_lanjut: z.string().min(1).optional(),
  rekomendasi: z.string().min(1).optional(),
  anggaran: z.strictObject({ pagu: Rupiah.optional(), realisasi: Rupiah.optional() }).optional(),
});

export const LaporanPd = z.strictObject({
  pelapor: z.strictObject({ nama: z.string().min(1), jabatan: z.string().min(1).optional() }).optional(),
  tanggal: IsoDate.optional().describe("tanggal laporan disampaikan"),
  rencana_aksi: z.record(KodeAksi, LaporanAksi).default({}),
  quick_wins: z.record(KodeAksi, LaporanAksi).default({}).describe("pelaksanaan quick win, menurut kodenya (mis. 'QW.1'), diisi seperti rencana aksi"),
});

export const RealisasiIndikator = z.strictObject({
  nilai: RawValue.describe('realisasi, bertipe sama dengan target indikatornya; "n.a" bila tidak tersedia'),
  sumber: z.string().min(1).optional().describe("mis. 'LHE SAKIP 2021'"),
  catatan: z.string().min(1).optional(),
  analisis: z.string().min(1).optional().describe("analisis Tim: mengapa realisasi naik atau turun, dan apa yang dilakukan; dicetak di laporan"),
});

/** One reporting period: `monitoring/<periode>.yaml`. */
export const MonitoringFile = z.strictObject({
  $schema: z.string().optional(),
  periode: PeriodeId,
  contoh: z.boolean().default(false).describe("true bila data ini ilustrasi, bukan hasil nyata; setiap dokumen darinya diberi tanda CONTOH"),
  laporan: z.record(Id, LaporanPd).default({}),
  indikator: z.record(Id, RealisasiIndikator).default({}),
  analisis_area: z.record(Id, z.string().min(1)).default({}).describe("analisis Tim per area perubahan untuk periode ini (id area → uraian); dicetak di laporan"),
});

export type LaporanAksi = z.infer<typeof LaporanAksi>;
export type LaporanPd = z.infer<typeof LaporanPd>;
export type Bukti = z.infer<typeof Bukti>;
export type MonitoringFile = z.infer<typeof MonitoringFile>;
export type RealisasiIndikator = z.infer<typeof RealisasiIndikator>;
export type LaporanAksiInput = z.input<typeof LaporanAksi>;
