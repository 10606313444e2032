import type { Inline } from "../../model/document.js";
import { SYMBOL_FONT } from "./fonts.js";
import type { PdfNode } from "./node.js";

/**
 * pdfmake justifies a line by spreading space between its pieces of text, and a word is cut into
 * pieces at a hyphen, a slash or where its style changes. In justified text that opens gaps inside
 * words: "Undang- Undang", "satuan/ unit", "https:// dukcapil", "( mind set )". So a word with a
 * hyphen or slash inside becomes a piece of its own that pdfmake may not break (noWrap), keeping
 * the ordinary characters: the text layer then holds the data's own text, and a search for
 * "Undang-Undang" finds it. Punctuation glued to emphasised text joins that text's piece.
 */
const HYPHENATED_WORD = /[^\s]*[\p{L}\p{N}:][-/]+\p{L}[^\s]*[ ]?/gu;
const TRAILING_PUNCTUATION = /[(\[“‘]+$/u;
const LEADING_PUNCTUATION = /^[)\],.;:!?”’%]+/u;

type Text = Extract<Inline, { type: "text" }>;

export function inlineNodes(content: readonly Inline[], options: { justified?: boolean } = {}): (PdfNode | string)[] {
  if (content.length === 0) return [" "];
  const runs = options.justified ? bindGluedPunctuation(content) : content;
  return runs.flatMap((x): (PdfNode | string)[] => {
    switch (x.type) {
      case "break":
        return ["\n"];
      case "check":
        return [{ text: "✓", font: SYMBOL_FONT }];
      case "text": {
        const style = {
          ...(x.bold ? { bold: true } : {}),
          ...(x.italic ? { italics: true } : {}),
          ...(x.underline ? { decoration: "underline" } : {}),
        };
        if (!options.justified) return [{ text: x.text, ...style }];
        return splitHyphenated(x.text).map((piece) => ({ text: piece.text, ...style, ...(piece.whole ? { noWrap: true } : {}) }));
      }
    }
  });
}

/** "tentang Undang-Undang Nomor" → "tentang ", "Undang-Undang" (whole), " Nomor". */
export function splitHyphenated(text: string): { text: string; whole: boolean }[] {
  const pieces: { text: string; whole: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(HYPHENATED_WORD)) {
    if (m.index > last) pieces.push({ text: text.slice(last, m.index), whole: false });
    pieces.push({ text: m[0], whole: true });
    last = m.index + m[0].length;
  }
  if (last < text.length || pieces.length === 0) pieces.push({ text: text.slice(last), whole: false });
  return pieces;
}

/** Moves an opening bracket or quote onto the run after it, and closing punctuation onto the run before. */
export function bindGluedPunctuation(content: readonly Inline[]): Inline[] {
  const runs: Inline[] = content.map((x) => ({ ...x }));
  for (let i = 1; i < runs.length; i++) {
    const prev = runs[i - 1];
    const next = runs[i];
    if (prev.type !== "text" || next.type !== "text") continue;
    const opening = TRAILING_PUNCTUATION.exec(prev.text)?.[0];
    if (opening && next.text !== "" && !/^\s/.test(next.text)) moveText(prev, next, opening, "end");
    const closing = LEADING_PUNCTUATION.exec(next.text)?.[0];
    if (closing && prev.text !== "" && !/\s$/.test(prev.text)) moveText(next, prev, closing, "start");
  }
  return runs.filter((x) => x.type !== "text" || x.text !== "");
}

function moveText(from: Text, to: Text, piece: string, side: "start" | "end"): void {
  if (side === "end") {
    from.text = from.text.slice(0, -piece.length);
    to.text = piece + to.text;
  } else {
    from.text = from.text.slice(piece.length);
    to.text = to.text + piece;
  }
}
