import type { Inline } from "../../model/document.js";
import { SYMBOL_FONT } from "./fonts.js";
import type { PdfNode } from "./node.js";

/**
 * pdfmake justifies a line by spreading space between its pieces of text, and a word is cut into
 * pieces at a hyphen or where its style changes. In justified text that opens gaps inside words:
 * "Undang- Undang", "( mind set )". So a hyphen between letters becomes a non-breaking hyphen,
 * and punctuation glued to emphasised text joins that text's piece.
 */
const HYPHEN_IN_WORD = /(?<=\p{L})-(?=\p{L})/gu;
const TRAILING_PUNCTUATION = /[(\[“‘]+$/u;
const LEADING_PUNCTUATION = /^[)\],.;:!?”’%]+/u;

type Text = Extract<Inline, { type: "text" }>;

export function inlineNodes(content: readonly Inline[], options: { justified?: boolean } = {}): (PdfNode | string)[] {
  if (content.length === 0) return [" "];
  const runs = options.justified ? bindGluedPunctuation(content) : content;
  return runs.map((x) => {
    switch (x.type) {
      case "break":
        return "\n";
      case "check":
        return { text: "✓", font: SYMBOL_FONT };
      case "text":
        return {
          text: options.justified ? x.text.replace(HYPHEN_IN_WORD, "\u2011") : x.text,
          ...(x.bold ? { bold: true } : {}),
          ...(x.italic ? { italics: true } : {}),
          ...(x.underline ? { decoration: "underline" } : {}),
        };
    }
  });
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
