import type { Document } from "../model/document.js";
import type { LayoutCache } from "../output/layout-cache.js";
import { finishDocx, writeDocx } from "../writers/docx/index.js";
import { writePdf } from "../writers/pdf/index.js";
import { collectGarbage } from "../util/gc.js";
import { DocxBeside } from "./docx-beside.js";
import { forEachBlock } from "../model/walk.js";
import { withPageLabels } from "../model/pagination.js";

export type Format = "pdf" | "docx";

/**
 * A DOCX drafted beside the PDF holds both writers' working memory at once: tens of MB more for
 * the Perwali (367 table rows), but about 0.45 GB more at ten times its rencana aksi (FINDINGS.md).
 * A document with more table rows than this has its DOCX written after the PDF, as on one core.
 */
const BESIDE_MAX_ROWS = 600;

function tableRows(doc: Document): number {
  let rows = 0;
  forEachBlock(doc, (b) => b.type === "table" && (rows += b.rows.length));
  return rows;
}

/**
 * One document model in the formats asked for. The DOCX pre-fills its table of contents with the
 * page numbers of the PDF layout, so for a DOCX alone the layout still runs, measuring only and
 * rendering no PDF. With a cache, the layout starts from where the same document last settled
 * (see LayoutCache): the same bytes from one pass instead of several; and a DOCX alone takes its
 * page numbers from there with no layout at all, since a seed is only ever kept from a layout
 * that settled.
 */
export async function renderFormats(
  model: Document,
  formats: readonly Format[],
  options: { cache?: LayoutCache } = {},
): Promise<{ files: { ext: Format; bytes: Uint8Array }[]; pageCount: number }> {
  const key = options.cache?.key(model);
  const seed = key ? options.cache?.read(key) : undefined;
  if (seed && !formats.includes("pdf")) {
    return { files: [{ ext: "docx", bytes: await writeDocx(withPageLabels(model, seed.hint)) }], pageCount: seed.hint.pageCount };
  }
  // With both formats, the DOCX is drafted on a second core from the model while the PDF is laid
  // out, and finished with the page labels the layout settles on. A DOCX alone is drafted after
  // its measuring passes: beside them it only added a writer's memory for no time on two cores.
  const beside = formats.includes("docx") && formats.includes("pdf") && DocxBeside.available() && tableRows(model) <= BESIDE_MAX_ROWS ? new DocxBeside(model) : undefined;
  try {
    const pdf = await writePdf(model, { bytes: formats.includes("pdf"), seed });
    if (key && pdf.seed !== seed) options.cache?.write(key, pdf.seed);
    const files: { ext: Format; bytes: Uint8Array }[] = [];
    if (formats.includes("pdf")) files.push({ ext: "pdf", bytes: pdf.bytes });
    if (formats.includes("docx")) {
      // Without a worker, the layout's garbage goes before the DOCX grows the heap.
      const docx = beside ? finishDocx(await beside.draft(), pdf.document) : (collectGarbage(), await writeDocx(pdf.document));
      files.push({ ext: "docx", bytes: docx });
    }
    return { files, pageCount: pdf.pagination.pageCount };
  } finally {
    beside?.stop();
  }
}
