import ExcelJS from "exceljs";
import { estimateLines, rowHeight } from "../writers/xlsx/text-fit.js";
import { createWorkbook, packWorkbook } from "../writers/xlsx/workbook.js";
import { STATUS_AKSI } from "../schema/monitoring.js";
import {
  FROZEN_COLUMNS,
  HEADER_ROW,
  REPORTER_CELLS,
  REPORTER_ROW,
  SHEET_META,
  SHEET_PETUNJUK,
  columnLetter,
  type Column,
  type InputKind,
} from "./layout.js";
import { META_KEYS, type FormMeta } from "./meta.js";
import type { Terms } from "../templates/istilah.js";

/** A line of the instructions sheet, from the `formulir` template. */
export interface PetunjukLine {
  text: string;
  style: "judul" | "teks" | "butir";
}

export type CellContent = string | number | Date | undefined;

/** The dates a date cell takes, as the import's rules state them (YYYY-MM-DD). */
export interface DateRule {
  /** What the cell holds, to start the message: "Tanggal bukti". */
  label: string;
  from: string;
  to?: string;
  /**
   * A date outside the range is only worth a second look: the import refuses a date before `from`
   * but accepts one after `to`, so Excel warns instead of refusing and the message says which.
   */
  lateAccepted?: boolean;
  /** The date the message gives as an example; `to`, else `from`, when not given. */
  example?: string;
}

export interface FormSheet<K extends string> {
  name: string;
  columns: readonly Column<K>[];
  /** Title lines above the table: the first is the title itself. */
  title: string[];
  rows: Record<K, CellContent>[];
  /**
   * What a `nilai` cell takes: a list (a category scale), "bebas" for free text (a score with its
   * grade, "65,2/B"), or by default a number or "n.a".
   */
  choices?: (row: number) => readonly string[] | "bebas" | undefined;
  /** The dates each date column takes. */
  dates?: Partial<Record<K, DateRule>>;
  /** The reporter's name, position and date cells above the table, with their current values. */
  reporter?: { nama?: string; jabatan?: string; tanggal?: string; tanggalRule: DateRule };
}

export interface FormSpec<K extends string> {
  meta: FormMeta;
  petunjuk: PetunjukLine[];
  sheet: FormSheet<K>;
  contoh: boolean;
  /** Footer text on every printed page: "Kota Probolinggo – Semester II 2021". */
  footer: string;
  /** Creation date stamped into the file, so the same input gives the same bytes. */
  created: string;
  /** The words the workbook's cells and messages take (`formulir.*` in `templates/istilah.yaml`). */
  terms: Terms;
}

const INPUT_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF4CC" } };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
const LOCKED_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
const CONTOH_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFD6D6" } };
const THIN: ExcelJS.Borders = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
  diagonal: {},
};
const NUMBER_FORMATS: Partial<Record<InputKind, string>> = { persen: "0.##", tanggal: "dd/mm/yyyy", rupiah: "#,##0" };
/** F4 (215 × 330 mm) is Excel's paper size 14, "Folio 8½ × 13 in". */
const PAPER_F4 = 14 as ExcelJS.PaperSize;
/**
 * Sheets are protected to guide, not to keep secrets: without a password the Tim Pelaksana can lift
 * it. Sorting is not offered: Excel and LibreOffice refuse to sort rows whose code and action cells
 * are locked, and unlocking those would let a row's identity be typed over. The instructions say so.
 */
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  autoFilter: true,
};

export async function writeFormWorkbook<K extends string>(spec: FormSpec<K>): Promise<Uint8Array> {
  const wb = createWorkbook(spec.created, spec.sheet.title[0]);

  await addPetunjuk(wb, spec);
  const ws = wb.addWorksheet(spec.sheet.name, {
    views: [{ state: "frozen", xSplit: FROZEN_COLUMNS, ySplit: HEADER_ROW, topLeftCell: `${columnLetter(FROZEN_COLUMNS)}${HEADER_ROW + 1}`, activeCell: firstInputAddress(spec.sheet.columns) }],
    pageSetup: {
      paperSize: PAPER_F4,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    // Prefilled example data says so on every printed page, not only in row 6 of the first.
    headerFooter: { ...contohHeader(spec), oddFooter: `&L${escapeFooter(spec.footer)}&R${spec.terms.text("formulir.halaman")}` },
  });
  await fillSheet(ws, spec);
  ws.state = "visible";
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: "visible" }];

  const meta = wb.addWorksheet(SHEET_META, { state: "veryHidden" });
  meta.columns = [{ width: 16 }, { width: 40 }];
  for (const key of META_KEYS) meta.addRow([key, String(spec.meta[key])]);
  await meta.protect("", PROTECTION);

  return packWorkbook(wb, spec.created);
}

async function addPetunjuk<K extends string>(wb: ExcelJS.Workbook, spec: FormSpec<K>): Promise<void> {
  const ws = wb.addWorksheet(SHEET_PETUNJUK, {
    pageSetup: { paperSize: PAPER_F4, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: contohHeader(spec),
  });
  ws.columns = [{ width: 4 }, { width: 110 }];
  let r = 1;
  const put = (text: string, font: Partial<ExcelJS.Font>, indent = false, fill?: ExcelJS.Fill) => {
    const row = ws.getRow(r++);
    const cell = row.getCell(indent ? 2 : 1);
    cell.value = text;
    cell.font = { name: "Arial", size: 11, ...font };
    cell.alignment = { wrapText: true, vertical: "top" };
    if (fill) cell.fill = fill;
    if (!indent) ws.mergeCells(row.number, 1, row.number, 2);
    row.height = Math.max(15, Math.ceil(text.length / 105) * 15);
  };
  spec.sheet.title.forEach((line, i) => put(line, { bold: true, size: i === 0 ? 14 : 11 }));
  if (spec.contoh) put(spec.terms.text("formulir.contoh.tanda"), { bold: true, color: { argb: "FFC00000" } }, false, CONTOH_FILL);
  r++;
  for (const line of spec.petunjuk) {
    if (line.style === "judul") {
      r++;
      put(line.text, { bold: true });
    } else put(line.text, {}, line.style === "butir");
  }
  await ws.protect("", PROTECTION);
}

async function fillSheet<K extends string>(ws: ExcelJS.Worksheet, spec: FormSpec<K>): Promise<void> {
  const { columns, rows, title, reporter } = spec.sheet;
  const last = columns.length;
  ws.columns = columns.map((c) => ({ key: c.key, width: c.width }));

  title.forEach((line, i) => {
    ws.mergeCells(i + 1, 1, i + 1, last);
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    cell.font = { bold: true, size: i === 0 ? 14 : 11 };
    cell.alignment = { vertical: "middle", horizontal: "left" };
  });
  if (reporter) addReporter(ws, reporter, spec.terms);
  const markRow = ws.getRow(REPORTER_ROW + 1);
  if (spec.contoh) {
    ws.mergeCells(markRow.number, 1, markRow.number, last);
    const cell = markRow.getCell(1);
    cell.value = spec.terms.text("formulir.contoh.keterangan", { tanda: spec.terms.text("formulir.contoh.tanda") });
    cell.font = { bold: true, color: { argb: "FFC00000" } };
    cell.fill = CONTOH_FILL;
  }

  const header = ws.getRow(HEADER_ROW);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  });
  header.height = 32;

  rows.forEach((values, ri) => {
    const row = ws.getRow(HEADER_ROW + 1 + ri);
    let lines = 1;
    columns.forEach((c, ci) => {
      const cell = row.getCell(ci + 1);
      const value = values[c.key];
      if (value !== undefined) cell.value = value;
      cell.border = THIN;
      cell.alignment = { wrapText: true, vertical: "top" };
      if (typeof value === "string") lines = Math.max(lines, estimateLines(value, c.width));
      if (!c.input) {
        cell.fill = LOCKED_FILL;
        return;
      }
      cell.protection = { locked: false };
      cell.fill = INPUT_FILL;
      const format = NUMBER_FORMATS[c.input];
      if (format) cell.numFmt = format;
    });
    // Rows grow with their longest wrapped text.
    row.height = rowHeight(lines);
  });
  columns.forEach((c, ci) => {
    if (!c.input) return;
    const kind = c.input;
    const dates = spec.sheet.dates?.[c.key];
    const rule = (ri: number, address: string) => validationFor(spec.terms, kind, address, spec.sheet.choices?.(ri), dates);
    addValidationRuns(ws, columnLetter(ci), HEADER_ROW + 1, rows.length, rule);
  });

  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + Math.max(rows.length, 1), column: last } };
  await ws.protect("", PROTECTION);
}

function addReporter(ws: ExcelJS.Worksheet, reporter: NonNullable<FormSheet<string>["reporter"]>, terms: Terms): void {
  const fields: [string, string, string, CellContent][] = [
    ["A", terms.text("formulir.pelapor.nama"), REPORTER_CELLS.nama, reporter.nama],
    ["F", terms.text("formulir.pelapor.jabatan"), REPORTER_CELLS.jabatan, reporter.jabatan],
    ["J", terms.text("formulir.pelapor.tanggal"), REPORTER_CELLS.tanggal, reporter.tanggal ? isoToDate(reporter.tanggal) : undefined],
  ];
  ws.mergeCells(`A${REPORTER_ROW}:B${REPORTER_ROW}`);
  ws.mergeCells(`C${REPORTER_ROW}:E${REPORTER_ROW}`);
  ws.mergeCells(`G${REPORTER_ROW}:I${REPORTER_ROW}`);
  ws.mergeCells(`K${REPORTER_ROW}:L${REPORTER_ROW}`);
  for (const [labelAt, label, inputAt, value] of fields) {
    const l = ws.getCell(`${labelAt}${REPORTER_ROW}`);
    l.value = label;
    l.font = { bold: true };
    l.alignment = { horizontal: "right", vertical: "middle" };
    const cell = ws.getCell(inputAt);
    if (value !== undefined) cell.value = value;
    cell.protection = { locked: false };
    cell.fill = INPUT_FILL;
    cell.border = THIN;
  }
  const date = ws.getCell(REPORTER_CELLS.tanggal);
  date.numFmt = "dd/mm/yyyy";
  addValidation(ws, date.address, validationFor(terms, "tanggal", date.address, undefined, reporter.tanggalRule)!);
  ws.getRow(REPORTER_ROW).height = 20;
}

/**
 * Gives each run of rows that share a rule one range, so that every cell carries exactly one rule.
 * exceljs would squeeze per-cell rules into ranges itself, but it walks the cells in text order
 * (G10 before G8) and starts a new range inside one it already made: rows 8-13 came out as G10:G13
 * and G8:G13, two rules on G10. Ranges handed over whole are written as they are. A rule that
 * names its cell (the custom formula of an indicator value) names the run's first cell, and Excel
 * and LibreOffice shift it down the run as they do with any relative reference.
 */
function addValidationRuns(ws: ExcelJS.Worksheet, letter: string, firstRow: number, count: number, ruleAt: (index: number, address: string) => ExcelJS.DataValidation | undefined): void {
  const shapeOf = (i: number) => JSON.stringify(ruleAt(i, "§") ?? null);
  let start = 0;
  for (let i = 1; i <= count; i++) {
    if (i < count && shapeOf(i) === shapeOf(start)) continue;
    const top = `${letter}${firstRow + start}`;
    const rule = ruleAt(start, top);
    if (rule) addValidation(ws, i - 1 === start ? top : `${top}:${letter}${firstRow + i - 1}`, rule);
    start = i;
  }
}

/** exceljs keeps a sheet's rules by address or range, but its typings do not show the list. */
function addValidation(ws: ExcelJS.Worksheet, range: string, rule: ExcelJS.DataValidation): void {
  (ws as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations.add(range, rule);
}

function validationFor(t: Terms, kind: InputKind, address: string, choices: readonly string[] | "bebas" | undefined, dates?: DateRule): ExcelJS.DataValidation | undefined {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: "stop", errorTitle: t.text("formulir.validasi.judul") } as const;
  switch (kind) {
    case "status":
      return { ...common, type: "list", formulae: [`"${STATUS_AKSI.join(",")}"`], error: t.text("formulir.validasi.pilih", { pilihan: STATUS_AKSI.join(", ") }) };
    case "persen":
      return { ...common, type: "decimal", operator: "between", formulae: [0, 100], error: t.text("formulir.validasi.persen") };
    case "tanggal":
      // Every date cell of our forms has its rule; a column without one only asks for a date.
      return dates ? dateValidation(t, dates) : { ...common, type: "date", operator: "greaterThan", formulae: [new Date(Date.UTC(2000, 0, 1))], error: t.text("formulir.validasi.tanggal") };
    case "rupiah":
      return { ...common, type: "whole", operator: "greaterThanOrEqual", formulae: [0], error: t.text("formulir.validasi.rupiah") };
    case "nilai":
      if (choices === "bebas") return undefined;
      if (choices) return { ...common, type: "list", formulae: [`"${[...choices, "n.a"].join(",")}"`], error: t.text("formulir.validasi.pilih", { pilihan: [...choices, "n.a"].join(", ") }) };
      return { ...common, type: "custom", formulae: [`OR(ISNUMBER(${address}),${address}="n.a")`], error: t.text("formulir.validasi.nilai") };
    case "text":
      return undefined;
  }
}

function dateValidation(t: Terms, rule: DateRule): ExcelJS.DataValidation {
  const { label, from, to, lateAccepted } = rule;
  const contoh = dmy(rule.example ?? to ?? from);
  const errorTitle = t.text("formulir.validasi.judul");
  const base = { allowBlank: true, showErrorMessage: true, type: "date" } as const;
  if (to === undefined) {
    return { ...base, errorStyle: "stop", errorTitle, operator: "greaterThanOrEqual", formulae: [isoToDate(from)], error: t.text("formulir.validasi.tanggal_sejak", { label, dari: dmy(from), contoh }) };
  }
  const range = t.text("formulir.validasi.tanggal_antara", { label, dari: dmy(from), sampai: dmy(to), contoh });
  return lateAccepted
    ? { ...base, errorStyle: "warning", errorTitle: t.text("formulir.validasi.judul_peringatan"), operator: "between", formulae: [isoToDate(from), isoToDate(to)], error: t.text("formulir.validasi.tanggal_terlambat", { rentang: range, dari: dmy(from), sampai: dmy(to) }) }
    : { ...base, errorStyle: "stop", errorTitle, operator: "between", formulae: [isoToDate(from), isoToDate(to)], error: range };
}

/** "2022-06-30" → "30/06/2022", as the date cells show it. */
function dmy(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

function firstInputAddress(columns: readonly Column[]): string {
  const i = columns.findIndex((c) => c.input);
  return `${columnLetter(Math.max(i, 0))}${HEADER_ROW + 1}`;
}

function contohHeader(spec: { contoh: boolean; terms: Terms }): Partial<ExcelJS.HeaderFooter> {
  return spec.contoh ? { oddHeader: `&C&"-,Bold"${escapeFooter(spec.terms.text("formulir.contoh.tanda"))}` } : {};
}

function escapeFooter(text: string): string {
  return text.replace(/&/g, "&&");
}

export function isoToDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
