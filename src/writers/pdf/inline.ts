import type { Inline } from "../../model/document.js";
import { SYMBOL_FONT } from "./fonts.js";
import type { PdfNode } from "./node.js";

/**
 * pdfmake breaks lines after a hyphen and, in justified text, then spreads space into the word
 * ("Undang- Undang"). In justified text a hyphen between letters becomes a non-breaking hyphen.
 */
const HYPHEN_IN_WORD = /(?<=\p{L})-(?=\p{L})/gu;

export function inlineNodes(content: readonly Inline[], options: { keepHyphenatedWords?: boolean } = {}): (PdfNode | string)[] {
  if (content.length === 0) return [" "];
  return content.map((x) => {
    switch (x.type) {
      case "break":
        return "\n";
      case "check":
        return { text: "✓", font: SYMBOL_FONT };
      case "text":
        return {
          text: options.keepHyphenatedWords ? x.text.replace(HYPHEN_IN_WORD, "\u2011") : x.text,
          ...(x.bold ? { bold: true } : {}),
          ...(x.italic ? { italics: true } : {}),
          ...(x.underline ? { decoration: "underline" } : {}),
        };
    }
  });
}
