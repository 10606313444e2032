import ExcelJS from "exceljs";
import { reproducibleZip, stampCoreProperties } from "../../output/zip.js";

/** A workbook stamped with the document's own date, so the same input gives the same bytes. */
export function createWorkbook(created: string, title: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const stamp = new Date(`${created}T00:00:00Z`);
  wb.creator = "rbdoc";
  wb.lastModifiedBy = "rbdoc";
  wb.created = stamp;
  wb.modified = stamp;
  wb.title = title;
  return wb;
}

/** The XLSX bytes, repacked with fixed entry times (exceljs stamps "now" on every zip entry). */
export async function packWorkbook(wb: ExcelJS.Workbook, created: string): Promise<Uint8Array> {
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return reproducibleZip(bytes, created, (entries) => stampCoreProperties(entries, created));
}
