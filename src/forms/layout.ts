/**
 * The shape of the XLSX forms, shared by the writer and the reader so that the two cannot drift:
 * which columns exist, which ones the PD fills in, and where the title block ends.
 */

/** How an input cell is checked in Excel (data validation) and parsed back on import. */
export type InputKind = "text" | "status" | "persen" | "tanggal" | "rupiah" | "nilai";

export interface Column<K extends string = string> {
  key: K;
  header: string;
  /** Width in Excel character units. */
  width: number;
  /** Present on columns the PD fills in; the others are locked. */
  input?: InputKind;
}

export const SHEET_PETUNJUK = "Petunjuk";
export const SHEET_AKSI = "Rencana Aksi";
export const SHEET_INDIKATOR = "Indikator";
/** Hidden sheet that says which pemda, period and PD a form belongs to. */
export const SHEET_META = "_rbdoc";

export const FORM_FORMAT = "rbdoc-formulir";
export const FORM_VERSION = 1;

/**
 * A row's identity comes first: the columns up to `frozen` stay in view while the clerk scrolls to
 * the inputs, so they hold what names the row (the code, and the action or indicator itself) and
 * stay narrow enough for a laptop screen; long text wraps. The reader finds columns by their
 * headers, so forms made with another order still read.
 */
export const AKSI_COLUMNS = [
  // Not 9: exceljs takes a width of 9 for its default and leaves the column's width unwritten.
  { key: "kode", header: "Kode", width: 10 },
  { key: "aksi", header: "Rencana Aksi", width: 30 },
  { key: "area", header: "Area Perubahan", width: 16 },
  { key: "indikator", header: "Indikator", width: 20 },
  { key: "kegiatan", header: "Kegiatan", width: 24 },
  { key: "output_rencana", header: "Output yang Direncanakan", width: 22 },
  { key: "status", header: "Status *", width: 17, input: "status" },
  { key: "progres", header: "Progres (%) *", width: 10, input: "persen" },
  { key: "output", header: "Output yang Dihasilkan", width: 26, input: "text" },
  { key: "bukti_jenis", header: "Jenis Dokumen Bukti", width: 18, input: "text" },
  { key: "bukti_nomor", header: "Nomor Dokumen", width: 21, input: "text" },
  { key: "bukti_tanggal", header: "Tanggal Dokumen", width: 13, input: "tanggal" },
  { key: "bukti_lokasi", header: "Berkas atau Tautan Bukti", width: 24, input: "text" },
  { key: "kendala", header: "Kendala", width: 26, input: "text" },
  { key: "tindak_lanjut", header: "Tindak Lanjut", width: 26, input: "text" },
  { key: "rekomendasi", header: "Rekomendasi", width: 26, input: "text" },
  { key: "pagu", header: "Pagu Anggaran (Rp)", width: 16, input: "rupiah" },
  { key: "realisasi", header: "Realisasi Anggaran (Rp)", width: 16, input: "rupiah" },
] as const satisfies readonly Column[];

export const INDIKATOR_COLUMNS = [
  { key: "id", header: "ID Indikator", width: 20 },
  { key: "indikator", header: "Indikator", width: 32 },
  { key: "kelompok", header: "Sasaran / Area", width: 28 },
  { key: "satuan", header: "Satuan", width: 12 },
  { key: "jenis", header: "Jenis Nilai", width: 14 },
  { key: "target", header: "Target", width: 12 },
  // No required mark: the import requires a value only where the row's source or note is given,
  // in every row alike, a target of "n.a" included (see the instructions).
  { key: "realisasi", header: "Realisasi", width: 14, input: "nilai" },
  { key: "sumber", header: "Sumber Data", width: 28, input: "text" },
  { key: "catatan", header: "Catatan", width: 30, input: "text" },
  { key: "analisis", header: "Analisis Tim (mengapa naik/turun, apa yang dilakukan)", width: 40, input: "text" },
] as const satisfies readonly Column[];

/** How many columns, from the left, stay in view: the code and the action or indicator. */
export const FROZEN_COLUMNS = 2;

export type AksiKey = (typeof AKSI_COLUMNS)[number]["key"];
export type IndikatorKey = (typeof INDIKATOR_COLUMNS)[number]["key"];

/** Rows 1-4 title, row 5 the reporter, row 6 the CONTOH mark or blank, row 7 headers. */
export const HEADER_ROW = 7;
export const REPORTER_ROW = 5;
/** Where the reporter's name, position and report date are typed (rencana aksi forms only). */
export const REPORTER_CELLS = { nama: "C5", jabatan: "G5", tanggal: "K5" } as const;

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
