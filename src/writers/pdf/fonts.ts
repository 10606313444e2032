import { resolve } from "node:path";
import { FONTS_DIR } from "../../assets.js";

export { FONTS_DIR };

/**
 * TeX Gyre Bonum is a free Bookman: the regulation's typeface. It lacks the check mark, which
 * comes from DejaVu Sans, cut down to that one glyph (fonts/README.md) so every pass loads little.
 */
export const PDF_FONTS = {
  Bonum: {
    normal: resolve(FONTS_DIR, "texgyrebonum-regular.otf"),
    bold: resolve(FONTS_DIR, "texgyrebonum-bold.otf"),
    italics: resolve(FONTS_DIR, "texgyrebonum-italic.otf"),
    bolditalics: resolve(FONTS_DIR, "texgyrebonum-bolditalic.otf"),
  },
  Symbol: {
    normal: resolve(FONTS_DIR, "DejaVuSans-check.ttf"),
    bold: resolve(FONTS_DIR, "DejaVuSans-check.ttf"),
    italics: resolve(FONTS_DIR, "DejaVuSans-check.ttf"),
    bolditalics: resolve(FONTS_DIR, "DejaVuSans-check.ttf"),
  },
};
export const BODY_FONT = "Bonum";
export const SYMBOL_FONT = "Symbol";
