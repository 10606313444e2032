/** A pdfmake document-definition node. pdfmake's own typings are looser than this code needs. */
export type PdfNode = { [key: string]: unknown };

/**
 * A one-point line that marks where something starts. pdfmake corrects the page of a moved
 * unbreakable block only for text lines that carry an id (FINDINGS.md), and the text needs a glyph
 * of the face: a no-break space.
 */
export function anchorLine(id: string, extra: PdfNode = {}): PdfNode {
  return { text: "\u00a0", id, fontSize: 1, lineHeight: 0.1, ...extra };
}

/** What a block needs to know about where it is laid out. */
export interface LayoutContext {
  /** Width available to text, in points. */
  textWidth: number;
  /** Height of the page's text area, in points. */
  pageHeight: number;
  fontSize: number;
  /** Physical pages of body rows from the previous pass, by table id. */
  rowPages: Map<string, number[]>;
  /** Headings and captions that must start a new page so they stay with what follows. */
  breakBefore: ReadonlySet<string>;
  /** Headings listed in the table of contents, with the heading they sit under: the PDF's bookmarks. */
  outline: ReadonlyMap<string, { text: string; parent?: string }>;
  /** Where each table row's first line stood in the previous pass: how far down its page's text area (0-1), and that area's height. */
  rowTops?: ReadonlyMap<string, { down: number; height: number }>;
  /** Words justified prose never breaks with a hyphen, in lower case (the document's names). */
  names?: ReadonlySet<string>;
  /** Prose paragraphs of the page's own flow (not in a table, list or signature), watched for widows and orphans. */
  prose?: ProseRegistry;
}

/** The anchors of prose paragraphs, stable across passes, and what each paragraph's lines are. */
export interface ProseRegistry {
  idOf(block: object): string;
  lines: Map<string, { count: number; height: number }>;
}
