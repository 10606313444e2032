import type {
  Align,
  Block,
  Caption,
  Document,
  Heading,
  Inline,
  InlineStyle,
  List,
  ListItem,
  NumberFormat,
  PageNumbering,
  PageSetup,
  Paragraph,
  ParagraphStyle,
  Section,
  Table,
  TableCell,
  TableOfContents,
  TocEntry,
} from "../model/document.js";
import { forEachBlock } from "../model/walk.js";
import { plainText } from "../model/text.js";
import { listMarker, type MarkerStyle } from "./list-markers.js";
import { MarkupError, type Element, type MarkupNode } from "./parse.js";

/**
 * Builds the document model from parsed markup. Everything a writer needs is resolved here once:
 * list markers, anchors, table-of-contents entries and section splits for landscape pages.
 */
export function buildDocument(root: Element): Document {
  if (root.name !== "document") throw new MarkupError(`elemen akar harus <document>, ditemukan <${root.name}>`);
  const builder = new ModelBuilder();
  const sections: Section[] = [];
  for (const child of elements(root)) {
    if (child.name !== "section") throw new MarkupError(`<document> hanya berisi <section>, ditemukan <${child.name}>`);
    sections.push(...builder.sections(child));
  }
  const doc: Document = {
    meta: {
      title: attr(root, "title", ""),
      subject: root.attrs.subject,
      author: attr(root, "author", ""),
      created: attr(root, "created", "2000-01-01"),
      language: attr(root, "lang", "id-ID"),
    },
    sections,
    watermark: root.attrs.watermark || undefined,
  };
  return fillTocEntries(doc);
}

/**
 * Every section starts on a new page, so a break that opens one would leave a blank page: the
 * heading after a landscape table (BAB V after Tabel 4.4) asks for a new page it already has.
 */
function withoutOpeningBreak(blocks: Block[]): Block[] {
  const [first, ...rest] = blocks;
  if (first?.type === "pagebreak") return rest;
  if (first?.type === "heading" && first.pageBreakBefore) return [{ ...first, pageBreakBefore: false }, ...rest];
  return blocks;
}

/** A paragraph longer than this many characters is not moved whole to keep a signature company. */
const SIGNATURE_COMPANY_MAX = 700;

/**
 * A signature never stands alone at the head of a page: drafting practice wants some of the text
 * it signs on the same page. A signature that follows a paragraph of the flow is kept with it (the
 * two make a <keep> group), unless the paragraph is so long that moving it whole would leave much
 * of a page empty.
 */
function signedWithText(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (b.type === "signature" && prev?.type === "paragraph" && plainText(prev.content).length <= SIGNATURE_COMPANY_MAX) out[out.length - 1] = { type: "keep", blocks: [prev, b] };
    else out.push(b);
  }
  return out;
}

class ModelBuilder {
  private counter = 0;

  private nextId(prefix: string): string {
    this.counter += 1;
    return `${prefix}${this.counter}`;
  }

  /** A <section>, split where it holds <landscape> parts: each part becomes a section of its own. */
  sections(el: Element): Section[] {
    const base = sectionSettings(el);
    const out: Section[] = [];
    let pending: Block[] = [];
    let part = 0;
    const flush = (page: PageSetup, blocks: Block[], first: boolean) => {
      if (blocks.length === 0 && !first) return;
      out.push({
        ...base,
        id: part === 0 ? base.id : `${base.id}-${part}`,
        // The part's bookmark marks where the <section> starts, not each landscape split of it.
        bookmark: part === 0 ? base.bookmark : undefined,
        page,
        numbering: first ? base.numbering : { ...base.numbering, start: undefined, hideOnFirstPage: false },
        blocks: withoutOpeningBreak(signedWithText(blocks)),
      });
      part += 1;
    };
    for (const child of el.children) {
      if (typeof child !== "string" && child.name === "landscape") {
        flush(base.page, pending, out.length === 0);
        pending = [];
        const landscapePage: PageSetup = { ...base.page, orientation: "landscape", margins: margins(child, base.page.margins) };
        flush(landscapePage, this.blocks(child.children, base.fontSize), out.length === 0);
      } else {
        pending.push(...this.blocks([child], base.fontSize));
      }
    }
    flush(base.page, pending, out.length === 0);
    return out;
  }

  blocks(nodes: readonly MarkupNode[], fontSize: number): Block[] {
    const out: Block[] = [];
    for (const node of nodes) {
      if (typeof node === "string") {
        if (node.trim() !== "") throw new MarkupError(`teks di luar paragraf: "${node.trim().slice(0, 40)}"`);
        continue;
      }
      out.push(this.block(node, fontSize));
    }
    return out;
  }

  block(el: Element, fontSize: number): Block {
    switch (el.name) {
      case "p":
        return { type: "paragraph", content: inlines(el.children), style: paragraphStyle(el, "justify") };
      case "h":
        return this.heading(el);
      case "list":
        return this.list(el, fontSize);
      case "table":
        return this.table(el, fontSize);
      case "caption":
        return this.caption(el);
      case "image":
        return { type: "image", src: attr(el, "src"), width: num(el, "width", 100), align: align(el, "center") };
      case "chart":
        return { type: "chart", spec: attr(el, "spec"), width: num(el, "width", 100), align: align(el, "center"), ...(el.attrs.parts !== undefined ? { parts: el.attrs.parts } : {}) };
      case "signature":
        return {
          type: "signature",
          align: oneOf(el, "align", ["left", "center", "right"] as const, "right"),
          width: num(el, "width", 50),
          lines: elements(el).map((line) => paragraphOf(line, "center")),
        };
      case "toc":
        return { type: "toc", kind: oneOf(el, "kind", ["headings", "tables", "figures"] as const, "headings"), entries: [], fontSize: optNum(el, "size") };
      case "pagebreak":
        return { type: "pagebreak" };
      case "spacer":
        return { type: "spacer", height: num(el, "height", 5) };
      case "keep":
        return { type: "keep", blocks: this.blocks(el.children, fontSize) };
      default:
        throw new MarkupError(`elemen <${el.name}> tidak dikenal`);
    }
  }

  private heading(el: Element): Heading {
    const level = num(el, "level", 1);
    if (level !== 1 && level !== 2 && level !== 3) throw new MarkupError(`<h level="${level}">: level 1 sampai 3`);
    return {
      type: "heading",
      id: this.nextId("h"),
      level,
      content: inlines(el.children),
      tocText: el.attrs.toc,
      style: paragraphStyle(el, level === 1 ? "center" : "left", { keepWithNext: true }),
      pageBreakBefore: el.attrs["break-before"] === "true",
    };
  }

  private list(el: Element, fontSize: number): List {
    const style = attr(el, "style", "angka") as MarkerStyle;
    const start = num(el, "start", 1);
    const items: ListItem[] = elements(el).map((item, i) => {
      if (item.name !== "item") throw new MarkupError(`<list> hanya berisi <item>, ditemukan <${item.name}>`);
      return { marker: listMarker(style, start + i), blocks: this.flow(item, fontSize, align(el, "justify")) };
    });
    // A marker such as "10." must not touch its text: the width grows to fit the widest marker at
    // the list's size (digits and letters about 0.56 em, punctuation 0.3 em, and 1.2 mm of air).
    const size = optNum(el, "size") ?? fontSize;
    const ems = (marker: string) => [...marker].reduce((n, ch) => n + (/[.,;:()\[\]]/.test(ch) ? 0.3 : 0.56), 0);
    const widest = Math.max(...items.map((i) => ems(i.marker)), 0);
    const needed = widest * size * 0.3528 + 1.2;
    return {
      type: "list",
      items,
      style,
      start,
      ...(el.attrs.role ? { role: el.attrs.role } : {}),
      markerWidth: Math.max(num(el, "marker-width", 8), Math.round(needed * 10) / 10),
      indent: num(el, "indent", 0),
      spaceAfter: num(el, "space-after", 0),
      fontSize: optNum(el, "size"),
    };
  }

  /** Content that is either blocks or bare inline text (which becomes one paragraph). */
  private flow(el: Element, fontSize: number, defaultAlign: Align): Block[] {
    const hasBlocks = el.children.some((c) => typeof c !== "string" && BLOCK_NAMES.has(c.name));
    if (hasBlocks) return this.blocks(el.children, fontSize);
    const content = inlines(el.children);
    if (content.length === 0) return [];
    return [{ type: "paragraph", content, style: paragraphStyle(el, defaultAlign, { spaceAfter: num(el, "space-after", 0) }) }];
  }

  private table(el: Element, fontSize: number): Table {
    const columns = attr(el, "widths").split(/[ ,]+/).filter(Boolean).map(Number);
    if (columns.some((w) => !(w > 0))) throw new MarkupError(`<table widths="${el.attrs.widths}">: lebar kolom harus angka positif`);
    const cellFontSize = optNum(el, "size") ?? fontSize;
    const children = elements(el);
    const notes = children.filter((c) => c.name === "note");
    if (notes.length > 1 || (notes.length === 1 && children.at(-1) !== notes[0])) throw new MarkupError("<table> memuat paling banyak satu <note>, sesudah baris terakhir");
    const rows = children.filter((c) => c.name !== "note").map((tr) => {
      if (tr.name !== "tr") throw new MarkupError(`<table> hanya berisi <tr> dan satu <note>, ditemukan <${tr.name}>`);
      return {
        cells: elements(tr).map((td): TableCell => {
          if (td.name !== "td") throw new MarkupError(`<tr> hanya berisi <td>, ditemukan <${td.name}>`);
          return {
            blocks: this.flow(td, cellFontSize, align(td, "left")),
            colSpan: num(td, "colspan", 1),
            rowSpan: num(td, "rowspan", 1),
            align: align(td, "left"),
            valign: oneOf(td, "valign", ["top", "middle", "bottom"] as const, "top"),
            fill: td.attrs.fill,
          };
        }),
      };
    });
    checkGrid(rows, columns.length);
    return {
      type: "table",
      id: this.nextId("t"),
      columns,
      headerRows: num(el, "header-rows", 0),
      rows,
      fontSize: optNum(el, "size"),
      borders: oneOf(el, "borders", ["all", "none"] as const, "all"),
      width: num(el, "width", 100),
      cellPadding: num(el, "padding", 1),
      note: notes.length === 1 ? this.flow(notes[0], cellFontSize, "left") : [],
    };
  }

  private caption(el: Element): Caption {
    const kind = oneOf(el, "kind", ["table", "figure"] as const, "table");
    return {
      type: "caption",
      id: this.nextId(kind === "table" ? "tab" : "fig"),
      kind,
      label: attr(el, "label"),
      content: inlines(el.children),
      style: paragraphStyle(el, "center", { keepWithNext: kind === "table", spaceBefore: 2, spaceAfter: 2 }),
    };
  }
}

const BLOCK_NAMES = new Set(["p", "h", "list", "table", "caption", "image", "chart", "signature", "toc", "pagebreak", "spacer"]);

/** Every row must fill the grid exactly, counting cells that spans from above already cover. */
function checkGrid(rows: { cells: TableCell[] }[], columnCount: number): void {
  const covered: number[] = new Array(columnCount).fill(0);
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row.cells) {
      while (col < columnCount && covered[col] > 0) col++;
      for (let k = 0; k < cell.colSpan; k++) {
        if (col + k >= columnCount) throw new MarkupError(`tabel baris ${r + 1}: sel melebihi ${columnCount} kolom`);
        covered[col + k] = cell.rowSpan;
      }
      col += cell.colSpan;
    }
    while (col < columnCount && covered[col] > 0) col++;
    if (col !== columnCount) throw new MarkupError(`tabel baris ${r + 1}: ${col} dari ${columnCount} kolom terisi`);
    for (let c = 0; c < columnCount; c++) covered[c] = Math.max(0, covered[c] - 1);
  });
}

function sectionSettings(el: Element): Omit<Section, "blocks"> {
  const numbering: PageNumbering = {
    format: oneOf(el, "numbering", ["none", "decimal", "lower-roman", "upper-roman"] as const, "decimal") as NumberFormat,
    start: optNum(el, "start"),
    hideOnFirstPage: el.attrs["hide-first"] === "true",
    position: oneOf(el, "number-position", ["header", "footer"] as const, "footer"),
    align: oneOf(el, "number-align", ["left", "center", "right"] as const, "center"),
    pattern: el.attrs["number-pattern"] ?? "{n}",
  };
  return {
    id: attr(el, "id"),
    page: {
      width: num(el, "width", 215),
      height: num(el, "height", 330),
      orientation: oneOf(el, "orientation", ["portrait", "landscape"] as const, "portrait"),
      margins: margins(el, { top: 25, right: 20, bottom: 25, left: 30 }),
    },
    numbering,
    fontSize: num(el, "size", 12),
    ...(el.attrs.bookmark ? { bookmark: el.attrs.bookmark } : {}),
  };
}

function margins(el: Element, fallback: PageSetup["margins"]): PageSetup["margins"] {
  const raw = el.attrs.margins;
  if (!raw) return fallback;
  const [top, right, bottom, left] = raw.split(/\s+/).map(Number);
  if ([top, right, bottom, left].some((v) => !(v >= 0))) throw new MarkupError(`margins="${raw}": empat angka mm (atas kanan bawah kiri)`);
  return { top, right, bottom, left };
}

function paragraphOf(el: Element, defaultAlign: Align): Paragraph {
  return { type: "paragraph", content: inlines(el.children), style: paragraphStyle(el, defaultAlign) };
}

function paragraphStyle(el: Element, defaultAlign: Align, defaults: Partial<ParagraphStyle> = {}): ParagraphStyle {
  return {
    align: align(el, defaultAlign),
    indent: num(el, "indent", defaults.indent ?? 0),
    firstLine: num(el, "first-line", defaults.firstLine ?? 0),
    spaceBefore: num(el, "space-before", defaults.spaceBefore ?? 0),
    spaceAfter: num(el, "space-after", defaults.spaceAfter ?? 2),
    fontSize: optNum(el, "size"),
    keepWithNext: el.attrs["keep-next"] === "true" || (defaults.keepWithNext ?? false),
    lineHeight: optNum(el, "line-height"),
    ...(el.attrs.role ? { role: el.attrs.role } : {}),
  };
}

/**
 * Inline content with HTML-like whitespace: runs of spaces, tabs and line ends collapse to one
 * space, edges are trimmed. A no-break space (`&#160;`) is text, as in HTML: it stays, and no line
 * breaks there ("target&#160;=&#160;100%").
 */
export function inlines(nodes: readonly MarkupNode[]): Inline[] {
  const out: Inline[] = [];
  const walk = (list: readonly MarkupNode[], style: InlineStyle) => {
    for (const node of list) {
      if (typeof node === "string") {
        const text = node.replace(/[ \t\n\r\f]+/g, " ");
        if (text !== "") out.push({ type: "text", text, ...style });
        continue;
      }
      switch (node.name) {
        case "b":
          walk(node.children, { ...style, bold: true });
          break;
        case "i":
          walk(node.children, { ...style, italic: true });
          break;
        case "u":
          walk(node.children, { ...style, underline: true });
          break;
        case "br":
          out.push({ type: "break" });
          break;
        case "check":
          out.push({ type: "check" });
          break;
        default:
          throw new MarkupError(`elemen <${node.name}> tidak boleh berada di dalam teks`);
      }
    }
  };
  walk(nodes, {});
  return trimInlines(out);
}

function trimInlines(list: Inline[]): Inline[] {
  const out = list.filter((x) => x.type !== "text" || x.text !== "");
  // A space next to a line break or at an edge is layout noise from the template, not content.
  for (let i = 0; i < out.length; i++) {
    const item = out[i];
    if (item.type !== "text") continue;
    const prev = out[i - 1];
    const next = out[i + 1];
    let text = item.text;
    if (i === 0 || prev?.type === "break" || (prev?.type === "text" && prev.text.endsWith(" "))) text = text.replace(/^ /, "");
    if (i === out.length - 1 || next?.type === "break") text = text.replace(/ $/, "");
    out[i] = { ...item, text };
  }
  return out.filter((x) => x.type !== "text" || x.text !== "");
}

function fillTocEntries(doc: Document): Document {
  const headings: TocEntry[] = [];
  const tables: TocEntry[] = [];
  const figures: TocEntry[] = [];
  forEachBlock(doc, (b) => {
    if (b.type === "heading" && b.tocText) headings.push({ target: b.id, level: b.level, text: b.tocText });
    if (b.type === "caption") (b.kind === "table" ? tables : figures).push({ target: b.id, level: 1, text: `${b.label} ${plainText(b.content)}` });
  });
  const entriesFor: Record<TableOfContents["kind"], TocEntry[]> = { headings, tables, figures };
  return {
    ...doc,
    sections: doc.sections.map((s) => ({
      ...s,
      blocks: s.blocks.map((b) => (b.type === "toc" ? { ...b, entries: entriesFor[b.kind] } : b)),
    })),
  };
}

function elements(el: Element): Element[] {
  return el.children.filter((c): c is Element => {
    if (typeof c === "string") {
      if (c.trim() !== "") throw new MarkupError(`teks tidak boleh langsung di dalam <${el.name}>: "${c.trim().slice(0, 40)}"`);
      return false;
    }
    return true;
  });
}

function attr(el: Element, name: string, fallback?: string): string {
  const v = el.attrs[name] ?? fallback;
  if (v === undefined) throw new MarkupError(`<${el.name}> memerlukan atribut ${name}`);
  return v;
}

function optNum(el: Element, name: string): number | undefined {
  const raw = el.attrs[name];
  if (raw === undefined || raw === "") return undefined;
  const v = Number(raw);
  if (!Number.isFinite(v)) throw new MarkupError(`<${el.name} ${name}="${raw}">: harus angka`);
  return v;
}

function num(el: Element, name: string, fallback: number): number {
  return optNum(el, name) ?? fallback;
}

function align(el: Element, fallback: Align): Align {
  return oneOf(el, "align", ["left", "center", "right", "justify"] as const, fallback);
}

function oneOf<T extends string>(el: Element, name: string, allowed: readonly T[], fallback: T): T {
  const v = el.attrs[name];
  if (v === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(v)) throw new MarkupError(`<${el.name} ${name}="${v}">: salah satu dari ${allowed.join(", ")}`);
  return v as T;
}
