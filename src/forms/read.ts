import ExcelJS from "exceljs";
import { text, type Diagnostic, type LocalizedText } from "../diagnostics/diagnostic.js";
import { parsePeriode, type Periode } from "../domain/periode.js";
import { indexIndicators } from "../domain/rencana-aksi.js";
import type { LaporanAksiInput, LaporanPd, RealisasiIndikator } from "../schema/monitoring.js";
import type { RoadMap } from "../schema/roadmap.js";
import { aksiCodesFor, indicatorIdsFor, quickWinCodesFor } from "./build.js";
import { parseDate, parseText, toScalar, type Scalar } from "./cells.js";
import {
  AKSI_COLUMNS,
  FORM_FORMAT,
  FORM_VERSION,
  INDIKATOR_COLUMNS,
  REPORTER_CELLS,
  SHEET_AKSI,
  SHEET_INDIKATOR,
  SHEET_META,
  columnLetter,
  type Column,
} from "./layout.js";
import { checksumOf, META_KEYS, pemdaKey, roadMapKey, type FormKind, type FormMeta } from "./meta.js";
import { readAksiRow, readIndikatorRow, type FieldSource } from "./rows.js";

type Path = (string | number)[];

/** A filled form, read and checked cell by cell; nothing is merged yet. */
export interface FilledForm {
  file: string;
  kind: FormKind;
  periode: Periode;
  pd: string;
  /** The reporter block of a rencana aksi form. */
  reporter: Pick<LaporanPd, "pelapor" | "tanggal">;
  /** Rows that were filled in, by code; rows left empty are absent (not reported). */
  aksi: Map<string, LaporanAksiInput>;
  /** Quick win rows that were filled in, by code. */
  quickWins: Map<string, LaporanAksiInput>;
  indikator: Map<string, RealisasiIndikator>;
  /** Rows in the form, filled or not. */
  rowCount: number;
  /** Where a field of the monitoring file came from: path inside the file → sheet and cell. */
  cellOf(path: Path): { sheet: string; cell: string; row: number; column: number } | undefined;
  diagnostics: Diagnostic[];
}

/**
 * Reads one form. Every bad cell is reported, and a form from another pemda, road map, period or
 * PD, or made before the road map changed, is refused with the reason. Never throws on what the
 * cells hold: arbitrary content only produces diagnostics.
 */
export async function readForm(bytes: Uint8Array, file: string, rm: RoadMap, expectedEarlier: (pd: string, periode: string) => LaporanPd | undefined): Promise<FilledForm | { file: string; diagnostics: Diagnostic[] }> {
  const fail = (message: LocalizedText, sheet?: string, cell?: string): { file: string; diagnostics: Diagnostic[] } => ({
    file,
    diagnostics: [{ severity: "error", file, sheet, cell, path: [], message }],
  });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    return fail(text("bukan berkas XLSX yang dapat dibaca (simpan ulang sebagai .xlsx)", "not a readable XLSX file (save it again as .xlsx)"));
  }
  const metaSheet = wb.getWorksheet(SHEET_META);
  if (!metaSheet) return fail(text(`bukan formulir rbdoc: lembar tersembunyi '${SHEET_META}' tidak ada (buat formulir dengan 'rbdoc formulir')`, `not an rbdoc form: the hidden sheet '${SHEET_META}' is missing (make forms with 'rbdoc formulir')`));
  const meta = readMeta(metaSheet);
  const refused = checkMeta(meta, rm);
  if (refused) return fail(refused, SHEET_META);
  const periode = parsePeriode(meta.periode)!;
  const kind = meta.jenis as FormKind;
  const columns: readonly Column[] = kind === "rencana-aksi" ? AKSI_COLUMNS : INDIKATOR_COLUMNS;
  const sheetName = kind === "rencana-aksi" ? SHEET_AKSI : SHEET_INDIKATOR;
  const ws = wb.getWorksheet(sheetName);
  if (!ws) return fail(text(`lembar '${sheetName}' tidak ada (namanya diubah?)`, `sheet '${sheetName}' is missing (renamed?)`));

  const diagnostics: Diagnostic[] = [];
  const at = (row: number, column: number, message: LocalizedText, severity: Diagnostic["severity"] = "error") =>
    diagnostics.push({ severity, file, sheet: sheetName, cell: `${columnLetter(column - 1)}${row}`, line: row, column, path: [], message });

  // Columns are found by their headers and rows by their codes, so a form re-sorted or re-saved by
  // another spreadsheet program still reads right.
  const located = locateHeader(ws, columns);
  if (!located) return fail(text(`baris judul kolom ('${columns[0].header}', …) tidak ditemukan di lembar '${sheetName}'`, `the column header row ('${columns[0].header}', …) was not found in sheet '${sheetName}'`), sheetName);
  const { headerRow, columnOf } = located;
  const missing = columns.filter((c) => columnOf.get(c.key) === undefined);
  if (missing.length > 0) {
    return fail(text(`kolom ${missing.map((c) => `'${c.header}'`).join(", ")} tidak ada di lembar '${sheetName}'`, `column(s) ${missing.map((c) => `'${c.header}'`).join(", ")} missing from sheet '${sheetName}'`), sheetName);
  }
  const scalarAt = (row: ExcelJS.Row, key: string): Scalar => {
    const cell = row.getCell(columnOf.get(key)!);
    return toScalar(cell.value, cell.numFmt);
  };

  const expected = kind === "rencana-aksi" ? aksiCodesFor(rm, meta.pd, periode) : indicatorIdsFor(rm, periode);
  const expectedSet = new Set(expected);
  const cells = new Map<string, { sheet: string; cell: string; row: number; column: number }>();
  const note = (path: Path, row: number, column: number) => cells.set(JSON.stringify(path), { sheet: sheetName, cell: `${columnLetter(column - 1)}${row}`, row, column });
  const aksi = new Map<string, LaporanAksiInput>();
  const quickWins = new Map<string, LaporanAksiInput>();
  const quickWinCodes = new Set(kind === "rencana-aksi" ? quickWinCodesFor(rm, meta.pd) : []);
  const indikator = new Map<string, RealisasiIndikator>();
  const seen = new Map<string, number>();
  const keyColumn = columnOf.get(columns[0].key)!;
  const indicators = indexIndicators(rm);
  const scales = new Map(rm.skala.map((s) => [s.id, s.nilai]));
  const earlier = expectedEarlier(meta.pd, meta.periode);

  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const keyScalar = toScalar(row.getCell(keyColumn).value);
    if (keyScalar.kind === "empty") {
      if (columns.some((c) => c.input && scalarAt(row, c.key).kind !== "empty")) at(r, keyColumn, text("baris diisi tetapi kodenya kosong", "row is filled in but its code is empty"));
      continue;
    }
    const key = keyScalar.kind === "text" ? keyScalar.text : String(keyScalar.kind === "number" ? keyScalar.value : "");
    if (!expectedSet.has(key)) {
      at(r, keyColumn, text(`kode '${key}' tidak ada di formulir ini (baris ditambahkan atau kode diubah?)`, `code '${key}' does not belong to this form (row added or code edited?)`));
      continue;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      at(r, keyColumn, text(`kode '${key}' sudah ada di baris ${first}`, `code '${key}' already appears in row ${first}`));
      continue;
    }
    seen.set(key, r);
    const isQuickWin = quickWinCodes.has(key);
    const base: Path = kind === "rencana-aksi" ? ["laporan", meta.pd, isQuickWin ? "quick_wins" : "rencana_aksi", key] : ["indikator", key];
    note(base, r, keyColumn);
    const result =
      kind === "rencana-aksi"
        ? readAksiRow((k) => scalarAt(row, k), isQuickWin ? earlier?.quick_wins[key] : earlier?.rencana_aksi[key])
        : (() => {
            const entry = indicators.get(key)!;
            const scale = entry.indikator.skala ? scales.get(entry.indikator.skala) : undefined;
            return readIndikatorRow((k) => scalarAt(row, k), entry, scale);
          })();
    for (const s of result.sources as FieldSource<string>[]) note([...base, ...s.path], r, columnOf.get(s.key)!);
    for (const p of result.problems) at(r, columnOf.get(p.key)!, p.message, p.severity);
    if (result.value) {
      if (kind === "rencana-aksi") (isQuickWin ? quickWins : aksi).set(key, result.value as LaporanAksiInput);
      else indikator.set(key, result.value as RealisasiIndikator);
    }
  }

  // The checksum says which rows the form was made with; a changed road map since then is named
  // row by row, so the Tim Pelaksana knows whether to send a new form.
  if (checksumOf(expected) !== meta.checksum) {
    const inForm = [...seen.keys()];
    const gone = inForm.filter((k) => !expectedSet.has(k));
    const added = expected.filter((k) => !seen.has(k));
    diagnostics.unshift({
      severity: "error",
      file,
      sheet: SHEET_META,
      path: [],
      message: text(
        `formulir dibuat dari versi road map yang lain${added.length ? `; kini ada ${added.length} baris baru (${added.slice(0, 5).join(", ")}${added.length > 5 ? ", …" : ""})` : ""}${gone.length ? `; ${gone.length} baris tidak berlaku lagi` : ""}. Buat formulir baru dengan 'rbdoc formulir'`,
        `form was made from another version of the road map${added.length ? `; there are now ${added.length} new row(s) (${added.slice(0, 5).join(", ")}${added.length > 5 ? ", …" : ""})` : ""}${gone.length ? `; ${gone.length} row(s) no longer apply` : ""}. Make a new form with 'rbdoc formulir'`,
      ),
    });
  } else {
    for (const k of expected) {
      if (!seen.has(k)) diagnostics.push({ severity: "warning", file, sheet: sheetName, path: [], message: text(`baris kode ${k} terhapus dari formulir; datanya tidak diubah`, `the row with code ${k} was deleted from the form; its data is left as it was`) });
    }
  }

  const reporter = kind === "rencana-aksi" ? readReporter(ws, file, diagnostics, note, meta.pd) : {};
  return {
    file,
    kind,
    periode,
    pd: meta.pd,
    reporter,
    aksi,
    quickWins,
    indikator,
    rowCount: seen.size,
    cellOf: (path) => {
      for (let n = path.length; n > 0; n--) {
        const found = cells.get(JSON.stringify(path.slice(0, n)));
        if (found) return found;
      }
      return undefined;
    },
    diagnostics,
  };
}

function readMeta(ws: ExcelJS.Worksheet): Record<string, string> {
  const meta: Record<string, string> = {};
  ws.eachRow((row) => {
    const key = toScalar(row.getCell(1).value);
    const value = toScalar(row.getCell(2).value);
    if (key.kind === "text") meta[key.text] = value.kind === "text" ? value.text : value.kind === "number" ? String(value.value) : "";
  });
  return meta;
}

function checkMeta(meta: Record<string, string>, rm: RoadMap): LocalizedText | undefined {
  const missing = META_KEYS.filter((k) => meta[k] === undefined && k !== "pd");
  if (meta.format !== FORM_FORMAT || missing.length > 0) return text("lembar tersembunyi formulir rusak atau bukan buatan rbdoc", "the form's hidden sheet is damaged or was not made by rbdoc");
  const m = meta as unknown as Record<keyof FormMeta, string>;
  if (Number(m.versi) > FORM_VERSION) return text(`formulir versi ${m.versi} lebih baru daripada rbdoc ini (versi ${FORM_VERSION}); perbarui rbdoc`, `form version ${m.versi} is newer than this rbdoc (version ${FORM_VERSION}); update rbdoc`);
  if (m.pemda !== pemdaKey(rm)) return text(`formulir ini untuk ${m.pemda}, bukan ${pemdaKey(rm)}`, `this form belongs to ${m.pemda}, not ${pemdaKey(rm)}`);
  if (m.road_map !== roadMapKey(rm)) return text(`formulir ini untuk road map ${m.road_map}, bukan ${roadMapKey(rm)}`, `this form belongs to road map ${m.road_map}, not ${roadMapKey(rm)}`);
  if (!parsePeriode(m.periode)) return text(`periode '${m.periode}' di formulir tidak sah`, `period '${m.periode}' in the form is not valid`);
  if (m.jenis !== "rencana-aksi" && m.jenis !== "indikator") return text(`jenis formulir '${m.jenis}' tidak dikenal`, `unknown form kind '${m.jenis}'`);
  if (m.jenis === "rencana-aksi" && !rm.perangkat_daerah.some((p) => p.id === m.pd)) return text(`Perangkat Daerah '${m.pd}' di formulir tidak ada di road map`, `Perangkat Daerah '${m.pd}' in the form is not in the road map`);
  return undefined;
}

/**
 * Headers match whatever their spacing, case and required mark: "Realisasi *" in a form made
 * before that column lost its mark is still "Realisasi".
 */
function headerKey(text: string): string {
  return text.replace(/\s+/g, " ").replace(/\s*\*$/, "").trim().toLowerCase();
}

function locateHeader(ws: ExcelJS.Worksheet, columns: readonly Column[]): { headerRow: number; columnOf: Map<string, number> } | undefined {
  const norm = (s: Scalar) => (s.kind === "text" ? headerKey(s.text) : "");
  for (let r = 1; r <= Math.min(ws.rowCount, 40); r++) {
    const row = ws.getRow(r);
    const byHeader = new Map<string, number>();
    row.eachCell((cell, c) => byHeader.set(norm(toScalar(cell.value)), c));
    if (!byHeader.has(headerKey(columns[0].header))) continue;
    const columnOf = new Map<string, number>();
    for (const c of columns) {
      const at = byHeader.get(headerKey(c.header));
      if (at !== undefined) columnOf.set(c.key, at);
    }
    return { headerRow: r, columnOf };
  }
  return undefined;
}

function readReporter(ws: ExcelJS.Worksheet, file: string, diagnostics: Diagnostic[], note: (path: Path, row: number, column: number) => void, pd: string): FilledForm["reporter"] {
  const read = (address: string, parse: (s: Scalar) => ReturnType<typeof parseText>, field: Path) => {
    const cell = ws.getCell(address);
    note(["laporan", pd, ...field], Number(cell.row), Number(cell.col));
    const r = parse(toScalar(cell.value, cell.numFmt));
    if (!r.ok) diagnostics.push({ severity: "error", file, sheet: ws.name, cell: address, line: Number(cell.row), column: Number(cell.col), path: [], message: r.message });
    return r.ok ? r.value : undefined;
  };
  const nama = read(REPORTER_CELLS.nama, parseText, ["pelapor", "nama"]);
  const jabatan = read(REPORTER_CELLS.jabatan, parseText, ["pelapor", "jabatan"]);
  const tanggal = read(REPORTER_CELLS.tanggal, parseDate, ["tanggal"]);
  if (!nama && jabatan) {
    diagnostics.push({ severity: "error", file, sheet: ws.name, cell: REPORTER_CELLS.nama, path: [], message: text("nama pelapor wajib diisi bila jabatannya diisi", "the reporter's name is required when a position is given") });
  }
  return {
    ...(nama ? { pelapor: { nama, ...(jabatan ? { jabatan } : {}) } } : {}),
    ...(tanggal ? { tanggal } : {}),
  };
}
