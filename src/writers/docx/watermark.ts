import { resolve } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { HorizontalPositionRelativeFrom, ImageRun, Paragraph, TextWrappingType, VerticalPositionRelativeFrom } from "docx";
import { FONTS_DIR } from "../../assets.js";
import { pt } from "../../typography/measure.js";

const BOLD = resolve(FONTS_DIR, "texgyrebonum-bold.otf");
const drawn = new Map<string, Uint8Array>();

/**
 * A watermark as Word draws its own: a picture behind the text, anchored in the header so it is
 * on every page, covering the page and turned along its diagonal. The mark is drawn once per
 * text and page shape, as a translucent PNG with the body face (resvg).
 */
export function watermarkParagraph(text: string, pageWidthMm: number, pageHeightMm: number): Paragraph {
  const w = Math.round(pt(pageWidthMm));
  const h = Math.round(pt(pageHeightMm));
  const key = `${text}|${w}|${h}`;
  let png = drawn.get(key);
  if (!png) {
    const angle = (Math.atan2(h, w) * 180) / Math.PI;
    const diagonal = Math.hypot(w, h);
    // The mark spans about three quarters of the diagonal: Bonum's capitals are about 0.75 em wide.
    const size = Math.min(160, (0.75 * diagonal) / (Math.max(4, text.length) * 0.75));
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
      `<text x="${w / 2}" y="${h / 2}" transform="rotate(${-angle.toFixed(2)} ${w / 2} ${h / 2})" text-anchor="middle" dominant-baseline="middle" ` +
      `font-family="TeX Gyre Bonum" font-weight="bold" font-size="${size.toFixed(1)}" fill="#9a9a9a" fill-opacity="0.25">${escapeXml(text)}</text></svg>`;
    png = new Uint8Array(new Resvg(svg, { fitTo: { mode: "zoom", value: 1.5 }, font: { fontFiles: [BOLD], loadSystemFonts: false, defaultFontFamily: "TeX Gyre Bonum" } }).render().asPng());
    drawn.set(key, png);
  }
  return new Paragraph({
    children: [
      new ImageRun({
        type: "png",
        data: png,
        // docx sizes pictures in pixels of 1/96 inch; the picture covers the page from its corner,
        // which every reader places alike (LibreOffice ignores "centre" on a header picture).
        transformation: { width: Math.round((w * 96) / 72), height: Math.round((h * 96) / 72) },
        floating: {
          horizontalPosition: { relative: HorizontalPositionRelativeFrom.PAGE, offset: 0 },
          verticalPosition: { relative: VerticalPositionRelativeFrom.PAGE, offset: 0 },
          behindDocument: true,
          allowOverlap: true,
          wrap: { type: TextWrappingType.NONE },
        },
        altText: { name: "Watermark", title: text, description: text },
      }),
    ],
  });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
