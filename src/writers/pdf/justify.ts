import { patchPdfmake } from "./patch.js";

/**
 * Two corrections to how pdfmake sets a justified line (FINDINGS.md):
 *
 * - pdfmake spreads a line's spare width over every boundary between its pieces of text, and a
 *   word is cut into pieces wherever its style changes or a break is allowed inside it: "Road
 *   Map␣␣Reformasi" after bold, "meng-␣upload" before italics. Here the spare width goes only to
 *   the word spaces, as a typesetter spreads it; pieces of one word move together.
 * - pdfmake has no soft hyphen. The body face draws U+00AD as an empty glyph and the line breaker
 *   allows a break after it, so a soft hyphen is already an invisible break point; here the one
 *   that ends a line becomes a visible hyphen (its width added to the line), and any other is
 *   dropped from the text, so the text layer holds the word as written.
 *
 * Installed once per process (patch.ts).
 */
interface PdfFont {
  widthOfString(text: string, size: number, features?: unknown): number;
}

interface Inline {
  text: string;
  x: number;
  width: number;
  font: PdfFont;
  fontSize: number;
  fontFeatures?: unknown;
  characterSpacing?: number;
  alignment?: string;
  justifyShift?: number;
  /** The line ends here because loose-lines.ts chose to end it: it is justified all the same. */
  justifyBreak?: boolean;
}

interface Line {
  inlines: Inline[];
  inlineWidths: number;
  newLineForced?: boolean;
  lastLineInParagraph?: boolean;
  getWidth(): number;
}

interface ElementWriter {
  context(): { availableWidth: number };
  alignLine(line: Line): void;
}

export const SOFT_HYPHEN = "\u00ad";

export function installJustification(): void {
  patchPdfmake<ElementWriter>("ElementWriter", (writer) => {
    const alignLine = writer.alignLine;
    writer.alignLine = function (this: ElementWriter, line: Line) {
      settleSoftHyphens(line);
      const chosen = line.inlines[line.inlines.length - 1]?.justifyBreak === true;
      const justify = line.inlines[0]?.alignment === "justify" && (!line.newLineForced || chosen) && !line.lastLineInParagraph && line.inlines.length > 1;
      if (!justify) return alignLine.call(this, line);
      // A word space may come as a piece of its own (" " between two runs): the gap then opens
      // once, before the word after it.
      const spaces = line.inlines.map((inline, i) => i > 0 && /\S/.test(inline.text) && (/\s$/.test(line.inlines[i - 1].text) || /^\s/.test(inline.text)));
      const count = spaces.filter(Boolean).length;
      if (count === 0) return;
      const extra = (this.context().availableWidth - line.getWidth()) / count;
      let shift = 0;
      line.inlines.forEach((inline, i) => {
        if (spaces[i]) {
          shift += extra;
          inline.justifyShift = extra;
        }
        inline.x += shift;
      });
    };
  });
}

function settleSoftHyphens(line: Line): void {
  let shift = 0;
  line.inlines.forEach((inline, i) => {
    inline.x += shift;
    if (!inline.text.includes(SOFT_HYPHEN)) return;
    const last = i === line.inlines.length - 1;
    const text = last && inline.text.endsWith(SOFT_HYPHEN) ? `${inline.text.slice(0, -1).replaceAll(SOFT_HYPHEN, "")}-` : inline.text.replaceAll(SOFT_HYPHEN, "");
    const width = inline.font.widthOfString(text, inline.fontSize, inline.fontFeatures) + (inline.characterSpacing ?? 0) * (text.length - 1);
    shift += width - inline.width;
    line.inlineWidths += width - inline.width;
    inline.text = text;
    inline.width = width;
  });
}
