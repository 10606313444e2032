import { text, type LocalizedText } from "../diagnostics/diagnostic.js";

/**
 * The schema states its own rules in Bahasa Indonesia; this is their English. Kept in one table so a
 * new rule is translated next to the others rather than inside the schema.
 */
const ENGLISH: Record<string, string> = {
  "tanggal berbentuk YYYY-MM-DD": "a date written YYYY-MM-DD",
  "kunci berupa tahun empat angka": "keys are four-digit years",
  "id berupa huruf kecil, angka dan tanda hubung (contoh: bag-organisasi)":
    "an id of lowercase letters, digits and hyphens (e.g. bag-organisasi)",
  "nomor judul seperti 1.1 atau 2.1.3": "a heading number such as 1.1 or 2.1.3",
  "gambar memerlukan tepat satu dari 'berkas' atau 'bagan'": "a figure needs exactly one of 'berkas' or 'bagan'",
  "nomor bab dalam angka Romawi": "a chapter number in Roman numerals",
  'nomor bab dalam angka Romawi seperti "III", ditulis sebagai teks': 'a chapter number in Roman numerals such as "III", written as text',
  "tahun selesai tidak boleh sebelum tahun mulai": "the end year must not be before the start year",
  "NIP seperti '19680108 199403 2 014'": "an NIP such as '19680108 199403 2 014'",
  "kode berupa angka/huruf dipisah titik, mis. '4.2.03'": "a code of digits/letters separated by dots, e.g. '4.2.03'",
  "periode seperti '2021', '2021-S1' atau '2021-TW3'": "a period such as '2021', '2021-S1' or '2021-TW3'",
  "rupiah ditulis bilangan bulat": "rupiah as a whole number",
  "tanda * atau ** tidak tertutup atau bertumpuk (tulis \\* untuk bintang biasa)": "an emphasis mark * or ** is not closed or overlaps (write \\* for a plain asterisk)",
  "tautan berupa alamat http(s)://": "a link starting with http(s)://",
};

export function translateSchemaMessage(message: string): LocalizedText {
  return text(message, ENGLISH[message] ?? message);
}
