import type ExcelJS from "exceljs";
import { createWorkbook, packWorkbook } from "./workbook.js";
import type { DataTable } from "../../model/data-table.js";

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
    });
    ws.columns = t.columns.map((c) => ({ width: c.width }));
    ws.getCell(1, 1).value = t.title;
    ws.getCell(1, 1).font = { bold: true, size: 12 };
    if (meta.contoh) {
      ws.getCell(2, 1).value = "CONTOH – DATA ILUSTRASI: angka bukan hasil nyata";
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
      values.forEach((v, i) => {
        if (v === null) return;
        const cell = row.getCell(i + 1);
        cell.value = v;
        const format = t.columns[i]?.format;
        if (typeof v === "number" && format) cell.numFmt = format === "rupiah" ? "#,##0" : "0.00";
      });
    });
    ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + Math.max(t.rows.length, 1), column: t.columns.length } };
  }
  return packWorkbook(wb, meta.created);
}
