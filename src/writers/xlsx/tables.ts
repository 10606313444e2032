import type ExcelJS from "exceljs";
import { ANY_FACE_CHARS_PER_UNIT, estimateLines, rowHeight, widthFor } from "./text-fit.js";
import { createWorkbook, packWorkbook } from "./workbook.js";
import type { DataTable } from "../../model/data-table.js";

const CONTOH_NOTE = "CONTOH – DATA ILUSTRASI: angka bukan hasil nyata";
/** Text columns widen to their longest entry up to this many characters, and wrap beyond it. */
const MAX_TEXT_WIDTH = 60;

/**
 * Figures as a workbook for analysts who chart them themselves: one sheet per table, numbers as
 * numeric cells, an empty cell where a value is missing (never 0), headers frozen and filtered.
 */
export async function writeTablesWorkbook(tables: readonly DataTable[], meta: { title: string; created: string; contoh: boolean }): Promise<Uint8Array> {
  const wb = createWorkbook(meta.created, meta.title);
  for (const t of tables) {
    const ws = wb.addWorksheet(t.sheet.slice(0, 31), {
      views: [{ state: "frozen", ySplit: 3 }],
      // Printed, each sheet fits the width of a landscape F4 page (Excel's paper size 14) and repeats its header row.
      pageSetup: { paperSize: 14 as ExcelJS.PaperSize, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "3:3" },
      // Illustrative figures say so on every printed page, not only above the table on the first.
      ...(meta.contoh ? { headerFooter: { oddHeader: `&C&"-,Bold"${escapeHeaderFooter(CONTOH_NOTE)}` } } : {}),
    });
    // Text columns (ids, names) widen to their longest entry, within MAX_TEXT_WIDTH; beyond it they
    // wrap into taller rows. Both are measured for any face: a little room to spare costs nothing here.
    const widths = t.columns.map((c, i) => (c.format ? c.width : widthFor(texts(t, i), c.width, MAX_TEXT_WIDTH, ANY_FACE_CHARS_PER_UNIT)));
    ws.columns = widths.map((width) => ({ width }));
    ws.getCell(1, 1).value = t.title;
    ws.getCell(1, 1).font = { bold: true, size: 12 };
    if (meta.contoh) {
      ws.getCell(2, 1).value = CONTOH_NOTE;
      ws.getCell(2, 1).font = { bold: true, color: { argb: "FFC00000" } };
    }
    const header = ws.getRow(3);
    t.columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = c.header;
      cell.font = { bold: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E2F3" } };
      cell.alignment = { wrapText: true, vertical: "middle" };
    });
    t.rows.forEach((values, r) => {
      const row = ws.getRow(4 + r);
      let lines = 1;
      values.forEach((v, i) => {
        if (v === null) return;
        const cell = row.getCell(i + 1);
        cell.value = v;
        const format = t.columns[i]?.format;
        if (typeof v === "number" && format) cell.numFmt = format === "rupiah" ? "#,##0" : "0.00";
        cell.alignment = typeof v === "string" ? { wrapText: true, vertical: "top" } : { vertical: "top" };
        if (typeof v === "string") lines = Math.max(lines, estimateLines(v, widths[i], ANY_FACE_CHARS_PER_UNIT));
      });
      if (lines > 1) row.height = rowHeight(lines);
    });
    ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + Math.max(t.rows.length, 1), column: t.columns.length } };
  }
  return packWorkbook(wb, meta.created);
}

function escapeHeaderFooter(text: string): string {
  return text.replace(/&/g, "&&");
}

function* texts(t: DataTable, column: number): Generator<string> {
  for (const row of t.rows) {
    const v = row[column];
    if (typeof v === "string") yield v;
  }
}
