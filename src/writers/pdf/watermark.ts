import { patchPdfmake } from "./patch.js";

interface Glyph {
  path: { translate(x: number, y: number): GlyphPath };
}
interface GlyphPath {
  scale(sx: number, sy: number): GlyphPath;
  translate(x: number, y: number): GlyphPath;
  toSVG(): string;
}
interface Watermark {
  text: string;
  font: { font: { unitsPerEm: number; layout(text: string): { glyphs: Glyph[]; positions: { xAdvance: number; xOffset: number; yOffset: number }[] } }; ascender: number };
  fontSize: number;
  color: string;
  opacity: number;
  angle: number;
  _size: { size: { width: number; height: number } };
}
interface Pdfkit {
  page: { width: number; height: number };
  save(): Pdfkit;
  restore(): Pdfkit;
  rotate(angle: number, options: { origin: [number, number] }): Pdfkit;
  path(d: string): Pdfkit;
  fillColor(color: string, opacity: number): Pdfkit;
  fill(): Pdfkit;
}
interface Renderer {
  pdfDocument: Pdfkit;
  renderWatermark(page: { watermark: Watermark }): void;
}

/**
 * pdfmake writes a watermark as text, so a search of the PDF, a copy of its text or a screen reader
 * finds "KONSEP" between the page's words. Here the same letters, at the size, angle and place
 * pdfmake worked out, are drawn as the font's glyph outlines: a filled shape, not text.
 */
/** The watermark texts drawn as shapes; any other watermark is left to pdfmake, as text. */
const asShapes = new Set<string>();

/** Asks for this watermark text to be drawn as outlines in every PDF that carries it. */
export function drawAsShape(text: string): void {
  asShapes.add(text);
}

export function drawWatermarksAsShapes(): void {
  patchPdfmake<Renderer>("Renderer", (renderer) => {
    const asText = renderer.renderWatermark;
    renderer.renderWatermark = function (this: Renderer, page) {
      const mark = page.watermark;
      if (!asShapes.has(mark.text)) return asText.call(this, page);
      const doc = this.pdfDocument;
      const font = mark.font.font;
      const scale = mark.fontSize / font.unitsPerEm;
      // pdfkit sets a line of text with its top at y and its baseline one ascender below.
      const x = doc.page.width / 2 - mark._size.size.width / 2;
      const y = doc.page.height / 2 - mark._size.size.height / 2 + (mark.font.ascender / 1000) * mark.fontSize;
      const run = font.layout(mark.text);
      let pen = 0;
      const outline = run.glyphs
        .map((glyph, i) => {
          const at = run.positions[i];
          const d = glyph.path
            .translate(pen + at.xOffset, at.yOffset)
            .scale(scale, -scale)
            .translate(x, y)
            .toSVG();
          pen += at.xAdvance;
          return d;
        })
        .join("");
      doc.save();
      doc.rotate(mark.angle, { origin: [doc.page.width / 2, doc.page.height / 2] });
      doc.path(outline).fillColor(mark.color, mark.opacity).fill();
      doc.restore();
    };
  });
}
