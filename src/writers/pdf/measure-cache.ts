import { patchPdfmake } from "./patch.js";

/**
 * pdfmake measures every text node afresh in every layout pass. Each pass is a new PDF document
 * with new font objects, so even pdfkit's per-font word cache starts empty, and every word's style
 * is looked up property by property through the style stack: in a cold run of the Perwali (five
 * passes) this was 2.2 s of 7.5 s (FINDINGS.md).
 *
 * What `TextInlines.buildInlines` makes of a text depends only on the text with its own styles and
 * on the style properties the stack gives it, all of which are in the key below; so a text met
 * again, in a later pass or another table cell, reuses the inlines made the first time. They are
 * copied, since layout consumes and marks them, and given this document's font objects.
 *
 * Likewise pdfkit shapes each word with fontkit once per font object, so once per pass: the words
 * of one font file are shaped once per run here, by giving every document's font of that file one
 * shared cache of shaped words. A shaped word holds glyph ids, advances and positions, which are
 * the same for every font object read from the file; each document still keeps its own subset.
 */

/** Every property pdfmake's TextBreaker and TextInlines read from the style stack. */
const STYLE_PROPERTIES = [
  "font",
  "bold",
  "italics",
  "alignment",
  "fontSize",
  "fontFeatures",
  "characterSpacing",
  "color",
  "decoration",
  "decorationColor",
  "decorationStyle",
  "decorationThickness",
  "background",
  "link",
  "linkToPage",
  "linkToDestination",
  "noWrap",
  "opacity",
  "sup",
  "sub",
  "lineHeight",
  "preserveLeadingSpaces",
  "preserveTrailingSpaces",
  "leadingIndent",
  "wordBreak",
] as const;

interface Inline {
  font: unknown;
  [key: string]: unknown;
}

interface Built {
  items: Inline[];
  minWidth: number;
  maxWidth: number;
}

interface TextInlines {
  pdfDocument: { provideFont(family: string, bold: boolean, italics: boolean): unknown; fontCache: Record<string, Record<string, unknown>> };
  buildInlines(text: unknown, stack: unknown): Built;
}

interface Kept {
  items: { inline: Inline; family: string; bold: boolean; italics: boolean }[];
  minWidth: number;
  maxWidth: number;
}

const kept = new Map<string, Kept>();
/** pdfkit's cache of shaped words, one per font file, shared by the documents of one run. */
const shaped = new Map<string, Record<string, unknown>>();
let users = 0;

/**
 * Runs `work` (the layout passes of one document) with measured texts remembered; they are
 * forgotten once no document is being laid out, so they never outlive the runs that made them.
 */
export async function withMeasureCache<T>(work: () => Promise<T>): Promise<T> {
  install();
  users += 1;
  try {
    return await work();
  } finally {
    users -= 1;
    if (users === 0) {
      kept.clear();
      shaped.clear();
    }
  }
}

/** Which family and cut each font object of a document is: the inverse of pdfmake's font cache. */
function cutsOf(fontCache: Record<string, Record<string, unknown>>): Map<unknown, { family: string; bold: boolean; italics: boolean }> {
  const cuts = new Map<unknown, { family: string; bold: boolean; italics: boolean }>();
  for (const [family, types] of Object.entries(fontCache)) {
    for (const [type, font] of Object.entries(types)) cuts.set(font, { family, bold: type.startsWith("bold"), italics: type.endsWith("italics") });
  }
  return cuts;
}

interface Stack {
  styleOverrides: (string | Record<string, unknown>)[];
  defaultStyle?: Record<string, unknown>;
  getProperty(property: string): unknown;
}

/**
 * What the stack gives each style property: StyleContextStack.getProperty for all of them in one
 * walk down the overrides (the nodes around the text). A named style, which rbdoc does not use, is
 * left to pdfmake's own lookup.
 */
function stackStyle(stack: Stack): unknown[] {
  const values: unknown[] = new Array(STYLE_PROPERTIES.length).fill(undefined);
  let open = STYLE_PROPERTIES.length;
  for (let i = stack.styleOverrides.length - 1; i >= 0 && open > 0; i--) {
    const item = stack.styleOverrides[i];
    if (typeof item === "string") return STYLE_PROPERTIES.map((p) => stack.getProperty(p) ?? null);
    for (let k = 0; k < STYLE_PROPERTIES.length; k++) {
      if (values[k] !== undefined) continue;
      const v = item[STYLE_PROPERTIES[k]];
      if (v !== undefined && v !== null) {
        values[k] = v;
        open -= 1;
      }
    }
  }
  return values.map((v, k) => v ?? stack.defaultStyle?.[STYLE_PROPERTIES[k]] ?? null);
}

interface PdfDocument {
  getFontFile(family: string, bold: boolean, italics: boolean): unknown;
  provideFont(family: string, bold: boolean, italics: boolean): { layoutCache?: Record<string, unknown> };
}

function install(): void {
  patchPdfmake<PdfDocument>("PDFDocument", (doc) => {
    const provideFont = doc.provideFont;
    const joined = new WeakSet<object>();
    doc.provideFont = function (this: PdfDocument, family: string, bold: boolean, italics: boolean) {
      const font = provideFont.call(this, family, bold, italics);
      if (users === 0 || joined.has(font) || !font.layoutCache) return font;
      const file = JSON.stringify(this.getFontFile(family, bold, italics));
      const words = shaped.get(file);
      if (words) font.layoutCache = words;
      else shaped.set(file, font.layoutCache);
      joined.add(font);
      return font;
    };
  });
  patchPdfmake<TextInlines>("TextInlines", (inlines) => {
    const buildInlines = inlines.buildInlines;
    inlines.buildInlines = function (this: TextInlines, text: unknown, stack: unknown): Built {
      if (users === 0) return buildInlines.call(this, text, stack);
      const key = `${JSON.stringify(text)}\u0000${JSON.stringify(stackStyle(stack as Stack))}`;
      const hit = kept.get(key);
      if (hit) {
        return {
          items: hit.items.map(({ inline, family, bold, italics }) => ({ ...inline, font: this.pdfDocument.provideFont(family, bold, italics) })),
          minWidth: hit.minWidth,
          maxWidth: hit.maxWidth,
        };
      }
      const built = buildInlines.call(this, text, stack);
      const cuts = cutsOf(this.pdfDocument.fontCache);
      kept.set(key, {
        items: built.items.map((inline) => ({ inline: { ...inline, font: undefined }, ...cuts.get(inline.font)! })),
        minWidth: built.minWidth,
        maxWidth: built.maxWidth,
      });
      return built;
    };
  });
}
