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
import { type Align, type Block, type MarkerStyle, type Chart, type Inline, type List, type ParagraphStyle, type SignatureBlock, type Table, type TableCell, type TableOfContents as TocBlock } from "../../model/document.js";
import { drawingOf } from "../../model/charts.js";
import { estimatedHeight, isShortTable, pt } from "../../typography/measure.js";
import { hyphenateLongWords } from "../../typography/hyphenate.js";
import { layoutGrid, spreadList } from "../../model/table-grid.js";
import { blocksText } from "../../model/text.js";
import type { ParagraphProps, StyleRegistry } from "./styles.js";
import { DOCX_FONT, halfPoints, twip } from "./units.js";
import { DEFAULT_LINE_HEIGHT, FACE_LINE } from "../../assets.js";

export type DocxBlock = Paragraph | DocxTable | TableOfContents;

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
}

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

export function blocksToDocx(blocks: readonly Block[], ctx: DocxContext): DocxBlock[] {
  return blocks.flatMap((b) => blockToDocx(b, ctx));
}

function blockToDocx(block: Block, ctx: DocxContext): DocxBlock[] {
  switch (block.type) {
    case "paragraph":
      return [paragraph(block.content, block.style, ctx)];
    case "heading":
      return [
        new Paragraph({
          heading: HEADING[block.level - 1],
          children: [new Bookmark({ id: block.id, children: runs(block.content, block.style.fontSize ?? ctx.fontSize, { bold: true }) })],
          ...paragraphOptions(block.style, ctx.fontSize),
          pageBreakBefore: block.pageBreakBefore,
        }),
      ];
    case "caption":
      return [
        new Paragraph({
          style: CAPTION_STYLE[block.kind],
          children: [
            new Bookmark({
              id: block.id,
              children: [new TextRun({ text: `${block.label} `, bold: true, size: halfPoints(ctx.fontSize) }), ...runs(block.content, ctx.fontSize, { bold: true })],
            }),
          ],
          ...paragraphOptions(block.style, ctx.fontSize),
        }),
      ];
    case "list":
      return listToDocx(block, ctx);
    case "table":
      return [tableToDocx(block, ctx), ...blocksToDocx(block.note, ctx)];
    case "image":
      return [imageParagraph(block.src, (ctx.textWidth * block.width) / 100, block.align)];
    case "chart":
      return [chartParagraph(block, (ctx.textWidth * block.width) / 100)];
    case "signature":
      return signatureToDocx(block, ctx);
    case "toc":
      return [tocToDocx(block, ctx)];
    case "pagebreak":
      return [new Paragraph({ children: [new PageBreak()] })];
    case "spacer":
      return [new Paragraph({ spacing: { before: 0, after: 0, line: Math.max(20, twip(block.height)), lineRule: "exact" }, children: [] })];
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
 * A paragraph's settings. Lines are exact, at the height the PDF gives them (FACE_LINE in
 * src/assets.ts), so Word, LibreOffice and the PDF break pages alike; "auto" spacing would follow
 * each reader's own reading of the face's metrics.
 */
function paragraphOptions(style: ParagraphStyle, fontSize: number) {
  return {
    alignment: ALIGN[style.align],
    indent: { left: twip(style.indent), ...(style.firstLine > 0 ? { firstLine: twip(style.firstLine) } : {}) },
    spacing: {
      before: twip(style.spaceBefore),
      after: twip(style.spaceAfter),
      line: Math.round(20 * FACE_LINE * (style.lineHeight ?? DEFAULT_LINE_HEIGHT) * (style.fontSize ?? fontSize)),
      lineRule: LineRuleType.EXACT,
    },
    keepNext: style.keepWithNext,
  };
}

/** A paragraph in the named style of its kind, with only what differs from that style written on it. */
function styled(kind: string, options: ParagraphProps, size: number, content: readonly Inline[], ctx: DocxContext, extra: Partial<IParagraphOptions> = {}): Paragraph {
  // Indents are written whole: a paragraph that states only its left indent would inherit its
  // style's first-line or hanging indent and right indent.
  const indent = options.indent ?? {};
  const whole: ParagraphProps = { ...options, indent: { left: indent.left ?? 0, right: indent.right ?? 0, ...(indent.hanging !== undefined ? { hanging: indent.hanging } : { firstLine: indent.firstLine ?? 0 }) } };
  const named = ctx.styles.use(kind, whole, size);
  return new Paragraph({ style: named.style, ...(named.props as Partial<IParagraphOptions>), ...extra, children: [...(extra.children ?? []), ...runs(content, named.size)] });
}

function paragraph(content: readonly Inline[], style: ParagraphStyle, ctx: DocxContext): Paragraph {
  // Words wider than a narrow column break at syllables, as in the PDF.
  const size = style.fontSize ?? ctx.fontSize;
  const words = style.align === "justify" ? content : hyphenateLongWords(content, pt(ctx.textWidth - style.indent), size);
  // A kind the template does not name is known by where it stands, and centred text is a kind of
  // its own ("Teks Tabel Tengah" for the years and marks, "Isi Tengah" for the kop lines).
  const kind = style.role ?? `${ctx.role ?? "Isi"}${style.align === "center" ? " Tengah" : ""}`;
  return styled(kind, paragraphOptions(style, ctx.fontSize), size, words, ctx);
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
function listToDocx(list: List, ctx: DocxContext, outerIndent = 0): DocxBlock[] {
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
  list.items.forEach((item, index) => {
    item.blocks.forEach((b, i) => {
      if (b.type === "paragraph") {
        const style = b.style;
        const options = paragraphOptions(style, fontSize);
        const numbered = i === 0 && numbering !== undefined;
        const props: ParagraphProps = {
          ...options,
          indent: { left: left + twip(style.indent), ...(i === 0 ? { hanging: twip(list.markerWidth) } : {}) },
          spacing: { ...options.spacing, after: twip(i === item.blocks.length - 1 && index === list.items.length - 1 ? Math.max(style.spaceAfter, list.spaceAfter) : style.spaceAfter) },
        };
        out.push(
          styled(style.role ?? list.role ?? "Butir Daftar", props, style.fontSize ?? fontSize, style.align === "justify" ? b.content : hyphenateLongWords(b.content, pt(inner.textWidth), style.fontSize ?? fontSize), ctx, {
            ...(numbered ? { numbering } : {}),
            tabStops: [{ type: TabStopType.LEFT, position: left }],
            children: i === 0 && !numbered ? [new TextRun({ text: `${item.marker}\t`, size: halfPoints(fontSize) })] : [],
          }),
        );
      } else if (b.type === "list") {
        out.push(...listToDocx(b, inner, left));
      } else {
        if (i === 0) out.push(new Paragraph({ indent: { left, hanging: twip(list.markerWidth) }, children: [new TextRun({ text: item.marker, size: halfPoints(fontSize) })] }));
        out.push(...blockToDocx(b, inner));
      }
    });
  });
  return out;
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

function tableToDocx(table: Table, ctx: DocxContext): DocxTable {
  const total = table.columns.reduce((a, b) => a + b, 0);
  const widthMm = (ctx.textWidth * table.width) / 100;
  const columnWidths = table.columns.map((w) => twip((widthMm * w) / total));
  const fontSize = table.fontSize ?? ctx.fontSize;
  const border = table.borders === "all" ? LINE : NO_BORDER;
  const grid = columnStarts(table);
  const widthOf = (start: number, span: number) => table.columns.slice(start, start + span).reduce((a, b) => a + b, 0);
  const margins = { top: twip(table.cellPadding), bottom: twip(table.cellPadding), left: twip(table.cellPadding), right: twip(table.cellPadding) };

  const cellOf = (cell: TableCell, start: number, options: { rowSpan?: number; openBottom?: boolean; openTop?: boolean }) => {
    const inner: DocxContext = { ...ctx, textWidth: (widthMm * widthOf(start, cell.colSpan)) / total - 2 * table.cellPadding, fontSize, role: "Teks Tabel" };
    const content = blocksToDocx(cell.blocks, inner).filter((b): b is Paragraph | DocxTable => !(b instanceof TableOfContents));
    return new DocxCell({
      children: content.length > 0 ? content : [new Paragraph({ children: [] })],
      columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
      rowSpan: options.rowSpan,
      verticalAlign: cell.valign === "middle" ? VerticalAlignTable.CENTER : cell.valign === "bottom" ? VerticalAlignTable.BOTTOM : VerticalAlignTable.TOP,
      shading: cell.fill ? { fill: cell.fill.replace("#", ""), color: "auto", type: "clear" } : undefined,
      borders: options.openBottom || options.openTop ? { ...(options.openBottom ? { bottom: NO_BORDER } : {}), ...(options.openTop ? { top: NO_BORDER } : {}) } : undefined,
      margins,
      width: { size: twip((widthMm * widthOf(start, cell.colSpan)) / total), type: WidthType.DXA },
    });
  };

  // Merged cells in repeated header rows are drawn as stacked cells without the line between them:
  // LibreOffice clips a merged header cell on every page after the first.
  const headerFillers = new Map<number, { start: number; cell: TableCell; last: boolean }[]>();
  table.rows.slice(0, table.headerRows).forEach((row, r) =>
    row.cells.forEach((cell, ci) => {
      for (let k = 1; k < cell.rowSpan && r + k < table.headerRows; k++) {
        const filler = { blocks: [], colSpan: cell.colSpan, rowSpan: 1, align: cell.align, valign: cell.valign, fill: cell.fill };
        const list = headerFillers.get(r + k) ?? [];
        list.push({ start: grid[r][ci], cell: filler, last: k === cell.rowSpan - 1 });
        headerFillers.set(r + k, list);
      }
    }),
  );

  const slots = layoutGrid(table);
  // A short table stays on one page: every row but the last keeps with the next. The last row
  // keeps with the table's note.
  const pageHeightPt = pt(ctx.pageHeight);
  const short = isShortTable(table, pt(widthMm), ctx.fontSize, pageHeightPt);
  const keepsWithNext = (r: number) => (short && r < table.rows.length - 1) || (table.note.length > 0 && r === table.rows.length - 1);
  const keptWithNext = (cell: TableCell): TableCell => ({ ...cell, blocks: cell.blocks.map((b) => keepingNext(b, false)) });

  return new DocxTable({
    width: { size: twip(widthMm), type: WidthType.DXA },
    columnWidths,
    layout: "fixed",
    alignment: AlignmentType.CENTER,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: table.rows.map((row, r) => {
      const header = r < table.headerRows;
      const kept = (cell: TableCell) => (keepsWithNext(r) ? keptWithNext(cell) : cell);
      // Body cells merged over rows are written row by row, without vertical merges: Word and
      // LibreOffice leave a merged cell empty on every page after its first, so a reader could
      // not tell which area or indicator a page's rows belong to. The group's text stands in its
      // first row; each later row repeats it short, in italics, and the lines between the group's
      // rows are left out; a merged list runs down the rows, as in the PDF.
      const cells = header
        ? row.cells.map((cell, ci) => ({ start: grid[r][ci], node: cellOf(cell, grid[r][ci], { openBottom: cell.rowSpan > 1 }) }))
        : slots[r]
            .filter((slot, c) => slot.c0 === c)
            .map((slot) => {
              const cell = slot.cell;
              if (cell.rowSpan === 1) return { start: slot.c0, node: cellOf(kept(cell), slot.c0, {}) };
              const k = r - slot.r0;
              const blocks = spreadList(cell.blocks, cell.rowSpan, k) ?? (k === 0 ? cell.blocks : continuation(cell, fontSize));
              return { start: slot.c0, node: cellOf(kept({ ...cell, rowSpan: 1, blocks }), slot.c0, { openTop: k > 0, openBottom: k < cell.rowSpan - 1 }) };
            });
      for (const f of headerFillers.get(r) ?? []) cells.push({ start: f.start, node: cellOf(f.cell, f.start, { openBottom: !f.last, openTop: true }) });
      cells.sort((a, b) => a.start - b.start);
      // No row breaks across pages: a row that does not fit starts the next page. A row that could
      // be taller than a page flows on from where it starts, as in the PDF: LibreOffice would first
      // move it to a new page, leaving the rest of this one empty.
      const tall = !header && row.cells.some((cell, ci) => cell.rowSpan === 1 && estimatedHeight(cell.blocks, pt((widthMm * widthOf(grid[r][ci], cell.colSpan)) / total), fontSize) > pageHeightPt);
      return new DocxRow({ tableHeader: header, cantSplit: !tall, children: cells.map((c) => c.node) });
    }),
  });
}

/** A merged group's text repeated in a later row of the group: its first words, in italics. */
function continuation(cell: TableCell, fontSize: number): Block[] {
  const words = blocksText(cell.blocks).split(" ").filter(Boolean);
  const text = words.length > 8 ? `${words.slice(0, 8).join(" ")} …` : words.join(" ");
  if (text === "") return [];
  return [{ type: "paragraph", content: [{ type: "text", text, italic: true }], style: { align: "left", indent: 0, firstLine: 0, spaceBefore: 0, spaceAfter: 0, fontSize: Math.max(5, fontSize - 1), keepWithNext: false, role: "Teks Tabel Ulangan" } }];
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

function imageParagraph(src: string, widthMm: number, align: Align): Paragraph {
  if (/\.svg$/i.test(src)) return svgParagraph(readFileSync(src, "utf8"), widthMm, align);
  const data = readFileSync(src);
  const { width, height } = imageSize(data);
  const px = (widthMm / 25.4) * 96;
  return new Paragraph({
    alignment: ALIGN[align],
    children: [
      new ImageRun({ type: src.toLowerCase().endsWith(".png") ? "png" : "jpg", data, transformation: { width: Math.round(px), height: Math.round((px * height) / width) } }),
    ],
  });
}

/** An SVG picture (a lambang), with a PNG drawn from it for readers that cannot draw SVG. */
function svgParagraph(svg: string, widthMm: number, align: Align): Paragraph {
  const { Resvg } = require("@resvg/resvg-js") as typeof import("@resvg/resvg-js");
  const drawn = new Resvg(svg, { fitTo: { mode: "zoom", value: 3 }, font: { loadSystemFonts: false } }).render();
  return drawingParagraph({ svg, png: new Uint8Array(drawn.asPng()), width: drawn.width / 3, height: drawn.height / 3 }, widthMm, align);
}

/** The chart as SVG, with its PNG for Word versions and readers that cannot draw SVG. */
function chartParagraph(block: Chart, widthMm: number): Paragraph {
  return drawingParagraph(drawingOf(block), widthMm, block.align);
}

function drawingParagraph(drawing: NonNullable<Chart["drawing"]>, widthMm: number, align: Align): Paragraph {
  const px = (widthMm / 25.4) * 96;
  return new Paragraph({
    alignment: ALIGN[align],
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
  return block.lines.map((line, i) => {
    const options = paragraphOptions(line.style, ctx.fontSize);
    const props: ParagraphProps = { ...options, indent: { left: twip(left + line.style.indent), right: twip(ctx.textWidth - left - width) }, keepNext: i < block.lines.length - 1 };
    return styled(line.style.role ?? "Tanda Tangan", props, line.style.fontSize ?? ctx.fontSize, line.content, ctx, { keepLines: true, ...(line.content.length > 0 ? {} : { children: [new TextRun("")] }) });
  });
}

/**
 * A real Word TOC field whose entries are already written, with the page numbers of our own
 * layout, so the list reads right before anyone updates the field.
 */
function tocToDocx(toc: TocBlock, ctx: DocxContext): TableOfContents {
  const fontSize = toc.fontSize ?? ctx.fontSize;
  const right = twip(ctx.textWidth);
  const entries = toc.entries.map(
    (e) =>
      new Paragraph({
        style: `TOC${e.level}`,
        tabStops: [{ type: TabStopType.RIGHT, position: right, leader: LeaderType.DOT }],
        children: [
          new InternalHyperlink({
            anchor: e.target,
            children: [new TextRun({ text: e.text, size: halfPoints(fontSize) }), new TextRun({ text: `\t${e.pageLabel ?? ""}`, size: halfPoints(fontSize) })],
          }),
        ],
      }),
  );
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
