/**
 * The format-neutral document: what templates produce and what every writer reads. It knows
 * nothing of PDF, DOCX or any pemda. Lengths are millimetres, font sizes points.
 */

export interface Document {
  meta: DocumentMeta;
  sections: Section[];
  /** Printed diagonally on every page, e.g. "KONSEP" for a draft. */
  watermark?: string;
}

export interface DocumentMeta {
  title: string;
  subject?: string;
  author: string;
  /** ISO date; also the creation date stamped into the files, so output is reproducible. */
  created: string;
  language: string;
  /** Written for archiving: PDF/A-2b (the salinan a JDIH publishes). */
  archival?: boolean;
  /**
   * The watermark is drawn as letter outlines, outside the text layer: a draft's KONSEP must not be
   * found by a search or read aloud between the words. A CONTOH mark stays text, so a search finds
   * that a document is illustrative.
   */
  watermarkAsShape?: boolean;
  /** Words never broken at a line's end though they could be: the pemda's own name. */
  names?: string[];
}

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PageSetup {
  /** Portrait width and height; `orientation` says how the sheet is turned. */
  width: number;
  height: number;
  orientation: "portrait" | "landscape";
  margins: Margins;
}

export type NumberFormat = "none" | "decimal" | "lower-roman" | "upper-roman";

export interface PageNumbering {
  format: NumberFormat;
  /** Restart at this number; undefined continues from the previous section. */
  start?: number;
  hideOnFirstPage: boolean;
  position: "header" | "footer";
  align: "left" | "center" | "right";
  /** Text around the number, with {n} for the number, e.g. "- {n} -". */
  pattern: string;
}

export interface Section {
  id: string;
  page: PageSetup;
  numbering: PageNumbering;
  fontSize: number;
  blocks: Block[];
  /**
   * A top-level entry of the PDF's bookmarks at the section's start ("Peraturan Walikota …",
   * "Lampiran"); the headings after it nest under it.
   */
  bookmark?: string;
}

export type Align = "left" | "center" | "right" | "justify";

export interface InlineStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export type Inline =
  | ({ type: "text"; text: string } & InlineStyle)
  | { type: "break" }
  /** A check mark; writers choose a glyph or drawing their fonts can show. */
  | { type: "check" };

export interface ParagraphStyle {
  align: Align;
  /** Left indent of every line. */
  indent: number;
  /** Extra indent of the first line (negative for a hanging first line). */
  firstLine: number;
  spaceBefore: number;
  spaceAfter: number;
  fontSize?: number;
  keepWithNext: boolean;
  lineHeight?: number;
  /**
   * What kind of paragraph this is ("Isi", "Judul Pasal", "Butir Menimbang" …): a DOCX gives each
   * kind a named style. Without it, the writer names the kind by where the paragraph stands.
   */
  role?: string;
}

export interface Paragraph {
  type: "paragraph";
  content: Inline[];
  style: ParagraphStyle;
}

export interface Heading {
  type: "heading";
  id: string;
  level: 1 | 2 | 3;
  content: Inline[];
  /** The entry shown in the table of contents; omitted headings are not listed. */
  tocText?: string;
  style: ParagraphStyle;
  pageBreakBefore: boolean;
}

/** How a list counts its items; the printed markers are resolved from it when the model is built. */
export type MarkerStyle = "angka" | "angka-kurung" | "ayat" | "huruf" | "huruf-kurung" | "romawi" | "bullet" | "strip" | "none";

export interface ListItem {
  /** The printed marker, e.g. "a." or "2)", resolved when the model is built. */
  marker: string;
  blocks: Block[];
}

export interface List {
  type: "list";
  items: ListItem[];
  /** How the markers count ("angka" 1., "huruf-kurung" a), "ayat" (1) …): a DOCX numbers with it. */
  style: MarkerStyle;
  /** The first item's number. */
  start: number;
  /** The kind of its items' paragraphs, as ParagraphStyle.role. */
  role?: string;
  /** Width reserved for the marker; the text hangs after it. */
  markerWidth: number;
  indent: number;
  spaceAfter: number;
  fontSize?: number;
}

export interface TableCell {
  blocks: Block[];
  colSpan: number;
  rowSpan: number;
  align: Align;
  valign: "top" | "middle" | "bottom";
  fill?: string;
}

export interface TableRow {
  cells: TableCell[];
}

/**
 * A table of this many body rows or fewer is kept on one page when it fits half a page: split, it
 * reads as two fragments. Both writers follow it.
 */
export const SHORT_TABLE_ROWS = 6;

export interface Table {
  type: "table";
  id: string;
  /** Relative column widths. */
  columns: number[];
  headerRows: number;
  rows: TableRow[];
  fontSize?: number;
  borders: "all" | "none";
  /** Share of the text width, 0-100. */
  width: number;
  cellPadding: number;
  /** Text under the table ("Keterangan: …"), kept on the page of its last row. */
  note: Block[];
}

export interface Caption {
  type: "caption";
  id: string;
  kind: "table" | "figure";
  /** "Tabel 2.1" or "Gambar 2.1". */
  label: string;
  content: Inline[];
  style: ParagraphStyle;
  /** The caption again over a later part of its figure ("… (2 dari 3)"): no list of figures names it. */
  continued?: boolean;
}

export interface Image {
  type: "image";
  /** Absolute path of a PNG or JPEG file. */
  src: string;
  /** Share of the text width, 0-100. */
  width: number;
  align: Align;
}

/**
 * A chart drawn from a chart-spec template (Vega-Lite). The chart stage (src/charts) fills
 * `drawing` before any writer runs: the same SVG for every format, and a PNG of it for readers
 * that cannot show SVG.
 */
export interface Chart {
  type: "chart";
  /** The template holding the chart's specification, e.g. "grafik/status-per-area". */
  spec: string;
  /** Share of the text width, 0-100. */
  width: number;
  align: Align;
  /**
   * When the chart is taller than the text area: added to the caption before it in each part,
   * with {n} and {dari} for the part's number and the count, e.g. "({n} dari {dari})". The chart
   * stage then draws it as several figures, each fitting a page. Without it the chart stays whole.
   */
  parts?: string;
  drawing?: { svg: string; png: Uint8Array; width: number; height: number };
}

export interface SignatureBlock {
  type: "signature";
  lines: Paragraph[];
  /** Where the block sits across the text width. */
  align: "left" | "center" | "right";
  /** Share of the text width, 0-100. */
  width: number;
}

export interface TocEntry {
  /** Anchor of the heading or caption the entry points to. */
  target: string;
  level: number;
  text: string;
  /** The page number as printed on that page; filled in by pagination. */
  pageLabel?: string;
}

export interface TableOfContents {
  type: "toc";
  kind: "headings" | "tables" | "figures";
  entries: TocEntry[];
  fontSize?: number;
}

export interface PageBreak {
  type: "pagebreak";
}

export interface Spacer {
  type: "spacer";
  height: number;
}

/** Blocks that stay on one page together, such as the rows of a diagram. */
export interface KeepTogether {
  type: "keep";
  blocks: Block[];
}

export type Block =
  | KeepTogether
  | Paragraph
  | Heading
  | List
  | Table
  | Caption
  | Image
  | Chart
  | SignatureBlock
  | TableOfContents
  | PageBreak
  | Spacer;
