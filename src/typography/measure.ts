import { createRequire } from "node:module";
import { SHORT_TABLE_ROWS, type Block, type Inline, type Table } from "../model/document.js";
import { plainText } from "../model/text.js";
import { resolve } from "node:path";
import { DEFAULT_LINE_HEIGHT, FACE_LINE, FONTS_DIR } from "../assets.js";

/** Millimetres as points, the unit text is measured in. */
export const pt = (mm: number): number => (mm * 72) / 25.4;

interface Font {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  layout(text: string): { advanceWidth: number };
}

const require = createRequire(import.meta.url);
const fonts = new Map<string, Font>();

/**
 * Measures text as the body face sets it, for decisions both writers make the same way (a row
 * that could outgrow a page, a table short enough to keep whole, a label cut to its row).
 */

/** A cut of the body face, loaded once per process. */
function face(italics: boolean, bold = false): Font {
  // Called for every word measured: the cut's name is the key, not its resolved path.
  const cut = bold ? (italics ? "bolditalic" : "bold") : italics ? "italic" : "regular";
  let font = fonts.get(cut);
  if (!font) {
    font = (require("fontkit") as { openSync(path: string): Font }).openSync(resolve(FONTS_DIR, `texgyrebonum-${cut}.otf`));
    fonts.set(cut, font);
  }
  return font;
}

/** Width of a text in points, as the body face sets it. */
export function textWidthOf(text: string, fontSize: number, italics = false, bold = false): number {
  return (emWidth(text, italics, bold) * fontSize);
}

/**
 * A text's width in em, remembered: every layout pass measures the same words again (row
 * heights, repeated labels, hyphenation), and fontkit's shaping is the slow part.
 */
const widths = new Map<string, number>();
function emWidth(text: string, italics: boolean, bold: boolean): number {
  const key = `${italics ? "i" : ""}${bold ? "b" : ""}|${text}`;
  let em = widths.get(key);
  if (em === undefined) {
    const font = face(italics, bold);
    em = font.layout(text).advanceWidth / font.unitsPerEm;
    widths.set(key, em);
  }
  return em;
}

/**
 * A cut's line in em, as pdfmake sets it: the cut's ascent to descent plus line gap (hhea). TeX Gyre
 * Bonum's cuts differ: regular 1.337 (FACE_LINE), italic 1.352, bold 1.459, bold italic 1.469.
 */
export function cutLine(italics: boolean, bold: boolean): number {
  const font = face(italics, bold);
  return (font.ascent - font.descent + font.lineGap) / font.unitsPerEm;
}

/**
 * Inline content set into lines at a width in points, as pdfmake sets it: words break at spaces
 * and are set greedily, whole, each in its own cut; a word may run across runs of different cuts.
 * Each line keeps its words' runs, with the space after each word.
 */
export function wrapInlines(content: readonly Inline[], width: number, fontSize: number): Inline[][] {
  const lines: Inline[][] = [];
  let line: Inline[] = [];
  let used = 0;
  let word: { pieces: Inline[]; width: number; space: number } = { pieces: [], width: 0, space: 0 };
  const place = () => {
    if (word.pieces.length === 0) return;
    if (line.length > 0 && used + word.width > width) {
      lines.push(line);
      line = [];
      used = 0;
    }
    used += word.width + word.space;
    line.push(...word.pieces);
    word = { pieces: [], width: 0, space: 0 };
  };
  for (const x of content) {
    if (x.type === "break") {
      place();
      lines.push(line);
      line = [];
      used = 0;
      continue;
    }
    if (x.type === "check") {
      word.pieces.push(x);
      word.width += fontSize;
      continue;
    }
    // Words break at spaces, not at a no-break space, which pdfmake keeps inside its word.
    for (const token of x.text.match(/[^ \t\n\r\f]+|[ \t\n\r\f]+/g) ?? []) {
      const piece = { ...x, text: token };
      word.pieces.push(piece);
      if (/^[ \t\n\r\f]/.test(token)) {
        word.space += textWidthOf(" ", fontSize, x.italic, x.bold);
        place();
      } else word.width += textWidthOf(token, fontSize, x.italic, x.bold);
    }
  }
  place();
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * The lines inline content takes at a width in points, as pdfmake sets them (wrapInlines), each
 * as its height in em before the line-height factor: pdfmake makes a line as tall as the tallest
 * cut set on it, so a line with a bold word is a tenth taller than one without.
 */
export function lineHeights(content: readonly Inline[], width: number, fontSize: number): number[] {
  // The DOCX writer asks for every paragraph twice (its style survey, then the document).
  const known = heights.get(content) ?? new Map<string, number[]>();
  heights.set(content, known);
  const key = `${width}|${fontSize}`;
  let set = known.get(key);
  if (!set) {
    set = wrapInlines(content, width, fontSize).map((line) =>
      line.reduce((tallest, x) => Math.max(tallest, x.type === "text" ? cutLine(x.italic === true, x.bold === true) : 0), cutLine(false, false)),
    );
    known.set(key, set);
  }
  return set;
}
const heights = new WeakMap<readonly Inline[], Map<string, number[]>>();

/** Words set greedily into lines of `width` points, as pdfmake breaks them: at spaces, words whole. */
function wrap(text: string, width: number, fontSize: number, italics: boolean): string[][] {
  const space = textWidthOf(" ", fontSize, italics);
  const lines: string[][] = [[]];
  let used = 0;
  for (const word of text.split(/[ \t\n\r\f]+/).filter(Boolean)) {
    const w = textWidthOf(word, fontSize, italics);
    const line = lines[lines.length - 1];
    if (line.length === 0 || used + space + w <= width) {
      used += (line.length === 0 ? 0 : space) + w;
      line.push(word);
    } else {
      lines.push([word]);
      used = w;
    }
  }
  return lines;
}

/**
 * The text cut to at most `maxLines` lines of `width` points, with "…" where it was cut. A small
 * slack keeps the cut on the safe side of pdfmake's own measure.
 */
export function fitToLines(text: string, width: number, maxLines: number, fontSize: number, italics = false): string {
  return wrapLines(text, width * 0.96, maxLines, fontSize, italics).join(" ");
}

/**
 * The text set into at most `maxLines` lines of `width` points, the last ending in "…" where the
 * text was cut. A single word wider than the line keeps a line of its own.
 */
export function wrapLines(text: string, width: number, maxLines: number, fontSize: number, italics = false): string[] {
  const lines = wrap(text, width, fontSize, italics);
  if (lines.length <= maxLines) return lines.map((l) => l.join(" "));
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept[kept.length - 1];
  const ellipsis = textWidthOf("…", fontSize, italics);
  while (last.length > 1 && textWidthOf(last.join(" "), fontSize, italics) + ellipsis > width) last.pop();
  return kept.map((l, i) => (i === kept.length - 1 ? `${l.join(" ")}…` : l.join(" ")));
}

/**
 * How many lines blocks take at a width, counted without the slack of fitToLines: a count that
 * errs low, so a label fitted to it never outgrows the row.
 */
export function lineCount(blocks: readonly Block[], width: number, fontSize: number): number {
  let lines = 0;
  for (const b of blocks) {
    if (b.type === "paragraph" || b.type === "heading") lines += plainText(b.content) === "" ? 1 : wrap(plainText(b.content), width, fontSize, false).length;
    else if (b.type === "list") lines += b.items.reduce((n, item) => n + lineCount(item.blocks, width - pt(b.markerWidth) - pt(b.indent), fontSize), 0);
    else if (b.type === "keep") lines += lineCount(b.blocks, width, fontSize);
    else lines += 1;
  }
  return lines;
}


/**
 * The height blocks take at a width, a little on the high side: lines wrapped as pdfmake wraps
 * them, at the face's line height, with the paragraphs' own spacing, plus a twentieth. It only
 * decides whether a table row could be taller than a page, so erring high is the safe side.
 */
export function estimatedHeight(blocks: readonly Block[], width: number, fontSize: number): number {
  const line = (factor?: number) => FACE_LINE * fontSize * (factor ?? DEFAULT_LINE_HEIGHT);
  let height = 0;
  for (const b of blocks) {
    if (b.type === "paragraph" || b.type === "heading") {
      const size = b.style.fontSize ?? fontSize;
      height += lineCount([b], width * 0.97, size) * line(b.style.lineHeight) * (size / fontSize) + pt(b.style.spaceBefore) + pt(b.style.spaceAfter);
    } else if (b.type === "list") height += b.items.reduce((h, item) => h + estimatedHeight(item.blocks, width - pt(b.markerWidth) - pt(b.indent), fontSize), 0) + pt(b.spaceAfter);
    else if (b.type === "table") height += tableHeight(b, width, b.fontSize ?? fontSize);
    else if (b.type === "keep") height += estimatedHeight(b.blocks, width, fontSize);
    else if (b.type === "image" || b.type === "chart") height += width;
    else height += line();
  }
  return height * 1.05;
}

/** A nested table's rows, each as tall as its tallest cell at that cell's share of the width. */
function tableHeight(table: Extract<Block, { type: "table" }>, width: number, fontSize: number): number {
  const total = table.columns.reduce((a, b) => a + b, 0);
  const padding = 2 * pt(table.cellPadding);
  let height = 0;
  for (const row of table.rows) {
    let c = 0;
    let tallest = FACE_LINE * fontSize * DEFAULT_LINE_HEIGHT;
    for (const cell of row.cells) {
      const share = table.columns.slice(c, c + cell.colSpan).reduce((a, b) => a + b, 0) / total;
      tallest = Math.max(tallest, estimatedHeight(cell.blocks, width * share - padding, fontSize) / 1.05 + padding);
      c += cell.colSpan;
    }
    height += tallest;
  }
  return height;
}

/**
 * A table both writers keep on one page: few body rows (SHORT_TABLE_ROWS) and under half a page
 * at the width it is set in, in points.
 */
export function isShortTable(table: Table, width: number, fontSize: number, pageHeight: number): boolean {
  return table.rows.length - table.headerRows <= SHORT_TABLE_ROWS && tableHeight(table, width, table.fontSize ?? fontSize) < pageHeight / 2;
}
