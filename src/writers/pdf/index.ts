import pdfmake from "pdfmake";
import type { Document, Section } from "../../model/document.js";
import { pageLabels, sectionAnchor, withPageLabels, type PageLabel, type Pagination } from "../../model/pagination.js";
import { forEachBlock } from "../../model/walk.js";
import { blockNodes } from "./blocks.js";
import { BODY_FONT, FONTS_DIR, PDF_FONTS } from "./fonts.js";
import { endAnchor, keepWithNextBreaks } from "./keep-with-next.js";
import { anchorLine, type LayoutContext, type PdfNode, type ProseRegistry } from "./node.js";
import { keepRowsWhole } from "./row-breaks.js";
import { installJustification } from "./justify.js";
import { skipBreaksOnEmptyPages } from "./blank-pages.js";
import { drawAsShape, drawWatermarksAsShapes } from "./watermark.js";
import { writeArchivalXmp } from "./pdfa.js";
import { withMeasureCache } from "./measure-cache.js";
import { rowAnchor, rowCellAnchor } from "./table.js";
import { widowOrphanBreaks, type ParagraphStart } from "./widows.js";
import { pt } from "./units.js";
import { collectGarbage } from "../../util/gc.js";

export interface PdfResult {
  bytes: Uint8Array;
  /** The document with its table-of-contents page numbers filled in from this layout. */
  document: Document;
  pagination: Pagination;
  passes: number;
  /** What the last pass was given: passed back as `seed`, the same document is laid out in one pass. */
  seed: LayoutSeed;
}

/**
 * What one layout pass is given besides the document: the pagination of the pass before it, the
 * headings and paragraphs that must start a page, and where table rows stood. The final pass's
 * seed reproduces the final pass exactly, so a run seeded with it gives the same bytes in one pass.
 */
export interface LayoutSeed {
  hint: Pagination;
  sticky: string[];
  rowTops: [string, { down: number; height: number }][];
}

export interface PdfOptions {
  /** false: lay out for the pagination only, render no PDF (for a DOCX alone). */
  bytes?: boolean;
  seed?: LayoutSeed;
}

/**
 * Moving one heading to the next page can leave the next caption at a page's foot, and so on down
 * the document: each such step costs a pass. The Probolinggo Lampiran needed five passes once
 * (h27 → tab60 → fig63 → tab66). The passes that move things only measure, so a few more are cheap.
 */
const MAX_PASSES = 8;

/**
 * Lays the document out until it is stable: the table of contents needs the pages headings land
 * on, and merged table cells need the rows that open a page. Both are read from one pass and used
 * in the next; neither changes a row's height, so usually the second pass is already the last.
 * A heading or caption left at the foot of a page moves to the next page, and costs one more pass.
 *
 * With a `seed` from an earlier run of the same document, one pass is tried first; it is kept only
 * if it passes the same stability check, and otherwise the layout starts again from nothing, so
 * the bytes never depend on the seed.
 */
export function writePdf(doc: Document, options: PdfOptions = {}): Promise<PdfResult> {
  if (doc.watermark && doc.meta.watermarkAsShape) drawAsShape(doc.watermark);
  // Every pass measures the same texts: each is measured once (measure-cache.ts).
  return withMeasureCache(() => layOut(doc, options));
}

async function layOut(doc: Document, options: PdfOptions): Promise<PdfResult> {
  // For a DOCX alone only the pagination is wanted: every pass then measures and none renders.
  const wantBytes = options.bytes !== false;
  if (options.seed) {
    const seeded = await seededPass(doc, options.seed, wantBytes);
    if (seeded) return seeded;
    collectGarbage();
  }
  let current = doc;
  let previous: Pagination | undefined;
  let previousStarts: Map<string, ParagraphStart> | undefined;
  let previousRowTops: Map<string, { down: number; height: number }> | undefined;
  const sticky = new Set<string>();
  const prose = proseRegistry();
  for (let pass = 1; ; pass++) {
    const before = sticky.size;
    if (previous) keepWithNextBreaks(current, previous).forEach((id) => sticky.add(id));
    if (previous && previousStarts) widowOrphanBreaks(prose, previousStarts, lastPages(previous)).forEach((id) => sticky.add(id));
    // The first pass only measures. A pass that must move a heading or a paragraph will shift
    // what follows and is seldom the last, so it only measures too; the others render, in the
    // hope that they are the last.
    const render = wantBytes && pass > 1 && (sticky.size === before || pass >= MAX_PASSES);
    const seed: LayoutSeed = { hint: previous ?? emptyPagination(), sticky: [...sticky].sort(), rowTops: [...(previousRowTops ?? [])] };
    const { bytes, pagination, starts, rowTops } = await renderOnce(current, previous, sticky, render, prose, previousRowTops);
    previousStarts = starts;
    previousRowTops = rowTops;
    const next = withPageLabels(doc, pagination);
    const stable = previous !== undefined && samePagination(previous, pagination) && sameToc(current, next);
    if ((stable || pass >= MAX_PASSES) && (bytes || !wantBytes)) return { bytes: bytes ?? new Uint8Array(), document: current, pagination, passes: pass, seed };
    previous = pagination;
    current = next;
    // Each pass builds the whole layout again; the last one's garbage goes before the next starts.
    collectGarbage();
  }
}

/** One pass on the seed's hints; undefined unless it lands everything where the seed said. */
async function seededPass(doc: Document, seed: LayoutSeed, wantBytes: boolean): Promise<PdfResult | undefined> {
  const current = withPageLabels(doc, seed.hint);
  const { bytes, pagination } = await renderOnce(current, seed.hint, new Set(seed.sticky), wantBytes, proseRegistry(), new Map(seed.rowTops));
  const stable = samePagination(seed.hint, pagination) && sameToc(current, withPageLabels(doc, pagination));
  return stable ? { bytes: bytes ?? new Uint8Array(), document: current, pagination, passes: 1, seed } : undefined;
}

function emptyPagination(): Pagination {
  return { pageCount: 0, anchors: new Map(), tableRowPages: new Map() };
}

async function renderOnce(
  doc: Document,
  hint: Pagination | undefined,
  breakBefore: ReadonlySet<string>,
  render: boolean,
  prose: ProseRegistry,
  previousRowTops: ReadonlyMap<string, { down: number; height: number }> | undefined,
): Promise<{ bytes?: Uint8Array; pagination: Pagination; starts: Map<string, ParagraphStart>; rowTops: Map<string, { down: number; height: number }> }> {
  const anchors = new Map<string, number>();
  const starts = new Map<string, ParagraphStart>();
  const rowTops = new Map<string, { down: number; height: number }>();
  let pageCount = 0;
  const labels: PageLabel[] = hint ? pageLabels(doc, hint) : [];
  const rowPages = hint?.tableRowPages ?? new Map<string, number[]>();
  const images = new Set<string>();
  forEachBlock(doc, (b) => b.type === "image" && images.add(b.src));

  const outline = outlineOf(doc);
  const names = new Set((doc.meta.names ?? []).flatMap((n) => n.toLowerCase().split(/\s+/)).filter(Boolean));
  const content = doc.sections.map((section) => sectionNode(section, { rowPages, breakBefore, outline, prose, rowTops: previousRowTops, names }, labels));
  const created = new Date(`${doc.meta.created}T00:00:00Z`);
  const definition = {
    info: { title: doc.meta.title, author: doc.meta.author, subject: doc.meta.subject ?? "", creator: "rbdoc", producer: "rbdoc", creationDate: created, modDate: created },
    // The catalogue's /Lang, for screen readers and for PDF/A.
    language: doc.meta.language,
    // PDF/A-2b (ISO 19005-2, level B), built on PDF 1.7: pdfkit adds the pdfaid XMP and an sRGB
    // OutputIntent with its own ICC profile; pdfa.ts writes the rest of the XMP. Fonts are embedded
    // (always, as subsets), and nothing is encrypted.
    ...(doc.meta.archival ? { version: "1.7", subset: "PDF/A-2b", displayTitle: true } : {}),
    pageSize: { width: pt(doc.sections[0].page.width), height: pt(doc.sections[0].page.height) },
    defaultStyle: { font: BODY_FONT, fontSize: 12, lineHeight: 1.05 },
    content,
    ...(doc.watermark ? { watermark: { text: doc.watermark, color: "#9a9a9a", opacity: 0.18, bold: true, font: BODY_FONT } } : {}),
    // Read-only use of pdfmake's per-node callback: it is the one place that reports where nodes
    // landed. Positions inside pdfmake's unbreakable blocks are not page-true, so nothing anchored
    // is ever placed inside one.
    // A measuring pass needs only where things land, which pdfmake reports during layout. It
    // renders the pages it keeps after layout, and reads 0 as "no limit" (FINDINGS.md): keeping
    // one page makes the measuring pass skip rendering the rest.
    ...(render ? {} : { maxPagesNumber: 1, compress: false }),
    pageBreakBefore: (node: { id?: string; pageNumbers?: number[]; pages?: number; startPosition?: { pageNumber: number; verticalRatio: number; pageInnerHeight: number } }) => {
      pageCount = Math.max(pageCount, node.pages ?? 0);
      if (node.id && node.pageNumbers && node.pageNumbers.length > 0) {
        anchors.set(node.id, Math.min(...node.pageNumbers));
        anchors.set(endAnchor(node.id), Math.max(...node.pageNumbers));
        const at = node.startPosition;
        if (at && prose.lines.has(node.id)) starts.set(node.id, { page: at.pageNumber, down: at.verticalRatio, height: at.pageInnerHeight });
        if (at && node.id.startsWith("row:") && !node.id.endsWith(":cell")) rowTops.set(node.id, { down: at.verticalRatio, height: at.pageInnerHeight });
      }
      return false;
    },
  };

  keepRowsWhole();
  installJustification();
  skipBreaksOnEmptyPages();
  drawWatermarksAsShapes();
  writeArchivalXmp();
  pdfmake.setFonts(PDF_FONTS);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path: string) => path.startsWith(FONTS_DIR) || images.has(path));
  const pdf = pdfmake.createPdf(definition as unknown as Parameters<typeof pdfmake.createPdf>[0]);
  const buffer: Buffer = await pdf.getBuffer();
  const pagination = { pageCount, anchors, tableRowPages: tableRowPages(doc, anchors) };
  return { bytes: render ? new Uint8Array(buffer) : undefined, pagination, starts, rowTops };
}

/**
 * The bookmarks: each part the document names (the regulation, the Lampiran), and under it every
 * heading the table of contents lists, nested under the heading above its level.
 */
function outlineOf(doc: Document): Map<string, { text: string; parent?: string }> {
  const outline = new Map<string, { text: string; parent?: string }>();
  const open: string[] = [];
  let part: string | undefined;
  for (const section of doc.sections) {
    if (section.bookmark) {
      part = sectionAnchor(section);
      outline.set(part, { text: section.bookmark });
      open.length = 0;
    }
    forEachBlock({ ...doc, sections: [section] }, (b) => {
      if (b.type !== "heading" || !b.tocText) return;
      open.length = b.level - 1;
      outline.set(b.id, { text: b.tocText, parent: [...open].reverse().find(Boolean) ?? part });
      open[b.level - 1] = b.id;
    });
  }
  return outline;
}

/** Ids for prose paragraphs, by block, the same in every pass of one document. */
function proseRegistry(): ProseRegistry {
  const ids = new WeakMap<object, string>();
  let n = 0;
  return {
    idOf: (block) => {
      let id = ids.get(block);
      if (!id) ids.set(block, (id = `para:${++n}`));
      return id;
    },
    lines: new Map(),
  };
}

/** The last page each anchored node touched. */
function lastPages(pagination: Pagination): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, page] of pagination.anchors) if (id.startsWith("end:")) out.set(id.slice(4), page);
  return out;
}

function sectionNode(section: Section, hints: Pick<LayoutContext, "rowPages" | "breakBefore" | "outline" | "prose" | "rowTops" | "names">, labels: PageLabel[]): PdfNode {
  const { page } = section;
  const landscape = page.orientation === "landscape";
  const width = pt(landscape ? page.height : page.width);
  const height = pt(landscape ? page.width : page.height);
  const m = page.margins;
  const textWidth = width - pt(m.left) - pt(m.right);
  const pageHeight = height - pt(m.top) - pt(m.bottom);
  const ctx: LayoutContext = { textWidth, pageHeight, fontSize: section.fontSize, ...hints };
  const numberNode = (currentPage: number): PdfNode | null => {
    const label = labels[currentPage - 1];
    if (!label || !label.visible) return null;
    const top = section.numbering.position === "header";
    return {
      text: label.text,
      alignment: section.numbering.align,
      fontSize: section.fontSize - 1,
      margin: [pt(m.left), top ? pt(Math.max(6, m.top / 2 - 2)) : pt(Math.max(4, m.bottom / 2 - 3)), pt(m.right), 0],
    };
  };
  const mark = hints.outline.get(sectionAnchor(section));
  const anchor = anchorLine(sectionAnchor(section), { margin: [0, 0, 0, 0], ...(mark ? { outline: true, outlineText: mark.text } : {}) });
  return {
    section: [anchor, ...blockNodes(section.blocks, ctx)],
    pageSize: { width, height },
    pageOrientation: landscape ? "landscape" : "portrait",
    pageMargins: [pt(m.left), pt(m.top), pt(m.right), pt(m.bottom)],
    header: section.numbering.position === "header" ? numberNode : null,
    footer: section.numbering.position === "footer" ? numberNode : null,
  };
}

function tableRowPages(doc: Document, anchors: Map<string, number>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  forEachBlock(doc, (b) => {
    if (b.type !== "table") return;
    const pages = b.rows.map((_, r) => anchors.get(rowAnchor(b.id, r)) ?? 0);
    const ends = b.rows.map((_, r) => anchors.get(endAnchor(rowCellAnchor(b.id, r))) ?? 0);
    out.set(`${b.id}:end`, ends);
    if (pages.some((p) => p > 0)) out.set(b.id, pages);
  });
  return out;
}

function samePagination(a: Pagination, b: Pagination): boolean {
  if (a.pageCount !== b.pageCount) return false;
  for (const [id, page] of b.anchors) if (a.anchors.get(id) !== page) return false;
  for (const [id, pages] of b.tableRowPages) {
    const before = a.tableRowPages.get(id);
    if (!before || before.some((p, i) => p !== pages[i])) return false;
  }
  return true;
}

function sameToc(a: Document, b: Document): boolean {
  const labels = (d: Document) =>
    d.sections.flatMap((s) => s.blocks.flatMap((bl) => (bl.type === "toc" ? bl.entries.map((e) => e.pageLabel ?? "") : []))).join("|");
  return labels(a) === labels(b);
}
