import type { Inline } from "../../model/document.js";
import { SYMBOL_FONT } from "./fonts.js";
import type { PdfNode } from "./node.js";

export function inlineNodes(content: readonly Inline[]): (PdfNode | string)[] {
  if (content.length === 0) return [" "];
  return content.map((x) => {
    switch (x.type) {
      case "break":
        return "\n";
      case "check":
        return { text: "✓", font: SYMBOL_FONT };
      case "text":
        return {
          text: x.text,
          ...(x.bold ? { bold: true } : {}),
          ...(x.italic ? { italics: true } : {}),
          ...(x.underline ? { decoration: "underline" } : {}),
        };
    }
  });
}
