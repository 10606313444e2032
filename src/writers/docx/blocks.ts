import { createRequire } from "node:module";
import {
  LineRuleType,
  AlignmentType,
  Bookmark,
  ImageRun,
  InternalHyperlink,
  LeaderType,
  PageBreak,
  Paragraph,
  Table as DocxTable,
  TableCell as DocxCell,
  TableOfContents,
  TableRow as DocxRow,
  TabStopType,
  LevelFormat,
  LevelSuffix,
  TextRun,
  VerticalAlignTable,
  WidthType,
  BorderStyle,
  HeadingLevel,
  type IParagraphOptions,
  type ParagraphChild,
} from "docx";
import { readFileSync } from "node:fs";
import { pageMark } from "./package.js";
import { type Align, type Block, type MarkerStyle, type Chart, type Inline, type List, type ParagraphStyle, type SignatureBlock, type Table, type TableCell, type TableOfContents as TocBlock } from "../../model/document.js";
import { drawingOf } from "../../model/charts.js";
import { cutLine, estimatedHeight, fitToLines, isShortTable, lineCount, lineHeights, pt, wrapInlines } from "../../typography/measure.js";
import { hyphenateLongWords } from "../../typography/hyphenate.js";
import { fittedColumnWidths, layoutGrid, ownBlocks, spreadList } from "../../model/table-grid.js";
import { blocksText } from "../../model/text.js";
import type { ParagraphProps, StyleRegistry } from "./styles.js";
import { DOCX_FONT, halfPoints, mm, twip } from "./units.js";
import { DEFAULT_LINE_HEIGHT } from "../../assets.js";

export type DocxBlock = Paragraph | DocxTable | TableOfContents;

/** The PDF's table of contents is a table without borders: 2 pt above and below each entry. */
export const TOC_ROW_PADDING = 2;

/** Where a word too wide for its column may break: Word and LibreOffice print a hyphen there only at a line's end. */
const SOFT_HYPHEN = "\u00ad";

const require = createRequire(import.meta.url);

export interface DocxContext {
  /** Text width in mm. */
  textWidth: number;
  fontSize: number;
  /** Height of the page's text area in mm: a short table is kept whole (isShortTable). */
  pageHeight: number;
  /** Hands out one Word list instance per model list, counted per document so output is repeatable. */
  lists: { next(): number };
  /** The document's named paragraph styles. */
  styles: StyleRegistry;
  /** The kind of the paragraphs here, when they name none: "Teks Tabel" in a table cell. */
  role?: string;
  /** The run of blocks being written: a section's body or a table cell's (see Flow). */
  flow: Flow;
}

/**
 * Spacing between paragraphs, in mm. pdfmake adds a paragraph's space after to the next one's
 * space before, and a list's margin to its last paragraph's; Word and LibreOffice take the larger
 * of a paragraph's space after and the next one's space before (ISO 29500 §17.3.1.33). So a
 * paragraph's space after also holds the space the PDF puts above what follows it (`next`), which
 * keeps its own space before: the larger of the two is then the PDF's sum, and a heading keeps the
 * spacing its style says. What follows a table or a picture, which have no space after, opens
 * with the space they leave (`below`).
 */
export interface Flow {
  below: number;
  next: number;
}

/** A fresh run of blocks: a section's body or a table cell's content. */
export function newFlow(): Flow {
  return { below: 0, next: 0 };
}

/** The space the PDF puts above a block's first line, in mm (see Flow). */
function opening(block: Block | undefined): number {
  switch (block?.type) {
    case "paragraph":
    case "caption":
      return block.style.spaceBefore;
    case "heading":
      return block.pageBreakBefore ? 0 : block.style.spaceBefore;
    case "list":
      return opening(block.items[0]?.blocks[0]);
    case "keep":
      return opening(block.blocks[0]);
    case "signature":
      return SIGNATURE_ABOVE + (block.lines[0]?.style.spaceBefore ?? 0);
    case "image":
    case "chart":
      return mm(PICTURE_MARGIN.above);
    case "toc":
      return mm(TOC_ROW_PADDING);
    default:
      return 0;
  }
}

/** The PDF's margins around a picture, in points, and around a signature block, in mm. */
const PICTURE_MARGIN = { above: 2, below: 4 };
const SIGNATURE_ABOVE = 4;
const SIGNATURE_BELOW = 2;

/** A fresh list counter for one document. */
export function listCounter(): DocxContext["lists"] {
  let n = 0;
  return { next: () => ++n };
}

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};
const HEADING = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
export const CAPTION_STYLE = { table: "KeteranganTabel", figure: "KeteranganGambar" } as const;
/** Word's TOC field finds captions by style name, not id. */
export const CAPTION_STYLE_NAME = { table: "Keterangan Tabel", figure: "Keterangan Gambar" } as const;
/**
 * A caption repeated over a later part of its figure: a style of its own, based on the caption's,
 * so the Daftar Gambar Word makes when it updates its field names the figure once.
 */
export const CONTINUED_CAPTION_STYLE = { table: "KeteranganTabelLanjutan", figure: "KeteranganGambarLanjutan" } as const;
export const CONTINUED_CAPTION_STYLE_NAME = { table: "Keterangan Tabel Lanjutan", figure: "Keterangan Gambar Lanjutan" } as const;

export function blocksToDocx(blocks: readonly Block[], ctx: DocxContext): DocxBlock[] {
  const after = ctx.flow.next;
  const out = blocks.flatMap((b, i) => {
    ctx.flow.next = i + 1 < blocks.length ? opening(blocks[i + 1]) : after;
    return blockToDocx(b, ctx);
  });
  ctx.flow.next = after;
  return out;
}

function blockToDocx(block: Block, ctx: DocxContext): DocxBlock[] {
  switch (block.type) {
    case "paragraph":
      return [paragraph(block.content, block.style, ctx)];
    case "heading":
      // Nothing from the page before carries over a page break.
      if (block.pageBreakBefore) ctx.flow.below = 0;
      return [
        new Paragraph({
          heading: HEADING[block.level - 1],
          children: [new Bookmark({ id: block.id, children: runs(block.content, block.style.fontSize ?? ctx.fontSize, { bold: true }) })],
          ...paragraphOptions(block.style, ctx, emboldened(block.content)),
          pageBreakBefore: block.pageBreakBefore,
        }),
      ];
    case "caption":
      return [
        new Paragraph({
          style: (block.continued ? CONTINUED_CAPTION_STYLE : CAPTION_STYLE)[block.kind],
          children: [
            new Bookmark({
              id: block.id,
              children: [new TextRun({ text: `${block.label} `, bold: true, size: halfPoints(ctx.fontSize) }), ...runs(block.content, ctx.fontSize, { bold: true })],
            }),
          ],
          ...paragraphOptions(block.style, ctx, emboldened([{ type: "text", text: `${block.label} ` }, ...block.content])),
        }),
      ];
    case "list":
      return listToDocx(block, ctx);
    case "table": {
      const table = tableToDocx(block, ctx);
      // The PDF closes a table, or its note, with a millimetre of space. A note's last paragraph
      // takes it; after a table itself it is left out, since only the next paragraph could hold
      // it, and that paragraph's style would then no longer say its spacing.
      ctx.flow.below = 0;
      const next = ctx.flow.next;
      ctx.flow.next = next + 1;
      const note = blocksToDocx(block.note, ctx);
      ctx.flow.next = next;
      return [table, ...note];
    }
    case "image":
      return [imageParagraph(block.src, (ctx.textWidth * block.width) / 100, block.align, pictureSpacing(ctx))];
    case "chart":
      return [chartParagraph(block, (ctx.textWidth * block.width) / 100, pictureSpacing(ctx))];
    case "signature":
      return signatureToDocx(block, ctx);
    case "toc":
      return [tocToDocx(block, ctx)];
    case "pagebreak":
      ctx.flow.below = 0;
      return [new Paragraph({ children: [new PageBreak()] })];
    case "spacer": {
      const height = block.height;
      const before = twip(ctx.flow.below);
      ctx.flow.below = 0;
      return [new Paragraph({ spacing: { before, after: twip(ctx.flow.next), line: Math.max(20, twip(height)), lineRule: "exact" }, children: [] })];
    }
    case "keep":
      return blocksToDocx(keptTogether(block.blocks), ctx);
  }
}

/**
 * Word keeps blocks together through "keep with next" on every paragraph but the group's last;
 * inside a table that means every row but the last one's paragraphs.
 */
function keptTogether(blocks: readonly Block[]): Block[] {
  return blocks.map((b, i) => keepingNext(b, i === blocks.length - 1));
}

/** A block whose paragraphs keep with the next, all but those that end it when it is `last`. */
function keepingNext(b: Block, last: boolean): Block {
  if (b.type === "paragraph") return last ? b : { ...b, style: { ...b.style, keepWithNext: true } };
  if (b.type === "table") return { ...b, rows: b.rows.map((row, r) => ({ cells: row.cells.map((c) => ({ ...c, blocks: c.blocks.map((x) => keepingNext(x, last && r === b.rows.length - 1)) })) })) };
  if (b.type === "list") return { ...b, items: b.items.map((item, i) => ({ ...item, blocks: item.blocks.map((x) => keepingNext(x, last && i === b.items.length - 1)) })) };
  if (b.type === "keep") return { ...b, blocks: keptTogether(b.blocks) };
  if (b.type === "signature") return last ? b : { ...b, lines: b.lines.map((line) => ({ ...line, style: { ...line.style, keepWithNext: true } })) };
  return b;
}

/** Text runs; without a size they take their paragraph style's. */
export function runs(content: readonly Inline[], fontSize: number | undefined, base: { bold?: boolean } = {}): ParagraphChild[] {
  const size = fontSize === undefined ? undefined : halfPoints(fontSize);
  return content.map((x) => {
    switch (x.type) {
      case "break":
        return new TextRun({ break: 1 });
      case "check":
        return new TextRun({ text: "✓", font: "Segoe UI Symbol", size });
      case "text":
        return new TextRun({
          text: x.text,
          bold: x.bold || base.bold,
          italics: x.italic,
          underline: x.underline ? {} : undefined,
          size,
        });
    }
  });
}

/**
 * A paragraph's settings, for the paragraph written next in the flow. Lines are exact, at the
 * height the PDF gives them, so Word, LibreOffice and the PDF break pages alike; "auto" spacing
 * would follow each reader's own reading of the face's metrics. pdfmake makes each line as tall
 * as the tallest cut on it (a bold line is a tenth taller), which an exact line cannot follow line
 * by line: a paragraph that mixes cuts gets the mean of its lines as the PDF wraps them, so it
 * is as tall as in the PDF. `after` overrides the style's space after (mm).
 */
function paragraphOptions(style: ParagraphStyle, ctx: DocxContext, content: readonly Inline[], options: { fontSize?: number; width?: number; after?: number } = {}) {
  const size = style.fontSize ?? options.fontSize ?? ctx.fontSize;
  const lines = lineHeights(content, pt((options.width ?? ctx.textWidth) - style.indent), size);
  const cut = lines.reduce((a, b) => a + b, 0) / lines.length;
  const after = (options.after ?? style.spaceAfter) + ctx.flow.next;
  const before = style.spaceBefore + ctx.flow.below;
  ctx.flow.below = 0;
  return {
    alignment: ALIGN[style.align],
    indent: { left: twip(style.indent), ...(style.firstLine > 0 ? { firstLine: twip(style.firstLine) } : {}) },
    spacing: {
      before: twip(before),
      after: twip(after),
      line: Math.round(20 * cut * (style.lineHeight ?? DEFAULT_LINE_HEIGHT) * size),
      lineRule: LineRuleType.EXACT,
    },
    keepNext: style.keepWithNext,
  };
}

/** Content as a heading or caption sets it: bold throughout. */
function emboldened(content: readonly Inline[]): Inline[] {
  return content.map((x) => (x.type === "text" ? { ...x, bold: true } : x));
}

const SURVEYED = new Paragraph({});

/** A paragraph in the named style of its kind, with only what differs from that style written on it. */
function styled(kind: string, options: ParagraphProps, size: number, content: readonly Inline[], ctx: DocxContext, extra: Partial<IParagraphOptions> = {}): Paragraph {
  // Indents are written whole: a paragraph that states only its left indent would inherit its
  // style's first-line or hanging indent and right indent.
  const indent = options.indent ?? {};
  const whole: ParagraphProps = { ...options, indent: { left: indent.left ?? 0, right: indent.right ?? 0, ...(indent.hanging !== undefined ? { hanging: indent.hanging } : { firstLine: indent.firstLine ?? 0 }) } };
  const named = ctx.styles.use(kind, whole, size);
  // The survey's paragraphs are thrown away: only the counts above are kept, so none is built.
  if (ctx.styles.surveying) return SURVEYED;
  // In a table cell, lines break over a page as the PDF breaks a row taller than a page: at the
  // page's foot, without Word's widow and orphan control.
  const widows = ctx.role === "Teks Tabel" ? { widowControl: false } : {};
  return new Paragraph({ style: named.style, ...(named.props as Partial<IParagraphOptions>), ...widows, ...extra, children: [...(extra.children ?? []), ...runs(content, named.size)] });
}

function paragraph(content: readonly Inline[], style: ParagraphStyle, ctx: DocxContext): Paragraph {
  // Words wider than a narrow column break at syllables, as in the PDF.
  const size = style.fontSize ?? ctx.fontSize;
  const words = style.align === "justify" ? content : hyphenateLongWords(content, pt(ctx.textWidth - style.indent), size, SOFT_HYPHEN);
  // A kind the template does not name is known by where it stands, and centred text is a kind of
  // its own ("Teks Tabel Tengah" for the years and marks, "Isi Tengah" for the kop lines).
  const kind = style.role ?? `${ctx.role ?? "Isi"}${style.align === "center" ? " Tengah" : ""}`;
  return styled(kind, paragraphOptions(style, ctx, words), size, words, ctx);
}

/** Word's number formats and level texts for the model's marker styles. */
const WORD_LIST: Record<Exclude<MarkerStyle, "none">, { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string }> = {
  angka: { format: LevelFormat.DECIMAL, text: "%1." },
  "angka-kurung": { format: LevelFormat.DECIMAL, text: "%1)" },
  ayat: { format: LevelFormat.DECIMAL, text: "(%1)" },
  huruf: { format: LevelFormat.LOWER_LETTER, text: "%1." },
  "huruf-kurung": { format: LevelFormat.LOWER_LETTER, text: "%1)" },
  romawi: { format: LevelFormat.UPPER_ROMAN, text: "%1." },
  bullet: { format: LevelFormat.BULLET, text: "•" },
  strip: { format: LevelFormat.BULLET, text: "-" },
};

/**
 * Lists are Word lists: each model list is an instance of a numbering definition for its style,
 * start, size and indents, so a clerk who inserts an item in Word sees the rest renumber. Word's
 * letters run a…z, aa, bb as the model's do. A list without markers, and an item that opens with
 * something other than a paragraph, keep the model's marker typed in.
 */
function listToDocx(list: List, ctx: DocxContext, outerIndent = 0, trailing = 0): DocxBlock[] {
  const fontSize = list.fontSize ?? ctx.fontSize;
  const left = outerIndent + twip(list.indent) + twip(list.markerWidth);
  const inner: DocxContext = { ...ctx, fontSize, textWidth: ctx.textWidth - list.indent - list.markerWidth };
  const word = list.style === "none" ? undefined : WORD_LIST[list.style];
  const numbering = word && {
    reference: {
      reference: `rbdoc-${list.style}-${list.start}-${halfPoints(fontSize)}-${left}-${twip(list.markerWidth)}`,
      levels: [
        {
          level: 0,
          format: word.format,
          text: word.text,
          start: list.start,
          alignment: AlignmentType.LEFT,
          suffix: LevelSuffix.TAB,
          style: { paragraph: { indent: { left, hanging: twip(list.markerWidth) } }, run: { font: DOCX_FONT, size: halfPoints(fontSize) } },
        },
      ],
    },
    level: 0,
    instance: ctx.lists.next(),
  };
  const out: DocxBlock[] = [];
  const after = ctx.flow.next;
  list.items.forEach((item, index) => {
    item.blocks.forEach((b, i) => {
      // The PDF ends a list with its own space below its last paragraph's, and an enclosing list's.
      const last = index === list.items.length - 1 && i === item.blocks.length - 1;
      const end = last ? list.spaceAfter + trailing : 0;
      ctx.flow.next = last ? after : opening(item.blocks[i + 1] ?? list.items[index + 1].blocks[0]);
      if (b.type === "paragraph") {
        const style = b.style;
        const content = style.align === "justify" ? b.content : hyphenateLongWords(b.content, pt(inner.textWidth), style.fontSize ?? fontSize, SOFT_HYPHEN);
        const options = paragraphOptions(style, ctx, content, { fontSize, width: inner.textWidth, after: style.spaceAfter + end });
        const numbered = i === 0 && numbering !== undefined;
        const props: ParagraphProps = {
          ...options,
          // An item's later paragraphs keep their own first-line indent, as in the PDF.
          indent: { left: left + twip(style.indent), ...(i === 0 ? { hanging: twip(list.markerWidth) } : style.firstLine > 0 ? { firstLine: twip(style.firstLine) } : {}) },
        };
        out.push(
          styled(style.role ?? list.role ?? "Butir Daftar", props, style.fontSize ?? fontSize, content, ctx, {
            ...(numbered ? { numbering } : {}),
            tabStops: [{ type: TabStopType.LEFT, position: left }],
            children: i === 0 && !numbered ? [new TextRun({ text: `${item.marker}\t`, size: halfPoints(fontSize) })] : [],
          }),
        );
      } else if (b.type === "list") {
        out.push(...listToDocx(b, inner, left, end));
        ctx.flow.next = after;
      } else {
        if (i === 0) out.push(new Paragraph({ indent: { left, hanging: twip(list.markerWidth) }, children: [new TextRun({ text: item.marker, size: halfPoints(fontSize) })] }));
        ctx.flow.next += end;
        out.push(...blockToDocx(b, inner));
      }
    });
  });
  ctx.flow.next = after;
  return out;
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
/** Table rules are half a point wide, in eighths of a point here, as in the PDF. */
const RULE = 0.5;
const LINE = { style: BorderStyle.SINGLE, size: RULE * 8, color: "000000" };

function tableToDocx(table: Table, ctx: DocxContext): DocxTable {
  const widthMm = (ctx.textWidth * table.width) / 100;
  const fontSize = table.fontSize ?? ctx.fontSize;
  // Columns as wide as the PDF's: pdfmake shares out the table's width only after taking every
  // cell's padding and every rule from it, so a wide column's text is narrower than its share;
  // no column narrower than its widest number (fittedColumnWidths), as in the PDF.
  const n = table.columns.length;
  const shared = widthMm - n * 2 * table.cellPadding - (n + 1) * mm(RULE);
  const columnsMm = fittedColumnWidths(table, pt(shared), fontSize).map((w) => mm(w) + 2 * table.cellPadding + mm(RULE));
  const columnWidths = columnsMm.map(twip);
  const border = table.borders === "all" ? LINE : NO_BORDER;
  const grid = columnStarts(table);
  /** A cell's width in mm, from its first column over its span. */
  const widthOf = (start: number, span: number) => columnsMm.slice(start, start + span).reduce((a, b) => a + b, 0);
  // A cell's padding above and below is its paragraphs' spacing: LibreOffice gives every cell of
  // a row the row's largest top and bottom margins, and a header cell whose text runs on into the
  // row below must have none there.
  const margins = { top: 0, bottom: 0, left: twip(table.cellPadding), right: twip(table.cellPadding) };

  /** The width text has in a cell, in mm. */
  const textWidthOf = (start: number, span: number) => widthOf(start, span) - 2 * table.cellPadding - mm(RULE);
  /** A cell; a part of a header cell that runs on into the row below has no padding below (`flowsOn`), and the part it runs into none above (`flowsIn`). */
  const cellOf = (cell: TableCell, start: number, options: { rowSpan?: number; openBottom?: boolean; openTop?: boolean; flowsOn?: boolean; flowsIn?: boolean }) => {
    const inner: DocxContext = { ...ctx, textWidth: textWidthOf(start, cell.colSpan), fontSize, role: "Teks Tabel", flow: { below: options.flowsIn ? 0 : table.cellPadding, next: 0 } };
    // An empty cell holds a line, as in the PDF.
    const blocks: Block[] = cell.blocks.length > 0 ? cell.blocks : [{ type: "paragraph", content: [], style: { align: cell.align, indent: 0, firstLine: 0, spaceBefore: 0, spaceAfter: 0, keepWithNext: false } }];
    const content = blocksToDocx(endingWith(blocks, options.flowsOn ? 0 : table.cellPadding), inner).filter((b): b is Paragraph | DocxTable => !(b instanceof TableOfContents));
    // What ends in a table or picture gets its padding below as an empty line of that height.
    const below = lastSpaced(blocks) ? 0 : inner.flow.below + (options.flowsOn ? 0 : table.cellPadding);
    if (below > 0) content.push(new Paragraph({ spacing: { before: 0, after: 0, line: Math.max(20, twip(below)), lineRule: LineRuleType.EXACT }, children: [] }));
    const valign = options.flowsOn ? "bottom" : options.flowsIn ? "top" : cell.valign;
    return new DocxCell({
      children: content,
      columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
      rowSpan: options.rowSpan,
      verticalAlign: valign === "middle" ? VerticalAlignTable.CENTER : valign === "bottom" ? VerticalAlignTable.BOTTOM : VerticalAlignTable.TOP,
      shading: cell.fill ? { fill: cell.fill.replace("#", ""), color: "auto", type: "clear" } : undefined,
      borders: options.openBottom || options.openTop ? { ...(options.openBottom ? { bottom: NO_BORDER } : {}), ...(options.openTop ? { top: NO_BORDER } : {}) } : undefined,
      margins: { ...margins, ...(options.flowsOn ? { bottom: 0 } : {}), ...(options.flowsIn ? { top: 0 } : {}) },
      width: { size: twip(widthOf(start, cell.colSpan)), type: WidthType.DXA },
    });
  };

  // Merged cells in repeated header rows are drawn as stacked cells without the line between them:
  // LibreOffice clips a merged header cell on every page after the first. The PDF runs a merged
  // cell's text down over the rows it spans and makes only the last of them taller if the text
  // needs it; so the text is shared out the same way: each part takes the lines its row holds
  // without it, the last part the rest.
  const headerLines = table.rows.slice(0, table.headerRows).map((row, r) =>
    Math.max(1, ...row.cells.flatMap((cell, ci) => (cell.rowSpan === 1 ? [linesOf(cell.blocks, pt(textWidthOf(grid[r][ci], cell.colSpan)), fontSize)] : []))),
  );
  const headerParts = new Map<number, { start: number; cell: TableCell; k: number; parts: number; shared: boolean }[]>();
  table.rows.slice(0, table.headerRows).forEach((row, r) =>
    row.cells.forEach((cell, ci) => {
      const parts = Math.min(cell.rowSpan, table.headerRows - r);
      const shares = shareLines(cell.blocks, pt(textWidthOf(grid[r][ci], cell.colSpan)), fontSize, headerLines.slice(r, r + parts - 1));
      for (let k = 0; k < parts; k++) {
        const list = headerParts.get(r + k) ?? [];
        list.push({ start: grid[r][ci], cell: { ...cell, rowSpan: 1, blocks: shares?.[k] ?? (k === 0 ? cell.blocks : []) }, k, parts, shared: shares !== undefined });
        headerParts.set(r + k, list);
      }
    }),
  );

  const slots = layoutGrid(table);
  // Lines a body row's own content takes: a merged group's repeated text is cut to them, so
  // repeating it never makes the row taller than in the PDF.
  const rowLines = (r: number) =>
    Math.max(
      1,
      ...slots[r]
        .filter((slot, c) => slot.c0 === c)
        .map((slot) => {
          const own = ownBlocks(slot, r);
          return own.length === 0 ? 0 : linesOf(own, pt(textWidthOf(slot.c0, slot.cell.colSpan)), fontSize);
        }),
    );
  // A short table stays on one page: every row but the last keeps with the next. The last row
  // keeps with the table's note.
  const pageHeightPt = pt(ctx.pageHeight);
  const short = isShortTable(table, pt(widthMm), ctx.fontSize, pageHeightPt);
  const keepsWithNext = (r: number) => (short && r < table.rows.length - 1) || (table.note.length > 0 && r === table.rows.length - 1);
  const keptWithNext = (cell: TableCell): TableCell => ({ ...cell, blocks: cell.blocks.map((b) => keepingNext(b, false)) });

  return new DocxTable({
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths,
    layout: "fixed",
    alignment: AlignmentType.CENTER,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: table.rows.flatMap((_, r) => {
      const header = r < table.headerRows;
      const kept = (cell: TableCell) => (keepsWithNext(r) ? keptWithNext(cell) : cell);
      // Body cells merged over rows are written row by row, without vertical merges: Word and
      // LibreOffice leave a merged cell empty on every page after its first, so a reader could
      // not tell which area or indicator a page's rows belong to. The group's text stands in its
      // first row; each later row repeats it short, in italics, and the lines between the group's
      // rows are left out; a merged list runs down the rows, as in the PDF.
      if (header) {
        const cells = (headerParts.get(r) ?? []).map(({ start, cell, k, parts, shared }) => ({
          start,
          node: cellOf(cell, start, { openTop: k > 0, openBottom: k < parts - 1, flowsOn: shared && k < parts - 1, flowsIn: shared && k > 0 }),
        }));
        cells.sort((a, b) => a.start - b.start);
        return [new DocxRow({ tableHeader: true, cantSplit: true, children: cells.map((c) => c.node) })];
      }
      const own = slots[r].filter((slot, c) => slot.c0 === c);
      // A merged group's later rows repeat its text short, where the row has no share of it.
      const shown = (slot: (typeof own)[number]): Block[] =>
        slot.cell.rowSpan === 1 || r === slot.r0 || spreadList(slot.cell.blocks, slot.cell.rowSpan, r - slot.r0)
          ? [...ownBlocks(slot, r)]
          : continuation(slot.cell, fontSize, pt(textWidthOf(slot.c0, slot.cell.colSpan)), rowLines(r));
      // No row breaks across pages: a row that does not fit starts the next page. A row that
      // could be taller than a page is written as several rows, its tall cell shared out among
      // them in parts under half a page, each part beside its context (the cells to its left)
      // repeated short in italics, and without rules between them: every page it runs over then
      // names its area and indicator, which Word cannot repeat at the top of a split row. The
      // parts may split, so they flow on from where the row starts, as in the PDF.
      const tall = own
        .filter((slot) => slot.cell.rowSpan === 1)
        .map((slot) => ({ slot, height: estimatedHeight(slot.cell.blocks, pt(widthOf(slot.c0, slot.cell.colSpan)), fontSize) }))
        .filter((t) => t.height > pageHeightPt)
        .sort((a, b) => b.height - a.height)[0]?.slot;
      const parts = tall ? shareIntoParts(tall.cell.blocks, pt(textWidthOf(tall.c0, tall.cell.colSpan)), fontSize, Math.max(3, Math.floor((0.4 * pageHeightPt) / (cutLine(false, false) * fontSize * DEFAULT_LINE_HEIGHT)))) : [undefined];
      return parts.map((part, i) => {
        const cells = own.map((slot) => {
          const k = r - slot.r0;
          const open = { openTop: k > 0 || i > 0, openBottom: k < slot.cell.rowSpan - 1 || i < parts.length - 1 };
          // The tall cell's parts read as one text: no padding where one part runs into the next.
          if (slot === tall && part) return { start: slot.c0, node: cellOf(kept({ ...slot.cell, blocks: part }), slot.c0, { ...open, flowsOn: i < parts.length - 1, flowsIn: i > 0 }) };
          let blocks: Block[];
          if (i === 0) blocks = shown(slot);
          else if (tall && slot.c0 < tall.c0) blocks = continuation(slot.cell, fontSize, pt(textWidthOf(slot.c0, slot.cell.colSpan)), linesOf(part ?? [], pt(textWidthOf(tall.c0, tall.cell.colSpan)), fontSize));
          else blocks = [];
          // A repeated label stands at the top of its part, beside the text it names.
          return { start: slot.c0, node: cellOf(kept({ ...slot.cell, rowSpan: 1, blocks, ...(i > 0 ? { valign: "top" as const } : {}) }), slot.c0, open) };
        });
        cells.sort((a, b) => a.start - b.start);
        return new DocxRow({ cantSplit: !tall, children: cells.map((c) => c.node) });
      });
    }),
  });
}

/** Blocks with `extra` mm more space below their last paragraph (and any list it ends). */
function endingWith(blocks: readonly Block[], extra: number): Block[] {
  const last = blocks[blocks.length - 1];
  if (extra === 0 || !last) return [...blocks];
  const more = (b: Block): Block =>
    b.type === "paragraph" || b.type === "heading" || b.type === "caption"
      ? { ...b, style: { ...b.style, spaceAfter: b.style.spaceAfter + extra } }
      : b.type === "list"
        ? { ...b, spaceAfter: b.spaceAfter + extra }
        : b.type === "keep"
          ? { ...b, blocks: endingWith(b.blocks, extra) }
          : b;
  return [...blocks.slice(0, -1), more(last)];
}

/** Whether blocks end in a paragraph, whose space below endingWith can grow. */
function lastSpaced(blocks: readonly Block[]): boolean {
  const last = blocks[blocks.length - 1];
  return last !== undefined && (last.type === "paragraph" || last.type === "heading" || last.type === "caption" || last.type === "list" || (last.type === "keep" && lastSpaced(last.blocks)));
}

/** How many lines blocks take at a width in points, as the PDF wraps them. */
function linesOf(blocks: readonly Block[], width: number, fontSize: number): number {
  return blocks.reduce((n, b) => n + (b.type === "paragraph" ? wrapInlines(b.content, width - pt(b.style.indent), b.style.fontSize ?? fontSize).length : lineCount([b], width, fontSize)), 0);
}

/**
 * A merged cell's text shared out over the rows it spans, as the PDF sets it: a part for each
 * of `lines` takes that many lines, the last part the rest. Only a cell of one paragraph that
 * does not fit its first row is shared out; any other stays whole (undefined).
 */
function shareLines(blocks: readonly Block[], width: number, fontSize: number, lines: readonly number[]): Block[][] | undefined {
  const p = blocks[0];
  if (lines.length === 0 || blocks.length !== 1 || p.type !== "paragraph") return undefined;
  const set = wrapInlines(p.content, width - pt(p.style.indent), p.style.fontSize ?? fontSize);
  if (set.length <= lines[0]) return undefined;
  const ends = lines.map((_, i) => Math.min(set.length, lines.slice(0, i + 1).reduce((a, b) => a + b, 0)));
  return [0, ...ends].map((from, i) => {
    const to = ends[i] ?? set.length;
    return from >= to ? [] : [linesOfParagraph(p, set, from, to)];
  });
}

/**
 * A tall cell's blocks shared out into parts of at most `max` lines, as the PDF wraps them: at
 * block boundaries, and within a paragraph at line ends.
 */
function shareIntoParts(blocks: readonly Block[], width: number, fontSize: number, max: number): Block[][] {
  const parts: Block[][] = [[]];
  let used = 0;
  const room = (lines: number) => {
    if (used > 0 && used + lines > max) {
      parts.push([]);
      used = 0;
    }
  };
  for (const b of blocks) {
    if (b.type !== "paragraph") {
      const lines = linesOf([b], width, fontSize);
      room(lines);
      parts[parts.length - 1].push(b);
      used += lines;
      continue;
    }
    const set = wrapInlines(b.content, width - pt(b.style.indent), b.style.fontSize ?? fontSize);
    for (let from = 0; from < set.length; ) {
      room(1);
      const to = Math.min(set.length, from + max - used);
      parts[parts.length - 1].push(linesOfParagraph(b, set, from, to));
      used += to - from;
      from = to;
    }
  }
  return parts.filter((part) => part.length > 0);
}

/** Lines `from` to `to` of a paragraph set as `set`, as a paragraph of their own. */
function linesOfParagraph(p: Extract<Block, { type: "paragraph" }>, set: readonly Inline[][], from: number, to: number): Block {
  const content = set.slice(from, to).flat();
  const last = content[content.length - 1];
  if (last?.type === "text") content[content.length - 1] = { ...last, text: last.text.trimEnd() };
  return { ...p, content, style: { ...p.style, ...(from > 0 ? { spaceBefore: 0, firstLine: 0 } : {}), ...(to < set.length ? { spaceAfter: 0 } : {}) } };
}

/**
 * A merged group's text repeated in a later row of the group: its first words, in italics, cut to
 * the lines the row's own content takes (`lines`, at `width` points).
 */
function continuation(cell: TableCell, fontSize: number, width: number, lines: number): Block[] {
  const size = Math.max(5, fontSize - 1);
  const words = blocksText(cell.blocks).split(" ").filter(Boolean);
  const text = fitToLines(words.length > 8 ? `${words.slice(0, 8).join(" ")} …` : words.join(" "), width, lines, size, true);
  if (text === "") return [];
  return [{ type: "paragraph", content: [{ type: "text", text, italic: true }], style: { align: "left", indent: 0, firstLine: 0, spaceBefore: 0, spaceAfter: 0, fontSize: size, keepWithNext: false, role: "Teks Tabel Ulangan" } }];
}

/** The grid column each model cell starts in, counting columns covered by spans from above. */
function columnStarts(table: Table): number[][] {
  const covered = new Array<number>(table.columns.length).fill(0);
  return table.rows.map((row) => {
    const starts: number[] = [];
    let c = 0;
    for (const cell of row.cells) {
      while (covered[c] > 0) c++;
      starts.push(c);
      for (let k = 0; k < cell.colSpan; k++) covered[c + k] = cell.rowSpan;
      c += cell.colSpan;
    }
    for (let k = 0; k < covered.length; k++) covered[k] = Math.max(0, covered[k] - 1);
    return starts;
  });
}

/** The PDF sets a picture 2 pt below what is above it and leaves 4 pt below it. */
function pictureSpacing(ctx: DocxContext): { before: number; after: number } {
  const before = twip(ctx.flow.below + mm(PICTURE_MARGIN.above));
  ctx.flow.below = 0;
  return { before, after: twip(mm(PICTURE_MARGIN.below) + ctx.flow.next) };
}

function imageParagraph(src: string, widthMm: number, align: Align, spacing: { before: number; after: number }): Paragraph {
  if (/\.svg$/i.test(src)) return svgParagraph(readFileSync(src, "utf8"), widthMm, align, spacing);
  const data = readFileSync(src);
  const { width, height } = imageSize(data);
  const px = (widthMm / 25.4) * 96;
  return new Paragraph({
    alignment: ALIGN[align],
    spacing,
    children: [
      new ImageRun({ type: src.toLowerCase().endsWith(".png") ? "png" : "jpg", data, transformation: { width: Math.round(px), height: Math.round((px * height) / width) } }),
    ],
  });
}

/** An SVG picture (a lambang), with a PNG drawn from it for readers that cannot draw SVG. */
function svgParagraph(svg: string, widthMm: number, align: Align, spacing: { before: number; after: number }): Paragraph {
  const { Resvg } = require("@resvg/resvg-js") as typeof import("@resvg/resvg-js");
  const drawn = new Resvg(svg, { fitTo: { mode: "zoom", value: 3 }, font: { loadSystemFonts: false } }).render();
  return drawingParagraph({ svg, png: new Uint8Array(drawn.asPng()), width: drawn.width / 3, height: drawn.height / 3 }, widthMm, align, spacing);
}

/** The chart as SVG, with its PNG for Word versions and readers that cannot draw SVG. */
function chartParagraph(block: Chart, widthMm: number, spacing: { before: number; after: number }): Paragraph {
  return drawingParagraph(drawingOf(block), widthMm, block.align, spacing);
}

function drawingParagraph(drawing: NonNullable<Chart["drawing"]>, widthMm: number, align: Align, spacing: { before: number; after: number }): Paragraph {
  const px = (widthMm / 25.4) * 96;
  return new Paragraph({
    alignment: ALIGN[align],
    spacing,
    children: [
      new ImageRun({
        type: "svg",
        data: Buffer.from(drawing.svg, "utf8"),
        fallback: { type: "png", data: drawing.png },
        transformation: { width: Math.round(px), height: Math.round((px * drawing.height) / drawing.width) },
      }),
    ],
  });
}

/** Pixel size from a PNG or JPEG header, enough to keep the picture's proportions. */
function imageSize(data: Buffer): { width: number; height: number } {
  if (data.readUInt32BE(0) === 0x89504e47) return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  let offset = 2;
  while (offset < data.length) {
    const marker = data.readUInt16BE(offset);
    const length = data.readUInt16BE(offset + 2);
    if (marker >= 0xffc0 && marker <= 0xffc3) return { height: data.readUInt16BE(offset + 5), width: data.readUInt16BE(offset + 7) };
    offset += 2 + length;
  }
  return { width: 4, height: 3 };
}

function signatureToDocx(block: SignatureBlock, ctx: DocxContext): Paragraph[] {
  const width = (ctx.textWidth * block.width) / 100;
  const left = block.align === "right" ? ctx.textWidth - width : block.align === "center" ? (ctx.textWidth - width) / 2 : 0;
  // The PDF sets the block 4 mm below what is above it and leaves 2 mm below it.
  ctx.flow.below += SIGNATURE_ABOVE;
  const after = ctx.flow.next;
  return block.lines.map((line, i) => {
    const last = i === block.lines.length - 1;
    ctx.flow.next = last ? after : block.lines[i + 1].style.spaceBefore;
    const options = paragraphOptions(line.style, ctx, line.content, { width, ...(last ? { after: line.style.spaceAfter + SIGNATURE_BELOW } : {}) });
    ctx.flow.next = after;
    const props: ParagraphProps = { ...options, indent: { left: twip(left + line.style.indent), right: twip(ctx.textWidth - left - width) }, keepNext: i < block.lines.length - 1 || line.style.keepWithNext };
    return styled(line.style.role ?? "Tanda Tangan", props, line.style.fontSize ?? ctx.fontSize, line.content, ctx, { keepLines: true, ...(line.content.length > 0 ? {} : { children: [new TextRun("")] }) });
  });
}

/**
 * A real Word TOC field whose entries are already written, with the page numbers of our own
 * layout (as marks, filled in when the package is zipped: package.ts), so the list reads right
 * before anyone updates the field. The entries are spaced as the
 * PDF's rows (2 pt above and below each line), and a chapter's entry is bold there and here.
 */
function tocToDocx(toc: TocBlock, ctx: DocxContext): TableOfContents {
  const fontSize = toc.fontSize ?? ctx.fontSize;
  const right = twip(ctx.textWidth);
  const first = twip(ctx.flow.below + mm(TOC_ROW_PADDING));
  const last = twip(mm(TOC_ROW_PADDING) + ctx.flow.next);
  ctx.flow.below = 0;
  const entries = toc.entries.map((e, i) => {
    const bold = toc.kind === "headings" && e.level === 1;
    return new Paragraph({
      style: `TOC${e.level}`,
      tabStops: [{ type: TabStopType.RIGHT, position: right, leader: LeaderType.DOT }],
      spacing: {
        before: i === 0 ? first : 0,
        after: i === toc.entries.length - 1 ? last : twip(mm(2 * TOC_ROW_PADDING)),
        line: Math.round(20 * cutLine(false, bold) * DEFAULT_LINE_HEIGHT * fontSize),
        lineRule: LineRuleType.EXACT,
      },
      children: [
        new InternalHyperlink({
          anchor: e.target,
          children: [new TextRun({ text: e.text, bold, size: halfPoints(fontSize) }), new TextRun({ text: `\t${pageMark(e.target)}`, bold, size: halfPoints(fontSize) })],
        }),
      ],
    });
  });
  const options =
    toc.kind === "headings"
      ? { headingStyleRange: "1-3" }
      : { stylesWithLevels: [{ styleName: toc.kind === "tables" ? CAPTION_STYLE_NAME.table : CAPTION_STYLE_NAME.figure, level: 1 }] };
  return new TableOfContents(toc.kind === "headings" ? "Daftar Isi" : toc.kind === "tables" ? "Daftar Tabel" : "Daftar Gambar", {
    hyperlink: true,
    beginDirty: false,
    contentChildren: entries,
    ...options,
  });
}
