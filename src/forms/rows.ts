import { text, type Diagnostic, type LocalizedText } from "../diagnostics/diagnostic.js";
import { formatRawValue } from "../domain/format.js";
import type { AksiEntry, IndicatorEntry } from "../domain/rencana-aksi.js";
import type { QuickWinEntry } from "../domain/quick-wins.js";
import { thousandsNotes } from "../domain/angka.js";
import { checkRealisasi } from "../domain/target.js";
import { notReadMessage } from "../domain/values.js";
import type { Bukti, LaporanAksi, LaporanAksiInput, RealisasiIndikator } from "../schema/monitoring.js";
import { NOT_AVAILABLE, type RawValue } from "../schema/values.js";
import { richTextToPlain } from "../templates/rich-text.js";
import { describeScalar, parseDate, parseDecimal, parsePercent, parseRupiah, parseStatus, parseText, type Parsed, type Scalar } from "./cells.js";
import { AKSI_COLUMNS, type AksiKey, type IndikatorKey } from "./layout.js";
import { isoToDate, type CellContent } from "./write.js";

/**
 * One row of a form and the monitoring record it stands for, both ways. The writer fills a row from
 * a record; the reader builds the record back from the cells and says which cell each field came
 * from, so a rule broken later can still be reported at its cell.
 */

/** A field of the record, as a path below the row's record, and the column it was read from. */
export type FieldSource<K extends string> = { path: (string | number)[]; key: K };

export interface RowProblem<K extends string> {
  key: K;
  message: LocalizedText;
  /** An error unless stated; a warning leaves the row's value standing. */
  severity?: Diagnostic["severity"];
}

export interface RowResult<K extends string, T> {
  /** Undefined when every input cell is empty: the row was not reported. */
  value?: T;
  problems: RowProblem<K>[];
  sources: FieldSource<K>[];
}

export function aksiRow(entry: AksiEntry, laporan: LaporanAksi | undefined): Record<AksiKey, CellContent> {
  const bukti = laporan?.bukti[0];
  return {
    kode: entry.kode,
    area: entry.area.nama,
    indikator: richTextToPlain(entry.indikator.nama),
    kegiatan: richTextToPlain(entry.kegiatan.nama),
    aksi: richTextToPlain(entry.aksi.aksi),
    output_rencana: richTextToPlain(entry.aksi.output),
    status: laporan?.status,
    progres: laporan?.progres,
    output: laporan?.output,
    bukti_jenis: bukti?.jenis,
    bukti_nomor: bukti?.nomor,
    bukti_tanggal: bukti?.tanggal ? isoToDate(bukti.tanggal) : undefined,
    bukti_lokasi: bukti?.berkas ?? bukti?.tautan,
    kendala: laporan?.kendala,
    tindak_lanjut: laporan?.tindak_lanjut,
    rekomendasi: laporan?.rekomendasi,
    pagu: laporan?.anggaran?.pagu,
    realisasi: laporan?.anggaran?.realisasi,
  };
}

/** A quick win's row in the same sheet: its kind stands where an action's area does. */
export function quickWinRow(entry: QuickWinEntry, kinds: { mandatory: string; mandiri: string }, laporan: LaporanAksi | undefined): Record<AksiKey, CellContent> {
  const filled = aksiRow({ kode: entry.kode, area: { nama: "" }, indikator: { nama: "" }, kegiatan: { nama: "" }, aksi: { aksi: "", output: "" } } as unknown as AksiEntry, laporan);
  return {
    ...filled,
    area: kinds[entry.jenis],
    indikator: undefined,
    kegiatan: undefined,
    aksi: [richTextToPlain(entry.uraian), entry.nama && richTextToPlain(entry.nama)].filter(Boolean).join(" "),
    output_rencana: entry.nama ? richTextToPlain(entry.nama) : undefined,
  };
}

const AKSI_INPUTS = AKSI_COLUMNS.filter((c) => "input" in c).map((c) => c.key);

/**
 * Reads a rencana aksi row. Evidence beyond the first (which the form cannot show) is kept from the
 * `earlier` record, so an import never drops what the data already held.
 */
export function readAksiRow(cell: (key: AksiKey) => Scalar, earlier: LaporanAksi | undefined): RowResult<AksiKey, LaporanAksiInput> {
  const problems: RowProblem<AksiKey>[] = [];
  const sources: FieldSource<AksiKey>[] = [];
  if (AKSI_INPUTS.every((k) => cell(k).kind === "empty")) return { problems, sources };

  const take = <T>(key: AksiKey, parse: (s: Scalar) => Parsed<T>, path: (string | number)[]): T | undefined => {
    const r = parse(cell(key));
    sources.push({ path, key });
    if (!r.ok) {
      problems.push({ key, message: r.message });
      return undefined;
    }
    return r.value;
  };

  const status = take("status", parseStatus, ["status"]);
  let progres = take("progres", parsePercent, ["progres"]);
  const statusGiven = cell("status").kind !== "empty";
  if (!statusGiven) problems.push({ key: "status", message: text("status wajib diisi bila baris ini diisi", "status is required when this row is filled in") });
  // A finished or unstarted action says its own progress; any other status must state it.
  if (status && cell("progres").kind === "empty") {
    if (status === "selesai") progres = 100;
    else if (status === "belum dimulai") progres = 0;
    else problems.push({ key: "progres", message: text(`progres wajib diisi untuk status '${status}'`, `progress is required for status '${status}'`) });
  }

  const bukti: Partial<Bukti> = {
    jenis: take("bukti_jenis", parseText, ["bukti", 0, "jenis"]),
    nomor: take("bukti_nomor", parseText, ["bukti", 0, "nomor"]),
    tanggal: take("bukti_tanggal", parseDate, ["bukti", 0, "tanggal"]),
  };
  const lokasi = take("bukti_lokasi", parseText, ["bukti", 0, "berkas"]);
  if (lokasi !== undefined) {
    if (/^https?:\/\//i.test(lokasi)) {
      bukti.tautan = lokasi;
      sources.push({ path: ["bukti", 0, "tautan"], key: "bukti_lokasi" });
    } else bukti.berkas = lokasi;
  }
  const hasBukti = bukti.nomor !== undefined || bukti.tanggal !== undefined || lokasi !== undefined;
  if (hasBukti && bukti.jenis === undefined && cell("bukti_jenis").kind === "empty") {
    problems.push({ key: "bukti_jenis", message: text("jenis dokumen bukti wajib diisi bila nomor, tanggal atau berkasnya diisi", "the kind of evidence document is required when its number, date or file is given") });
  }
  const pagu = take("pagu", parseRupiah, ["anggaran", "pagu"]);
  const realisasi = take("realisasi", parseRupiah, ["anggaran", "realisasi"]);
  const value: LaporanAksiInput = {
    status: status ?? "belum dimulai",
    progres: progres ?? 0,
    ...optional("output", take("output", parseText, ["output"])),
    ...nonEmpty("bukti", bukti.jenis !== undefined ? [compact(bukti) as Bukti, ...(earlier?.bukti.slice(1) ?? [])] : (earlier?.bukti.slice(1) ?? [])),
    ...optional("kendala", take("kendala", parseText, ["kendala"])),
    ...optional("tindak_lanjut", take("tindak_lanjut", parseText, ["tindak_lanjut"])),
    ...optional("rekomendasi", take("rekomendasi", parseText, ["rekomendasi"])),
    ...(pagu !== undefined || realisasi !== undefined ? { anggaran: compact({ pagu, realisasi }) } : {}),
  };
  return { value: problems.length === 0 ? value : undefined, problems, sources };
}

export function indikatorRow(id: string, entry: IndicatorEntry, tahun: number, scaleName: string | undefined, r: RealisasiIndikator | undefined): Record<IndikatorKey, CellContent> {
  const ind = entry.indikator;
  const target = ind.target[String(tahun)];
  return {
    id,
    kelompok: entry.kelompok,
    indikator: richTextToPlain(ind.nama),
    satuan: ind.satuan,
    jenis: ind.jenis === "kategori" ? `kategori${scaleName ? ` (${scaleName})` : ""}` : ind.jenis,
    target: target === undefined ? undefined : formatRawValue(target, ind),
    realisasi: r?.nilai,
    sumber: r?.sumber,
    catatan: r?.catatan,
    analisis: r?.analisis,
  };
}

/** Reads an indicator row; the value is typed by the indicator, like a target in the data. */
export function readIndikatorRow(cell: (key: IndikatorKey) => Scalar, entry: IndicatorEntry, scale: readonly string[] | undefined): RowResult<IndikatorKey, RealisasiIndikator> {
  const problems: RowProblem<IndikatorKey>[] = [];
  const sources: FieldSource<IndikatorKey>[] = [{ path: ["nilai"], key: "realisasi" }, { path: ["sumber"], key: "sumber" }, { path: ["catatan"], key: "catatan" }, { path: ["analisis"], key: "analisis" }];
  const raw = cell("realisasi");
  if (raw.kind === "empty" && cell("sumber").kind === "empty" && cell("catatan").kind === "empty" && cell("analisis").kind === "empty") return { problems, sources };
  const sumber = parseText(cell("sumber"));
  const catatan = parseText(cell("catatan"));
  const analisis = parseText(cell("analisis"));
  if (!sumber.ok) problems.push({ key: "sumber", message: sumber.message });
  if (!catatan.ok) problems.push({ key: "catatan", message: catatan.message });
  if (!analisis.ok) problems.push({ key: "analisis", message: analisis.message });
  if (raw.kind === "empty") {
    problems.push({ key: "realisasi", message: text('realisasi wajib diisi bila sumber, catatan atau analisis diisi (tulis "n.a" bila tidak tersedia)', 'the actual value is required when a source, note or analysis is given (write "n.a" if not available)') });
    return { problems, sources };
  }
  // A cell that cannot be read as a value at all is checked as an impossible text, so the message
  // states what the indicator expects just as `validate` does.
  const nilai = rawValueOf(raw, entry.indikator.jenis, scale);
  const checked = checkRealisasi(nilai ?? "\u0000", { jenis: entry.indikator.jenis, scale });
  if (nilai === undefined || !checked.ok) {
    const message = checked.ok ? text(`diharapkan nilai, ditemukan ${describeScalar(raw)}`, `expected a value, found ${describeScalar(raw)}`) : notReadMessage(checked, describeScalar(raw));
    problems.push({ key: "realisasi", message });
    return { problems, sources };
  }
  // "1.480" typed as text is read as thousands, and the clerk is told so at the cell.
  if (raw.kind === "text" && entry.indikator.jenis !== "kategori") {
    for (const message of thousandsNotes(raw.text)) problems.push({ key: "realisasi", message, severity: "warning" });
  }
  const value: RealisasiIndikator = {
    nilai,
    ...optional("sumber", sumber.ok ? sumber.value : undefined),
    ...optional("catatan", catatan.ok ? catatan.value : undefined),
    ...optional("analisis", analisis.ok ? analisis.value : undefined),
  };
  return { value: problems.every((p) => p.severity === "warning") ? value : undefined, problems, sources };
}

function rawValueOf(s: Scalar, jenis: "angka" | "persen" | "kategori", scale: readonly string[] | undefined): RawValue | undefined {
  if (s.kind === "text" && s.text.toLowerCase() === NOT_AVAILABLE) return NOT_AVAILABLE;
  if (jenis === "kategori") {
    if (s.kind !== "text") return undefined;
    return scale?.find((c) => c.toLowerCase() === s.text.toLowerCase()) ?? s.text;
  }
  if (s.kind === "number") return s.value;
  if (s.kind === "text") {
    // A number written wrong ("1.48") stays text, for checkRealisasi to say how to write it.
    const written = s.text.replace(/%$/, "");
    const n = parseDecimal(written);
    if (n) return n.ok ? n.value : written;
    return s.text.includes("/") ? s.text : undefined;
  }
  return undefined;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function nonEmpty<K extends string, V>(key: K, list: V[]): { [P in K]?: V[] } {
  return (list.length === 0 ? {} : { [key]: list }) as { [P in K]?: V[] };
}

function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
