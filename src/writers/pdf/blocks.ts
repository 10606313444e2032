import { readFileSync } from "node:fs";
import type { Block, List, ParagraphStyle, SignatureBlock, TableOfContents } from "../../model/document.js";
import { inlineNodes } from "./inline.js";
import { followerAnchor, isKeptWithNext } from "./keep-with-next.js";
import { anchorLine, type LayoutContext, type PdfNode } from "./node.js";
import { tableNode } from "./table.js";
import { pt } from "./units.js";
import { BODY_FONT } from "./fonts.js";
import { drawingOf } from "../../model/charts.js";
import { estimatedHeight } from "../../typography/measure.js";
import { DEFAULT_LINE_HEIGHT, FACE_LINE } from "../../assets.js";
import { hyphenateLongWords } from "../../typography/hyphenate.js";
import { hyphenateLooseLines } from "./loose-lines.js";

export function blockNodes(blocks: readonly Block[], ctx: LayoutContext): PdfNode[] {
  return blocks.map((block, i) => {
    let node = blockNode(block, ctx);
    // A justified paragraph of the page's own flow is anchored, so the next pass can see a line
    // left alone at a page's foot or head (widows.ts) and keep that paragraph whole: it then
    // moves to the next page only if it does not fit, and a later shift of the pages can never
    // turn the decision into an empty page, as a forced page break would.
    if (block.type === "paragraph" && block.style.align === "justify" && ctx.prose) {
      const id = ctx.prose.idOf(block);
      const size = block.style.fontSize ?? ctx.fontSize;
      if (!ctx.prose.lines.has(id)) {
        ctx.prose.lines.set(id, { count: justifiedText(block.content, block.style, ctx).lines, height: FACE_LINE * size * (block.style.lineHeight ?? DEFAULT_LINE_HEIGHT) });
      }
      node = { ...node, id };
      if (ctx.breakBefore.has(id)) node = { stack: [node], unbreakable: true };
    }
    const prev = blocks[i - 1];
    // pdfmake has no keep-with-next. The block after a heading or caption is anchored; when the
    // two land on different pages, the next pass starts the heading on a new page.
    if (prev && isKeptWithNext(prev)) node = withAnchor(node, followerAnchor(prev.id));
    if (isKeptWithNext(block) && ctx.breakBefore.has(block.id)) node = { stack: [node], pageBreak: "before" };
    return node;
  });
}

/**
 * Marks where a node lands. pdfmake corrects the page of a moved unbreakable block only for the
 * text lines in it that carry an id, so such a block gets a one-point line of its own inside;
 * any other node is wrapped.
 */
function withAnchor(node: PdfNode, id: string): PdfNode {
  if (node.unbreakable && Array.isArray(node.stack)) return { ...node, stack: [anchorLine(id), ...node.stack] };
  return { stack: [node], id };
}

export function blockNode(block: Block, ctx: LayoutContext): PdfNode {
  switch (block.type) {
    case "paragraph":
      return paragraphNode(block.content, block.style, ctx);
    case "heading": {
      const mark = ctx.outline.get(block.id);
      const heading = {
        ...paragraphNode(block.content, block.style, ctx),
        id: block.id,
        bold: true,
        headlineLevel: block.level,
        ...(mark ? { outline: true, outlineText: mark.text, ...(mark.parent ? { outlineParentId: mark.parent } : {}) } : {}),
      };
      // pdfmake never reports where a node with a page break lands, so the break goes on a wrapper.
      return block.pageBreakBefore ? { stack: [heading], pageBreak: "before" } : heading;
    }
    case "caption":
      return {
        ...paragraphNode([{ type: "text", text: `${block.label} `, bold: true }, ...block.content.map((c) => (c.type === "text" ? { ...c, bold: true } : c))], block.style, ctx),
        id: block.id,
      };
    case "list":
      return listNode(block, ctx);
    case "table":
      return tableNode(block, ctx, blockNodes);
    case "image":
      // An SVG (a lambang, a figure) is drawn as vectors; validation made sure it refers to nothing outside.
      if (/\.svg$/i.test(block.src)) return { svg: readFileSync(block.src, "utf8"), width: (ctx.textWidth * block.width) / 100, alignment: block.align === "justify" ? "center" : block.align, margin: [0, 2, 0, 4] };
      return { image: block.src, width: (ctx.textWidth * block.width) / 100, alignment: block.align === "justify" ? "center" : block.align, margin: [0, 2, 0, 4] };
    case "chart":
      return { svg: drawingOf(block).svg, width: (ctx.textWidth * block.width) / 100, font: BODY_FONT, alignment: block.align === "justify" ? "center" : block.align, margin: [0, 2, 0, 4] };
    case "signature":
      return signatureNode(block, ctx);
    case "toc":
      return tocNode(block, ctx);
    case "pagebreak":
      return { text: "", pageBreak: "after" };
    case "spacer":
      // An empty text would still take a line below the space (FINDINGS.md); an empty drawing takes none.
      return { canvas: [], margin: [0, pt(block.height), 0, 0] };
    case "keep":
      // pdfmake cuts off an unbreakable block taller than a page: such a group is allowed to flow.
      return { stack: blockNodes(block.blocks, ctx), ...(estimatedHeight(block.blocks, ctx.textWidth, ctx.fontSize) < 0.9 * ctx.pageHeight ? { unbreakable: true } : {}) };
  }
}

export function paragraphNode(content: Parameters<typeof inlineNodes>[0], style: ParagraphStyle, ctx: LayoutContext): PdfNode {
  const size = style.fontSize ?? ctx.fontSize;
  // Words wider than a narrow column break at syllables; justified prose breaks a word where a
  // line would otherwise come out loose.
  const text = style.align === "justify" ? justifiedText(content, style, ctx).nodes : inlineNodes(hyphenateLongWords(content, ctx.textWidth - pt(style.indent), size));
  return {
    text,
    alignment: style.align,
    fontSize: style.fontSize ?? ctx.fontSize,
    margin: [pt(style.indent), pt(style.spaceBefore), 0, pt(style.spaceAfter)],
    ...(style.firstLine > 0 ? { leadingIndent: pt(style.firstLine) } : {}),
    ...(style.lineHeight ? { lineHeight: style.lineHeight } : {}),
  };
}

/**
 * Justified text is set the same way in every layout pass (it depends on the text and its width
 * only), and setting it measures every word: each paragraph's is kept for the passes after.
 */
const justified = new WeakMap<object, Map<string, ReturnType<typeof hyphenateLooseLines>>>();

function justifiedText(content: Parameters<typeof inlineNodes>[0], style: ParagraphStyle, ctx: LayoutContext) {
  const box = { width: ctx.textWidth - pt(style.indent), firstLine: pt(style.firstLine), fontSize: style.fontSize ?? ctx.fontSize, names: ctx.names };
  const key = `${box.width}|${box.firstLine}|${box.fontSize}`;
  const known = justified.get(content) ?? new Map<string, ReturnType<typeof hyphenateLooseLines>>();
  justified.set(content, known);
  let set = known.get(key);
  if (!set) known.set(key, (set = hyphenateLooseLines(inlineNodes(content, { justified: true }), box)));
  // pdfmake writes its working state onto the nodes it lays out: each pass gets its own copies.
  return { lines: set.lines, nodes: set.nodes.map((n) => (typeof n === "string" ? n : { ...n })) };
}

function listNode(list: List, ctx: LayoutContext): PdfNode {
  const markerWidth = pt(list.markerWidth);
  const inner: LayoutContext = { ...ctx, prose: undefined, fontSize: list.fontSize ?? ctx.fontSize, textWidth: ctx.textWidth - markerWidth - pt(list.indent) };
  return {
    stack: list.items.map((item) => ({
      columns: [
        // Set like the item's first word: a regular marker beside bold text sits 1.5 pt high,
        // since the bold cut's ascent is taller and pdfmake aligns the columns' tops.
        { width: markerWidth, text: item.marker, fontSize: inner.fontSize, ...(startsBold(item.blocks) ? { bold: true } : {}) },
        { width: "*", stack: blockNodes(item.blocks, inner) },
      ],
      columnGap: 0,
    })),
    margin: [pt(list.indent), 0, 0, pt(list.spaceAfter)],
  };
}

function startsBold(blocks: readonly Block[]): boolean {
  const first = blocks[0];
  if (first?.type !== "paragraph") return false;
  const run = first.content.find((c) => c.type !== "text" || c.text.trim() !== "");
  return run?.type === "text" && run.bold === true;
}

function signatureNode(block: SignatureBlock, ctx: LayoutContext): PdfNode {
  const width = (ctx.textWidth * block.width) / 100;
  const inner: LayoutContext = { ...ctx, prose: undefined, textWidth: width };
  const body: PdfNode = { width, stack: block.lines.map((line) => paragraphNode(line.content, line.style, inner)) };
  const filler = { width: "*", text: "" };
  const columns = block.align === "right" ? [filler, body] : block.align === "left" ? [body, filler] : [filler, body, filler];
  return { columns, unbreakable: true, margin: [0, pt(4), 0, pt(2)] };
}

function tocNode(toc: TableOfContents, ctx: LayoutContext): PdfNode {
  const fontSize = toc.fontSize ?? ctx.fontSize;
  // pdfmake cannot lay out a table without rows: a list with no entries is simply empty.
  if (toc.entries.length === 0) return { stack: [] };
  return {
    table: {
      widths: ["*", pt(16)],
      body: toc.entries.map((e) => [
        { text: e.text, margin: [pt(6 * (e.level - 1)), 0, 0, 0], bold: toc.kind === "headings" && e.level === 1, fontSize, linkToDestination: e.target },
        { text: e.pageLabel ?? "", alignment: "right", fontSize, linkToDestination: e.target },
      ]),
    },
    layout: "noBorders",
  };
}
