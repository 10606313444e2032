import type { Document } from "../model/document.js";
import { writeDocx } from "../writers/docx/index.js";
import { writePdf } from "../writers/pdf/index.js";
import { collectGarbage } from "../util/gc.js";

export type Format = "pdf" | "docx";

/**
 * One document model in the formats asked for. The PDF layout runs even for DOCX alone, since it
 * supplies the page numbers of the table of contents that the DOCX pre-fills; for DOCX alone it
 * only measures and renders no PDF.
 */
export async function renderFormats(model: Document, formats: readonly Format[]): Promise<{ files: { ext: Format; bytes: Uint8Array }[]; pageCount: number }> {
  const pdf = await writePdf(model, { bytes: formats.includes("pdf") });
  const files: { ext: Format; bytes: Uint8Array }[] = [];
  if (formats.includes("pdf")) files.push({ ext: "pdf", bytes: pdf.bytes });
  if (formats.includes("docx")) {
    collectGarbage();
    files.push({ ext: "docx", bytes: await writeDocx(pdf.document) });
  }
  return { files, pageCount: pdf.pagination.pageCount };
}
